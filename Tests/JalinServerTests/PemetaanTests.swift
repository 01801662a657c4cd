import Fluent
import Foundation
import JalinDomain
import JalinNaskah
import Testing
import VaporTesting

@testable import JalinServer

/// Scenario A of scenarios.md: the mapping round, from submission to export.
@Suite("Pemetaan potensi (Scenario A)")
struct PemetaanTests {
    func unit(_ app: Application, _ nama: String) async throws -> UnitKerjaRecord {
        try #require(try await UnitKerjaRecord.query(on: app.db).filter(\.$nama == nama).first())
    }

    func mitra(_ app: Application, _ nama: String) async throws -> MitraRecord {
        try #require(try await MitraRecord.query(on: app.db).filter(\.$nama == nama).first())
    }

    /// Opens a round through the admin's form, inviting some units.
    func bukaPeriode(_ app: Application, _ admin: inout Peramban, unit: [String]) async throws -> PeriodePemetaanRecord {
        try await admin.get("/pemetaan/periode/baru")
        var ids: [String] = []
        for n in unit { ids.append(try await self.unit(app, n).id!.uuidString) }
        var form = ["judul": "Pemetaan Potensi KSD Uji", "tahun": "2027", "batas_waktu": "2027-03-31", "top_n": "3"]
        for (i, id) in ids.enumerated() { form["unit[\(i)]"] = id }
        let r = try await admin.post("/pemetaan/periode/baru", form)
        #expect(r.status == .seeOther)
        return try #require(try await PeriodePemetaanRecord.query(on: app.db).filter(\.$judul == "Pemetaan Potensi KSD Uji").first())
    }

    func isianTransportasi(_ app: Application) async throws -> [String: String] {
        [
            "jenis": "potensi", "judul": "Integrasi angkutan sungai dan darat Tenggarong–IKN",
            "deskripsi": "Rute terpadu angkutan sungai dan darat dari Tenggarong ke kawasan IKN.",
            "urusan[0]": "2.15", "lokasi[0]": "64.02.06", "lokasi[1]": "64.02.03", "bentuk": "kerjaSamaDaerahLain",
            "sumberDayaDimiliki": "dermaga, armada sungai", "sumberDayaDibutuhkan": "rute terpadu, pendanaan",
            "calonMitra[0]": try await mitra(app, "Otorita Ibu Kota Nusantara").id!.uuidString,
            "calonMitra[1]": try await mitra(app, "Pemerintah Kabupaten Penajam Paser Utara").id!.uuidString,
            "eksternalitas": "ya", "eksternalitasDengan": "Otorita IKN dan PPU", "manfaat": "Waktu tempuh lebih singkat",
            "indikator": "Jumlah penumpang per bulan", "perkiraanBiaya": "1.250.000.000", "sumberDana": "apbd",
            "kodeProgram": "2.15.02", "namaProgram": "Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan",
        ]
    }

    @Test("Submit, return with a note, fix, verify, score by three members, rank, prioritise and export")
    func skenarioA() async throws {
        try await denganJalin { app in
            var admin = Peramban(app)
            try await admin.masuk("admin.kukar")
            let x = try await bukaPeriode(&admin, app: app)
            // Dinas Perhubungan submits.
            var dishub = Peramban(app)
            try await dishub.masuk("operator.dishub")
            try await dishub.get("/pemetaan/periode/\(x.id!)/usulan/baru")
            var isian = try await isianTransportasi(app)
            isian["aksi"] = "ajukan"
            let dibuat = try await dishub.post("/pemetaan/periode/\(x.id!)/usulan/baru", isian)
            #expect(dibuat.status == .seeOther)
            let r = try #require(try await UsulanRecord.query(on: app.db).filter(\.$periodeID == x.id!).first())
            #expect(r.status == "diajukan")
            // The eligibility screen and the recommendations are on the page.
            let halaman = try await dishub.get("/pemetaan/usulan/\(r.id!)")
            #expect(halaman.body.string.contains("Termasuk kerja sama daerah"))
            #expect(halaman.body.string.contains("Perlu konsultasi dengan Bagian Hukum"))
            #expect(halaman.body.string.contains("Rekomendasi calon mitra"))
            // The admin returns it with a note; the operator fixes and resubmits.
            try await admin.get("/pemetaan/usulan/\(r.id!)")
            let kembali = try await admin.post(
                "/pemetaan/usulan/\(r.id!)/aksi", ["aksi": "kembalikan", "catatan": "Lengkapi indikator dengan target."])
            #expect(kembali.status == .seeOther)
            let r1 = try #require(try await UsulanRecord.find(r.id, on: app.db))
            #expect(r1.status == "dikembalikan")
            try await dishub.get("/pemetaan/usulan/\(r.id!)/ubah")
            var perbaikan = isian
            perbaikan["indikator"] = "Jumlah penumpang per bulan, target 10.000"
            perbaikan["version"] = String(r1.version)
            let ubah = try await dishub.post("/pemetaan/usulan/\(r.id!)/ubah", perbaikan)
            #expect(ubah.status == .seeOther)
            let riwayat = try await RiwayatUsulanRecord.query(on: app.db).filter(\.$usulanID == r.id!).sort(\.$waktu).all()
            #expect(riwayat.map(\.aksi) == ["buat", "ajukan", "kembalikan", "ubah", "ajukan"])
            #expect(riwayat[0].isiJSON.contains("Jumlah penumpang per bulan\""))
            #expect(riwayat.last!.isiJSON.contains("target 10.000"))
            // Verify.
            try await admin.get("/pemetaan/usulan/\(r.id!)")
            let h1 = try await admin.post("/pemetaan/usulan/\(r.id!)/aksi", ["aksi": "verifikasi"])
            #expect(h1.status == .seeOther)
            // Three TKKSD members compare criteria and score.
            for (i, nama) in ["tkksd.kukar", "tkksd.bappeda", "tkksd.hukum"].enumerated() {
                var t = Peramban(app)
                try await t.masuk(nama)
                try await t.get("/pemetaan/periode/\(x.id!)/bobot")
                var pasangan: [String: String] = [:]
                for a in 0..<7 { for b in (a + 1)..<7 { pasangan["p_\(a)_\(b)"] = b == 6 ? "1/3" : (i == 0 ? "1" : "2") } }
                let h2 = try await t.post("/pemetaan/periode/\(x.id!)/bobot", pasangan)
                #expect(h2.status == .seeOther)
                try await t.get("/pemetaan/usulan/\(r.id!)")
                var skor: [String: String] = ["alasan": "Mendukung konektivitas IKN."]
                for k in KriteriaBawaan.semua { skor["n_\(k.kode)"] = String(3 + i % 3) }
                let h3 = try await t.post("/pemetaan/usulan/\(r.id!)/nilai", skor)
                #expect(h3.status == .seeOther)
            }
            #expect(try await UsulanRecord.find(r.id, on: app.db)?.status == "dinilai")
            #expect(try await NilaiUsulanRecord.query(on: app.db).filter(\.$usulanID == r.id!).count() == 3)
            // Ranking with sensitivity.
            let rank = try await admin.get("/pemetaan/periode/\(x.id!)/peringkat")
            #expect(rank.body.string.contains("Integrasi angkutan sungai"))
            #expect(rank.body.string.contains("Uji sensitivitas"))
            #expect(rank.body.string.contains("CR "))
            let h4 = try await admin.post("/pemetaan/periode/\(x.id!)/prioritaskan", [:])
            #expect(h4.status == .seeOther)
            #expect(try await UsulanRecord.find(r.id, on: app.db)?.status == "diprioritaskan")
            // Exports.
            let xlsx = try await admin.get("/pemetaan/periode/\(x.id!)/matriks.xlsx")
            #expect(xlsx.headers.contentType?.description.contains("spreadsheetml") == true)
            let bagian = try OOXMLBaca.entri(Data(xlsx.body.readableBytesView))
            let lembar = String(decoding: try #require(bagian["xl/worksheets/sheet1.xml"]), as: UTF8.self)
            #expect(lembar.contains("Integrasi angkutan sungai"))
            #expect(lembar.contains("state=\"frozen\""))
            #expect(lembar.contains("autoFilter"))
            let csv = try await admin.get("/pemetaan/periode/\(x.id!)/matriks.csv")
            #expect(csv.body.string.hasPrefix("\u{FEFF}No,Urusan"))
            #expect(csv.body.string.contains("2.15.02"))
            let docx = try await admin.get("/pemetaan/periode/\(x.id!)/laporan.docx")
            let isiDocx = String(
                decoding: try #require(try OOXMLBaca.entri(Data(docx.body.readableBytesView))["word/document.xml"]), as: UTF8.self)
            #expect(isiDocx.contains("RANCANGAN PEMETAAN POTENSI KERJA SAMA DAERAH"))
            #expect(isiDocx.contains("KABUPATEN KUTAI KARTANEGARA"))
            #expect(isiDocx.contains("Integrasi angkutan sungai"))
            let h5 = try await admin.get("/pemetaan/periode/\(x.id!)/peta")
            #expect(h5.status == .ok)
        }
    }

    @Test("An internal procurement is screened as not KSD and routed to its own rule")
    func pengadaanBukanKSD() async throws {
        try await denganJalin { app in
            let r = try #require(
                try await UsulanRecord.query(on: app.db).filter(\.$judul == "Pengadaan perangkat jaringan kantor dinas").first())
            var admin = Peramban(app)
            try await admin.masuk("admin.kukar")
            let h = try await admin.get("/pemetaan/usulan/\(r.id!)")
            #expect(h.body.string.contains("Bukan kerja sama daerah"))
            #expect(h.body.string.contains("Perpres 16/2018"))
            #expect(r.status == "ditolak")
        }
    }

    @Test("Bad input gets field messages and stores nothing")
    func masukanBuruk() async throws {
        try await denganJalin { app in
            var admin = Peramban(app)
            try await admin.masuk("admin.kukar")
            let x = try await bukaPeriode(&admin, app: app)
            let dishub = try await unit(app, "Dinas Perhubungan")
            try await admin.get("/pemetaan/periode/\(x.id!)/usulan/baru")
            let sebelum = try await UsulanRecord.query(on: app.db).count()
            var isian = try await isianTransportasi(app)
            isian["unit_id"] = dishub.id!.uuidString
            isian["aksi"] = "ajukan"
            var tanpaUrusan = isian
            tanpaUrusan.removeValue(forKey: "urusan[0]")
            var r = try await admin.post("/pemetaan/periode/\(x.id!)/usulan/baru", tanpaUrusan)
            #expect(r.status == .unprocessableEntity)
            #expect(r.body.string.contains("id=\"g-urusan\""))
            var wilayahAsing = isian
            wilayahAsing["lokasi[1]"] = "64.02.99"
            r = try await admin.post("/pemetaan/periode/\(x.id!)/usulan/baru", wilayahAsing)
            #expect(r.status == .unprocessableEntity)
            #expect(r.body.string.contains("64.02.99"))
            #expect(r.body.string.contains("Integrasi angkutan sungai"))  // what was typed is kept
            // A 10 MB description: refused by the field rule when the body is read whole (in-memory tests)…
            var besar = isian
            besar["deskripsi"] = String(repeating: "a", count: 10 * 1024 * 1024)
            r = try await admin.post("/pemetaan/periode/\(x.id!)/usulan/baru", besar)
            #expect(r.status == .unprocessableEntity)
            #expect(r.body.string.contains("Deskripsi paling banyak"))
            // …and by the body limit over a real connection, before anything is read.
            let port = Int.random(in: 20_000...40_000)
            try await app.testing(method: .running(hostname: "127.0.0.1", port: port))
                .test(
                    .POST, "/pemetaan/periode/\(x.id!)/usulan/baru",
                    headers: admin.headerCookie.menambah(["Content-Type": "application/x-www-form-urlencoded"]),
                    body: ByteBuffer(string: "_csrf=\(admin.csrf)&deskripsi=" + String(repeating: "a", count: 10 * 1024 * 1024))
                ) { res in
                    #expect(res.status == .payloadTooLarge)
                    #expect(res.body.string.contains("terlalu besar"))
                }
            #expect(try await UsulanRecord.query(on: app.db).count() == sebelum)
            // A weight matrix with zeros or negatives is refused, naming the cell.
            let token = try await app.tokenAPI(untuk: "tkksd.kukar")
            for nilai in [0.0, -3.0] {
                var atas = (0..<6).map { i in [Double](repeating: 1, count: 6 - i) }
                atas[1][2] = nilai
                try await app.testing().test(
                    .PUT, "/api/v1/periode/\(x.id!)/bobot", headers: bearer(token).menambah(.jsonBody),
                    body: json(["atas": atas])
                ) { res in
                    #expect(res.status == .unprocessableEntity)
                    let g = try res.content.decode(GalatAPI.self)
                    #expect(g.error.isian?.first?.field.hasPrefix("perbandingan[") == true)
                }
            }
            #expect(try await PerbandinganAnggotaRecord.query(on: app.db).filter(\.$periodeID == x.id!).count() == 0)
        }
    }

    @Test("HTML and formulas typed in a submission stay text in the page, the CSV, the XLSX and the DOCX")
    func teksJahat() async throws {
        try await denganJalin { app in
            var admin = Peramban(app)
            try await admin.masuk("admin.kukar")
            let x = try await bukaPeriode(&admin, app: app)
            var isian = try await isianTransportasi(app)
            isian["unit_id"] = try await unit(app, "Dinas Perhubungan").id!.uuidString
            isian["aksi"] = "ajukan"
            isian["judul"] = "=cmd()|' /C calc'!A0"
            isian["sumberDayaDimiliki"] = "<script>alert('x')</script> & \"kutip\""
            try await admin.get("/pemetaan/periode/\(x.id!)/usulan/baru")
            let h6 = try await admin.post("/pemetaan/periode/\(x.id!)/usulan/baru", isian)
            #expect(h6.status == .seeOther)
            let r = try #require(try await UsulanRecord.query(on: app.db).filter(\.$periodeID == x.id!).first())
            let page = try await admin.get("/pemetaan/usulan/\(r.id!)")
            #expect(!page.body.string.contains("<script>alert"))
            #expect(page.body.string.contains("&lt;script&gt;"))
            let csv = try await admin.get("/pemetaan/periode/\(x.id!)/matriks.csv")
            #expect(csv.body.string.contains(",'=cmd()"))
            #expect(!csv.body.string.contains(",=cmd()"))
            let xlsx = try OOXMLBaca.entri(Data(try await admin.get("/pemetaan/periode/\(x.id!)/matriks.xlsx").body.readableBytesView))
            let lembar = String(decoding: try #require(xlsx["xl/worksheets/sheet1.xml"]), as: UTF8.self)
            #expect(lembar.contains("&apos;=cmd()") || lembar.contains("'=cmd()"))
            #expect(!lembar.contains("<f>"))
            #expect(lembar.contains("&lt;script&gt;"))
            let docx = try OOXMLBaca.entri(Data(try await admin.get("/pemetaan/periode/\(x.id!)/laporan.docx").body.readableBytesView))
            let dok = String(decoding: try #require(docx["word/document.xml"]), as: UTF8.self)
            #expect(!dok.contains("<script>"))
        }
    }

    @Test("Drafts are hidden from other units; only the admin verifies; TKKSD cannot submit")
    func izin() async throws {
        try await denganJalin { app in
            let draf = try #require(
                try await UsulanRecord.query(on: app.db).filter(\.$pemdaID == (try await app.pemda("64.02")).id!).filter(
                    \.$status == "draf"
                ).first())
            var samboja = Peramban(app)
            try await samboja.masuk("operator.samboja")
            let h7 = try await samboja.get("/pemetaan/usulan/\(draf.id!)")
            #expect(h7.status == .notFound)
            let diajukan = try #require(
                try await UsulanRecord.query(on: app.db).filter(\.$pemdaID == (try await app.pemda("64.02")).id!).filter(
                    \.$status == "diajukan"
                ).first())
            try await samboja.get("/pemetaan/usulan/\(diajukan.id!)")
            let r = try await samboja.post("/pemetaan/usulan/\(diajukan.id!)/aksi", ["aksi": "verifikasi"])
            #expect(r.status == .forbidden)
            #expect(try await UsulanRecord.find(diajukan.id, on: app.db)?.status == "diajukan")
            var tkksd = Peramban(app)
            try await tkksd.masuk("tkksd.kukar")
            let x = try #require(
                try await PeriodePemetaanRecord.query(on: app.db).filter(\.$pemdaID == (try await app.pemda("64.02")).id!).first())
            let h8 = try await tkksd.get("/pemetaan/periode/\(x.id!)/usulan/baru")
            #expect(h8.status == .forbidden)
        }
    }

    @Test("Scenario A through the API: submit, verify, compare, score and rank")
    func skenarioAPI() async throws {
        try await denganJalin { app in
            let tAdmin = try await app.tokenAPI(untuk: "admin.kukar")
            let tOp = try await app.tokenAPI(untuk: "operator.samboja")
            let x = try #require(
                try await PeriodePemetaanRecord.query(on: app.db).filter(\.$pemdaID == (try await app.pemda("64.02")).id!).first())
            struct M: Encodable {
                let jenis = "permasalahan", judul = "Jembatan penghubung Samboja–Semoi", deskripsi = "Jembatan rusak memutus akses ke IKN."
                let urusan = ["1.03"], lokasi = ["64.02.13"], bentuk = "kerjaSamaDaerahLain"
                let sumberDayaDimiliki = "ruas jalan kabupaten", sumberDayaDibutuhkan = "pendanaan jembatan"
                let eksternalitas = false, manfaat = "Akses warga", indikator = "Waktu tempuh"
                let kodeProgram = "1.03.10", namaProgram = "Program Penyelenggaraan Jalan", ajukan = true
            }
            var id = UUID()
            try await app.testing().test(
                .POST, "/api/v1/periode/\(x.id!)/usulan", headers: bearer(tOp).menambah(.jsonBody), body: json(M())
            ) { res in
                #expect(res.status == .created)
                let u = try res.content.decode(PemetaanAPI.UsulanJSON.self)
                #expect(u.status == .diajukan)
                id = u.id
            }
            try await app.testing().test(
                .POST, "/api/v1/usulan/\(id)/aksi", headers: bearer(tOp).menambah(.jsonBody), body: json(["aksi": "verifikasi"])
            ) { res in
                #expect(res.status == .forbidden)
            }
            try await app.testing().test(
                .POST, "/api/v1/usulan/\(id)/aksi", headers: bearer(tAdmin).menambah(.jsonBody), body: json(["aksi": "verifikasi"])
            ) { res in
                #expect(res.status == .ok)
            }
            let tT = try await app.tokenAPI(untuk: "tkksd.hukum")
            let nilai = Dictionary(uniqueKeysWithValues: KriteriaBawaan.semua.map { ($0.kode, 5.0) })
            struct N: Encodable {
                let nilai: [String: Double]
                let alasan: String
            }
            try await app.testing().test(
                .PUT, "/api/v1/usulan/\(id)/nilai", headers: bearer(tT).menambah(.jsonBody), body: json(N(nilai: nilai, alasan: "Mendesak"))
            ) { res in
                #expect(res.status == .ok)
                let h9 = try res.content.decode(PemetaanAPI.UsulanJSON.self)
                #expect(h9.status == .dinilai)
            }
            var buruk = nilai
            buruk["urgensi"] = 7
            try await app.testing().test(
                .PUT, "/api/v1/usulan/\(id)/nilai", headers: bearer(tT).menambah(.jsonBody), body: json(N(nilai: buruk, alasan: ""))
            ) { res in
                #expect(res.status == .unprocessableEntity)
            }
            try await app.testing().test(.GET, "/api/v1/periode/\(x.id!)/peringkat", headers: bearer(tAdmin)) { res in
                let p = try res.content.decode(PemetaanAPI.PeringkatJSON.self)
                #expect(p.peringkat.contains { $0.id == id.uuidString })
                #expect(!p.sensitivitas.isEmpty)
                #expect(abs(p.bobot.reduce(0, +) - 1) < 1e-9)
            }
            try await app.testing().test(.GET, "/api/v1/usulan/\(id)/kelayakan", headers: bearer(tAdmin)) { res in
                #expect(res.status == .ok)
                let k = try res.content.decode(PemetaanAPI.KelayakanJSON.self)
                #expect(!k.rekomendasi.isEmpty)
            }
        }
    }
}

extension PemetaanTests {
    func bukaPeriode(_ admin: inout Peramban, app: Application) async throws -> PeriodePemetaanRecord {
        try await bukaPeriode(
            app, &admin, unit: ["Dinas Perhubungan", "Kecamatan Samboja", "Desa Karya Jaya", "Dinas Komunikasi dan Informatika"])
    }
}

@Suite("Attachments and border pairs")
struct LampiranTests {
    @Test("An attachment is checked by content, stored under its SHA-256 and downloaded as an attachment")
    func lampiran() async throws {
        try await denganJalin { app in
            var admin = Peramban(app)
            try await admin.masuk("admin.kukar")
            let r = try #require(try await UsulanRecord.query(on: app.db).filter(\.$status == "dinilai").first())
            try await admin.get("/pemetaan/usulan/\(r.id!)")
            func unggah(_ isi: Data, nama: String) async throws -> TestingHTTPResponse {
                let batas = "----jalin\(UUID().uuidString)"
                var body = Data("--\(batas)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(admin.csrf)\r\n".utf8)
                body += Data(
                    "--\(batas)\r\nContent-Disposition: form-data; name=\"berkas\"; filename=\"\(nama)\"\r\nContent-Type: application/pdf\r\n\r\n"
                        .utf8)
                body += isi + Data("\r\n--\(batas)--\r\n".utf8)
                var h = admin.headerCookie
                h.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(batas)")
                var hasil: TestingHTTPResponse?
                try await app.testing().test(.POST, "/pemetaan/usulan/\(r.id!)/lampiran", headers: h, body: ByteBuffer(data: body)) {
                    hasil = $0
                }
                return hasil!
            }
            let palsu = try await unggah(Data("<html>bukan pdf</html>".utf8), nama: "surat.pdf")
            #expect(palsu.status == .unprocessableEntity)
            #expect(palsu.body.string.contains("Isi berkas bukan PDF"))
            #expect(try await LampiranRecord.query(on: app.db).count() == 0)
            let pdf = Data("%PDF-1.4\n% Jalin\n".utf8)
            #expect(try await unggah(pdf, nama: "../../etc/surat.pdf").status == .seeOther)
            let l = try #require(try await LampiranRecord.query(on: app.db).first())
            #expect(l.sha256 == SHA256.hash(data: pdf).hex)
            #expect(!l.namaAsli.contains("/"))
            let unduh = try await admin.get("/pemetaan/usulan/\(r.id!)/lampiran/\(l.id!)")
            #expect(unduh.status == .ok)
            #expect(unduh.headers.first(name: .contentDisposition)?.hasPrefix("attachment") == true)
            #expect(unduh.headers.contentType?.description == "application/pdf")
            #expect(Data(unduh.body.readableBytesView) == pdf)
            // Another pemda cannot fetch it.
            var lain = Peramban(app)
            try await lain.masuk("admin.samarinda")
            #expect(try await lain.get("/pemetaan/usulan/\(r.id!)/lampiran/\(l.id!)").status == .notFound)
        }
    }

    @Test("The admin records a border pair; bad codes are refused with field messages")
    func tetangga() async throws {
        try await denganJalin { app in
            var admin = Peramban(app)
            try await admin.masuk("admin.kukar")
            try await admin.get("/admin/tetangga")
            let sebelum = try await TetanggaRecord.query(on: app.db).count()
            let buruk = try await admin.post("/admin/tetangga", ["kode_a": "64.02", "kode_b": "64.02.13"])
            #expect(buruk.status == .unprocessableEntity)
            #expect(buruk.body.string.contains("setingkat"))
            let ok = try await admin.post("/admin/tetangga", ["kode_a": "64.02.13", "kode_b": "64.02.20"])
            #expect(ok.status == .seeOther)
            #expect(try await TetanggaRecord.query(on: app.db).count() == sebelum + 1)
            let ganda = try await admin.post("/admin/tetangga", ["kode_a": "64.02.20", "kode_b": "64.02.13"])
            #expect(ganda.body.string.contains("sudah tercatat"))
        }
    }
}
