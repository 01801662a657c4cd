import Fluent
import Foundation
import JalinDomain
import Vapor

/// A cooperation's page: its timeline and stage actions, signing records, obligations, chain and history.
enum KerjaSamaPage {
    struct TahapTampil: Encodable {
        let nama: String
        let keadaan: String  // "selesai" | "sekarang" | "nanti"
    }

    struct Syarat: Encodable {
        let uraian: String
        let dasarHukum: String
    }

    struct TtdTampil: Encodable {
        let id: String
        let dokumen: String
        let nomor: String
        let tanggal: String
        let tempat: String
        let penandatangan: String
        let checklist: String
        let sha: String?
        let adaPindaian: Bool
        /// The stored scan (`/kerja-sama/:ks/lampiran/:id`).
        let pindaian: String?
        /// The naskah this signing made final.
        let naskah: String?
    }

    struct KewajibanTampil: Encodable {
        let id: String
        let uraian: String
        let pemilik: String
        let tempo: String
        let status: String
        let statusKode: String
        let terlambat: Bool
        let version: Int
        let bukti: String?
    }

    struct Model: Encodable {
        let id: String
        let judul: String
        let objek: String
        let jenis: String
        let dasarHukum: String
        let tahap: String
        let berakhir: Bool
        let medan: [Medan]
        let alur: [TahapTampil]
        let berikutnya: String?
        let berikutnyaKode: String?
        let kurang: [Syarat]
        let perluDPRD: Bool
        let alasanDPRD: String
        let dokumenBisaDicatat: [Pilihan]
        let dokumenPerluTtd: [Pilihan]
        let persetujuanBisaDicatat: [Pilihan]
        let alasanBerakhir: [Pilihan]
        let sebelumnya: String?
        let sebelumnyaKode: String?
        let bolehAdendum: Bool
        let adendumBerjalan: Bool
        let tandaTangan: [TtdTampil]
        let kewajiban: [KewajibanTampil]
        let rantai: [Tata.Menu]
        let riwayat: [BarisRiwayat]
        let admin: Bool
        let bolehKewajiban: Bool
        let galat: [String: String]
        let sisaHari: String?
        let version: Int
        /// What was typed in a refused form (signing, obligation), shown again.
        let isian: [String: String]
        /// The naskah drafted for this record, and what the signing form offers of them.
        let dokumen: Dokumen
    }

    static func model(
        _ req: Request, _ r: KerjaSamaRecord, galat: KesalahanValidasi? = nil, isian: [String: String] = [:]
    ) async throws -> Model {
        let p = try req.pelakuWajib()
        let jenis = JenisKerjaSama(rawValue: r.jenis)
        let s = r.siklus
        let mitra = try await p.query(MitraRecord.self, on: req.database).filter(\.$id ~~ r.idMitra).all()
        let unit = try await p.query(UnitKerjaRecord.self, on: req.database).filter(\.$id ~~ r.idUnit).all()
        let hari = req.jam.hariIni
        let medan = Self.medan(r, mitra: mitra, unit: unit, jenis: jenis, siklus: s)
        let alur: [TahapTampil] =
            s.map { s in
                let i = s.alur.firstIndex(of: s.tahap) ?? 0
                return s.alur.enumerated().map { k, t in
                    TahapTampil(nama: t.nama(untuk: s.jenis), keadaan: k < i ? "selesai" : (k == i ? "sekarang" : "nanti"))
                }
            } ?? []
        let berikut = s?.tahapBerikutnya
        let kurang = (berikut.flatMap { t in s?.kekurangan(untukMasuk: t) } ?? []).map {
            Syarat(uraian: $0.uraianKurang, dasarHukum: $0.dasarHukum)
        }
        var (dokumen, persetujuan) = belumDicatat(s)
        if s?.adendumBerjalan == true { dokumen.append(.adendum) }
        let idx = s.flatMap { s in s.alur.firstIndex(of: s.tahap) }
        let sebelum = idx.flatMap { $0 > 0 ? s?.alur[$0 - 1] : nil }
        let ttd = try await p.query(PenandatangananRecord.self, on: req.database).filter(\.$kerjaSamaID == r.id!).sort(\.$waktu).all().map(
            TtdTampil.init)
        let dok = try await Self.dokumen(req, r, perluTtd: s.map(dokumenMengikat) ?? [], pelaku: p)
        // A refused form shows what was typed; otherwise the naskah being signed fills the signing form.
        let isian = isian.isEmpty ? dok.isianTtd : isian
        let kw = try await p.query(KewajibanRecord.self, on: req.database).filter(\.$kerjaSamaID == r.id!).sort(\.$jatuhTempo).all().map {
            k -> KewajibanTampil in
            let tempo = k.jatuhTempo.flatMap(Tanggal.init(iso:))
            return KewajibanTampil(
                id: k.id!.uuidString, uraian: k.uraian, pemilik: k.pemilik, tempo: tempo?.panjang ?? k.periode ?? "–",
                status: ["belum": "Belum dilaksanakan", "berjalan": "Sedang berjalan", "selesai": "Selesai"][k.status] ?? k.status,
                statusKode: k.status,
                terlambat: k.status != "selesai" && (tempo.map { $0 < hari } ?? false), version: k.version, bukti: k.buktiID?.uuidString)
        }
        var rantai: [Tata.Menu] = []
        if let i = r.indukID, let induk = try await p.query(KerjaSamaRecord.self, on: req.database).filter(\.$id == i).first() {
            rantai.append(.init(label: "Sebelumnya: \(induk.judul)", href: "/kerja-sama/\(i)", aktif: false))
        }
        for t in try await p.query(KerjaSamaRecord.self, on: req.database).filter(\.$indukID == r.id!).all() {
            rantai.append(
                .init(
                    label: "\(t.hubungan == "perpanjangan" ? "Perpanjangan" : "Lanjutan"): \(t.judul)", href: "/kerja-sama/\(t.id!)",
                    aktif: true))
        }
        let riwayat = try await p.query(RiwayatKerjaSamaRecord.self, on: req.database).filter(\.$kerjaSamaID == r.id!).sort(\.$waktu).all()
            .map {
                BarisRiwayat(
                    waktu: Format.waktu($0.waktu), pengguna: $0.pengguna, aksi: $0.uraian,
                    ke: Tahap.nama(kode: $0.ke, untuk: jenis) ?? $0.ke, catatan: $0.catatan)
            }
        let sisa = KerjaSamaAlur.sisaHari(r, hariIni: hari)
        let bolehKewajiban = p.peran == .admin || (p.peran == .operator && p.unitID.map(r.idUnit.contains) == true)
        return Model(
            id: r.id!.uuidString, judul: r.judul, objek: r.objek, jenis: jenis?.nama ?? r.jenis, dasarHukum: jenis?.dasarHukum ?? "",
            tahap: s.map { $0.tahap.nama(untuk: $0.jenis) } ?? "Di luar tahapan KSD", berakhir: s?.sudahBerakhir ?? false, medan: medan,
            alur: alur,
            berikutnya: berikut.map { t in s.map { t.nama(untuk: $0.jenis) } ?? t.nama }, berikutnyaKode: berikut?.rawValue, kurang: kurang,
            perluDPRD: s?.perluDPRD ?? false, alasanDPRD: s?.keputusanDPRD.alasan ?? "",
            dokumenBisaDicatat: dokumen.filter { !$0.mengikatParaPihak }.map { .init(nilai: $0.rawValue, label: $0.nama, dipilih: false) },
            dokumenPerluTtd: dokumen.filter(\.mengikatParaPihak).map { .init(nilai: $0.rawValue, label: $0.nama, dipilih: false) },
            persetujuanBisaDicatat: persetujuan.map { .init(nilai: $0.rawValue, label: $0.nama, dipilih: false) },
            alasanBerakhir: jenis.map { j in
                AlasanBerakhir.daftar(untuk: j).map { .init(nilai: $0.rawValue, label: $0.nama(untuk: j), dipilih: false) }
            } ?? [],
            sebelumnya: sebelum.map { t in s.map { t.nama(untuk: $0.jenis) } ?? t.nama }, sebelumnyaKode: sebelum?.rawValue,
            bolehAdendum: s.map { $0.naskahMengikatDitandatangani && !$0.sudahBerakhir && !$0.adendumBerjalan } ?? false,
            adendumBerjalan: s?.adendumBerjalan ?? false, tandaTangan: ttd, kewajiban: kw, rantai: rantai, riwayat: riwayat,
            admin: p.peran == .admin, bolehKewajiban: bolehKewajiban, galat: Format.petaGalat(galat),
            sisaHari: (s?.sudahBerakhir ?? false)
                ? nil : sisa.map { $0 >= 0 ? "Berakhir dalam \($0) hari" : "Melewati tanggal berakhir \(-$0) hari" },
            version: r.version, isian: isian, dokumen: dok)
    }

    /// The facts of the record as label–value rows: partners, units, urusan, term, value, funding, plan.
    static func medan(
        _ r: KerjaSamaRecord, mitra: [MitraRecord], unit: [UnitKerjaRecord], jenis: JenisKerjaSama?, siklus s: SiklusKerjaSama?
    ) -> [Medan] {
        var medan: [Medan] = [
            .init(label: "Mitra", nilai: mitra.map { "\($0.nama) (\($0.jenis.nama))" }.joined(separator: "; ")),
            .init(label: "Perangkat daerah pelaksana", nilai: unit.map(\.nama).joined(separator: "; ")),
            .init(
                label: "Bidang urusan",
                nilai: r.urusan.split(separator: ",").compactMap { KatalogUrusan.cari(kode: String($0)) }.map { "\($0.kode) \($0.nama)" }
                    .joined(separator: "; ")),
            .init(
                label: "Jangka waktu",
                nilai: [r.tanggalMulai, r.tanggalBerakhir].compactMap { $0.flatMap(Tanggal.init(iso:))?.panjang }.joined(
                    separator: " sampai ")),
            .init(label: "Nilai", nilai: r.nilai.map { Rupiah.format($0) } ?? "–"),
            .init(label: "Sumber dana", nilai: r.sumberDana ?? "–"),
            .init(label: "Rujukan perencanaan", nilai: [r.kodeProgram, r.namaProgram].compactMap { $0 }.joined(separator: " ")),
        ]
        if r.perpanjanganKe > 0 { medan.append(.init(label: "Perpanjangan ke", nilai: String(r.perpanjanganKe))) }
        if let a = s?.alasanBerakhir, let j = jenis { medan.append(.init(label: "Alasan berakhir", nilai: a.nama(untuk: j))) }
        return medan
    }

    /// The binding documents the lifecycle still needs signed, in the order of its stages.
    static func dokumenMengikat(_ s: SiklusKerjaSama) -> [JenisDokumen] {
        var hasil: [JenisDokumen] = []
        for t in s.alur {
            for x in SiklusKerjaSama.syarat(tahap: t, jenis: s.jenis, perluDPRD: s.perluDPRD) {
                if case .dokumen(let d) = x.syarat, d.mengikatParaPihak, !s.dokumenDitandatangani.contains(d), !hasil.contains(d) {
                    hasil.append(d)
                }
            }
        }
        if s.adendumBerjalan, !hasil.contains(.adendum) { hasil.append(.adendum) }
        return hasil
    }

    /// What can be recorded now: the requirements of the current stage not yet met.
    static func belumDicatat(_ s: SiklusKerjaSama?) -> ([JenisDokumen], [JenisPersetujuan]) {
        let syaratSekarang = s.map { SiklusKerjaSama.syarat(tahap: $0.tahap, jenis: $0.jenis, perluDPRD: $0.perluDPRD) } ?? []
        var dokumen: [JenisDokumen] = []
        var persetujuan: [JenisPersetujuan] = []
        for x in syaratSekarang {
            switch x.syarat {
            case .dokumen(let d) where !(s?.dokumenDitandatangani.contains(d) ?? true): dokumen.append(d)
            case .persetujuan(let a) where !(s?.persetujuan.contains(a) ?? true): persetujuan.append(a)
            default: break
            }
        }
        return (dokumen, persetujuan)
    }

    static func tampil(
        _ req: Request, _ r: KerjaSamaRecord, galat: KesalahanValidasi? = nil, isian: [String: String] = [:]
    ) async throws -> Response {
        try await req.halaman(
            "kerjasama/detail", judul: r.judul, try await model(req, r, galat: galat, isian: isian),
            status: galat == nil ? .ok : .unprocessableEntity, galat: galat.map { $0.daftar.map(\.pesan).joined(separator: " ") })
    }

    static func daftarkan(_ app: Application) {
        app.rute(.GET, "kerja-sama", ":ks", akses: .internalPemda, use: halaman)
        app.rute(.POST, "kerja-sama", ":ks", "peristiwa", akses: .admin, use: terapkanPeristiwa)
        app.rute(.POST, "kerja-sama", ":ks", "kewajiban", akses: .peran([.admin, .operator]), use: catatKewajiban)
        app.rute(
            .POST, "kerja-sama", ":ks", "kewajiban", ":kw", akses: .peran([.admin, .operator]), maksBody: .formUnggah, use: ubahKewajiban)
        app.rute(.GET, "kerja-sama", ":ks", "lampiran", ":lampiran", akses: .internalPemda, use: unduhLampiran)
        app.rute(.POST, "kerja-sama", ":ks", "perpanjang", akses: .admin, use: perpanjang)
        app.rute(.POST, "kerja-sama", ":ks", "rapat", akses: .peran([.admin, .operator]), use: catatRapat)
    }
}

extension KerjaSamaPage.TtdTampil {
    /// A signing as the page shows it: numbers, date, place, signatories and the checklist.
    init(_ t: PenandatangananRecord) {
        struct N: Decodable {
            let pihak: String
            let nomor: String
        }
        struct P: Decodable {
            let pihak: String
            let nama: String
            let jabatan: String
            let kewenangan: String?
        }
        let nomor = (try? JSONDecoder().decode([N].self, from: Foundation.Data(t.nomorJSON.utf8))) ?? []
        let orang = (try? JSONDecoder().decode([P].self, from: Foundation.Data(t.penandatanganJSON.utf8))) ?? []
        self.init(
            id: t.id!.uuidString, dokumen: JenisDokumen(rawValue: t.dokumen)?.nama ?? t.dokumen,
            nomor: nomor.map { "\($0.pihak): \($0.nomor)" }.joined(separator: "; "), tanggal: Tanggal(iso: t.tanggal)?.panjang ?? t.tanggal,
            tempat: t.tempat,
            penandatangan: orang.map { "\($0.nama), \($0.jabatan) (\($0.pihak))" + ($0.kewenangan.map { " — \($0)" } ?? "") }.joined(
                separator: "; "),
            checklist: [t.paraf ? "paraf" : nil, t.materai ? "meterai" : nil, t.stempel ? "stempel" : nil].compactMap { $0 }.joined(
                separator: ", "),
            sha: t.sha256, adaPindaian: t.lampiranID != nil, pindaian: t.lampiranID.map { "/kerja-sama/\(t.kerjaSamaID)/lampiran/\($0)" },
            naskah: t.naskahID.map { "/naskah/\($0)" })
    }
}
