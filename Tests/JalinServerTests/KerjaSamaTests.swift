import Fluent
import Foundation
import JalinDomain
import JalinNaskah
import Testing
import VaporTesting

@testable import JalinServer

/// Scenario C of scenarios.md: the cooperation lifecycle.
@Suite("Siklus kerja sama (Scenario C)")
struct KerjaSamaTests {
    func idMitra(_ app: Application, _ nama: String) async throws -> String {
        try #require(try await MitraRecord.query(on: app.db).filter(\.$nama == nama).first()).id!.uuidString
    }

    func idUnit(_ app: Application, _ nama: String) async throws -> String {
        try #require(try await UnitKerjaRecord.query(on: app.db).filter(\.$nama == nama).first()).id!.uuidString
    }

    /// Records a KSDD with PPU through the form: burdening, so DPRD approval is required.
    func catat(
        _ app: Application, _ admin: inout Peramban, judul: String = "Angkutan sungai terpadu Kukar–PPU"
    ) async throws -> KerjaSamaRecord {
        try await admin.get("/kerja-sama/baru")
        let r = try await admin.post(
            "/kerja-sama/baru",
            [
                "judul": judul, "objek": "Rute angkutan sungai terpadu.", "jenis": "ksddWajib",
                "mitra[0]": try await idMitra(app, "Pemerintah Kabupaten Penajam Paser Utara"),
                "unit[0]": try await idUnit(app, "Dinas Perhubungan"),
                "urusan[0]": "2.15", "tanggalMulai": "2027-01-01", "tanggalBerakhir": "2031-12-31", "membebani": "ya",
                "nilai": "2.500.000.000",
            ])
        #expect(r.status == .seeOther)
        return try #require(try await KerjaSamaRecord.query(on: app.db).filter(\.$judul == judul).first())
    }

    func peristiwa(
        _ admin: inout Peramban, _ ks: KerjaSamaRecord, _ isian: [String: String], app: Application
    ) async throws -> TestingHTTPResponse {
        let segar = try #require(try await KerjaSamaRecord.find(ks.id, on: app.db))
        try await admin.get("/kerja-sama/\(ks.id!)")
        var f = isian
        f["version"] = String(segar.version)
        return try await admin.post("/kerja-sama/\(ks.id!)/peristiwa", f)
    }

    func pdf() -> Data { Data("%PDF-1.4\n% naskah bertanda tangan\n".utf8) }

    func tandaTangan(
        _ admin: inout Peramban, _ ks: KerjaSamaRecord, dokumen: String, berkas: Data, app: Application,
        jabatan1: String = "Bupati Kutai Kartanegara", kuasa: String = "", tambahan: [String: String] = [:]
    ) async throws -> TestingHTTPResponse {
        let segar = try #require(try await KerjaSamaRecord.find(ks.id, on: app.db))
        try await admin.get("/kerja-sama/\(ks.id!)")
        let batas = "----jalin\(UUID().uuidString)"
        var body = Data()
        let medan = [
            "_csrf": admin.csrf, "version": String(segar.version), "dokumen": dokumen, "nomor1": "100.3.7/12/KS/V/2027",
            "pihak2": "Pemerintah Kabupaten Penajam Paser Utara", "nomor2": "180/45/Pem/2027", "tanggal": "2026-05-03",
            "tempat": "Samarinda",
            "nama1": "Bupati Kukar", "jabatan1": jabatan1, "kewenangan1": kuasa, "nama2": "Bupati PPU",
            "jabatan2": "Bupati Penajam Paser Utara",
            "paraf": "ya", "stempel": "ya",
        ].merging(tambahan) { $1 }
        for (k, v) in medan { body += Data("--\(batas)\r\nContent-Disposition: form-data; name=\"\(k)\"\r\n\r\n\(v)\r\n".utf8) }
        body += Data(
            "--\(batas)\r\nContent-Disposition: form-data; name=\"pindaian\"; filename=\"naskah.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
                .utf8)
        body += berkas + Data("\r\n--\(batas)--\r\n".utf8)
        var h = admin.headerCookie
        h.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(batas)")
        var hasil: TestingHTTPResponse?
        try await app.testing().test(.POST, "/kerja-sama/\(ks.id!)/tanda-tangan", headers: h, body: ByteBuffer(data: body)) { hasil = $0 }
        return hasil!
    }

    @Test(
        "A KSDD runs through its stages; skipping, signing a PKS before its KB or without DPRD approval is refused with the missing step named"
    )
    func siklusLengkap() async throws {
        try await denganJalin { app in
            var admin = Peramban(app)
            try await admin.masuk("admin.kukar")
            let ks = try await catat(app, &admin)
            #expect(ks.tahap == "persiapan")
            // Skipping a stage.
            var r = try await peristiwa(&admin, ks, ["aksi": "lanjut", "tahap": "penandatangananPKS"], app: app)
            #expect(r.status == .unprocessableEntity)
            #expect(r.body.string.contains("PP 28/2018"))
            // Moving on without the KAK.
            r = try await peristiwa(&admin, ks, ["aksi": "lanjut", "tahap": "penawaran"], app: app)
            #expect(r.status == .unprocessableEntity)
            #expect(r.body.string.contains("Kerangka Acuan Kerja"))
            // With the required documents, stage by stage.
            #expect(try await peristiwa(&admin, ks, ["aksi": "dokumen", "dokumen": "kak"], app: app).status == .seeOther)
            #expect(try await peristiwa(&admin, ks, ["aksi": "lanjut", "tahap": "penawaran"], app: app).status == .seeOther)
            #expect(try await peristiwa(&admin, ks, ["aksi": "dokumen", "dokumen": "suratPenawaran"], app: app).status == .seeOther)
            #expect(try await peristiwa(&admin, ks, ["aksi": "lanjut", "tahap": "penyusunanKB"], app: app).status == .seeOther)
            #expect(try await peristiwa(&admin, ks, ["aksi": "lanjut", "tahap": "penandatangananKB"], app: app).status == .seeOther)
            // A PKS cannot be signed before its KB.
            r = try await tandaTangan(&admin, ks, dokumen: "perjanjianKerjaSama", berkas: pdf(), app: app)
            #expect(r.status == .unprocessableEntity)
            #expect(try await PenandatangananRecord.query(on: app.db).filter(\.$kerjaSamaID == ks.id!).count() == 0)
            // A scan that is not a PDF is refused; nothing is stored.
            r = try await tandaTangan(&admin, ks, dokumen: "kesepakatanBersama", berkas: Data("<html>".utf8), app: app)
            #expect(r.status == .unprocessableEntity)
            #expect(r.body.string.contains("PDF atau JPEG"))
            // An OPD head signs only with a surat kuasa.
            r = try await tandaTangan(
                &admin, ks, dokumen: "kesepakatanBersama", berkas: pdf(), app: app, jabatan1: "Kepala Dinas Perhubungan")
            #expect(r.body.string.contains("surat kuasa"))
            r = try await tandaTangan(&admin, ks, dokumen: "kesepakatanBersama", berkas: pdf(), app: app)
            #expect(r.status == .seeOther)
            let ttd = try #require(try await PenandatangananRecord.query(on: app.db).filter(\.$kerjaSamaID == ks.id!).first())
            #expect(ttd.sha256 == SHA256.hash(data: pdf()).hex)
            // DPRD approval is required (burdening): the PKS stages wait for it.
            #expect(try await peristiwa(&admin, ks, ["aksi": "lanjut", "tahap": "persetujuanDPRD"], app: app).status == .seeOther)
            r = try await peristiwa(&admin, ks, ["aksi": "lanjut", "tahap": "penyusunanPKS"], app: app)
            #expect(r.status == .unprocessableEntity)
            #expect(r.body.string.contains("DPRD"))
            #expect(
                try await peristiwa(
                    &admin, ks, ["aksi": "persetujuan", "persetujuan": "dprd", "catatan": "Keputusan DPRD No. 7/2027"], app: app
                ).status == .seeOther)
            #expect(try await peristiwa(&admin, ks, ["aksi": "lanjut", "tahap": "penyusunanPKS"], app: app).status == .seeOther)
            #expect(try await peristiwa(&admin, ks, ["aksi": "lanjut", "tahap": "penandatangananPKS"], app: app).status == .seeOther)
            #expect(try await tandaTangan(&admin, ks, dokumen: "perjanjianKerjaSama", berkas: pdf(), app: app).status == .seeOther)
            #expect(try await peristiwa(&admin, ks, ["aksi": "lanjut", "tahap": "pelaksanaan"], app: app).status == .seeOther)
            #expect(try await KerjaSamaRecord.find(ks.id, on: app.db)?.tahap == "pelaksanaan")
            // A change of kepala daerah is not a reason to end it.
            r = try await peristiwa(&admin, ks, ["aksi": "akhiri", "alasanBerakhir": "pergantianKepalaDaerah"], app: app)
            #expect(r.status == .unprocessableEntity)
            #expect(r.body.string.contains("Pasal 9"))
            // The hash can be verified; the history shows every step.
            try await admin.get("/kerja-sama/\(ks.id!)")
            let v = try await admin.post("/kerja-sama/\(ks.id!)/tanda-tangan/\(ttd.id!)/verifikasi", [:])
            #expect(v.headers.first(name: .location)?.contains("sha-cocok") == true)
            let h = try await RiwayatKerjaSamaRecord.query(on: app.db).filter(\.$kerjaSamaID == ks.id!).count()
            #expect(h >= 12)
        }
    }

    @Test("Dates out of order and a term beyond the maximum are refused with field messages; nothing is stored")
    func jangkaWaktu() async throws {
        try await denganJalin { app in
            var admin = Peramban(app)
            try await admin.masuk("admin.kukar")
            try await admin.get("/kerja-sama/baru")
            let sebelum = try await KerjaSamaRecord.query(on: app.db).count()
            let dasar = [
                "judul": "Uji", "objek": "Uji", "jenis": "ksddSukarela", "mitra[0]": try await idMitra(app, "Pemerintah Kota Samarinda"),
                "unit[0]": try await idUnit(app, "Dinas Pariwisata"), "urusan[0]": "3.26",
            ]
            var f = dasar
            f["tanggalMulai"] = "2027-06-01"
            f["tanggalBerakhir"] = "2027-01-01"
            var r = try await admin.post("/kerja-sama/baru", f)
            #expect(r.status == .unprocessableEntity)
            #expect(r.body.string.contains("id=\"g-akhir\""))
            f["tanggalBerakhir"] = "2035-01-01"
            r = try await admin.post("/kerja-sama/baru", f)
            #expect(r.status == .unprocessableEntity)
            #expect(r.body.string.contains("5 tahun"))
            #expect(try await KerjaSamaRecord.query(on: app.db).count() == sebelum)
        }
    }

    @Test("Reminders go out once per threshold, in the app and by e-mail; an agreement past its end moves to berakhir by itself")
    func pengingat() async throws {
        try await denganJalin { app in
            let hari = app.jam.hariIni
            // An agreement in force whose end date passed yesterday.
            let lewat = try #require(try await KerjaSamaRecord.query(on: app.db).filter(\.$tahap == "pelaksanaan").first())
            lewat.tanggalBerakhir = hari.tambahHari(-1).iso
            try await lewat.update(on: app.db)
            let r1 = try await Pengingat.jalankan(app: app, hariIni: hari)
            #expect(r1.notifikasi > 0)
            #expect(r1.diakhiri >= 1)
            let r2 = try await Pengingat.jalankan(app: app, hariIni: hari)
            #expect(r2.notifikasi == 0 && r2.diakhiri == 0)
            let akhir = try #require(try await KerjaSamaRecord.find(lewat.id, on: app.db))
            #expect(akhir.tahap == "berakhir")
            #expect(akhir.siklus?.alasanBerakhir == .jangkaWaktuBerakhir)
            let admin = try await app.pengguna("admin.kukar")
            let n = try await NotifikasiRecord.query(on: app.db).filter(\.$penggunaID == admin.id!).count()
            #expect(n > 0)
            var b = Peramban(app)
            try await b.masuk("admin.kukar")
            let h = try await b.get("/notifikasi")
            #expect(h.body.string.contains("berakhir dalam"))
        }
    }

    @Test("Obligations: a reminder once when due within a threshold, none when past due or when the cooperation ended")
    func pengingatKewajiban() async throws {
        try await denganJalin { app in
            let hari = app.jam.hariIni
            let kukar = try await app.pemda("64.02")
            let berjalan = try #require(
                try await KerjaSamaRecord.query(on: app.db).filter(\.$pemdaID == kukar.id!).filter(\.$tahap == "pelaksanaan").first())
            let selesai = try #require(
                try await KerjaSamaRecord.query(on: app.db).filter(\.$pemdaID == kukar.id!).filter(\.$tahap == "berakhir").first())
            func kewajiban(_ ks: KerjaSamaRecord, _ uraian: String, _ hariLagi: Int) async throws {
                let k = KewajibanRecord()
                k.pemdaID = kukar.id!
                k.kerjaSamaID = ks.id!
                k.uraian = uraian
                k.pemilik = "Pihak Pertama"
                k.jatuhTempo = hari.tambahHari(hariLagi).iso
                k.status = "belum"
                k.version = 1
                try await k.create(on: app.db)
            }
            try await kewajiban(berjalan, "KEWAJIBAN-SEGERA", 10)
            try await kewajiban(berjalan, "KEWAJIBAN-LEWAT", -3)
            try await kewajiban(selesai, "KEWAJIBAN-KS-BERAKHIR", 10)
            _ = try await Pengingat.jalankan(app: app, hariIni: hari)
            let semua = try await NotifikasiRecord.query(on: app.db).all().map(\.isi)
            #expect(semua.contains { $0.contains("KEWAJIBAN-SEGERA") })
            #expect(!semua.contains { $0.contains("KEWAJIBAN-LEWAT") })
            #expect(!semua.contains { $0.contains("KEWAJIBAN-KS-BERAKHIR") })
            let sebelum = semua.filter { $0.contains("KEWAJIBAN-SEGERA") }.count
            _ = try await Pengingat.jalankan(app: app, hariIni: hari)
            #expect(try await NotifikasiRecord.query(on: app.db).all().filter { $0.isi.contains("KEWAJIBAN-SEGERA") }.count == sebelum)
        }
    }

    @Test("The calendar feed lists every deadline behind a secret address; a wrong address gets 404")
    func kalender() async throws {
        try await denganJalin { app in
            var b = Peramban(app)
            try await b.masuk("operator.dishub")
            try await b.get("/akun")
            let r = try await b.post("/akun/kalender", [:])
            let html = r.body.string
            let awal = try #require(html.range(of: "<code id=\"alamat-kalender\">"))
            let alamat = String(html[awal.upperBound...].prefix { $0 != "<" })
            let path = String(alamat[try #require(alamat.range(of: "/kalender/"))!.lowerBound...])
            var ics = ""
            try await app.testing().test(.GET, path) { res in
                #expect(res.status == .ok)
                #expect(res.headers.contentType?.description.hasPrefix("text/calendar") == true)
                ics = res.body.string
            }
            #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\n"))
            #expect(ics.contains("BEGIN:VEVENT"))
            #expect(ics.contains("DTSTART;VALUE=DATE:"))
            try await app.testing().test(.GET, "/kalender/bukan-token.ics") { res in #expect(res.status == .notFound) }
            if let out = ProcessInfo.processInfo.environment["JALIN_ICAL_APP_OUT"] {
                try ics.write(toFile: out, atomically: true, encoding: .utf8)
            }
        }
    }

    @Test("A renewal starts the procedure again, linked both ways; the registry filters expiring agreements")
    func perpanjanganDanSaringan() async throws {
        try await denganJalin { app in
            var admin = Peramban(app)
            try await admin.masuk("admin.kukar")
            let lama = try #require(
                try await KerjaSamaRecord.query(on: app.db).filter(\.$judul == "Promosi Festival Erau bersama Kalimantan Timur").first())
            try await admin.get("/kerja-sama/\(lama.id!)")
            let r = try await admin.post("/kerja-sama/\(lama.id!)/perpanjang", [:])
            #expect(r.status == .seeOther)
            let baru = try #require(try await KerjaSamaRecord.query(on: app.db).filter(\.$indukID == lama.id!).first())
            #expect(baru.tahap == "persiapan" && baru.perpanjanganKe == 1 && baru.hubungan == "perpanjangan")
            let halaman = try await admin.get("/kerja-sama/\(lama.id!)")
            #expect(halaman.body.string.contains("/kerja-sama/\(baru.id!)"))
            let segera = try await admin.get("/kerja-sama?segera=1")
            #expect(segera.body.string.contains("Promosi Festival Erau"))
            #expect(!segera.body.string.contains("Layanan kesehatan bergerak Kukar–Samarinda"))
            let ksdpk = try await admin.get("/kerja-sama?jenis=ksdpkPelayananPublik")
            #expect(ksdpk.body.string.contains("Layanan angkutan sungai Tenggarong–Samarinda"))
            #expect(!ksdpk.body.string.contains("Festival Erau"))
        }
    }

    @Test("Illegal transitions are refused through the API too, and another pemda gets 404")
    func api() async throws {
        try await denganJalin { app in
            let t = try await app.tokenAPI(untuk: "admin.kukar")
            let ks = try #require(
                try await KerjaSamaRecord.query(on: app.db).filter(\.$tahap == "persiapan").filter(\.$jenis != "kemitraanLain").first())
            struct E: Encodable {
                let aksi: String
                let tahap: String
                let version: Int
            }
            try await app.testing().test(
                .POST, "/api/v1/kerja-sama/\(ks.id!)/peristiwa", headers: bearer(t).menambah(.jsonBody),
                body: json(E(aksi: "lanjut", tahap: "pelaksanaan", version: ks.version))
            ) { res in
                #expect(res.status == .unprocessableEntity)
                let g = try res.content.decode(GalatAPI.self)
                #expect(g.error.pesan.contains("PP 28/2018") || g.error.pesan.contains("UU"))
            }
            try await app.testing().test(.GET, "/api/v1/kerja-sama/\(ks.id!)", headers: bearer(t)) { res in
                let k = try res.content.decode(KerjaSamaAPI.KerjaSamaJSON.self)
                #expect(k.tahap == "persiapan")
            }
            let lain = try await app.tokenAPI(untuk: "admin.samarinda")
            try await app.testing().test(.GET, "/api/v1/kerja-sama/\(ks.id!)", headers: bearer(lain)) { res in
                #expect(res.status == .notFound)
            }
        }
    }

    @Test("An accepted event raises the version by exactly one, so the next save with it is accepted")
    func versiSatuLangkah() async throws {
        try await denganJalin { app in
            let t = try await app.tokenAPI(untuk: "admin.kukar")
            let ks = try #require(
                try await KerjaSamaRecord.query(on: app.db).filter(\.$tahap == "persiapan").filter(\.$jenis != "kemitraanLain").first())
            struct E: Encodable {
                let aksi: String
                let alasanBerakhir: String
                let version: Int
            }
            var versi = ks.version
            try await app.testing().test(
                .POST, "/api/v1/kerja-sama/\(ks.id!)/peristiwa", headers: bearer(t).menambah(.jsonBody),
                body: json(E(aksi: "akhiri", alasanBerakhir: "tidakDilanjutkan", version: versi))
            ) { res in
                #expect(res.status == .ok, "\(res.body.string)")
                let k = try res.content.decode(KerjaSamaAPI.KerjaSamaJSON.self)
                #expect(k.version == versi + 1)
                versi = k.version
            }
            let tersimpan = try #require(try await KerjaSamaRecord.find(ks.id, on: app.db))
            #expect(tersimpan.version == versi)
        }
    }
}

@Suite("Impor data kerja sama lama")
struct ImporLamaTests {
    static let header =
        "nomor_pihak_kesatu,nomor_pihak_kedua,judul,jenis,dokumen,mitra,jenis_mitra,kode_wilayah_mitra,urusan,perangkat_daerah,tanggal_tanda_tangan,tanggal_mulai,tanggal_berakhir,nilai,sumber_dana,keterangan"

    func unggah(_ app: Application, _ b: inout Peramban, csv: String, nama: String = "lama.csv") async throws -> TestingHTTPResponse {
        try await b.get("/kerja-sama/impor")
        let batas = "----jalin\(UUID().uuidString)"
        var body = Data("--\(batas)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(b.csrf)\r\n".utf8)
        body += Data(
            "--\(batas)\r\nContent-Disposition: form-data; name=\"berkas\"; filename=\"\(nama)\"\r\nContent-Type: text/csv\r\n\r\n".utf8)
        body += Data(csv.utf8) + Data("\r\n--\(batas)--\r\n".utf8)
        var h = b.headerCookie
        h.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(batas)")
        var hasil: TestingHTTPResponse?
        try await app.testing().test(.POST, "/kerja-sama/impor", headers: h, body: ByteBuffer(data: body)) { hasil = $0 }
        return hasil!
    }

    @Test("A dry run lists every row problem with its line and writes nothing; confirming writes; the same file again creates nothing")
    func imporLama() async throws {
        try await denganJalin { app in
            var admin = Peramban(app)
            try await admin.masuk("admin.kukar")
            let sebelum = try await KerjaSamaRecord.query(on: app.db).count()
            // Missing columns.
            var r = try await unggah(app, &admin, csv: "judul,jenis\nA,KSDD sukarela\n")
            #expect(r.status == .unprocessableEntity)
            #expect(r.body.string.contains("nomor_pihak_kesatu"))
            // A formula, dates out of order, a duplicate number.
            let buruk = [
                Self.header,
                "1/KS/2021,,=SUM(1;2),KSDD sukarela,KB,Pemerintah Kota Samarinda,daerah,64.72,2.15,,2021-01-01,2021-01-01,2023-01-01,,,",
                "2/KS/2021,,Sampah regional,KSDD sukarela,KB,Pemerintah Kota Samarinda,daerah,64.72,2.11,,2021-05-01,2022-05-01,2021-05-01,,,",
                "2/KS/2021,,Sampah regional lagi,KSDD sukarela,KB,Pemerintah Kota Samarinda,daerah,64.72,2.11,,2021-05-01,2021-05-01,2022-05-01,,,",
            ].joined(separator: "\n")
            r = try await unggah(app, &admin, csv: buruk)
            #expect(r.status == .unprocessableEntity)
            let html = r.body.string
            #expect(html.contains("Baris 2"))
            #expect(html.contains("Baris 3"))
            #expect(html.contains("rumus"))
            #expect(!html.contains("tombol-konfirmasi-impor"))
            #expect(try await KerjaSamaRecord.query(on: app.db).count() == sebelum)
            // A good file: preview, then confirm.
            let baik = [
                Self.header,
                "100.3.7/1/KS/2021,180/1/2021,Promosi wisata bersama,KSDD sukarela,KB,Pemerintah Kota Samarinda,daerah,64.72,3.26,Dinas Pariwisata,2021-03-01,2021-03-01,2024-02-28,\"1.000.000\",APBD,",
                "100.3.7/2/KS/2022,,Layanan angkutan sungai,KSDPK,PKS,PT Baru Sejahtera (contoh),pihak ketiga,,2.15,Dinas Perhubungan,2022-01-10,2022-01-10,2027-01-09,,,",
                "100.3.7/3/KS/2023,,Keselamatan pelayaran,Sinergi,NK,Kementerian Perhubungan,kementerian/lembaga,,2.15,,2023-06-01,2023-06-01,2026-05-31,,,",
            ].joined(separator: "\n")
            r = try await unggah(app, &admin, csv: baik)
            #expect(r.status == .ok)
            #expect(r.body.string.contains("tombol-konfirmasi-impor"))
            #expect(try await KerjaSamaRecord.query(on: app.db).count() == sebelum)
            let sha = SHA256.hash(data: Data(baik.utf8)).hex
            let k = try await admin.post("/kerja-sama/impor", ["sha": sha, "nama": "lama.csv", "konfirmasi": "ya"])
            #expect(k.body.string.contains("3 kerja sama dibuat"))
            #expect(try await KerjaSamaRecord.query(on: app.db).count() == sebelum + 3)
            #expect(try await MitraRecord.query(on: app.db).filter(\.$nama == "PT Baru Sejahtera (contoh)").count() == 1)
            let lama = try #require(try await KerjaSamaRecord.query(on: app.db).filter(\.$judul == "Promosi wisata bersama").first())
            #expect(lama.tahap == "berakhir")
            // Imported records are found by the indexed partner and urusan filters.
            let baru = try #require(try await MitraRecord.query(on: app.db).filter(\.$nama == "PT Baru Sejahtera (contoh)").first())
            let t = try await app.tokenAPI(untuk: "admin.kukar")
            try await app.testing().test(.GET, "/api/v1/kerja-sama?mitra=\(baru.id!)&urusan=2.15", headers: bearer(t)) { res in
                let judul = try res.content.decode([KerjaSamaAPI.KerjaSamaJSON].self).map(\.judul)
                #expect(judul == ["Layanan angkutan sungai"])
            }
            // The same file again.
            r = try await unggah(app, &admin, csv: baik)
            #expect(r.body.string.contains("3 sudah pernah diimpor"))
            _ = try await admin.post("/kerja-sama/impor", ["sha": sha, "nama": "lama.csv", "konfirmasi": "ya"])
            #expect(try await KerjaSamaRecord.query(on: app.db).count() == sebelum + 3)
        }
    }

    @Test("An upload over the limit is refused before it is read")
    func unggahBesar() async throws {
        try await denganJalin { app in
            var admin = Peramban(app)
            try await admin.masuk("admin.kukar")
            try await admin.get("/kerja-sama/impor")
            let port = Int.random(in: 40_001...50_000)
            var h = admin.headerCookie
            h.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=x")
            try await app.testing(method: .running(hostname: "127.0.0.1", port: port))
                .test(.POST, "/kerja-sama/impor", headers: h, body: ByteBuffer(repeating: 0x61, count: 13 * 1024 * 1024)) { res in
                    #expect(res.status == .payloadTooLarge)
                    #expect(res.body.string.contains("terlalu besar"))
                }
        }
    }
}
