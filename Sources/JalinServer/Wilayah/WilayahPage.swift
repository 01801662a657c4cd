import Fluent
import Foundation
import JalinDomain
import SQLKit
import Vapor

/// Search of kode wilayah by name or code, for the UI and the API.
enum CariWilayah {
    struct Hasil: Content, Equatable {
        let kode: String
        let nama: String
        let tingkat: Int
        let tingkatNama: String
        let induk: String?
        let pensiun: Bool
    }

    struct Filter: Sendable {
        var q: String?
        var tingkat: Int?
        var induk: String?
        var termasukPensiun = false
        var batas = 50
    }

    /// Query: a code prefix ("64.02") matches codes; anything else matches names, case-insensitively.
    static func query(_ f: Filter, on db: any Database) async throws -> [Hasil] {
        var s = db.sql.select().columns("kode", "nama", "tingkat", "induk", "pensiun").from("wilayah")
        let q = (f.q ?? "").trimmingCharacters(in: .whitespaces)
            .replacingOccurrences(of: "%", with: "").replacingOccurrences(of: "_", with: "")
        if !q.isEmpty {
            if q.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) {
                s = s.where("kode", .like, q + "%")
            } else {
                s = s.where(SQLFunction("lower", args: SQLColumn("nama")), .like, SQLBind("%" + q.lowercased() + "%"))
            }
        }
        if let t = f.tingkat { s = s.where("tingkat", .equal, t) }
        if let i = f.induk, !i.isEmpty { s = s.where("induk", .equal, i) }
        if !f.termasukPensiun { s = s.where("pensiun", .equal, false) }
        let rows = try await s.orderBy("kode").limit(max(1, min(f.batas, 500))).all(decoding: Baris.self)
        return rows.map {
            Hasil(
                kode: $0.kode, nama: $0.nama, tingkat: $0.tingkat,
                tingkatNama: TingkatWilayah(rawValue: $0.tingkat)?.nama ?? "", induk: $0.induk, pensiun: $0.pensiun)
        }
    }

    private struct Baris: Decodable {
        let kode: String
        let nama: String
        let tingkat: Int
        let induk: String?
        let pensiun: Bool
    }

    static func filter(dari req: Request) throws -> Filter {
        var f = Filter()
        f.q = try? req.query.get(String.self, at: "q")
        if let q = f.q, q.count > 100 { throw KesalahanValidasi(field: "q", pesan: "Kata kunci paling banyak 100 karakter.") }
        if let t = try? req.query.get(String.self, at: "tingkat"), !t.isEmpty {
            guard let n = Int(t), (1...4).contains(n) else {
                throw KesalahanValidasi(field: "tingkat", pesan: "Tingkat harus 1 (provinsi) sampai 4 (desa/kelurahan).")
            }
            f.tingkat = n
        }
        f.induk = try? req.query.get(String.self, at: "induk")
        if let b = try? req.query.get(Int.self, at: "batas") { f.batas = b }
        f.termasukPensiun = (try? req.query.get(Bool.self, at: "pensiun")) ?? false
        return f
    }
}

enum WilayahPage {
    struct Model: Encodable {
        let q: String
        let tingkat: String
        let hasil: [CariWilayah.Hasil]
        let dicari: Bool
        let galat: [String: String]
    }

    static func daftarkan(_ app: Application) {
        app.rute(.GET, "wilayah", akses: .internalPemda, use: halaman)
    }
}

// MARK: Handlers

extension WilayahPage {
    @Sendable static func halaman(_ req: Request) async throws -> Response {
        let q = (try? req.query.get(String.self, at: "q")) ?? ""
        let t = (try? req.query.get(String.self, at: "tingkat")) ?? ""
        do {
            let f = try CariWilayah.filter(dari: req)
            let dicari = !(f.q ?? "").isEmpty || f.tingkat != nil
            let hasil = dicari ? try await CariWilayah.query(f, on: req.database) : []
            return try await req.halaman(
                "wilayah", judul: "Kode Wilayah", Model(q: q, tingkat: t, hasil: hasil, dicari: dicari, galat: [:]))
        } catch let v as KesalahanValidasi {
            return try await req.halaman(
                "wilayah", judul: "Kode Wilayah",
                Model(q: String(q.prefix(100)), tingkat: "", hasil: [], dicari: false, galat: Format.petaGalat(v)),
                status: .unprocessableEntity, galat: v.daftar.first?.pesan)
        }
    }
}
