import Fluent
import Foundation
import JalinDomain
import JalinNaskah
import Testing
import VaporTesting

@testable import JalinServer

/// Scenario E, the Bimtek "Simulasi": a trainer makes a class, participants practise in sandboxes.
@Suite("Simulasi (training sandbox)")
struct SimulasiTests {
    /// The logins on the printable sheet: (user name, password).
    static func login(_ html: String) -> [(String, String)] {
        let pola = try! NSRegularExpression(pattern: "<td>(sim-[a-z]+-[0-9]{3})</td><td>([a-z0-9]{12})</td>")
        return pola.matches(in: html, range: NSRange(html.startIndex..., in: html)).map { m in
            (String(html[Range(m.range(at: 1), in: html)!]), String(html[Range(m.range(at: 2), in: html)!]))
        }
    }

    static func buatKelas(_ b: inout Peramban, jumlah: Int = 2) async throws -> (KelasSimulasiRecord, [(String, String)], String) {
        try await b.get("/admin/simulasi")
        let hari = b.app.jam.hariIni
        let r = try await b.post(
            "/admin/simulasi",
            [
                "nama": "Bimtek KSD Angkatan Uji", "tanggal": hari.iso, "jumlah": "\(jumlah)",
                "berlaku_sampai": hari.tambahHari(7).iso,
            ])
        #expect(r.status == .created)
        let logins = login(r.body.string)
        #expect(logins.count == jumlah)
        let kelas = try #require(try await KelasSimulasiRecord.query(on: b.app.db).filter(\.$nama == "Bimtek KSD Angkatan Uji").first())
        return (kelas, logins, r.body.string)
    }

    @Test("Bad class input is refused with the field named, and nothing is stored")
    func isianSalah() async throws {
        try await denganJalin { app in
            var b = Peramban(app)
            try await b.masuk("admin.kukar")
            try await b.get("/admin/simulasi")
            let hari = app.jam.hariIni
            let r = try await b.post(
                "/admin/simulasi", ["nama": "", "tanggal": hari.iso, "jumlah": "0", "berlaku_sampai": hari.tambahHari(-1).iso])
            #expect(r.status == .unprocessableEntity)
            #expect(r.body.string.contains("Nama kelas wajib diisi"))
            #expect(r.body.string.contains("Jumlah peserta harus bilangan bulat 1 sampai 200."))
            #expect(r.body.string.contains("tidak boleh sebelum tanggal pelatihan"))
            #expect(try await KelasSimulasiRecord.query(on: app.db).count() == 0)
            #expect(try await PesertaSimulasiRecord.query(on: app.db).count() == 0)
            // Only an admin makes classes.
            var op = Peramban(app)
            try await op.masuk("operator.dishub")
            #expect(try await op.get("/admin/simulasi").status == .forbidden)
        }
    }

    @Test("Each participant works in an isolated copy; reset and delete remove the data")
    func kelasTerisolasi() async throws {
        try await denganJalin { app in
            var pelatih = Peramban(app)
            try await pelatih.masuk("admin.kukar")
            let (kelas, logins, _) = try await Self.buatKelas(&pelatih)
            let (namaA, sandiA) = logins[0]
            let (namaB, sandiB) = logins[1]

            // Participant A logs in to a sandbox marked as simulation on every page.
            var a = Peramban(app)
            let masukA = try await a.masuk(namaA, sandi: sandiA)
            #expect(masukA.status == .seeOther)
            #expect(masukA.headers.first(name: .location) == "/simulasi")
            let ruang = try await a.get("/simulasi")
            #expect(ruang.status == .ok)
            #expect(ruang.body.string.contains("MODE SIMULASI"))
            #expect(ruang.body.string.contains("Petakan potensi transportasi bersama IKN"))
            #expect(try await a.get("/beranda").body.string.contains("MODE SIMULASI"))
            // A adds a partner in the sandbox (as its admin).
            try await a.get("/admin/mitra/baru")
            let rahasia = "Mitra Latihan Peserta Satu"
            let r = try await a.post("/admin/mitra/baru", ["jenis": "pihakKetiga", "nama": rahasia])
            #expect(r.status == .seeOther)
            #expect(try await a.get("/admin/mitra").body.string.contains(rahasia))
            // A trainer page cannot be opened from inside a sandbox.
            #expect(try await a.get("/admin/simulasi").status == .forbidden)

            // Nothing of it is visible to participant B, to the real pemda, or in the main database.
            var bPeserta = Peramban(app)
            try await bPeserta.masuk(namaB, sandi: sandiB)
            #expect(try await !bPeserta.get("/admin/mitra").body.string.contains(rahasia))
            #expect(try await !pelatih.get("/admin/mitra").body.string.contains(rahasia))
            #expect(try await MitraRecord.query(on: app.db).filter(\.$nama == rahasia).count() == 0)
            let ps = try await PesertaSimulasiRecord.query(on: app.db).filter(\.$kelasID == kelas.id!).sort(\.$nomor).all()
            let dbA = try await KotakSimulasi.database(app, peserta: ps[0].id!)
            #expect(try await MitraRecord.query(on: dbA).filter(\.$nama == rahasia).count() == 1)

            // Documents made in a sandbox carry the SIMULASI watermark.
            let naskah = try #require(try await NaskahRecord.query(on: dbA).first())
            let docx = try await a.get("/naskah/\(naskah.id!)/naskah.docx")
            #expect(docx.status == .ok)
            let bagian = try OOXMLBaca.entri(Data(docx.body.readableBytesView))
            #expect(bagian.values.contains { String(decoding: $0, as: UTF8.self).contains("SIMULASI") })

            // The trainer sees each participant's progress.
            let halaman = try await pelatih.get("/admin/simulasi/\(kelas.id!)")
            #expect(halaman.status == .ok)
            #expect(halaman.body.string.contains(namaA))

            // Resetting A: the sandbox goes back to the template, A's session ends.
            try await pelatih.post("/admin/simulasi/\(kelas.id!)/reset", ["nomor": "1"])
            #expect(!FileManager.default.fileExists(atPath: KotakSimulasi.jalur(app, peserta: ps[0].id!)))
            #expect(try await a.get("/simulasi").status == .seeOther)
            try await a.masuk(namaA, sandi: sandiA)
            #expect(try await !a.get("/admin/mitra").body.string.contains(rahasia))

            // Deleting the class deletes all of its data and logins.
            let r2 = try await pelatih.post("/admin/simulasi/\(kelas.id!)/hapus", [:])
            #expect(r2.status == .seeOther)
            for p in ps {
                #expect(!FileManager.default.fileExists(atPath: KotakSimulasi.jalur(app, peserta: p.id!)))
                #expect(!FileManager.default.fileExists(atPath: KotakSimulasi.berkasDir(app, peserta: p.id!)))
            }
            #expect(try await PesertaSimulasiRecord.query(on: app.db).count() == 0)
            #expect(try await KelasSimulasiRecord.query(on: app.db).count() == 0)
            var c = Peramban(app)
            #expect(try await c.masuk(namaB, sandi: sandiB).status == .unauthorized)
            #expect(try await bPeserta.get("/simulasi").status == .seeOther)
        }
    }

    @Test("A wrong participant password is refused like any other login")
    func sandiSalah() async throws {
        try await denganJalin { app in
            var pelatih = Peramban(app)
            try await pelatih.masuk("admin.kukar")
            let (_, logins, _) = try await Self.buatKelas(&pelatih, jumlah: 1)
            var a = Peramban(app)
            let r = try await a.masuk(logins[0].0, sandi: "salahsalah12")
            #expect(r.status == .unauthorized)
            #expect(r.body.string.contains(MasukPage.pesanGagal))
        }
    }

    @Test("A class past its last day is deleted with its sandboxes")
    func kedaluwarsa() async throws {
        try await denganJalin { app in
            var pelatih = Peramban(app)
            try await pelatih.masuk("admin.kukar")
            let (kelas, logins, _) = try await Self.buatKelas(&pelatih, jumlah: 1)
            var a = Peramban(app)
            try await a.masuk(logins[0].0, sandi: logins[0].1)
            let ps = try #require(try await PesertaSimulasiRecord.query(on: app.db).first())
            #expect(FileManager.default.fileExists(atPath: KotakSimulasi.jalur(app, peserta: ps.id!)))
            #expect(try await KelasSimulasiPage.hapusKedaluwarsa(app, hariIni: app.jam.hariIni) == 0)
            kelas.berlakuSampai = app.jam.hariIni.tambahHari(-1).iso
            try await kelas.update(on: app.db)
            #expect(try await a.get("/simulasi").status == .seeOther)  // an expired class lets no one in
            #expect(try await KelasSimulasiPage.hapusKedaluwarsa(app, hariIni: app.jam.hariIni) == 1)
            #expect(!FileManager.default.fileExists(atPath: KotakSimulasi.jalur(app, peserta: ps.id!)))
            #expect(try await KelasSimulasiRecord.query(on: app.db).count() == 0)
        }
    }

    @Test("The exercise checks count only what was done in the sandbox after it was made")
    func pemeriksaanLatihan() async throws {
        try await denganJalin { app in
            var pelatih = Peramban(app)
            try await pelatih.masuk("admin.kukar")
            let (_, logins, _) = try await Self.buatKelas(&pelatih, jumlah: 1)
            var a = Peramban(app)
            try await a.masuk(logins[0].0, sandi: logins[0].1)
            let ps = try #require(try await PesertaSimulasiRecord.query(on: app.db).first())
            let db = try await KotakSimulasi.database(app, peserta: ps.id!)
            #expect(try await KemajuanLatihan.selesai(db, sejak: ps.disiapkanPada).isEmpty)
            // The demo data itself (made before) holds a submitted transport potential, verified ones,
            // TKKSD scores and complete agreements: counted from the beginning of time, the checks pass.
            let semua = try await KemajuanLatihan.selesai(db, sejak: .distantPast)
            #expect(semua.isSuperset(of: ["potensi-ikn", "saring-kelayakan", "nilai-tiga"]))
        }
    }
}
