import Fluent
import Foundation
import JalinDomain
import JalinNaskah
import Vapor

/// Signing: the one path by which a binding document becomes signed, on the record and — when it was
/// drafted in Jalin — on its naskah, in one transaction with the lifecycle event (issue 18.2).
extension KerjaSamaAlur {
    struct IsianTtd: Content {
        var dokumen: String?
        var nomor1: String?
        var nomor2: String?
        var pihak2: String?
        var tanggal: String?
        var tempat: String?
        var nama1: String?
        var jabatan1: String?
        var kewenangan1: String?
        var nama2: String?
        var jabatan2: String?
        var paraf: String?
        var materai: String?
        var stempel: String?
        var pindaian: File?
        /// The naskah drafted in Jalin that was signed (it becomes final with this signing).
        var naskah: String?
        var version: Int?
    }

    /// Records a signing: numbers, date, place, signatories, checklist and the signed scan (PDF/JPEG),
    /// then applies the lifecycle event — all or nothing.
    static func tandaTangani(_ r: KerjaSamaRecord, _ f: IsianTtd, pelaku p: Pelaku, req: Request) async throws -> String {
        var v = Pemeriksa()
        let dokumen = f.dokumen.flatMap(JenisDokumen.init(rawValue:))
        if dokumen == nil { v.tambah("dokumen", "Pilih dokumen yang ditandatangani.") }
        let nomor1 = Teks.bersihkan(f.nomor1, field: "nomor1", label: "Nomor dokumen pihak kesatu", wajib: true, maks: 100, ke: &v)
        let nomor2 = Teks.bersihkan(f.nomor2, field: "nomor2", label: "Nomor dokumen pihak kedua", wajib: false, maks: 100, ke: &v)
        let pihak2 = Teks.bersihkan(f.pihak2, field: "pihak2", label: "Nama pihak kedua", wajib: true, maks: 200, ke: &v)
        let tanggal = isiTanggal(f.tanggal, field: "tanggal", label: "Tanggal penandatanganan", ke: &v)
        if tanggal == nil && v.kesalahan.allSatisfy({ $0.field != "tanggal" }) {
            v.tambah("tanggal", "Tanggal penandatanganan wajib diisi.")
        }
        if let t = tanggal, t > p.jam.hariIni { v.tambah("tanggal", "Tanggal penandatanganan tidak boleh di masa depan.") }
        let tempat = Teks.bersihkan(f.tempat, field: "tempat", label: "Tempat penandatanganan", wajib: true, maks: 200, ke: &v)
        let penanda = periksaPenanda(f, ke: &v)
        guard let file = f.pindaian, file.data.readableBytes > 0 else {
            v.tambah("pindaian", "Unggah pindaian naskah yang sudah ditandatangani (PDF atau JPEG).")
            try v.selesai()
            throw Abort(.internalServerError)
        }
        let jenisBerkas = JenisBerkas.kenali(Foundation.Data(buffer: file.data), nama: file.filename)
        if jenisBerkas != .pdf && jenisBerkas != .jpeg {
            v.tambah("pindaian", "Pindaian harus berkas PDF atau JPEG (dikenali dari isinya).")
        }
        let naskah = try await naskahDitandatangani(f.naskah, dokumen: dokumen, kerjaSama: r, pelaku: p, on: req.database, ke: &v)
        try v.selesai()
        guard let s = r.siklus, let dokumen else { throw Abort(.internalServerError) }
        // Check the event first, so a refused signing stores nothing.
        if case .failure(let e) = s.terapkan(.catatTandaTangan(dokumen)) { throw e.sebagaiKesalahanValidasi }
        let berkas = try Unggah.periksa(file, field: "pindaian")
        let t = try await barisTtd(
            r, dokumen: dokumen, nomor: (nomor1!, nomor2, pihak2!), tanggal: tanggal!, tempat: tempat!, penanda: penanda!, f,
            berkas: berkas,
            pelaku: p, on: req.database)
        // The scan is recorded and stored only if the version check and the event succeed.
        try await Unggah.transaksi(req, berkas: [berkas]) { db in
            guard try await KunciVersi.klaim(tabel: KerjaSamaRecord.schema, id: r.id!, diharapkan: f.version ?? -1, on: db) else {
                throw KonflikVersi()
            }
            r.version = f.version ?? 0  // the claimed version; terapkan adds one
            t.lampiranID = try await Unggah.catat(berkas, entitas: "penandatanganan", id: r.id!, pelaku: p, ip: req.alamatKlien, on: db).id
            if let naskah {
                try await jadikanFinal(naskah, tanggal: tanggal!, kerjaSama: r, pelaku: p, ip: req.alamatKlien, on: db)
                t.naskahID = naskah.id
            }
            try await t.create(on: db)
            try await terapkan(
                r, .catatTandaTangan(dokumen), catatan: "Nomor \(nomor1!), \(tanggal!.panjang), \(tempat!); SHA-256 \(berkas.sha256)",
                pelaku: p.namaLengkap, audit: p, ip: req.alamatKlien, on: db)
        }
        return "ttd-tercatat"
    }

    /// The two signatories of a signing form. An OPD head signs for the kepala daerah only with a surat
    /// kuasa (PP 28/2018 Pasal 13 ayat (2)). Nil when a field is missing (the problems are in `v`).
    struct Penanda {
        let nama1: String
        let jabatan1: String
        let kewenangan1: String?
        let nama2: String
        let jabatan2: String
    }

    static func periksaPenanda(_ f: IsianTtd, ke v: inout Pemeriksa) -> Penanda? {
        let nama1 = Teks.bersihkan(f.nama1, field: "nama1", label: "Nama penanda tangan pihak kesatu", wajib: true, maks: 200, ke: &v)
        let jabatan1 = Teks.bersihkan(
            f.jabatan1, field: "jabatan1", label: "Jabatan penanda tangan pihak kesatu", wajib: true, maks: 200, ke: &v)
        let kewenangan1 = Teks.bersihkan(
            f.kewenangan1, field: "kewenangan1", label: "Dasar kewenangan (surat kuasa)", wajib: false, maks: 300, ke: &v)
        let nama2 = Teks.bersihkan(f.nama2, field: "nama2", label: "Nama penanda tangan pihak kedua", wajib: true, maks: 200, ke: &v)
        let jabatan2 = Teks.bersihkan(
            f.jabatan2, field: "jabatan2", label: "Jabatan penanda tangan pihak kedua", wajib: true, maks: 200, ke: &v)
        if let j = jabatan1?.lowercased(),
            !(j.contains("bupati") || j.contains("wali kota") || j.contains("walikota") || j.contains("gubernur")),
            kewenangan1 == nil
        {
            v.tambah(
                "kewenangan1", "Penanda tangan selain kepala daerah wajib mencantumkan nomor surat kuasa (PP 28/2018 Pasal 13 ayat (2)).")
        }
        guard let nama1, let jabatan1, let nama2, let jabatan2 else { return nil }
        return Penanda(nama1: nama1, jabatan1: jabatan1, kewenangan1: kewenangan1, nama2: nama2, jabatan2: jabatan2)
    }

    /// The signing row from the checked form: both numbers and both signatories as JSON, the checklist, the scan's hash.
    static func barisTtd(
        _ r: KerjaSamaRecord, dokumen: JenisDokumen, nomor: (String, String?, String), tanggal: Tanggal, tempat: String, penanda x: Penanda,
        _ f: IsianTtd, berkas: Unggah.Berkas, pelaku p: Pelaku, on db: any Database
    ) async throws -> PenandatangananRecord {
        struct N: Encodable {
            let pihak: String
            let nomor: String
        }
        struct P: Encodable {
            let pihak: String
            let nama: String
            let jabatan: String
            let kewenangan: String?
        }
        let pemda = try await PemdaRecord.find(p.pemdaID, on: db)
        let (nomor1, nomor2, pihak2) = nomor
        let t = PenandatangananRecord()
        t.pemdaID = p.pemdaID
        t.kerjaSamaID = r.id!
        t.dokumen = dokumen.rawValue
        t.nomorJSON = String(
            decoding: try JSONEncoder().encode(
                [N(pihak: pemda?.nama ?? "Pihak kesatu", nomor: nomor1)] + (nomor2.map { [N(pihak: pihak2, nomor: $0)] } ?? [])),
            as: UTF8.self)
        t.tanggal = tanggal.iso
        t.tempat = tempat
        t.penandatanganJSON = String(
            decoding: try JSONEncoder().encode([
                P(pihak: UrutanPihak.sebutan(1), nama: x.nama1, jabatan: x.jabatan1, kewenangan: x.kewenangan1),
                P(pihak: UrutanPihak.sebutan(2), nama: x.nama2, jabatan: x.jabatan2, kewenangan: nil),
            ]), as: UTF8.self)
        t.paraf = Kotak.dicentang(f.paraf)
        t.materai = Kotak.dicentang(f.materai)
        t.stempel = Kotak.dicentang(f.stempel)
        t.sha256 = berkas.sha256
        t.waktu = p.jam.sekarang
        t.oleh = p.namaLengkap
        return t
    }

    /// The naskah named by a signing form, checked: this record's, of the document kind signed, not yet
    /// final, and clear of everything that blocks its signing (required elements, the KB before its PKS).
    /// Problems go to `v` under the field `naskah`; nil when no naskah was named.
    static func naskahDitandatangani(
        _ id: String?, dokumen: JenisDokumen?, kerjaSama r: KerjaSamaRecord, pelaku p: Pelaku, on db: any Database, ke v: inout Pemeriksa
    ) async throws -> NaskahRecord? {
        guard let s = id?.trimmingCharacters(in: .whitespaces), !s.isEmpty else { return nil }
        guard let nid = UUID(uuidString: s), let n = try await p.query(NaskahRecord.self, on: db).filter(\.$id == nid).first() else {
            v.tambah("naskah", "Naskah yang dirujuk tidak ditemukan di pemda ini.")
            return nil
        }
        guard n.kerjaSamaID == r.id else {
            v.tambah(
                "naskah", "Naskah \"\(n.judul)\" bukan naskah kerja sama ini; hubungkan naskah dengan kerja samanya dari halaman naskah.")
            return nil
        }
        guard n.statusNaskah != .ditandatangani else {
            v.tambah("naskah", "Naskah \"\(n.judul)\" sudah tercatat ditandatangani.")
            return nil
        }
        if let dokumen, n.jenisDokumen != dokumen {
            v.tambah("naskah", "Naskah yang dipilih berjenis \(n.jenisDokumen.nama), sedangkan dokumen yang dicatat \(dokumen.nama).")
        }
        let isi = try NaskahAlur.isi(n)
        for alasan in try await NaskahAlur.halanganTandaTangan(n, isi, pelaku: p, on: db) {
            v.tambah("naskah", alasan)
        }
        // The obligations it will put on the record must fall within the term.
        if let mulai = r.tanggalMulai.flatMap(Tanggal.init(iso:)) {
            for k in JalinNaskah.Kewajiban.daftar(isi) {
                guard let tempo = k.batasWaktu, tempo < mulai else { continue }
                let uraian = k.uraian.prefix(80)
                v.tambah(
                    "naskah",
                    "Kewajiban \(k.sebutan) \"\(uraian)\" jatuh tempo \(tempo.panjang), sebelum kerja sama dimulai (\(mulai.panjang)).")
            }
        }
        return n
    }

    /// Makes a naskah final inside the signing's transaction: the signing date, a new version of the row
    /// (an editor's stale save is then refused), and its audit entry.
    static func jadikanFinal(
        _ n: NaskahRecord, tanggal: Tanggal, kerjaSama r: KerjaSamaRecord, pelaku p: Pelaku, ip: String?, on db: any Database
    ) async throws {
        guard try await KunciVersi.klaim(tabel: NaskahRecord.schema, id: n.id!, diharapkan: n.version, on: db) else { throw KonflikVersi() }
        let sebelum = n.status
        n.version += 1
        n.status = StatusNaskah.ditandatangani.rawValue
        n.ditandatanganiPada = tanggal.iso
        try await n.update(on: db)
        try await Audit.catat(
            "naskah.tandatangani", entitas: "naskah", id: n.id?.uuidString, sebelum: ["status": sebelum],
            sesudah: ["status": n.status, "kerja_sama": r.id!.uuidString, "tanggal": tanggal.iso], pelaku: p, ip: ip, on: db)
        try await catatKewajiban(dari: try NaskahAlur.isi(n), kerjaSama: r, pelaku: p, on: db)
    }

    /// The obligations written in the signed document's "hak dan kewajiban" become the record's obligation
    /// items (issue 18.5), each once: party, obligation, and its due date when the text gives one.
    static func catatKewajiban(dari isi: Naskah, kerjaSama r: KerjaSamaRecord, pelaku p: Pelaku, on db: any Database) async throws {
        let ada = Set(try await KewajibanRecord.query(on: db).filter(\.$kerjaSamaID == r.id!).all().map { "\($0.pemilik)|\($0.uraian)" })
        for k in JalinNaskah.Kewajiban.daftar(isi) {
            let pemilik = "\(k.sebutan) — \(k.pemilik)"
            guard !ada.contains("\(pemilik)|\(k.uraian)") else { continue }
            let x = KewajibanRecord()
            x.pemdaID = r.pemdaID
            x.kerjaSamaID = r.id!
            x.uraian = String(k.uraian.prefix(2000))
            x.pemilik = String(pemilik.prefix(300))
            x.jatuhTempo = k.batasWaktu?.iso
            x.periode = k.batasWaktu == nil ? "Selama jangka waktu kerja sama" : nil
            x.status = "belum"
            x.version = 1
            try await x.create(on: db)
        }
    }
}
