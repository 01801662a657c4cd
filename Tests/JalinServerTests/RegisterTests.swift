import Fluent
import Foundation
import JalinDomain
import Testing
import VaporTesting

@testable import JalinServer

/// Issue 9.4: the registry pages by keyset (a cursor in the URL), in one total order on both databases,
/// with the undated records last.
@Suite("Registry pages by keyset")
struct RegisterTests {
    /// 140 records: 90 with an end date (4 dates × 3 titles, so groups of seven or eight share both and
    /// the id decides, also across a page boundary) and 50 without one (2 titles). Every title starts
    /// with "Uji Halaman", so a filter isolates them. Pages: 50 dated; 40 dated and 10 undated; 40 undated.
    static func isi(_ app: Application) async throws -> [KerjaSamaRecord] {
        let kukar = try await app.pemda("64.02")
        var semua: [KerjaSamaRecord] = []
        for i in 0..<140 {
            let r = KerjaSamaRecord()
            r.pemdaID = kukar.id!
            r.judul = "Uji Halaman \(i < 90 ? i % 3 : i % 2)"
            r.objek = "Objek uji"
            r.jenis = JenisKerjaSama.ksddSukarela.rawValue
            r.tahap = Tahap.pelaksanaan.rawValue
            r.siklusJSON = "{}"
            r.urusan = ""
            r.lokasi = ""
            r.mitra = ""
            r.unit = ""
            r.tanggalMulai = "2025-01-01"
            r.tanggalBerakhir = i < 90 ? "2030-01-0\(1 + i % 4)" : nil
            r.perpanjanganKe = 0
            r.contoh = false
            r.version = 1
            try await r.create(on: app.db)
            semua.append(r)
        }
        return semua
    }

    /// The registry's order, computed here: dated first, latest end date first, then title, then id.
    static func urut(_ rs: [KerjaSamaRecord]) -> [UUID] {
        rs.sorted { a, b in
            switch (a.tanggalBerakhir, b.tanggalBerakhir) {
            case (nil, .some): return false
            case (.some, nil): return true
            case let (x?, y?) where x != y: return x > y
            default: return a.judul != b.judul ? a.judul < b.judul : a.id!.uuidString < b.id!.uuidString
            }
        }.map { $0.id! }
    }

    @Test("The API walks all 140 records forward and back through Link headers, each once, in order")
    func api() async throws {
        try await denganJalin { app in
            let harap = Self.urut(try await Self.isi(app))
            let t = try await app.tokenAPI(untuk: "admin.kukar")
            let halaman = try await Self.jelajahi(app, token: t, dari: "/api/v1/kerja-sama?q=Uji%20Halaman") {
                try $0.content.decode([KerjaSamaAPI.KerjaSamaJSON].self).map(\.id)
            }
            #expect(halaman.map(\.count) == [50, 50, 40])
            #expect(halaman.flatMap { $0 } == harap)

            // A list entry (read from a plain row) says what the single record's JSON (read from the model) says.
            let satu = try await KerjaSamaRecord.query(on: app.db).filter(\.$judul == "Uji Halaman 1").filter(\.$tanggalBerakhir != nil)
                .first()!
            satu.urusan = "1.01,2.15"
            satu.siklusJSON = try KerjaSamaAlur.json(
                SiklusKerjaSama.mulai(
                    jenis: .ksddSukarela, penilaianDPRD: .init(membebaniMasyarakatDanDaerah: true, sudahDianggarkanAPBD: false)
                ).get())
            try await satu.update(on: app.db)
            func json(_ url: String) async throws -> [String: String] {
                var hasil: [String: String] = [:]
                try await app.testing().test(.GET, url, headers: bearer(t)) { res in
                    let isi = try JSONSerialization.jsonObject(with: Data(buffer: res.body))
                    let obj =
                        (isi as? [[String: Any]])?.first { ($0["id"] as? String) == satu.id!.uuidString } ?? (isi as? [String: Any]) ?? [:]
                    hasil = obj.mapValues { "\($0)" }
                }
                return hasil
            }
            let dariDaftar = try await json("/api/v1/kerja-sama?q=Uji%20Halaman%201")
            #expect(!dariDaftar.isEmpty && dariDaftar["tahapBerikutnya"] != nil)
            #expect(dariDaftar == (try await json("/api/v1/kerja-sama/\(satu.id!.uuidString)")))

            // A tampered cursor is refused with the field named, in Bahasa Indonesia.
            try await app.testing().test(.GET, "/api/v1/kerja-sama?setelah=bukan-penanda", headers: bearer(t)) { res in
                #expect(res.status == .unprocessableEntity || res.status == .badRequest)
                #expect(res.body.string.contains("setelah") && res.body.string.contains("Penanda halaman tidak sah"))
            }
        }
    }

    @Test("The registry page links its next and previous pages with cursors, keeping the filters")
    func halamanWeb() async throws {
        try await denganJalin { app in
            let harap = Self.urut(try await Self.isi(app))
            var b = Peramban(app)
            try await b.masuk("admin.kukar")
            let p1 = try await b.get("/kerja-sama?q=Uji+Halaman").body.string
            #expect(p1.contains("Halaman 1") && !p1.contains("« Sebelumnya"))
            #expect(p1.contains("/kerja-sama/\(harap[0].uuidString)") && !p1.contains("/kerja-sama/\(harap[50].uuidString)"))
            let lanjut = try #require(Self.tautan(p1, "Berikutnya"))
            #expect(lanjut.contains("q=Uji") && lanjut.contains("setelah="))
            let p2 = try await b.get(lanjut).body.string
            #expect(
                p2.contains("Halaman 2") && p2.contains("/kerja-sama/\(harap[50].uuidString)")
                    && !p2.contains("/kerja-sama/\(harap[49].uuidString)"))
            let kembali = try #require(Self.tautan(p2, "Sebelumnya"))
            let p1lagi = try await b.get(kembali).body.string
            #expect(
                p1lagi.contains("Halaman 1") && p1lagi.contains("/kerja-sama/\(harap[49].uuidString)") && !p1lagi.contains("« Sebelumnya"))
        }
    }

    @Test("The audit log API pages newest first by keyset: 120 entries at 3 instants come first, each once, forward and back")
    func audit() async throws {
        try await denganJalin { app in
            let kukar = try await app.pemda("64.02")
            // The log is append-only; these entries are dated after everything else, so they come first.
            let t0 = Date(timeIntervalSince1970: 4_102_444_800.123456)
            var semua: [(Date, UUID, String)] = []
            for i in 0..<120 {
                let c = CatatanAuditRecord()
                c.pemdaID = kukar.id!
                c.namaPengguna = "uji"
                c.aksi = "uji.\(i)"
                c.entitas = "uji"
                c.waktu = t0.addingTimeInterval(Double(i % 3))  // 40 entries share each instant: the id decides
                try await c.create(on: app.db)
                semua.append((c.waktu, c.id!, c.aksi))
            }
            let harap = semua.sorted { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1.uuidString > $1.1.uuidString }.map(\.2)
            let t = try await app.tokenAPI(untuk: "admin.kukar")
            let halaman = try await Self.jelajahi(app, token: t, dari: "/api/v1/audit") {
                try $0.content.decode([LogAudit.Baris].self).map(\.aksi)
            }
            #expect(halaman.count >= 3 && halaman.dropLast().allSatisfy { $0.count == LogAudit.perHalaman })
            #expect(Array(halaman.flatMap { $0 }.prefix(120)) == harap)
            #expect(halaman.flatMap { $0 }.filter { $0.hasPrefix("uji.") }.count == 120)  // each once
        }
    }

    /// Walks an API list through its RFC 8288 `Link` headers: every page forward from `url` (only the
    /// first has no previous page), then back from the last one, which must give the same pages.
    /// Returns the pages; `ambil` reads a page's entries.
    static func jelajahi<K: Equatable>(
        _ app: Application, token: String, dari url: String,
        ambil: @escaping (TestingHTTPResponse) throws -> [K]
    ) async throws -> [[K]] {
        func baca(_ url: String) async throws -> (isi: [K], prev: String?, next: String?) {
            var hasil: ([K], String?, String?) = ([], nil, nil)
            try await app.testing().test(.GET, url, headers: bearer(token)) { res in
                #expect(res.status == .ok)
                let link = res.headers.first(name: "Link") ?? ""
                func rel(_ r: String) -> String? {
                    link.split(separator: ",").first { $0.contains("rel=\"\(r)\"") }.map {
                        String($0.drop { $0 != "<" }.dropFirst().prefix { $0 != ">" })
                    }
                }
                hasil = (try ambil(res), rel("prev"), rel("next"))
            }
            return hasil
        }
        var maju: [[K]] = []
        var mundur: [[K]] = []
        var berikut: String? = url
        var sebelum: String?
        while let u = berikut {
            let h = try await baca(u)
            #expect((h.prev == nil) == maju.isEmpty, "only the first page has no previous page")
            maju.append(h.isi)
            berikut = h.next
            sebelum = h.prev
        }
        while let u = sebelum {
            let h = try await baca(u)
            mundur.insert(h.isi, at: 0)
            sebelum = h.prev
        }
        // Back from the last page: the same pages as forward.
        #expect(mundur == Array(maju.dropLast()))
        return maju
    }

    /// The href of the page link labelled `label`, unescaped.
    static func tautan(_ html: String, _ label: String) -> String? {
        guard let r = html.range(of: "\">« \(label)</a>") ?? html.range(of: "\">\(label) »</a>") else { return nil }
        let awal = html[..<r.lowerBound]
        guard let h = awal.range(of: "href=\"", options: .backwards) else { return nil }
        return String(awal[h.upperBound...]).replacingOccurrences(of: "&amp;", with: "&")
    }
}

/// Issue 9.4: the urusan, partner and unit filters are index lookups on link rows, kept from the
/// record's own columns on every write path, and they match a whole value, not a substring.
@Suite("Registry filters through indexed link rows")
struct SaringRegisterTests {
    static func judul(_ app: Application, _ token: String, _ query: String) async throws -> Set<String> {
        var hasil: Set<String> = []
        try await app.testing().test(.GET, "/api/v1/kerja-sama?q=Uji%20Saring&\(query)", headers: bearer(token)) { res in
            #expect(res.status == .ok, "\(res.body.string)")
            hasil = Set(try res.content.decode([KerjaSamaAPI.KerjaSamaJSON].self).map(\.judul))
        }
        return hasil
    }

    @Test("Records made by the form path and by the backfill are found by urusan, partner and unit; a partial code finds none")
    func saring() async throws {
        try await denganJalin { app in
            let kukar = try await app.pemda("64.02")
            let p = try Pelaku(pengguna: try await app.pengguna("admin.kukar"), pemda: kukar, csrf: nil, sesiID: nil, jam: app.jam)
            let mitra = try await MitraRecord.query(on: app.db).filter(\.$pemdaID == kukar.id!).sort(\.$nama).limit(2).all().map { $0.id! }
            let unit = try await UnitKerjaRecord.query(on: app.db).filter(\.$pemdaID == kukar.id!).sort(\.$nama).limit(2).all().map {
                $0.id!
            }
            try #require(mitra.count == 2 && unit.count == 2)
            func d(_ judul: String, urusan: [String], mitra: [UUID], unit: [UUID]) -> KerjaSamaAlur.Data {
                .init(
                    judul: judul, objek: "Objek uji", jenis: .ksddSukarela, urusan: urusan, lokasi: [], mitra: mitra, unit: unit,
                    tanggalMulai: "2025-01-01", tanggalBerakhir: "2028-12-31",
                    penilaianDPRD: .init(membebaniMasyarakatDanDaerah: false, sudahDianggarkanAPBD: true, mitraOtoritaIKN: false))
            }
            _ = try await KerjaSamaAlur.buat(
                d("Uji Saring A", urusan: ["1.01", "2.10"], mitra: [mitra[0]], unit: [unit[0], unit[1]]), pelaku: p, ip: nil, on: app.db)
            _ = try await KerjaSamaAlur.buat(
                d("Uji Saring B", urusan: ["2.01"], mitra: [mitra[1]], unit: [unit[1]]), pelaku: p, ip: nil, on: app.db)
            _ = try await KerjaSamaAlur.buat(
                d("Uji Saring C", urusan: [], mitra: [mitra[0], mitra[1]], unit: []), pelaku: p, ip: nil, on: app.db)
            let t = try await app.tokenAPI(untuk: "admin.kukar")

            #expect(try await Self.judul(app, t, "urusan=2.10") == ["Uji Saring A"])
            #expect(try await Self.judul(app, t, "urusan=2.01") == ["Uji Saring B"])
            #expect(try await Self.judul(app, t, "urusan=2.1").isEmpty, "a code that is only part of another matches nothing")
            #expect(try await Self.judul(app, t, "mitra=\(mitra[0].uuidString)") == ["Uji Saring A", "Uji Saring C"])
            #expect(try await Self.judul(app, t, "mitra=\(mitra[1].uuidString.lowercased())") == ["Uji Saring B", "Uji Saring C"])
            #expect(try await Self.judul(app, t, "unit=\(unit[1].uuidString)") == ["Uji Saring A", "Uji Saring B"])
            #expect(try await Self.judul(app, t, "unit=\(unit[0].uuidString)&mitra=\(mitra[0].uuidString)&urusan=1.01") == ["Uji Saring A"])
            #expect(try await Self.judul(app, t, "unit=\(unit[0].uuidString)&mitra=\(mitra[1].uuidString)").isEmpty)

            // A record written without the link rows (as before the migration) is found once they are rebuilt.
            let r = KerjaSamaRecord()
            r.pemdaID = kukar.id!
            r.judul = "Uji Saring D"
            r.objek = "Objek uji"
            r.jenis = JenisKerjaSama.ksddSukarela.rawValue
            r.tahap = Tahap.pelaksanaan.rawValue
            r.siklusJSON = "{}"
            r.urusan = "2.10"
            r.lokasi = ""
            r.mitra = mitra[1].uuidString
            r.unit = ""
            r.perpanjanganKe = 0
            r.contoh = false
            r.version = 1
            try await r.create(on: app.db)
            #expect(try await Self.judul(app, t, "urusan=2.10") == ["Uji Saring A"])
            try await KaitKerjaSama.segarkanSemua(on: app.db.sql)
            #expect(try await Self.judul(app, t, "urusan=2.10") == ["Uji Saring A", "Uji Saring D"])
            #expect(try await Self.judul(app, t, "mitra=\(mitra[1].uuidString)") == ["Uji Saring B", "Uji Saring C", "Uji Saring D"])

            // The HTML registry uses the same filter.
            var b = Peramban(app)
            try await b.masuk("admin.kukar")
            let html = try await b.get("/kerja-sama?q=Uji+Saring&unit=\(unit[0].uuidString)").body.string
            #expect(html.contains("Uji Saring A") && !html.contains("Uji Saring B") && !html.contains("Uji Saring D"))
        }
    }

    @Test("A kecamatan's filter finds the cooperation of the kecamatan and of its desa and kelurahan; its operator gets a shortcut")
    func kecamatan() async throws {
        try await denganJalin { app in
            let kukar = try await app.pemda("64.02")
            let p = try Pelaku(pengguna: try await app.pengguna("admin.kukar"), pemda: kukar, csrf: nil, sesiID: nil, jam: app.jam)
            func unit(_ kode: String) async throws -> UUID {
                try #require(
                    try await UnitKerjaRecord.query(on: app.db).filter(\.$pemdaID == kukar.id!).filter(\.$kodeWilayah == kode).first()
                ).id!
            }
            let samboja = try await unit("64.02.13")
            let tenggarong = try await unit("64.02.06")
            let karyaJaya = try await unit("64.02.13.2014")
            let jahab = try await unit("64.02.06.1001")
            let rapakLambur = try await unit("64.02.06.2012")
            let opd = try #require(
                try await UnitKerjaRecord.query(on: app.db).filter(\.$pemdaID == kukar.id!).filter(\.$jenis == .opd).first()
            ).id!
            func d(_ judul: String, _ unit: [UUID]) -> KerjaSamaAlur.Data {
                .init(
                    judul: judul, objek: "Objek uji", jenis: .ksddSukarela, urusan: ["2.15"], lokasi: [], mitra: [], unit: unit,
                    tanggalMulai: "2025-01-01", tanggalBerakhir: "2028-12-31",
                    penilaianDPRD: .init(membebaniMasyarakatDanDaerah: false, sudahDianggarkanAPBD: true, mitraOtoritaIKN: false))
            }
            for (j, u) in [("A", [karyaJaya]), ("B", [jahab]), ("C", [samboja]), ("D", [rapakLambur, karyaJaya]), ("E", [opd])] {
                _ = try await KerjaSamaAlur.buat(d("Uji Saring \(j)", u), pelaku: p, ip: nil, on: app.db)
            }
            let t = try await app.tokenAPI(untuk: "admin.kukar")
            #expect(try await Self.judul(app, t, "kecamatan=\(samboja)") == ["Uji Saring A", "Uji Saring C", "Uji Saring D"])
            #expect(try await Self.judul(app, t, "kecamatan=\(tenggarong)") == ["Uji Saring B", "Uji Saring D"])
            #expect(try await Self.judul(app, t, "kecamatan=\(tenggarong)&unit=\(opd)").isEmpty)
            #expect(try await Self.judul(app, t, "kecamatan=\(opd)").isEmpty, "an OPD is not a kecamatan")

            // The kecamatan operator's registry offers the shortcut; following it lists their kecamatan's records.
            var b = Peramban(app)
            try await b.masuk("operator.samboja")
            let html = try await b.get("/kerja-sama").body.string
            let tautan = try #require(
                html.components(separatedBy: "id=\"tautan-kecamatan-saya\"").first?.components(separatedBy: "href=\"").last?.prefix {
                    $0 != "\""
                })
            #expect(tautan == "/kerja-sama?kecamatan=\(samboja.uuidString)")
            #expect(html.contains(">Kerja sama Kecamatan Samboja dan desa/kelurahannya</a>"))
            let daftar = try await b.get(String(tautan) + "&q=Uji+Saring").body.string
            #expect(
                daftar.contains("Uji Saring A") && daftar.contains("Uji Saring C") && !daftar.contains("Uji Saring B")
                    && !daftar.contains("Uji Saring E"))
            // The filtered page says so, and its form keeps the kecamatan when other filters are added.
            #expect(daftar.contains("Menampilkan kerja sama Kecamatan Samboja dan desa/kelurahan di wilayahnya."))
            #expect(daftar.contains("<input type=\"hidden\" name=\"kecamatan\" value=\"\(samboja.uuidString)\">"))
            // The admin reaches the same filter from the unit list.
            var admin = Peramban(app)
            try await admin.masuk("admin.kukar")
            #expect(!(try await admin.get("/kerja-sama").body.string.contains("tautan-kecamatan-saya")))
            #expect(
                try await admin.get("/admin/unit").body.string.contains(
                    "<a href=\"/kerja-sama?kecamatan=\(samboja.uuidString)\">kerja sama di wilayahnya</a>"))
        }
    }

    @Test("Each value of a record gives one link row; repeats and blanks give none")
    func nilai() {
        let n = KaitKerjaSama.nilai(urusan: "1.01,1.01,,2.10", mitra: "A", unit: " B ,")
        #expect(n.map { "\($0.0.rawValue)=\($0.1)" } == ["urusan=1.01", "urusan=2.10", "mitra=A", "unit=B"])
    }
}
