import Fluent
import Foundation
import JalinDomain
import NIOCore
import Vapor

/// Reminders 90, 60, 30, 7 and 0 days before an agreement ends and before an obligation is due, in the
/// app and by e-mail. Each reminder is claimed by inserting its unique key first, so it goes out once even
/// with several server instances. An agreement past its end moves to "berakhir" by itself.
enum Pengingat {
    struct Ringkasan: Sendable {
        var notifikasi = 0
        var surel = 0
        var diakhiri = 0
    }

    /// Claims a reminder key; false when another run (or instance) already sent it.
    static func klaim(_ kunci: String, sekarang: Date, on db: any Database) async -> Bool {
        let p = PengingatTerkirimRecord()
        p.kunci = kunci
        p.waktu = sekarang
        do {
            try await p.create(on: db)
            return true
        } catch {
            return false
        }
    }

    static func jalankan(app: Application, hariIni: Tanggal, aturan: AturanKSD = .bawaan) async throws -> Ringkasan {
        let db = app.db
        var r = Ringkasan()
        let ambang = aturan.pengingatHariSebelumBerakhir.nilai.sorted(by: >)
        let smtp = app.konfigurasi.smtpURL.flatMap(KlienSMTP.init(url:))
        let maks = ambang.first ?? 90
        let batas = hariIni.tambahHari(maks).iso
        let aktif = try await KerjaSamaRecord.query(on: db).filter(\.$tahap != Tahap.berakhir.rawValue)
            .filter(\.$tanggalBerakhir != nil).filter(\.$tanggalBerakhir <= batas).all()
        for ks in aktif {
            guard let akhir = ks.tanggalBerakhir.flatMap(Tanggal.init(iso:)) else { continue }
            let sisa = hariIni.selisihHari(ke: akhir)
            if sisa < 0 {
                // Past its end: berakhir by itself, when the machine allows it (a signed agreement in force).
                if let s = ks.siklus, s.naskahMengikatDitandatangani, case .success = s.terapkan(.akhiri(.jangkaWaktuBerakhir)) {
                    // Claim the version read, so an event an admin committed meanwhile is never overwritten.
                    let diakhiri = try await db.transaction { db -> Bool in
                        guard try await KunciVersi.klaim(tabel: KerjaSamaRecord.schema, id: ks.id!, diharapkan: ks.version, on: db) else {
                            return false
                        }
                        try await KerjaSamaAlur.terapkan(
                            ks, .akhiri(.jangkaWaktuBerakhir), catatan: "Diakhiri otomatis: tanggal berakhir \(akhir.panjang) telah lewat.",
                            pelaku: "Sistem Jalin", audit: nil, ip: nil, on: db)
                        return true
                    }
                    if diakhiri { r.diakhiri += 1 }
                }
                continue
            }
            // The smallest threshold reached that was not sent yet (a server that was down catches up once).
            guard let h = ambang.filter({ sisa <= $0 }).min() else { continue }
            guard await klaim("ks:\(ks.id!):\(ks.tanggalBerakhir!):\(h)", sekarang: app.jam.sekarang, on: db) else { continue }
            let judul = sisa == 0 ? "Kerja sama berakhir hari ini: \(ks.judul)" : "Kerja sama berakhir dalam \(sisa) hari: \(ks.judul)"
            let isi =
                "\(ks.judul) berakhir pada \(akhir.panjang). Tentukan tindak lanjut: perpanjangan melalui prosedur baru, adendum, atau pengakhiran."
            let (n, s) = try await beritahu(app, ks: ks, judul: judul, isi: isi, tautan: "/kerja-sama/\(ks.id!)", smtp: smtp)
            r.notifikasi += n
            r.surel += s
        }
        // Obligations due from today to the furthest threshold (past-due ones get no reminder), and their
        // cooperation in one query instead of one per obligation.
        let kw = try await KewajibanRecord.query(on: db).filter(\.$status != "selesai").filter(\.$jatuhTempo != nil)
            .filter(\.$jatuhTempo >= hariIni.iso).filter(\.$jatuhTempo <= batas).all()
        var ksKewajiban: [UUID: KerjaSamaRecord] = [:]
        for potong in Array(Set(kw.map(\.kerjaSamaID))).chunked(500) {
            for ks in try await KerjaSamaRecord.query(on: db).filter(\.$id ~~ Array(potong)).filter(\.$tahap != Tahap.berakhir.rawValue)
                .field(\.$id).field(\.$pemdaID).field(\.$judul).field(\.$tahap).field(\.$unit).all()
            {
                ksKewajiban[ks.id!] = ks
            }
        }
        for k in kw {
            guard let tempo = k.jatuhTempo.flatMap(Tanggal.init(iso:)) else { continue }
            let sisa = hariIni.selisihHari(ke: tempo)
            guard sisa >= 0, let h = ambang.filter({ sisa <= $0 }).min() else { continue }
            guard let ks = ksKewajiban[k.kerjaSamaID] else { continue }
            guard await klaim("kw:\(k.id!):\(k.jatuhTempo!):\(h)", sekarang: app.jam.sekarang, on: db) else { continue }
            let judul = (sisa == 0 ? "Kewajiban jatuh tempo hari ini" : "Kewajiban jatuh tempo dalam \(sisa) hari") + ": \(ks.judul)"
            let isi = "\(k.uraian) (\(k.pemilik)) pada kerja sama \(ks.judul), jatuh tempo \(tempo.panjang)."
            let (n, s) = try await beritahu(app, ks: ks, judul: judul, isi: isi, tautan: "/kerja-sama/\(ks.id!)", smtp: smtp)
            r.notifikasi += n
            r.surel += s
        }
        // Cooperation that ended by itself changes the public page: drop its cached copies.
        if r.diakhiri > 0 { app.cacheHalaman.naikkanGenerasi() }
        return r
    }

    /// In-app notifications for the pemda's admins and the operators of the units taking part, and one e-mail.
    static func beritahu(
        _ app: Application, ks: KerjaSamaRecord, judul: String, isi: String, tautan: String, smtp: KlienSMTP?
    ) async throws -> (Int, Int) {
        let db = app.db
        let penerima = try await PenggunaRecord.query(on: db).filter(\.$pemdaID == ks.pemdaID).filter(\.$aktif == true).all().filter {
            $0.peran == .admin || ($0.peran == .operator && $0.unitID.map(ks.idUnit.contains) == true)
        }
        // The job sends its own single e-mail below; the notifications queue none.
        try await Kabar.kirim(
            .init(jenis: .tenggat, judul: judul, isi: isi, tautan: tautan), ke: penerima, sekarang: app.jam.sekarang, antreSurel: false,
            on: db)
        var surel = 0
        let alamat = penerima.compactMap(\.email)
        if let smtp, !alamat.isEmpty {
            do {
                try await smtp.kirim(
                    ke: alamat, judul: "[Jalin] \(judul)", isi: isi + "\n\n" + (app.konfigurasi.baseURL ?? "") + tautan,
                    on: app.eventLoopGroup)
                surel = 1
            } catch {
                app.logger.warning("pengingat: surel gagal dikirim: \(error)")
            }
        }
        return (penerima.count, surel)
    }

    /// Runs every hour while the server runs.
    static func jadwalkan(_ app: Application) {
        app.lifecycle.use(Penjadwal())
    }

    struct Penjadwal: LifecycleHandler {
        func didBoot(_ app: Application) throws {
            let loop = app.eventLoopGroup.next()
            let tugas = loop.scheduleRepeatedAsyncTask(initialDelay: .seconds(Int64(app.konfigurasi.jedaPengingat)), delay: .hours(1)) {
                _ in
                loop.makeFutureWithTask {
                    do { _ = try await Pengingat.jalankan(app: app, hariIni: app.jam.hariIni) } catch {
                        app.logger.error("pengingat: \(error)")
                    }
                    // Training classes past their last day go, with all their sandboxes.
                    do { try await KelasSimulasiPage.hapusKedaluwarsa(app, hariIni: app.jam.hariIni) } catch {
                        app.logger.error("simulasi: \(error)")
                    }
                }
            }
            // Notification e-mails: every minute.
            let surel = loop.scheduleRepeatedAsyncTask(initialDelay: .seconds(Int64(app.konfigurasi.jedaPengingat)), delay: .minutes(1)) {
                _ in
                loop.makeFutureWithTask {
                    do { _ = try await KirimSurel.jalankan(app: app) } catch { app.logger.error("notifikasi: \(error)") }
                }
            }
            app.storage[TugasKey.self] = TugasBox(tugas: [tugas, surel])
        }

        func shutdown(_ app: Application) {
            app.storage[TugasKey.self]?.tugas.forEach { $0.cancel() }
        }
    }

    final class TugasBox: @unchecked Sendable {
        let tugas: [RepeatedTask]
        init(tugas: [RepeatedTask]) { self.tugas = tugas }
    }

    struct TugasKey: StorageKey { typealias Value = TugasBox }
}
