import Fluent
import Foundation
import JalinDomain
import Testing
import VaporTesting

@testable import JalinServer

/// Issue 8.6: every route with an id, for every role, with random ids, with ids of records that live in a
/// training sandbox and with another unit's draft: 403/404, never a record, never a 5xx.
@Suite("Tenant isolation under attack")
struct TenancyFuzzTests {
    @Test("Random ids and sandbox ids reach nothing on any route with an id, for every role")
    func idAsing() async throws {
        try await denganJalin { app in
            // A sandbox with a record of its own.
            var pelatih = Peramban(app)
            try await pelatih.masuk("admin.kukar")
            let (_, logins, _) = try await SimulasiTests.buatKelas(&pelatih, jumlah: 1)
            var peserta = Peramban(app)
            try await peserta.masuk(logins[0].0, sandi: logins[0].1)
            try await peserta.get("/admin/mitra/baru")
            let rahasia = "Mitra Khusus Ruang Latihan"
            #expect(try await peserta.post("/admin/mitra/baru", ["jenis": "pihakKetiga", "nama": rahasia]).status == .seeOther)
            let ps = try #require(try await PesertaSimulasiRecord.query(on: app.db).first())
            let sdb = try await KotakSimulasi.database(app, peserta: ps.id!)
            let mitraSim = try #require(try await MitraRecord.query(on: sdb).filter(\.$nama == rahasia).first())
            let ksSim = try #require(try await KerjaSamaRecord.query(on: sdb).first())
            let naskahSim = try #require(try await NaskahRecord.query(on: sdb).first())
            let usulanSim = try #require(try await UsulanRecord.query(on: sdb).first())
            let asing = [
                UUID().uuidString, UUID().uuidString.lowercased(), mitraSim.id!.uuidString, ksSim.id!.uuidString,
                naskahSim.id!.uuidString, usulanSim.id!.uuidString, "0", "-1", "..%2F..%2Fetc%2Fpasswd", String(repeating: "9", count: 40),
            ]

            var sesi: [(String, Peramban, String)] = []
            for n in [
                "admin.kukar", "tkksd.kukar", "operator.dishub", "operator.karyajaya", "pimpinan.kukar", "mitra.ppu", "admin.samarinda",
            ] {
                var b = Peramban(app)
                try await b.masuk(n)
                sesi.append((n, b, try await app.tokenAPI(untuk: n)))
            }
            var pelanggaran: [String] = []
            var diperiksa = 0
            let rute = app.routes.all.filter { r in
                r.method == .GET
                    && r.path.contains {
                        if case .parameter = $0 { return true }
                        return false
                    }
            }
            #expect(rute.count > 30)
            for route in rute {
                // The public page and the region lookup take a kode wilayah, not a record id: still never a 5xx.
                for id in asing {
                    let path =
                        "/"
                        + route.path.map { c -> String in
                            if case .parameter = c { return id }
                            return c.description
                        }.joined(separator: "/")
                    let isAPI = path.hasPrefix("/api/")
                    for (n, b, token) in sesi {
                        var h = HTTPHeaders()
                        if isAPI { h = bearer(token) } else { h = b.headerCookie }
                        var status: HTTPStatus = .ok
                        var isi = ""
                        try await app.testing().test(.GET, path, headers: h) { res in
                            status = res.status
                            isi = res.body.string
                        }
                        diperiksa += 1
                        let label = "GET \(path) as \(n)"
                        if status.code >= 500 { pelanggaran.append("\(label): \(status.code)") }
                        if (200..<300).contains(Int(status.code)) { pelanggaran.append("\(label): answered \(status.code)") }
                        if isi.contains(rahasia) { pelanggaran.append("\(label): shows the sandbox's record") }
                    }
                }
            }
            // Another unit's draft: an operator of Dinas Perhubungan cannot open a draft of another unit.
            let dishub = try await app.pengguna("operator.dishub")
            if let draf = try await UsulanRecord.query(on: app.db).filter(\.$status == StatusUsulan.draf.rawValue)
                .filter(\.$unitID != dishub.unitID!).first()
            {
                var op = Peramban(app)
                try await op.masuk("operator.dishub")
                let s = try await op.get("/pemetaan/usulan/\(draf.id!)").status
                if s != .notFound && s != .forbidden { pelanggaran.append("another unit's draft answered \(s.code)") }
            }
            #expect(pelanggaran.isEmpty, "\(pelanggaran.prefix(40).joined(separator: "\n"))")
            #expect(diperiksa > 1000)
            print("TENANT-FUZZ requests=\(diperiksa) routes=\(rute.count) violations=\(pelanggaran.count)")
        }
    }

    @Test("A forged CSRF token is refused on every form of the web interface, and nothing is written")
    func csrfPalsu() async throws {
        try await denganJalin { app in
            var b = Peramban(app)
            try await b.masuk("admin.kukar")
            let ks = try #require(try await KerjaSamaRecord.query(on: app.db).first())
            let usulan = try #require(
                try await UsulanRecord.query(on: app.db).filter(\.$pemdaID == (try await app.pemda("64.02")).id!).first())
            let naskah = try #require(try await NaskahRecord.query(on: app.db).first())
            let jejak = try await CatatanAuditRecord.query(on: app.db).count()
            var diperiksa = 0
            var pelanggaran: [String] = []
            for route in app.routes.all where route.method == .POST && route.path.first?.description != "api" {
                let path =
                    "/"
                    + route.path.map { c -> String in
                        guard case .parameter(let nama) = c else { return c.description }
                        switch nama {
                        case "ks": return ks.id!.uuidString
                        case "usulan": return usulan.id!.uuidString
                        case "naskah": return naskah.id!.uuidString
                        default: return UUID().uuidString
                        }
                    }.joined(separator: "/")
                // Logout with a forged token must not log the session out either: checked like the rest.
                let r = try await b.post(path, ["nama": "Palsu", "aksi": "ajukan"], csrf: "token-palsu-yang-tidak-cocok")
                diperiksa += 1
                if r.status != .forbidden { pelanggaran.append("POST \(path): \(r.status.code)") }
            }
            #expect(pelanggaran.isEmpty, "\(pelanggaran.joined(separator: "\n"))")
            #expect(diperiksa > 40)
            #expect(try await CatatanAuditRecord.query(on: app.db).count() == jejak)
            #expect(try await b.get("/beranda").status == .ok)  // still logged in
            print("CSRF-FORGED forms=\(diperiksa) refused=\(diperiksa - pelanggaran.count)")
        }
    }
}
