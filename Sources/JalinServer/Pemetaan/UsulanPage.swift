import Fluent
import Foundation
import JalinDomain
import Vapor

/// The submission pages: the form (phone-friendly, no JavaScript), the detail with its history,
/// the verification actions and the TKKSD scoring. Queries in `UsulanPage+Query`, page models in
/// `UsulanPage+Model`, rendering in `UsulanPage+View`; the rules and writes in `UsulanAlur`.
enum UsulanPage {
    /// The form as posted: the domain's fields plus the page's own.
    struct Form: Content {
        var isian: IsianUsulan
        var unitID: UUID?
        var lokasiLain: String?
        var aksi: String?
        var version: Int?

        init(from decoder: any Decoder) throws {
            isian = try IsianUsulan(from: decoder)
            struct K: CodingKey {
                var stringValue: String
                var intValue: Int? { nil }
                init(stringValue: String) { self.stringValue = stringValue }
                init?(intValue: Int) { nil }
            }
            let c = try decoder.container(keyedBy: K.self)
            unitID = (try? c.decodeIfPresent(String.self, forKey: K(stringValue: "unit_id"))).flatMap { $0.flatMap(UUID.init(uuidString:)) }
            lokasiLain = try? c.decodeIfPresent(String.self, forKey: K(stringValue: "lokasiLain"))
            aksi = try? c.decodeIfPresent(String.self, forKey: K(stringValue: "aksi"))
            version =
                (try? c.decodeIfPresent(Int.self, forKey: K(stringValue: "version")))
                ?? (try? c.decodeIfPresent(String.self, forKey: K(stringValue: "version"))).flatMap { $0.flatMap(Int.init) }
        }

        func encode(to encoder: any Encoder) throws { try isian.encode(to: encoder) }

        /// The locations: ticked kecamatan plus the codes typed in "lokasi lain".
        var isianLengkap: IsianUsulan {
            var i = isian
            let lain = (lokasiLain ?? "").split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" }).map(String.init)
            if !lain.isEmpty { i.lokasi = (i.lokasi ?? []) + lain }
            return i
        }
    }

    // MARK: Routes

    static func daftarkan(_ app: Application) {
        let pengusul = Akses.peran([.admin, .operator])
        app.rute(.GET, "pemetaan", "periode", ":periode", "usulan", "baru", akses: pengusul, use: halamanBaru)
        app.rute(.POST, "pemetaan", "periode", ":periode", "usulan", "baru", akses: pengusul, maksBody: "1mb", use: simpanBaru)
        app.rute(.GET, "pemetaan", "usulan", ":usulan", akses: .internalPemda, use: halamanDetail)
        app.rute(.GET, "pemetaan", "usulan", ":usulan", "ubah", akses: pengusul, use: halamanUbah)
        app.rute(.POST, "pemetaan", "usulan", ":usulan", "ubah", akses: pengusul, maksBody: "1mb", use: simpanUbah)
        app.rute(.POST, "pemetaan", "usulan", ":usulan", "aksi", akses: .peran([.admin, .operator]), use: aksi)
        app.rute(.POST, "pemetaan", "usulan", ":usulan", "nilai", akses: .peran([.tkksd]), use: nilai)
    }

    static func daftarkanLampiran(_ app: Application) {
        app.rute(.POST, "pemetaan", "usulan", ":usulan", "lampiran", akses: .peran([.admin, .operator]), maksBody: "11mb", use: lampirkan)
        app.rute(.GET, "pemetaan", "usulan", ":usulan", "lampiran", ":lampiran", akses: .internalPemda, use: unduhLampiran)
    }

    // MARK: Pages

    /// The form page: query, model, view.
    static func form(
        _ req: Request, periode: PeriodePemetaanRecord, record: UsulanRecord?, isian: IsianUsulan, unitID: UUID?, version: Int,
        galat: KesalahanValidasi? = nil, konflik: Int? = nil, status: HTTPStatus = .ok
    ) async throws -> Response {
        let p = try req.pelakuWajib()
        let d = try await dataForm(periode: periode, pelaku: p, on: req.database)
        let m = formModel(
            d, periode: periode, record: record, isian: isian, unitID: unitID, version: version, pelaku: p,
            galat: galat, konflik: konflik)
        return try await tampilkan(m, galat: galat, status: status, for: req)
    }

    /// The detail page: query, model, view.
    static func detail(
        _ req: Request, _ r: UsulanRecord, galat: KesalahanValidasi? = nil, skorIsian: [String: String]? = nil,
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let p = try req.pelakuWajib()
        let d = try await dataDetail(r, pelaku: p, on: req.database)
        var m = detailModel(r, d, pelaku: p, galat: galat, skorIsian: skorIsian)
        let ks = try await KerjaSamaAlur.dariUsulan([r.id!], pelaku: p, on: req.database)[r.id!]
        m.lanjutan = KerjaSamaAlur.lanjutanUsulan(r, ks: ks, pelaku: p)
        return try await tampilkan(m, galat: galat, status: status, for: req)
    }

    // MARK: Handlers

    @Sendable static func halamanBaru(_ req: Request) async throws -> Response {
        let x = try await PeriodePage.cari(req)
        try UsulanAlur.periksaBolehMengusulkan(try req.pelakuWajib(), periode: x)
        return try await form(req, periode: x, record: nil, isian: IsianUsulan(jenis: "potensi"), unitID: nil, version: 0)
    }

    @Sendable static func simpanBaru(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let x = try await PeriodePage.cari(req)
        let f = try req.content.decode(Form.self)
        do {
            let unitID = try UsulanAlur.periksaPengusul(p, unitID: f.unitID, periode: x)
            let r = try await UsulanAlur.buat(
                f.isianLengkap, unitID: unitID, periode: x, ajukan: f.aksi == "ajukan", pelaku: p,
                ip: req.alamatKlien, on: req.database)
            return req.redirect(to: "/pemetaan/usulan/\(r.id!)?pesan=\(f.aksi == "ajukan" ? "diajukan" : "dibuat")")
        } catch let v as KesalahanValidasi {
            return try await form(
                req, periode: x, record: nil, isian: f.isianLengkap, unitID: f.unitID, version: 0, galat: v,
                status: .unprocessableEntity)
        }
    }

    @Sendable static func halamanDetail(_ req: Request) async throws -> Response {
        try await detail(req, try await UsulanAlur.cari(req))
    }

    @Sendable static func halamanUbah(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let r = try await UsulanAlur.cari(req)
        try UsulanAlur.periksaBolehUbah(r, p)
        let x = try await p.cari(PeriodePemetaanRecord.self, r.periodeID, on: req.database)
        return try await form(
            req, periode: x, record: r, isian: UsulanAlur.isi(r)?.isian ?? IsianUsulan(judul: r.judul), unitID: r.unitID,
            version: r.version)
    }

    @Sendable static func simpanUbah(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let r = try await UsulanAlur.cari(req)
        try UsulanAlur.periksaBolehUbah(r, p)
        let x = try await p.cari(PeriodePemetaanRecord.self, r.periodeID, on: req.database)
        let f = try req.content.decode(Form.self)
        do {
            try await UsulanAlur.ubah(
                r, isian: f.isianLengkap, versi: f.version ?? -1, ajukan: f.aksi == "ajukan", pelaku: p,
                ip: req.alamatKlien, on: req.database)
            return req.redirect(to: "/pemetaan/usulan/\(r.id!)?pesan=tersimpan")
        } catch let v as KesalahanValidasi {
            return try await form(
                req, periode: x, record: r, isian: f.isianLengkap, unitID: r.unitID, version: f.version ?? r.version,
                galat: v, status: .unprocessableEntity)
        } catch is KonflikVersi {
            let terbaru = try await p.cari(UsulanRecord.self, r.id, on: req.database)
            return try await form(
                req, periode: x, record: terbaru, isian: f.isianLengkap, unitID: r.unitID, version: terbaru.version,
                konflik: terbaru.version, status: .conflict)
        }
    }

    @Sendable static func aksi(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let r = try await UsulanAlur.cari(req)
        struct F: Content {
            var aksi: String?
            var catatan: String?
        }
        let f = try req.content.decode(F.self)
        do {
            try await UsulanAlur.jalankan(
                try UsulanAlur.aksi(dari: f.aksi, catatan: f.catatan), r, pelaku: p, ip: req.alamatKlien,
                on: req.database)
            return req.redirect(to: "/pemetaan/usulan/\(r.id!)?pesan=tersimpan")
        } catch let v as KesalahanValidasi {
            let segar = try await p.cari(UsulanRecord.self, r.id, on: req.database)
            return try await detail(req, segar, galat: v, status: .unprocessableEntity)
        }
    }

    @Sendable static func nilai(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let r = try await UsulanAlur.cari(req)
        let x = try await p.cari(PeriodePemetaanRecord.self, r.periodeID, on: req.database)
        let isian = try req.content.decode([String: String].self)
        do {
            let skor = try bacaSkor(isian, kriteria: x.kriteria)
            try await UsulanAlur.nilai(
                r, skor: skor, alasan: isian["alasan"] ?? "", kriteria: x.kriteria, pelaku: p, ip: req.alamatKlien,
                on: req.database)
            return req.redirect(to: "/pemetaan/usulan/\(r.id!)?pesan=tersimpan")
        } catch let e as KesalahanValidasi {
            return try await detail(req, r, galat: e, skorIsian: isian, status: .unprocessableEntity)
        }
    }

    /// The scores of the scoring form (`n_<kode>`): whole numbers 1–5; an empty field is no score.
    static func bacaSkor(_ isian: [String: String], kriteria: [Kriteria]) throws(KesalahanValidasi) -> [String: Double] {
        var skor: [String: Double] = [:]
        var v = Pemeriksa()
        for k in kriteria {
            if let s = isian["n_\(k.kode)"], !s.isEmpty {
                if let n = Double(s), (1...5).contains(n), n == n.rounded() {
                    skor[k.kode] = n
                } else {
                    v.tambah("n_\(k.kode)", "Nilai \(k.nama) harus bilangan bulat 1 sampai 5.")
                }
            }
        }
        try v.selesai()
        return skor
    }

    @Sendable static func lampirkan(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let r = try await UsulanAlur.cari(req)
        guard UsulanAlur.pemilik(r, p) else {
            throw Tolak(.forbidden, "Hanya unit kerja pengusul atau admin yang dapat melampirkan berkas pada usulan ini.")
        }
        struct F: Content { var berkas: File? }
        let f = try req.content.decode(F.self)
        do {
            guard let file = f.berkas else { throw KesalahanValidasi(field: "berkas", pesan: "Pilih berkas yang akan diunggah.") }
            _ = try await Unggah.lampirkan(file, entitas: "usulan_potensi", id: r.id!, pelaku: p, req: req)
            return req.redirect(to: "/pemetaan/usulan/\(r.id!)?pesan=tersimpan")
        } catch let v as KesalahanValidasi {
            return try await detail(req, r, galat: v, status: .unprocessableEntity)
        }
    }

    @Sendable static func unduhLampiran(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let r = try await UsulanAlur.cari(req)
        let l = try await p.cari(LampiranRecord.self, req.parameters.get("lampiran", as: UUID.self), on: req.database)
        guard l.entitas == "usulan_potensi", l.entitasID == r.id else { throw Abort(.notFound) }
        return try Unggah.unduh(l, req: req)
    }
}
