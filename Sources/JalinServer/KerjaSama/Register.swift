import Fluent
import Foundation
import JalinDomain
import Vapor

/// The registry of every cooperation of the pemda, with filters.
enum Register {
    struct Filter: Sendable {
        var jenis: String = ""
        var tahap: String = ""
        var urusan: String = ""
        var mitra: String = ""
        var unit: String = ""
        var tahun: String = ""
        var segera: Bool = false
        var q: String = ""
        var halaman: Int = 1

        init() {}

        init(_ req: Request) {
            func s(_ k: String) -> String { ((try? req.query.get(String.self, at: k)) ?? "").trimmingCharacters(in: .whitespaces) }
            jenis = s("jenis"); tahap = s("tahap"); urusan = s("urusan"); mitra = s("mitra"); unit = s("unit"); tahun = s("tahun")
            q = String(s("q").prefix(100)); segera = s("segera") == "1"; halaman = min(max(1, Int(s("halaman")) ?? 1), 100_000)
        }
    }

    static let perHalaman = 50

    /// Query: the registry page (one extra row to know whether a next page exists). With `ringkas` only
    /// the columns the HTML list shows are read (not the lifecycle JSON and the texts the API returns).
    static func query(_ f: Filter, pelaku p: Pelaku, ringkas: Bool = false, on db: any Database) async throws -> [KerjaSamaRecord] {
        var q = p.query(KerjaSamaRecord.self, on: db)
        if ringkas {
            q = q.field(\.$id).field(\.$pemdaID).field(\.$judul).field(\.$jenis).field(\.$tahap).field(\.$mitra)
                .field(\.$tanggalMulai).field(\.$tanggalBerakhir)
        }
        if !f.jenis.isEmpty { q = q.filter(\.$jenis == f.jenis) }
        if !f.tahap.isEmpty { q = q.filter(\.$tahap == f.tahap) }
        if !f.urusan.isEmpty { q = q.filter(\.$urusan, .custom("LIKE"), "%\(f.urusan.filter { $0.isNumber || $0 == "." })%") }
        if let m = UUID(uuidString: f.mitra) { q = q.filter(\.$mitra, .custom("LIKE"), "%\(m.uuidString)%") }
        if let u = UUID(uuidString: f.unit) { q = q.filter(\.$unit, .custom("LIKE"), "%\(u.uuidString)%") }
        if let t = Int(f.tahun), (1900...2200).contains(t) {
            q = q.filter(\.$tanggalMulai <= "\(t)-12-31").filter(\.$tanggalBerakhir >= "\(t)-01-01")
        }
        if f.segera {
            let hari = KerjaSamaAlur.hariIni()
            q = q.filter(\.$tanggalBerakhir >= hari.iso).filter(\.$tanggalBerakhir <= hari.tambahHari(90).iso).filter(\.$tahap != Tahap.berakhir.rawValue)
        }
        if !f.q.isEmpty {
            q = q.filter(\.$judul, .custom("LIKE"), "%\(f.q.replacingOccurrences(of: "%", with: "").replacingOccurrences(of: "_", with: ""))%")
        }
        return try await q.sort(\.$tanggalBerakhir, .descending).sort(\.$judul)
            .range(((f.halaman - 1) * perHalaman)..<(f.halaman * perHalaman + 1)).all()
    }

    struct Baris: Encodable {
        let id: String
        let judul: String
        let jenis: String
        let tahap: String
        let tahapKode: String
        let mitra: String
        let masa: String
        let sisa: String?
        let segera: Bool
    }

    struct Model: Encodable {
        let baris: [Baris]
        let jenis: [PenggunaAdmin.Pilihan]
        let tahap: [PenggunaAdmin.Pilihan]
        let urusan: [PenggunaAdmin.Pilihan]
        let mitra: [PenggunaAdmin.Pilihan]
        let unit: [PenggunaAdmin.Pilihan]
        let tahun: String
        let q: String
        let segera: Bool
        let admin: Bool
        let halaman: Int
        let sebelumnya: String?
        let berikutnya: String?
    }

    static func daftarkan(_ app: Application) {
        app.rute(.GET, "kerja-sama", akses: .internalPemda) { req async throws -> Response in
            let p = try req.pelakuWajib()
            let f = Filter(req)
            let rows = try await query(f, pelaku: p, ringkas: true, on: req.database)
            let mitra = try await p.query(Mitra.self, on: req.database).sort(\.$nama).all()
            let namaMitra = Dictionary(uniqueKeysWithValues: mitra.map { ($0.id!, $0.nama) })
            let unit = try await p.query(UnitKerja.self, on: req.database).filter(\.$jenis == .opd).sort(\.$nama).all()
            let hari = KerjaSamaAlur.hariIni()
            let baris = rows.prefix(perHalaman).map { r -> Baris in
                let j = JenisKerjaSama(rawValue: r.jenis)
                let sisa = KerjaSamaAlur.sisaHari(r, hariIni: hari)
                let aktif = r.tahap != Tahap.berakhir.rawValue
                return Baris(id: r.id!.uuidString, judul: r.judul, jenis: j?.singkatan ?? r.jenis,
                             tahap: Tahap(rawValue: r.tahap).map { j.map($0.nama(untuk:)) ?? $0.nama } ?? "Di luar tahapan KSD", tahapKode: r.tahap,
                             mitra: r.idMitra.compactMap { namaMitra[$0] }.joined(separator: "; "),
                             masa: [r.tanggalMulai, r.tanggalBerakhir].compactMap { $0.flatMap(Tanggal.init(iso:))?.panjang }.joined(separator: " – "),
                             sisa: aktif ? sisa.map { $0 >= 0 ? "\($0) hari lagi" : "lewat \(-$0) hari" } : nil,
                             segera: aktif && (sisa.map { $0 >= 0 && $0 <= 90 } ?? false))
            }
            func url(_ h: Int) -> String {
                var c = URLComponents()
                c.path = "/kerja-sama"
                c.queryItems = [("jenis", f.jenis), ("tahap", f.tahap), ("urusan", f.urusan), ("mitra", f.mitra), ("unit", f.unit), ("tahun", f.tahun),
                                ("q", f.q), ("segera", f.segera ? "1" : ""), ("halaman", String(h))].filter { !$0.1.isEmpty }.map { URLQueryItem(name: $0.0, value: $0.1) }
                return c.string ?? "/kerja-sama"
            }
            let m = Model(
                baris: Array(baris),
                jenis: JenisKerjaSama.allCases.map { .init(nilai: $0.rawValue, label: $0.nama, dipilih: $0.rawValue == f.jenis) },
                tahap: Tahap.allCases.map { .init(nilai: $0.rawValue, label: $0.nama, dipilih: $0.rawValue == f.tahap) },
                urusan: KatalogUrusan.semua.map { .init(nilai: $0.kode, label: "\($0.kode) \($0.nama)", dipilih: $0.kode == f.urusan) },
                mitra: mitra.map { .init(nilai: $0.id!.uuidString, label: $0.nama, dipilih: $0.id!.uuidString == f.mitra) },
                unit: unit.map { .init(nilai: $0.id!.uuidString, label: $0.nama, dipilih: $0.id!.uuidString == f.unit) },
                tahun: f.tahun, q: f.q, segera: f.segera, admin: p.peran == .admin, halaman: f.halaman,
                sebelumnya: f.halaman > 1 ? url(f.halaman - 1) : nil, berikutnya: rows.count > perHalaman ? url(f.halaman + 1) : nil)
            return try await req.halaman("kerjasama/index", judul: "Kerja Sama", m)
        }
    }
}
