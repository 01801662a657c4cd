import Fluent
import Foundation
import JalinDomain
import Vapor

/// Storing submissions and moving them through their statuses, with every step in the history.
enum UsulanAlur {
    static func json(_ u: UsulanPotensi) -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        return String(decoding: (try? e.encode(u)) ?? Data("{}".utf8), as: UTF8.self)
    }

    static func isi(_ r: UsulanRecord) -> UsulanPotensi? {
        try? JSONDecoder().decode(UsulanPotensi.self, from: Data(r.isiJSON.utf8))
    }

    /// Copies the validated content into the record's columns.
    static func terapkan(_ u: UsulanPotensi, ke r: UsulanRecord) {
        r.isiJSON = json(u)
        r.jenis = u.jenis?.rawValue ?? ""
        r.judul = u.judul
        r.urusan = u.urusan.joined(separator: ",")
        r.lokasi = u.lokasi.map(\.nilai).joined(separator: ",")
    }

    static func catatRiwayat(
        _ r: UsulanRecord, aksi: String, dari: String?, catatan: String?, pelaku p: Pelaku, on db: any Database
    ) async throws {
        let h = RiwayatUsulanRecord()
        h.pemdaID = r.pemdaID
        h.usulanID = r.id!
        h.waktu = p.jam.sekarang
        h.pengguna = p.namaLengkap
        h.aksi = aksi
        h.dari = dari
        h.ke = r.status
        h.catatan = catatan
        h.isiJSON = r.isiJSON
        try await h.create(on: db)
    }

    /// Checks the things only the database knows: locations exist, partners belong to this pemda.
    static func periksaRujukan(_ u: UsulanPotensi, pelaku p: Pelaku, on db: any Database) async throws {
        var v = Pemeriksa()
        if !u.lokasi.isEmpty {
            let ada = Set(
                try await WilayahRecord.query(on: db).filter(\.$id ~~ u.lokasi.map(\.nilai)).filter(\.$pensiun == false).all().compactMap(
                    \.id))
            let tak = u.lokasi.map(\.nilai).filter { !ada.contains($0) }
            if !tak.isEmpty { v.tambah("lokasi", "Kode wilayah tidak dikenal: \(tak.prefix(5).joined(separator: ", ")).") }
        }
        if !u.calonMitra.isEmpty {
            let ada = Set(try await p.query(MitraRecord.self, on: db).filter(\.$id ~~ u.calonMitra).all().compactMap(\.id))
            if ada.count != Set(u.calonMitra).count {
                v.tambah("calonMitra", "Ada calon mitra yang tidak terdaftar di direktori mitra pemda ini.")
            }
        }
        try v.selesai()
    }

    /// Applies a status action in the caller's transaction: refuses what the table does not allow.
    static func ubahStatus(_ r: UsulanRecord, aksi: AksiUsulan, pelaku p: Pelaku, ip: String?, on db: any Database) async throws {
        guard let status = StatusUsulan(rawValue: r.status) else { throw Abort(.internalServerError) }
        if aksi.jenis == .ajukan, let u = isi(r) {
            _ = try UsulanPotensi.periksa(u.isian, untukDiajukan: true)
        }
        if aksi.jenis == .prioritaskan, let u = isi(r) {
            // Priority objects come from the regional plan (PP 28/2018 Pasal 4 ayat (2)).
            try u.periksaSiapDiprioritaskan()
        }
        let baru: StatusUsulan
        switch status.terapkan(aksi) {
        case .success(let s): baru = s
        case .failure(let e): throw e
        }
        let dari = r.status
        r.status = baru.rawValue
        if let k = aksi.keterangan { r.catatan = k } else if aksi.jenis == .ajukan || aksi.jenis == .verifikasi { r.catatan = nil }
        r.version += 1
        try await r.update(on: db)
        try await catatRiwayat(r, aksi: aksi.jenis.rawValue, dari: dari, catatan: aksi.keterangan, pelaku: p, on: db)
        try await Audit.catat(
            "usulan.\(aksi.jenis.rawValue)", entitas: "usulan_potensi", id: r.id?.uuidString,
            sebelum: ["status": dari], sesudah: ["status": r.status, "catatan": aksi.keterangan ?? ""],
            pelaku: p, ip: ip, on: db)
        try await kabarkan(r, aksi: aksi, pelaku: p, on: db)
    }

    /// Tells the people who must act next: the admins of a new submission, the unit of the decision on its
    /// submission, the TKKSD of a submission to score.
    static func kabarkan(_ r: UsulanRecord, aksi: AksiUsulan, pelaku p: Pelaku, on db: any Database) async throws {
        let tautan = "/pemetaan/usulan/\(r.id!)"
        let unit = { try await Kabar.operatorUnit(r.pemdaID, [r.unitID], on: db) }
        // Decided: no admin is asked to verify it any more; ranked or rejected: no member to score it.
        if [.kembalikan, .verifikasi, .tolak].contains(aksi.jenis) {
            try await Kabar.selesai(.usulanMasuk, tautan: tautan, pemda: r.pemdaID, on: db)
        }
        if [.tolak, .prioritaskan].contains(aksi.jenis) {
            try await Kabar.selesai(.penilaian, tautan: tautan + "#penilaian", pemda: r.pemdaID, on: db)
        }
        switch aksi.jenis {
        case .ajukan:
            try await Kabar.kirim(
                .init(
                    jenis: .usulanMasuk, judul: "Usulan menunggu verifikasi: \(r.judul)",
                    isi: "Periksa kelengkapan usulan, lalu verifikasi atau kembalikan dengan catatan.", tautan: tautan),
                ke: try await Kabar.admin(r.pemdaID, on: db), pelaku: p, on: db)
        case .kembalikan:
            try await Kabar.kirim(
                .init(
                    jenis: .statusUsulan, judul: "Usulan dikembalikan untuk diperbaiki: \(r.judul)",
                    isi: "Catatan: \(aksi.keterangan ?? "")", tautan: tautan),
                ke: try await unit(), pelaku: p, on: db)
        case .verifikasi:
            try await Kabar.kirim(
                .init(
                    jenis: .statusUsulan, judul: "Usulan diverifikasi: \(r.judul)",
                    isi: "Usulan akan dinilai oleh Tim Koordinasi Kerja Sama Daerah.", tautan: tautan, mendesak: false),
                ke: try await unit(), pelaku: p, on: db)
            try await Kabar.kirim(
                .init(
                    jenis: .penilaian, judul: "Usulan menunggu penilaian: \(r.judul)",
                    isi: "Beri nilai 1–5 untuk setiap kriteria beserta alasannya.", tautan: tautan + "#penilaian"),
                ke: try await Kabar.tkksd(r.pemdaID, on: db), pelaku: p, on: db)
        case .tolak:
            try await Kabar.kirim(
                .init(
                    jenis: .statusUsulan, judul: "Usulan ditolak: \(r.judul)", isi: "Alasan: \(aksi.keterangan ?? "")", tautan: tautan,
                    mendesak: false),
                ke: try await unit(), pelaku: p, on: db)
        case .prioritaskan:
            try await Kabar.kirim(
                .init(
                    jenis: .statusUsulan, judul: "Usulan ditetapkan sebagai prioritas: \(r.judul)",
                    isi: "Bagian Kerja Sama akan memulai kerja sama dari usulan ini.", tautan: tautan, mendesak: false),
                ke: try await unit(), pelaku: p, on: db)
        case .tarikKembali, .nilai:
            break
        }
    }

    /// May this caller see the record? Drafts only to their own unit and the admin.
    static func terlihat(_ r: UsulanRecord, oleh p: Pelaku) -> Bool {
        r.status != StatusUsulan.draf.rawValue || p.peran == .admin || r.unitID == p.unitID
    }

    /// May this caller edit the content or submit it? The proposing unit's operator, or the admin.
    static func pemilik(_ r: UsulanRecord, _ p: Pelaku) -> Bool {
        p.peran == .admin || (p.peran == .operator && p.unitID == r.unitID)
    }

    // MARK: Who may do what

    /// The one check that a round takes submissions: every new submission (form, API, monev follow-up,
    /// seed) passes here.
    static func periksaDibuka(_ periode: PeriodePemetaanRecord) throws {
        guard periode.dibuka else { throw Tolak(.forbidden, "Periode pemetaan ini sudah ditutup; usulan baru tidak dapat dibuat.") }
    }

    /// May this caller propose in that round at all (open round; an operator's unit invited, before the
    /// deadline; or the admin)?
    static func periksaBolehMengusulkan(_ p: Pelaku, periode: PeriodePemetaanRecord) throws {
        try periksaDibuka(periode)
        switch p.peran {
        case .admin:
            return
        case .operator:
            guard let u = p.unitID, periode.idUnitDiundang.contains(u) else {
                throw Tolak(.forbidden, "Unit kerja Anda tidak diundang pada periode pemetaan ini.")
            }
            if let batas = Tanggal(iso: periode.batasWaktu), p.jam.hariIni > batas {
                throw Tolak(.forbidden, "Batas waktu pengiriman usulan (\(batas.panjang)) telah lewat. Hubungi admin Bagian Kerja Sama.")
            }
        default:
            throw Tolak(.forbidden, "Hanya operator unit kerja yang diundang atau admin yang dapat membuat usulan.")
        }
    }

    /// May this caller propose for that unit in that round? Returns the proposing unit: the admin's choice
    /// (an invited unit), or the operator's own unit.
    static func periksaPengusul(_ p: Pelaku, unitID: UUID?, periode: PeriodePemetaanRecord) throws -> UUID {
        try periksaBolehMengusulkan(p, periode: periode)
        if p.peran == .operator, let u = p.unitID { return u }
        guard let u = unitID, periode.idUnitDiundang.contains(u) else {
            throw KesalahanValidasi(field: "unit_id", pesan: "Pilih unit kerja pengusul yang diundang pada periode ini.")
        }
        return u
    }

    /// Who may take which step: the proposer submits and withdraws; the admin verifies, returns, rejects, prioritises.
    static func izinkan(_ a: AksiUsulan.Jenis, _ r: UsulanRecord, _ p: Pelaku) throws {
        switch a {
        case .ajukan, .tarikKembali:
            guard pemilik(r, p) else { throw Tolak(.forbidden, "Hanya unit kerja pengusul yang dapat mengajukan atau menarik usulan ini.") }
        case .kembalikan, .verifikasi, .tolak, .prioritaskan:
            guard p.peran == .admin else {
                throw Tolak(
                    .forbidden,
                    "Hanya admin Bagian Kerja Sama yang dapat memverifikasi, mengembalikan, menolak atau memprioritaskan usulan.")
            }
        case .nilai:
            throw Tolak(.forbidden, "Status dinilai ditetapkan otomatis ketika anggota TKKSD memberi nilai.")
        }
    }

    /// Refuses anyone but the proposing unit's operator and the admin (`pemilik`) the edit of the content.
    static func periksaBolehUbah(_ r: UsulanRecord, _ p: Pelaku) throws {
        guard pemilik(r, p) else { throw Tolak(.forbidden, "Hanya unit kerja pengusul atau admin yang dapat mengubah usulan ini.") }
    }

    /// The status action named by a form or API field (`aksi`), with its note.
    static func aksi(dari s: String?, catatan: String?) throws(KesalahanValidasi) -> AksiUsulan {
        switch AksiUsulan.Jenis(rawValue: s ?? "") {
        case .ajukan: .ajukan
        case .kembalikan: .kembalikan(catatan: catatan ?? "")
        case .verifikasi: .verifikasi
        case .prioritaskan: .prioritaskan
        case .tolak: .tolak(alasan: catatan ?? "")
        case .tarikKembali: .tarikKembali
        case .nilai, .none: throw KesalahanValidasi(field: "aksi", pesan: "Aksi tidak dikenal.")
        }
    }

    /// Applies a status action for a caller: `izinkan`, then `ubahStatus` in one transaction.
    static func jalankan(_ aksi: AksiUsulan, _ r: UsulanRecord, pelaku p: Pelaku, ip: String?, on db: any Database) async throws {
        try izinkan(aksi.jenis, r, p)
        try await db.transaction { db in try await ubahStatus(r, aksi: aksi, pelaku: p, ip: ip, on: db) }
    }

    static func cari(_ req: Request) async throws -> UsulanRecord {
        let p = try req.pelakuWajib()
        let r = try await p.cari(UsulanRecord.self, req.parameters.get("usulan", as: UUID.self), on: req.database)
        guard terlihat(r, oleh: p) else { throw Abort(.notFound) }
        return r
    }

    /// Creates a submission (as a draft, or submitted at once).
    static func buat(
        _ isian: IsianUsulan, unitID: UUID, periode: PeriodePemetaanRecord, ajukan: Bool, pelaku p: Pelaku,
        ip: String?, on db: any Database
    ) async throws -> UsulanRecord {
        try periksaDibuka(periode)
        let u = try UsulanPotensi.periksa(isian, untukDiajukan: ajukan)
        try await periksaRujukan(u, pelaku: p, on: db)
        let r = UsulanRecord()
        r.pemdaID = p.pemdaID
        r.periodeID = periode.id!
        r.unitID = unitID
        r.status = StatusUsulan.draf.rawValue
        r.publik = false
        r.contoh = false
        r.version = 1
        r.dibuatOleh = p.penggunaID
        terapkan(u, ke: r)
        try await db.transaction { db in
            try await r.create(on: db)
            try await catatRiwayat(r, aksi: "buat", dari: nil, catatan: nil, pelaku: p, on: db)
            try await Audit.catat("usulan.buat", entitas: "usulan_potensi", id: r.id?.uuidString, sesudah: u, pelaku: p, ip: ip, on: db)
            if ajukan { try await ubahStatus(r, aksi: .ajukan, pelaku: p, ip: ip, on: db) }
        }
        return r
    }

    /// Saves an edit of a draft or a returned submission; refuses a stale version.
    static func ubah(
        _ r: UsulanRecord, isian: IsianUsulan, versi: Int, ajukan: Bool, pelaku p: Pelaku, ip: String?,
        on db: any Database
    ) async throws {
        guard StatusUsulan(rawValue: r.status)?.dapatDisuntingPengusul == true else {
            throw KesalahanValidasi(
                field: "status", pesan: "Usulan berstatus \(StatusUsulan(rawValue: r.status)?.nama ?? r.status) tidak dapat diubah lagi.")
        }
        let u = try UsulanPotensi.periksa(isian, untukDiajukan: ajukan)
        try await periksaRujukan(u, pelaku: p, on: db)
        let sebelum = isi(r)
        try await db.transaction { db in
            guard try await KunciVersi.klaim(tabel: UsulanRecord.schema, id: r.id!, diharapkan: versi, on: db) else { throw KonflikVersi() }
            r.version = versi + 1
            terapkan(u, ke: r)
            try await r.update(on: db)
            try await catatRiwayat(r, aksi: "ubah", dari: r.status, catatan: nil, pelaku: p, on: db)
            try await Audit.catat(
                "usulan.ubah", entitas: "usulan_potensi", id: r.id?.uuidString, sebelum: sebelum, sesudah: u,
                pelaku: p, ip: ip, on: db)
            if ajukan { try await ubahStatus(r, aksi: .ajukan, pelaku: p, ip: ip, on: db) }
        }
    }

    /// Stores one TKKSD member's scores; the first score moves a verified submission to "dinilai".
    static func nilai(
        _ r: UsulanRecord, skor: [String: Double], alasan: String, kriteria: [Kriteria], pelaku p: Pelaku,
        ip: String?, on db: any Database
    ) async throws {
        guard PeringkatPage.statusDinilai.contains(r.status), r.status != StatusUsulan.diprioritaskan.rawValue else {
            throw KesalahanValidasi(field: "nilai", pesan: "Hanya usulan yang sudah diverifikasi yang dapat dinilai.")
        }
        let n = try NilaiAnggota(anggota: p.penggunaID.uuidString, usulan: r.id!.uuidString, nilai: skor, alasan: alasan)
        try n.periksa(kriteria: kriteria)
        let hilang = kriteria.filter { skor[$0.kode] == nil }
        if !hilang.isEmpty {
            throw KesalahanValidasi(hilang.map { KesalahanIsian(field: "n_\($0.kode)", pesan: "Beri nilai 1–5 untuk \($0.nama).") })
        }
        try await db.transaction { db in
            let row =
                try await p.query(NilaiUsulanRecord.self, on: db).filter(\.$usulanID == r.id!).filter(\.$penggunaID == p.penggunaID).first()
                ?? NilaiUsulanRecord()
            let sebelum = row.id == nil ? nil : row.nilaiJSON
            row.pemdaID = p.pemdaID
            row.periodeID = r.periodeID
            row.usulanID = r.id!
            row.penggunaID = p.penggunaID
            row.nilaiJSON = String(decoding: try JSONEncoder().encode(skor), as: UTF8.self)
            row.alasan = n.alasan
            try await row.save(on: db)
            try await Audit.catat(
                "usulan.nilai_anggota", entitas: "nilai_usulan", id: row.id?.uuidString, sebelum: sebelum,
                sesudah: row.nilaiJSON, pelaku: p, ip: ip, on: db)
            try await Kabar.selesai(
                .penilaian, tautan: "/pemetaan/usulan/\(r.id!)#penilaian", pemda: r.pemdaID, pengguna: p.penggunaID, on: db)
            if r.status == StatusUsulan.terverifikasi.rawValue {
                try await ubahStatus(r, aksi: .nilai, pelaku: p, ip: ip, on: db)
            }
        }
    }
}
