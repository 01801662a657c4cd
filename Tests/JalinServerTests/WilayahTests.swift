import Fluent
import Foundation
import JalinDomain
import Testing
import VaporTesting

@testable import JalinServer

/// The real Kemendagri list, read from ../shared (never copied into the repository).
let berkasWilayahAsli: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("../shared/data/wilayah/wilayah.csv").standardized
let adaDataBersama = FileManager.default.fileExists(atPath: berkasWilayahAsli.path)

@Suite("Import and search of kode wilayah")
struct WilayahTests {
    func csv(_ baris: [String]) -> Data { Data((["kode,nama"] + baris).joined(separator: "\n").utf8) }

    @Test("A newer edition updates names, adds codes and retires vanished ones without deleting them")
    func edisiBaru() async throws {
        try await denganJalin { app in
            let e1 = csv([
                "64,Kalimantan Timur", "64.02,Kabupaten Kutai Kartanegara", "64.02.13,Samboja", "64.02.13.2014,Karya Jaya",
                "64.02.99,Kecamatan Lama", "\"64.02.98\",\"Kota Bangun I, II\"",
            ])
            let r1 = try await ImporWilayah.jalankan(data: e1, namaBerkas: "e1.csv", edisi: "E1", on: app.db)
            #expect(r1.ditambah == 2)
            #expect(try await WilayahRecord.find("64.02.98", on: app.db)?.nama == "Kota Bangun I, II")
            let e2 = csv(
                [
                    "64,Kalimantan Timur", "64.02,Kabupaten Kutai Kartanegara", "64.02.13,Samboja Kuala", "64.02.13.2014,Karya Jaya",
                    "64.02.21,Kecamatan Baru", "64.02.98,Kota Bangun I, II",
                ].map { $0.contains("I, II") ? "64.02.98,\"Kota Bangun I, II\"" : $0 })
            let r2 = try await ImporWilayah.jalankan(data: e2, namaBerkas: "e2.csv", edisi: "E2", on: app.db)
            #expect(r2.ditambah == 1)
            #expect(r2.diubah == 1)
            #expect(r2.dipensiunkan >= 1)
            let lama = try #require(try await WilayahRecord.find("64.02.99", on: app.db))
            #expect(lama.pensiun)
            #expect(try await WilayahRecord.find("64.02.13", on: app.db)?.nama == "Samboja Kuala")
            // A unit pointing at a code keeps working.
            #expect(try await UnitKerjaRecord.query(on: app.db).filter(\.$kodeWilayah == "64.02.13").count() == 1)
            #expect(try await CatatanImporWilayahRecord.query(on: app.db).count() == 2)
        }
    }

    @Test("A malformed file is refused with line numbers and reasons, and nothing changes")
    func berkasRusak() async throws {
        try await denganJalin { app in
            let sebelum = try await WilayahRecord.query(on: app.db).count()
            let buruk = csv([
                "64,Kalimantan Timur", "64.2,Salah Bentuk", "64.02,Kabupaten Kutai Kartanegara", "64.02,Ganda",
                "65.01.01,Tanpa Induk", "64.02.13,",
            ])
            do {
                _ = try await ImporWilayah.jalankan(data: buruk, namaBerkas: "buruk.csv", edisi: "X", on: app.db)
                Issue.record("expected a refusal")
            } catch let g as GagalPeriksa {
                let baris = Set(g.masalah.map(\.baris))
                #expect(baris.isSuperset(of: [3, 5, 6, 7]))
                #expect(g.masalah.allSatisfy { !$0.alasan.isEmpty })
            }
            var latin1 = Data("kode,nama\n64,Kalimantan Timur\n64.02,Kabupaten K".utf8)
            latin1.append(contentsOf: [0xE9, 0x0A])
            do {
                _ = try await ImporWilayah.jalankan(data: latin1, namaBerkas: "latin1.csv", edisi: "X", on: app.db)
                Issue.record("expected a refusal")
            } catch let g as GagalPeriksa {
                #expect(g.masalah.first?.baris == 3)
                #expect(g.masalah.first?.alasan.contains("UTF-8") == true)
            }
            do {
                _ = try await ImporWilayah.jalankan(data: Data("code;name\n64;Kaltim".utf8), namaBerkas: "x.csv", edisi: "X", on: app.db)
                Issue.record("expected a refusal")
            } catch let g as GagalPeriksa {
                #expect(g.masalah.first?.alasan.contains("kode,nama") == true)
            }
            #expect(try await WilayahRecord.query(on: app.db).count() == sebelum)
            #expect(try await CatatanImporWilayahRecord.query(on: app.db).count() == 0)
        }
    }

    @Test("Search by name or code in the UI and the API")
    func cari() async throws {
        try await denganJalin { app in
            var b = Peramban(app)
            try await b.masuk("operator.samboja")
            let r = try await b.get("/wilayah?q=samboja")
            #expect(r.body.string.contains("64.02.13"))
            #expect(r.body.string.contains("Samboja Barat"))
            let token = try await app.tokenAPI(untuk: "operator.samboja")
            try await app.testing().test(.GET, "/api/v1/wilayah?q=64.02.1&tingkat=3", headers: bearer(token)) { res in
                let h = try res.content.decode([CariWilayah.Hasil].self)
                #expect(h.count == 10)
                #expect(h.allSatisfy { $0.tingkat == 3 && $0.induk == "64.02" })
            }
            try await app.testing().test(.GET, "/api/v1/wilayah/64.02.13", headers: bearer(token)) { res in
                let h1 = try res.content.decode(CariWilayah.Hasil.self)
                #expect(h1.nama == "Samboja")
            }
            try await app.testing().test(.GET, "/api/v1/wilayah?tingkat=9", headers: bearer(token)) { res in
                #expect(res.status == .unprocessableEntity)
            }
            try await app.testing().test(.GET, "/api/v1/wilayah?q=%25%27%20OR%201=1--", headers: bearer(token)) { res in
                #expect(res.status == .ok)
                let h2 = try res.content.decode([CariWilayah.Hasil].self)
                #expect(h2.isEmpty)
            }
        }
    }

    // Needs ../shared/data/wilayah/wilayah.csv (present in CI; skipped in a clone without ../shared).
    @Test(
        "All 91,599 Kemendagri codes import, and a second import of the same edition changes nothing",
        .enabled(if: adaDataBersama, "needs ../shared/data/wilayah/wilayah.csv"))
    func dataAsli() async throws {
        try await denganJalin { app in
            let data = try Data(contentsOf: berkasWilayahAsli)
            let r = try await ImporWilayah.jalankan(
                data: data, namaBerkas: "wilayah.csv", edisi: "Kepmendagri 300.2.2-2138/2025", on: app.db)
            #expect(r.jumlahBaris == 91_599)
            #expect(try await WilayahRecord.query(on: app.db).filter(\.$pensiun == false).count() == 91_599)
            #expect(try await WilayahRecord.query(on: app.db).filter(\.$tingkat == 4).count() == 83_762)
            let r2 = try await ImporWilayah.jalankan(
                data: data, namaBerkas: "wilayah.csv", edisi: "Kepmendagri 300.2.2-2138/2025", on: app.db)
            #expect(r2.ditambah == 0 && r2.dipensiunkan == 0 && r2.diubah == 0)
            var f = CariWilayah.Filter()
            f.q = "karya jaya"
            #expect(try await CariWilayah.query(f, on: app.db).contains { $0.kode == "64.02.13.2014" })
        }
    }
}
