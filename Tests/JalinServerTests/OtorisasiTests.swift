import Fluent
import Foundation
import JalinDomain
import Testing
import VaporTesting

@testable import JalinServer

/// Every registered route × every role, including another pemda's admin and anonymous callers.
@Suite("Authorization matrix")
struct OtorisasiTests {
    enum Pemeran: CustomStringConvertible, CaseIterable {
        case anonim, admin, tkksd, operatorOPD, operatorDesa, pimpinan, mitra, adminPemdaLain

        var namaPengguna: String? {
            switch self {
            case .anonim: nil
            case .admin: "admin.kukar"
            case .tkksd: "tkksd.kukar"
            case .operatorOPD: "operator.dishub"
            case .operatorDesa: "operator.karyajaya"
            case .pimpinan: "pimpinan.kukar"
            case .mitra: "mitra.ppu"
            case .adminPemdaLain: "admin.samarinda"
            }
        }

        var description: String { namaPengguna ?? "anonim" }
    }

    @Test("Every route declares an access policy")
    func setiapRuteBerkebijakan() async throws {
        try await denganJalin(demo: false) { app in
            let tanpa = app.routes.all.filter { $0.akses == nil }.map { "\($0.method) /\($0.path.string)" }
            #expect(tanpa.isEmpty, "routes without a policy: \(tanpa)")
            #expect(app.routes.all.count > 30)
        }
    }

    @Test("Nobody reaches a route their role does not allow, nor another pemda's records")
    func matriks() async throws {
        try await denganJalin { app in
            let kukar = try await app.pemda("64.02")
            let admin = try await app.pengguna("admin.kukar")
            let unit = try #require(try await UnitKerjaRecord.query(on: app.db).filter(\.$pemdaID == kukar.id!).first())
            let mitra = try #require(try await MitraRecord.query(on: app.db).filter(\.$pemdaID == kukar.id!).first())
            let token = TokenAPIRecord(
                pemdaID: kukar.id!, penggunaID: admin.id!, nama: "milik admin", tokenHash: "x", prefiks: "x", kedaluwarsa: nil)
            try await token.create(on: app.db)
            let periode = try #require(try await PeriodePemetaanRecord.query(on: app.db).filter(\.$pemdaID == kukar.id!).first())
            let usulan = try #require(
                try await UsulanRecord.query(on: app.db).filter(\.$pemdaID == kukar.id!).filter(\.$status == "dinilai").first())
            let ks = try #require(
                try await KerjaSamaRecord.query(on: app.db).filter(\.$pemdaID == kukar.id!).filter(\.$tahap == "pelaksanaan").first())
            let kb = try #require(
                try await NaskahRecord.query(on: app.db).filter(\.$pemdaID == kukar.id!).filter(\.$jenis == "kesepakatanBersama").first())
            let komentar = try #require(
                try await KomentarNaskahRecord.query(on: app.db).filter(\.$naskahID == kb.id!).filter(\.$indukID == nil).first())
            let periodeMonev = try #require(try await PeriodeMonevRecord.query(on: app.db).filter(\.$pemdaID == kukar.id!).first())
            let evaluasi = try #require(try await EvaluasiMonevRecord.query(on: app.db).filter(\.$periodeID == periodeMonev.id!).first())
            let idKukar: [String: String] = [
                "kerja-sama": ks.id!.uuidString, "api/v1/kerja-sama": ks.id!.uuidString,
                "pemetaan/periode": periode.id!.uuidString, "pemetaan/usulan": usulan.id!.uuidString,
                "api/v1/periode": periode.id!.uuidString, "api/v1/usulan": usulan.id!.uuidString,
                "admin/pengguna": admin.id!.uuidString, "admin/unit": unit.id!.uuidString, "admin/mitra": mitra.id!.uuidString,
                "akun/token": token.id!.uuidString, "api/v1/unit": unit.id!.uuidString, "api/v1/mitra": mitra.id!.uuidString,
                "api/v1/pengguna": admin.id!.uuidString, "api/v1/wilayah": "64.02",
                "naskah": kb.id!.uuidString, "api/v1/naskah": kb.id!.uuidString, "mitra/naskah": kb.id!.uuidString,
                "naskah/:naskah/versi": "1", "api/v1/naskah/:naskah/versi": "1",
                "naskah/:naskah/komentar": komentar.id!.uuidString, "api/v1/naskah/:naskah/komentar": komentar.id!.uuidString,
                "monev/periode": periodeMonev.id!.uuidString, "monev/evaluasi": evaluasi.id!.uuidString,
                "api/v1/monev/periode": periodeMonev.id!.uuidString, "api/v1/monev/evaluasi": evaluasi.id!.uuidString,
                "publik": "64.02",
            ]
            // Sessions and tokens made directly, one per role.
            var sesi: [String: (cookie: String, csrf: String, token: String)] = [:]
            for p in Pemeran.allCases {
                guard let n = p.namaPengguna else { continue }
                let u = try await app.pengguna(n)
                let t = Rahasia.acak()
                let csrf = Rahasia.acak()
                try await SesiRecord(
                    tokenHash: Rahasia.sha256(t), penggunaID: u.id!, pemdaID: u.pemdaID, csrf: csrf, sekarang: Date(),
                    kedaluwarsa: Date().addingTimeInterval(3600), ip: nil
                ).create(on: app.db)
                sesi[n] = ("\(SesiWeb.cookie)=\(t)", csrf, try await app.tokenAPI(untuk: n))
            }
            var pelanggaran: [String] = []
            var diperiksa = 0
            // Logout ends the session it is called with: check it last.
            let rute =
                app.routes.all.filter { $0.path.last?.description != "keluar" }
                + app.routes.all.filter { $0.path.last?.description == "keluar" }
            for route in rute {
                let akses = try #require(route.akses)
                let segmen = route.path.map(\.description)
                var adaID = false
                let path =
                    "/"
                    + route.path.enumerated().map { i, c -> String in
                        if case .parameter = c {
                            adaID = true
                            let kunci = segmen[..<i].joined(separator: "/")
                            return idKukar[kunci] ?? UUID().uuidString
                        }
                        return c.description
                    }.joined(separator: "/")
                let isAPI = path.hasPrefix("/api/")
                for p in Pemeran.allCases {
                    var h = HTTPHeaders()
                    var body: ByteBuffer?
                    if let n = p.namaPengguna, let s = sesi[n] {
                        if isAPI { h = bearer(s.token) } else { h.add(name: .cookie, value: s.cookie) }
                        if route.method != .GET {
                            if isAPI {
                                h.contentType = .json
                                body = ByteBuffer(string: "{}")
                            } else {
                                h.contentType = .urlEncodedForm
                                body = ByteBuffer(string: "_csrf=\(s.csrf)")
                            }
                        }
                    } else if route.method != .GET {
                        // An anonymous browser with a valid pre-login (double-submit) CSRF token.
                        h.contentType = isAPI ? .json : .urlEncodedForm
                        h.add(name: .cookie, value: "\(SesiWeb.cookieCSRF)=tokenanonimyangpanjangsekali")
                        body = ByteBuffer(string: isAPI ? "{}" : "_csrf=tokenanonimyangpanjangsekali")
                    }
                    var status: HTTPStatus = .ok
                    var isi = ""
                    try await app.testing().test(route.method, path, headers: h, body: body) { res in
                        status = res.status
                        isi = res.body.string
                    }
                    diperiksa += 1
                    let role: Peran? =
                        switch p {
                        case .anonim: nil
                        case .admin, .adminPemdaLain: .admin
                        case .tkksd: .tkksd
                        case .operatorOPD, .operatorDesa: .operator
                        case .pimpinan: .pimpinan
                        case .mitra: .mitra
                        }
                    let label = "\(route.method) \(path) as \(p)"
                    if status.code >= 500 { pelanggaran.append("\(label): \(status.code)") }
                    if !akses.mengizinkan(role) {
                        if role == nil {
                            let ok = isAPI ? status == .unauthorized : (status == .seeOther || status == .forbidden)
                            if !ok { pelanggaran.append("\(label): expected login required, got \(status.code)") }
                        } else if status != .forbidden {
                            pelanggaran.append("\(label): expected 403, got \(status.code)")
                        }
                    } else {
                        // A record-level refusal (not the owner of this submission, round closed) is a 403 with
                        // its own message; the route-level policy refusal must never hit an allowed role.
                        if status == .unauthorized || (status == .forbidden && isi.contains("tidak berwenang membuka halaman ini")) {
                            pelanggaran.append("\(label): allowed but got \(status.code)")
                        }
                        // The public transparency page of a pemda (by its kode) is open to everyone by design.
                        if p == .adminPemdaLain && adaID && !segmen.contains("wilayah") && !segmen.contains("publik") {
                            if status != .notFound { pelanggaran.append("\(label): another pemda's record answered \(status.code)") }
                            if isi.contains(kukar.nama) || isi.contains(unit.nama) || isi.contains(admin.namaPengguna)
                                || isi.contains(usulan.judul)
                                || isi.contains(ks.judul) || isi.contains(kb.judul)
                            {
                                pelanggaran.append("\(label): body shows another pemda's data")
                            }
                        }
                    }
                }
            }
            #expect(pelanggaran.isEmpty, "\(pelanggaran.joined(separator: "\n"))")
            #expect(diperiksa > 200)
        }
    }
}
