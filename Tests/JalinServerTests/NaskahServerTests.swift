import Fluent
import Foundation
import JalinDomain
import JalinNaskah
import Testing
import VaporTesting

@testable import JalinServer

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads a form of a page the way a browser submits it: inputs with their values, checked boxes,
/// selected options and textarea contents, HTML entities decoded.
enum FormHTML {
    static func entitas(_ s: String) -> String {
        s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(
            of: "&quot;", with: "\""
        )
        .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&#x27;", with: "'").replacingOccurrences(
            of: "&amp;", with: "&")
    }

    static func atribut(_ tag: Substring, _ nama: String) -> String? {
        guard let r = tag.range(of: " \(nama)=\"") else { return nil }
        let sisa = tag[r.upperBound...]
        return sisa.firstIndex(of: "\"").map { entitas(String(sisa[..<$0])) }
    }

    static func isian(_ html: String, id: String) throws -> [String: String] {
        let awal = try #require(html.range(of: "id=\"\(id)\""))
        let akhir = try #require(html[awal.upperBound...].range(of: "</form>"))
        let form = html[awal.upperBound..<akhir.lowerBound]
        var hasil: [String: String] = [:]
        var sisa = form
        while let r = sisa.range(of: "<input ") {
            let tag = sisa[r.lowerBound..<(sisa[r.lowerBound...].firstIndex(of: ">") ?? sisa.endIndex)]
            sisa = sisa[tag.endIndex...]
            guard let nama = atribut(tag, "name") else { continue }
            let tipe = atribut(tag, "type") ?? "text"
            if tipe == "checkbox" || tipe == "radio" {
                if tag.contains(" checked") { hasil[nama] = atribut(tag, "value") ?? "on" }
                continue
            }
            if tipe == "submit" { continue }
            hasil[nama] = atribut(tag, "value") ?? ""
        }
        sisa = form
        while let r = sisa.range(of: "<textarea ") {
            let buka = try #require(sisa[r.lowerBound...].firstIndex(of: ">"))
            let tag = sisa[r.lowerBound..<buka]
            let tutup = try #require(sisa[buka...].range(of: "</textarea>"))
            if let nama = atribut(tag, "name") { hasil[nama] = entitas(String(sisa[sisa.index(after: buka)..<tutup.lowerBound])) }
            sisa = sisa[tutup.upperBound...]
        }
        sisa = form
        while let r = sisa.range(of: "<select ") {
            let buka = try #require(sisa[r.lowerBound...].firstIndex(of: ">"))
            let tag = sisa[r.lowerBound..<buka]
            let tutup = try #require(sisa[buka...].range(of: "</select>"))
            let isi = sisa[buka..<tutup.lowerBound]
            if let nama = atribut(tag, "name") {
                var dipilih: String?
                var x = isi
                while let o = x.range(of: "<option ") {
                    let t = x[o.lowerBound..<(x[o.lowerBound...].firstIndex(of: ">") ?? x.endIndex)]
                    if dipilih == nil || t.contains(" selected") {
                        if t.contains(" selected") || dipilih == nil { dipilih = atribut(t, "value") }
                    }
                    x = x[t.endIndex...]
                }
                hasil[nama] = dipilih ?? ""
            }
            sisa = sisa[tutup.upperBound...]
        }
        hasil.removeValue(forKey: "_csrf")
        return hasil
    }
}

/// Scenario B of scenarios.md: drafting the naskah, through the pages and through the API.
@Suite("Naskah kerja sama (Scenario B)")
struct NaskahServerTests {
    static let judulUsulan = "Integrasi angkutan sungai dan darat Tenggarong–IKN"

    func usulan(_ app: Application) async throws -> UsulanRecord {
        try #require(try await UsulanRecord.query(on: app.db).filter(\.$judul == Self.judulUsulan).first())
    }

    func mitra(_ app: Application, _ nama: String) async throws -> MitraRecord {
        try #require(try await MitraRecord.query(on: app.db).filter(\.$nama == nama).first())
    }

    /// A reviewer of another partner of Kukar (Kota Samarinda in Kukar's directory).
    func mitraLain(_ app: Application) async throws -> PenggunaRecord {
        let kukar = try await app.pemda("64.02")
        let smd = try await mitra(app, "Pemerintah Kota Samarinda")
        let u = PenggunaRecord(
            pemdaID: kukar.id!, namaPengguna: "mitra.samarinda", namaLengkap: "Peninjau Kota Samarinda",
            hashSandi: try app.password.hash(DemoSeed.kataSandi), peran: .mitra, mitraID: smd.id)
        try await u.create(on: app.db)
        return u
    }

    func naskahBaru(_ app: Application) async throws -> NaskahRecord {
        try #require(try await NaskahRecord.query(on: app.db).filter(\.$jenis == "kesepakatanBersama").filter(\.$contoh == false).first())
    }

    static func teksDOCX(_ res: TestingHTTPResponse) throws -> String {
        let xml = String(decoding: try #require(try OOXMLBaca.entri(Data(res.body.readableBytesView))["word/document.xml"]), as: UTF8.self)
        let doc = try XMLDocument(data: Data(xml.utf8), options: [])
        return try doc.nodes(forXPath: "//*[local-name()='p']").map { p in
            try p.nodes(forXPath: ".//*[local-name()='t']").compactMap(\.stringValue).joined()
        }.joined(separator: "\n")
    }

    @Test(
        "Scenario B through the pages: guided KB, checker, partner comment on Pasal 3, revision, word diff, restore, signing, PKS from the library"
    )
    func skenarioB() async throws {
        try await denganJalin { app in
            let u = try await usulan(app)
            let ppu = try await mitra(app, "Pemerintah Kabupaten Penajam Paser Utara")
            var admin = Peramban(app)
            _ = try await admin.masuk("admin.kukar")
            // 1. From the prioritised potential: the guided form knows the title, the partner and the implementing units.
            let daftar = try await admin.get("/naskah")
            #expect(daftar.body.string.contains(Self.judulUsulan))
            let form = try await admin.get("/naskah/baru?usulan=\(u.id!)&jenis=kesepakatanBersama")
            #expect(form.status == .ok)
            var isian = try FormHTML.isian(form.body.string, id: "form-naskah-baru")
            #expect(isian["tentang"] == Self.judulUsulan)
            #expect(isian["mitra"] == ppu.id!.uuidString)
            #expect(isian["jabatan2"] == "Bupati Penajam Paser Utara")
            #expect(isian["pelaksana1"] == "Dinas Perhubungan Kabupaten Kutai Kartanegara")
            #expect(isian["pelaksana2"] == "Dinas Perhubungan Kabupaten Penajam Paser Utara")
            #expect(isian["jenisKerjaSama"]?.hasPrefix("ksdd") == true)
            #expect(form.body.string.contains("rute terpadu, integrasi tiket, pendanaan sarana"))
            // 2. Only what the template cannot know; the second number is left out on purpose.
            isian["tentang"] = "Integrasi Layanan Angkutan Sungai dan Darat di Kawasan Penyangga Ibu Kota Nusantara"
            isian["tanggal"] = "2024-05-03"
            isian["tempat"] = "Samarinda"
            isian["nomor1"] = "100.3.7/12/KS/V/2024"
            isian["nama1"] = "Nama Bupati Kutai Kartanegara"
            isian["alamat1"] = "Tenggarong"
            isian["nama2"] = "Nama Bupati Penajam Paser Utara"
            isian["alamat2"] = "Penajam"
            let dibuat = try await admin.post("/naskah/baru", isian)
            #expect(dibuat.status == .seeOther)
            let kb = try await naskahBaru(app)
            #expect(kb.versiTerkini == 1)
            #expect(kb.usulanID == u.id && kb.mitraID == ppu.id)
            // 3. The draft with the checker's findings.
            var h = try await admin.get("/naskah/\(kb.id!)")
            #expect(h.status == .ok)
            #expect(
                h.body.string.contains("Pada hari ini Jumat tanggal tiga bulan Mei tahun dua ribu dua puluh empat, bertempat di Samarinda"))
            #expect(h.body.string.contains("Nomor naskah PIHAK KEDUA (Pemerintah Kabupaten Penajam Paser Utara) belum diisi."))
            #expect(h.body.string.contains("id=\"pasal-pelaksanaan\""))
            #expect(h.body.string.contains("NOMOR : ……"))
            // 4. Shared with PPU; its reviewer comments on Pasal 3.
            #expect(try await admin.post("/naskah/\(kb.id!)/aksi", ["aksi": "bagikan"]).status == .seeOther)
            var ppuPeninjau = Peramban(app)
            _ = try await ppuPeninjau.masuk("mitra.ppu")
            let dibagikan = try await ppuPeninjau.get("/mitra")
            #expect(dibagikan.body.string.contains("/mitra/naskah/\(kb.id!)"))
            let lihat = try await ppuPeninjau.get("/mitra/naskah/\(kb.id!)")
            #expect(lihat.status == .ok)
            #expect(lihat.body.string.contains("PENYELESAIAN PERSELISIHAN"))
            let c = try await ppuPeninjau.post(
                "/mitra/naskah/\(kb.id!)/komentar",
                ["pasal": "pelaksanaan", "isi": "Mohon ditambahkan tim teknis bersama & jadwal rapat <koordinasi>."])
            #expect(c.status == .seeOther)
            let kom = try #require(try await KomentarNaskahRecord.query(on: app.db).filter(\.$naskahID == kb.id!).first())
            #expect(kom.pasalLabel == "Pasal 3 PELAKSANAAN")
            #expect(kom.dariMitra && kom.asal == "Pemerintah Kabupaten Penajam Paser Utara")
            // The reviewer reaches nothing else: internal pages, other drafts, the API beyond what is shared.
            #expect(try await ppuPeninjau.get("/naskah/\(kb.id!)").status == .forbidden)
            let pks0 = try #require(try await NaskahRecord.query(on: app.db).filter(\.$jenis == "perjanjianKerjaSama").first())
            #expect(try await ppuPeninjau.get("/mitra/naskah/\(pks0.id!)").status == .notFound)
            // 5. The admin sees the comment and revises Pasal 3 (and fills the second number).
            h = try await admin.get("/naskah/\(kb.id!)")
            #expect(h.body.string.contains("tim teknis bersama &amp; jadwal rapat &lt;koordinasi&gt;."))
            let ubah = try await admin.get("/naskah/\(kb.id!)/ubah")
            var f = try FormHTML.isian(ubah.body.string, id: "form-ubah-naskah")
            let i3 = try #require(f.first { $0.key.hasSuffix("_kunci") && $0.value == "pelaksanaan" }?.key.dropLast("_kunci".count))
            #expect(f["\(i3)_isi"]?.hasPrefix("(1) Pelaksanaan Kesepakatan Bersama ini") == true)
            f["\(i3)_isi"] =
                f["\(i3)_isi"]!
                + "\n(3) PARA PIHAK membentuk tim teknis bersama yang melaksanakan rapat koordinasi paling sedikit 1 (satu) kali dalam 3 (tiga) bulan."
            f["h1_nomor"] = "180/45/Pem/2024"
            f["catatan"] = "Tim teknis bersama atas usulan PPU"
            let simpan = try await admin.post("/naskah/\(kb.id!)/ubah", f)
            #expect(simpan.status == .seeOther)
            var kb2 = try #require(try await NaskahRecord.find(kb.id, on: app.db))
            #expect(kb2.versiTerkini == 2)
            // 6. Version 2 against version 1: the words added to Pasal 3 and the number, highlighted.
            let diff = try await admin.get("/naskah/\(kb.id!)/diff?dari=1&ke=2")
            #expect(diff.status == .ok)
            #expect(diff.body.string.contains("Pasal 3 PELAKSANAAN"))
            #expect(diff.body.string.contains("<ins>"))
            #expect(diff.body.string.contains("tim teknis bersama yang melaksanakan rapat koordinasi"))
            #expect(diff.body.string.contains("180/45/Pem/2024"))
            #expect(!diff.body.string.contains("diff-maksud-tujuan"))
            // 7. Restore version 1 as version 3, then version 2 again as version 4: nothing is lost.
            h = try await admin.get("/naskah/\(kb.id!)")
            #expect(try await admin.post("/naskah/\(kb.id!)/versi/1/pulihkan", ["version": String(kb2.version)]).status == .seeOther)
            kb2 = try #require(try await NaskahRecord.find(kb.id, on: app.db))
            #expect(kb2.versiTerkini == 3)
            let v1 = try #require(try await VersiNaskahRecord.query(on: app.db).filter(\.$naskahID == kb.id!).filter(\.$nomor == 1).first())
            #expect(try NaskahAlur.isi(kb2) == (try NaskahAlur.isi(v1)))
            #expect(try await admin.post("/naskah/\(kb.id!)/versi/2/pulihkan", ["version": String(kb2.version)]).status == .seeOther)
            kb2 = try #require(try await NaskahRecord.find(kb.id, on: app.db))
            #expect(kb2.versiTerkini == 4)
            #expect(try await VersiNaskahRecord.query(on: app.db).filter(\.$naskahID == kb.id!).count() == 4)
            // 8. The thread is resolved; the PKS is drafted from the KB with the clauses of the library.
            #expect(try await admin.post("/naskah/\(kb.id!)/komentar/\(kom.id!)/status", ["selesai": "1"]).status == .seeOther)
            #expect(try await KomentarNaskahRecord.find(kom.id, on: app.db)?.selesai == true)
            let buatPKS = try await admin.post("/naskah/\(kb.id!)/pks", [:])
            #expect(buatPKS.status == .seeOther)
            let pks = try #require(
                try await NaskahRecord.query(on: app.db).filter(\.$indukID == kb.id!).filter(\.$jenis == "perjanjianKerjaSama").first())
            let np = try NaskahAlur.isi(pks)
            let kode = Set(np.pasal.compactMap(\.klausul?.kode))
            #expect(kode.isSuperset(of: ["hak-kewajiban", "jangka-waktu", "penyelesaian-perselisihan", "sanksi"]))
            #expect(np.pasal.first { $0.klausul?.kode == "penyelesaian-perselisihan" }?.klausul?.varian == "ksdd")
            #expect(np.pertimbangan[0].contains("Nomor 100.3.7/12/KS/V/2024 dan Nomor 180/45/Pem/2024"))
            let hp = try await admin.get("/naskah/\(pks.id!)")
            #expect(hp.body.string.contains("HAK DAN KEWAJIBAN"))
            #expect(hp.body.string.contains("Kewajiban yang dipantau"))
            #expect(!hp.body.string.contains("temuan-wajib"))
            // A PKS cannot be signed before its KB.
            var pksIsi = np
            pksIsi.tanggal = try Tanggal(tahun: 2024, bulan: 6, hari: 3)
            pksIsi.pihak[0].nomorDokumen = "100.3.7/20/KS/VI/2024"
            pksIsi.pihak[1].nomorDokumen = "180/60/Pem/2024"
            try await NaskahAlur.simpan(
                pks, pksIsi, versi: pks.version, sumber: "simpan", catatan: nil,
                pelaku: try Pelaku(
                    pengguna: try await app.pengguna("admin.kukar"), pemda: try await app.pemda("64.02"), csrf: nil, sesiID: nil,
                    jam: app.jam),
                ip: nil, on: app.db)
            try await admin.get("/naskah/\(pks.id!)")
            let dini = try await admin.post("/naskah/\(pks.id!)/aksi", ["aksi": "tandatangani"])
            #expect(dini.status == .unprocessableEntity)
            #expect(dini.body.string.contains("Kesepakatan Bersama yang menjadi dasar Perjanjian Kerja Sama ini belum ditandatangani"))
            // 9. The KB is signed through its cooperation record, the one signing path: first linked to it, then
            // "Catat sudah ditandatangani" opens the record's signing form filled from the naskah.
            try await admin.get("/naskah/\(kb.id!)")
            let tanpaKS = try await admin.post("/naskah/\(kb.id!)/aksi", ["aksi": "tandatangani"])
            #expect(tanpaKS.status == .unprocessableEntity)
            #expect(tanpaKS.body.string.contains("Hubungkan naskah ini dengan kerja samanya terlebih dahulu"))
            let ks = try await app.kerjaSamaUji(
                judul: "Angkutan sungai Kukar–PPU", sampai: .penandatangananKB,
                jenis: try #require(kb.jenisKerjaSama.flatMap(JenisKerjaSama.init(rawValue:))), usulan: u.id)
            kb2 = try #require(try await NaskahRecord.find(kb.id, on: app.db))
            #expect(
                try await admin.post("/naskah/\(kb.id!)/kerja-sama", ["kerjaSama": ks.id!.uuidString, "version": String(kb2.version)])
                    .status == .seeOther)
            let keForm = try await admin.post("/naskah/\(kb.id!)/aksi", ["aksi": "tandatangani"])
            #expect(keForm.headers.first(name: .location) == "/kerja-sama/\(ks.id!)?naskah=\(kb.id!)#catat-ttd")
            let formTtd = try await admin.get("/kerja-sama/\(ks.id!)?naskah=\(kb.id!)")
            #expect(formTtd.body.string.contains("value=\"100.3.7/12/KS/V/2024\"") && formTtd.body.string.contains("value=\"2024-05-03\""))
            #expect(try await NaskahRecord.find(kb.id, on: app.db)?.status != "ditandatangani")
            let sah = try await KerjaSamaTests().tandaTangan(
                &admin, ks, dokumen: "kesepakatanBersama", berkas: KerjaSamaTests().pdf(), app: app,
                tambahan: ["naskah": kb.id!.uuidString, "tanggal": "2024-05-03", "nomor1": "100.3.7/12/KS/V/2024"])
            #expect(sah.status == .seeOther)
            kb2 = try #require(try await NaskahRecord.find(kb.id, on: app.db))
            #expect(kb2.status == "ditandatangani" && kb2.ditandatanganiPada == "2024-05-03")
            #expect(try await PenandatangananRecord.query(on: app.db).filter(\.$naskahID == kb.id!).count() == 1)
            let beku = try await admin.get("/naskah/\(kb.id!)/ubah")
            #expect(beku.status == .forbidden)
            #expect(beku.body.string.contains("sudah ditandatangani dan bersifat final"))
            let bekuPost = try await admin.post("/naskah/\(kb.id!)/ubah", f)
            #expect(bekuPost.status == .forbidden)
            #expect(
                try await ppuPeninjau.post("/mitra/naskah/\(kb.id!)/komentar", ["pasal": "pelaksanaan", "isi": "Lagi"]).status == .forbidden
            )
            #expect(try await NaskahRecord.find(kb.id, on: app.db)?.versiTerkini == 4)
            // The PKS follows on the same record, once the record has reached its signing stage.
            try await app.majukan(ks, ke: .penandatangananPKS)
            let pksSegar = try #require(try await NaskahRecord.find(pks.id, on: app.db))
            try await admin.get("/naskah/\(pks.id!)")
            #expect(
                try await admin.post(
                    "/naskah/\(pks.id!)/kerja-sama", ["kerjaSama": ks.id!.uuidString, "version": String(pksSegar.version)]
                ).status == .seeOther)
            #expect(
                try await KerjaSamaTests().tandaTangan(
                    &admin, ks, dokumen: "perjanjianKerjaSama", berkas: KerjaSamaTests().pdf(), app: app,
                    tambahan: ["naskah": pks.id!.uuidString, "tanggal": "2024-06-03"]
                ).status == .seeOther)
            let pksFinal = try #require(try await NaskahRecord.find(pks.id, on: app.db))
            #expect(pksFinal.status == "ditandatangani")
            // Its hak dan kewajiban became the record's obligation items, each once (Scenario B step 5).
            let tercatat = try await KewajibanRecord.query(on: app.db).filter(\.$kerjaSamaID == ks.id!).all()
            let tertulis = JalinNaskah.Kewajiban.daftar(try NaskahAlur.isi(pksFinal))
            #expect(!tertulis.isEmpty && tercatat.count == tertulis.count)
            #expect(Set(tercatat.map(\.uraian)) == Set(tertulis.map(\.uraian)))
            try await admin.get("/naskah/\(kb.id!)")
            #expect(try await admin.post("/naskah/\(kb.id!)/adendum", [:]).status == .seeOther)
            let adendum = try #require(
                try await NaskahRecord.query(on: app.db).filter(\.$indukID == kb.id!).filter(\.$jenis == "adendum").first())
            #expect(try NaskahAlur.isi(adendum).judul == "ADENDUM KESATU ATAS KESEPAKATAN BERSAMA")
            // The audit log has every step.
            let aksi = Set(try await CatatanAuditRecord.query(on: app.db).filter(\.$entitasID == kb.id!.uuidString).all().map(\.aksi))
            #expect(aksi.isSuperset(of: ["naskah.buat", "naskah.bagikan", "naskah.simpan", "naskah.pulihkan", "naskah.tandatangani"]))
        }
    }

    @Test("The generated KB DOCX holds the title, both numbers, the date in words and every required Pasal")
    func docxKB() async throws {
        try await denganJalin { app in
            var admin = Peramban(app)
            _ = try await admin.masuk("admin.kukar")
            let kb = try #require(try await NaskahRecord.query(on: app.db).filter(\.$jenis == "kesepakatanBersama").first())
            let res = try await admin.get("/naskah/\(kb.id!)/naskah.docx")
            #expect(res.status == .ok)
            #expect(res.headers.contentType?.description.contains("wordprocessingml") == true)
            #expect(res.headers.first(name: .contentDisposition)?.contains("kb-v2.docx") == true)
            let teks = try Self.teksDOCX(res)
            for baris in [
                "KESEPAKATAN BERSAMA", "ANTARA", "PEMERINTAH KABUPATEN KUTAI KARTANEGARA", "PEMERINTAH KABUPATEN PENAJAM PASER UTARA",
                "TENTANG",
                "INTEGRASI LAYANAN ANGKUTAN SUNGAI DAN DARAT DI KAWASAN PENYANGGA IBU KOTA NUSANTARA",
                "NOMOR : 100.3.7/12/KS/V/2024NOMOR : 180/45/Pem/2024",
            ] {
                #expect(teks.split(separator: "\n").contains { $0 == baris }, "\(baris)")
            }
            #expect(
                teks.contains(
                    "Pada hari ini Jumat tanggal tiga bulan Mei tahun dua ribu dua puluh empat, bertempat di Samarinda, yang bertanda tangan di bawah ini:"
                ))
            for (i, judul) in [
                "MAKSUD DAN TUJUAN", "RUANG LINGKUP", "PELAKSANAAN", "PEMBIAYAAN", "JANGKA WAKTU", "PEMANTAUAN DAN EVALUASI",
                "KEADAAN KAHAR",
                "PENYELESAIAN PERSELISIHAN", "PENGAKHIRAN", "LAIN-LAIN", "PENUTUP",
            ].enumerated() {
                #expect(teks.contains("Pasal \(i + 1)\(judul)"), "Pasal \(i + 1) \(judul)")
            }
            #expect(teks.contains("PIHAK KEDUA,PIHAK KESATU,") || teks.contains("PIHAK KEDUA,"))
            // F4 paper and the draft watermark.
            let f4 = try OOXMLBaca.entri(Data(try await admin.get("/naskah/\(kb.id!)/naskah.docx?kertas=f4").body.readableBytesView))
            #expect(String(decoding: f4["word/document.xml"]!, as: UTF8.self).contains("w:h=\"18709\""))
            #expect(String(decoding: f4["word/header1.xml"]!, as: UTF8.self).contains("RANCANGAN"))
        }
    }

    @Test("Scenario B through the API: create, save with version, conflict, diff, partner comment, checker, clause, PKS, restore")
    func skenarioAPI() async throws {
        try await denganJalin { app in
            let tAdmin = try await app.tokenAPI(untuk: "admin.kukar")
            let tMitra = try await app.tokenAPI(untuk: "mitra.ppu")
            let lain = try await mitraLain(app)
            let tLain = try await app.tokenAPI(untuk: lain.namaPengguna)
            let tSmd = try await app.tokenAPI(untuk: "admin.samarinda")
            let u = try await usulan(app)
            let ppu = try await mitra(app, "Pemerintah Kabupaten Penajam Paser Utara")
            var kb: NaskahAPI.NaskahJSON?
            let baru = NaskahBaru.Isian(
                jenis: "kesepakatanBersama", usulan: u.id!.uuidString, mitra: ppu.id!.uuidString,
                tentang: "Integrasi Layanan Angkutan Sungai dan Darat", tanggal: "2024-05-03", tempat: "Samarinda",
                nomor1: "100.3.7/12/KS/V/2024", nama1: "A", alamat1: "Tenggarong", nomor2: "180/45/Pem/2024", nama2: "B",
                alamat2: "Penajam",
                jangka: "7")
            try await app.testing().test(.POST, "/api/v1/naskah", headers: bearer(tAdmin).menambah(.jsonBody), body: json(baru)) { res in
                #expect(res.status == .created)
                kb = try res.content.decode(NaskahAPI.NaskahJSON.self)
            }
            let x = try #require(kb)
            #expect(x.isi.pasal.count == 11)
            // The checker flags the 7-year term against the configured 5, with its source.
            try await app.testing().test(.GET, "/api/v1/naskah/\(x.id)/pemeriksaan", headers: bearer(tAdmin)) { res in
                let p = try res.content.decode(NaskahAPI.PemeriksaanJSON.self)
                let t = try #require(p.temuan.first { $0.kode == "jangka-waktu-maksimum" })
                #expect(t.pesan.contains("7 tahun melebihi batas 5 tahun"))
                #expect(t.dasarHukum.contains("Yogyakarta dan Samarinda"))
            }
            // Save version 2 with the version read; a stale save gets 409 and the newer version.
            var isi = x.isi
            let i = try #require(isi.indeksPasal(kunci: "jangka-waktu"))
            isi.pasal[i].isi = [
                .ayat([Butir("Kesepakatan Bersama ini berlaku untuk jangka waktu 5 (lima) tahun terhitung sejak tanggal ditandatangani.")])
            ]
            try await app.testing().test(
                .PUT, "/api/v1/naskah/\(x.id)", headers: bearer(tAdmin).menambah(.jsonBody),
                body: json(NaskahAPI.SimpanMasukan(isi: isi, version: x.version, catatan: "Jangka waktu 5 tahun"))
            ) { res in
                #expect(res.status == .ok)
                let dekode = try res.content.decode(NaskahAPI.NaskahJSON.self)
                #expect(dekode.versi == 2)
            }
            var usang = x.isi
            usang.tempat = "Tenggarong"
            try await app.testing().test(
                .PUT, "/api/v1/naskah/\(x.id)", headers: bearer(tAdmin).menambah(.jsonBody),
                body: json(NaskahAPI.SimpanMasukan(isi: usang, version: x.version, catatan: nil))
            ) { res in
                #expect(res.status == .conflict)
                let k = try res.content.decode(NaskahAPI.KonflikJSON.self)
                #expect(k.error.pesan.contains("telah diubah oleh pengguna lain"))
                #expect(k.terbaru.versi == 2)
                #expect(k.terbaru.isi.tempat == "Samarinda")
            }
            try await app.testing().test(.GET, "/api/v1/naskah/\(x.id)/diff?dari=1&ke=2", headers: bearer(tAdmin)) { res in
                let d = try res.content.decode(NaskahAPI.DiffJSON.self)
                let b = try #require(d.bagian.first { $0.kunci == "jangka-waktu" })
                #expect(b.status == .diubah)
                #expect(b.potongan.contains { $0.jenis == .hapus && $0.teks.contains("7") })
                #expect(b.potongan.contains { $0.jenis == .tambah && $0.teks.contains("5") })
                #expect(!d.bagian.contains { $0.kunci == "keadaan-kahar" && $0.status != .tetap })
            }
            // A clause parameter out of range is a field error; nothing is stored.
            try await app.testing().test(
                .POST, "/api/v1/naskah/\(x.id)/klausul", headers: bearer(tAdmin).menambah(.jsonBody),
                body: json(
                    NaskahAPI.KlausulMasukan(
                        kode: "keadaan-kahar", varian: nil, nilai: ["hariPemberitahuan": "400"], version: x.version + 1))
            ) { res in
                #expect(res.status == .unprocessableEntity)
                let g = try res.content.decode(GalatAPI.self)
                #expect(g.error.isian?.first?.field == "nilai.hariPemberitahuan")
                #expect(g.error.isian?.first?.pesan.contains("antara 1 dan 90 hari") == true)
            }
            try await app.testing().test(
                .POST, "/api/v1/naskah/\(x.id)/klausul", headers: bearer(tAdmin).menambah(.jsonBody),
                body: json(NaskahAPI.KlausulMasukan(kode: "sanksi", varian: nil, nilai: ["hariTeguran": "30"], version: x.version + 1))
            ) { res in
                #expect(res.status == .ok)
                let n = try res.content.decode(NaskahAPI.NaskahJSON.self)
                #expect(n.versi == 3)
                #expect(
                    n.isi.pasal[n.isi.pasal.count - 2].klausul
                        == RujukanKlausul(kode: "sanksi", varian: "umum", versi: 1, nilai: ["teguran": "2", "hariTeguran": "30"]))
            }
            // Not shared yet: the reviewer gets 404; shared: the reviewer reads and comments on Pasal 3; another partner's reviewer and another pemda get 404.
            try await app.testing().test(.GET, "/api/v1/naskah/\(x.id)", headers: bearer(tMitra)) { res in
                let st = res.status
                #expect(st == .notFound)
            }
            try await app.testing().test(
                .POST, "/api/v1/naskah/\(x.id)/aksi", headers: bearer(tAdmin).menambah(.jsonBody), body: json(["aksi": "bagikan"])
            ) { res in
                #expect(res.status == .ok)
                let dekode = try res.content.decode(NaskahAPI.NaskahJSON.self)
                #expect(dekode.status == "ditinjau")
            }
            try await app.testing().test(.GET, "/api/v1/naskah", headers: bearer(tMitra)) { res in
                let d = try res.content.decode([NaskahAPI.NaskahJSON].self)
                #expect(d.contains { $0.id == x.id })
                #expect(d.allSatisfy { $0.dibagikan && $0.mitraID == ppu.id })
            }
            try await app.testing().test(
                .POST, "/api/v1/naskah/\(x.id)/komentar", headers: bearer(tMitra).menambah(.jsonBody),
                body: json(["pasal": "pelaksanaan", "isi": "Usulan: tim teknis bersama."])
            ) { res in
                #expect(res.status == .created)
                let k = try res.content.decode(NaskahAPI.KomentarJSON.self)
                #expect(k.pasalLabel == "Pasal 3 PELAKSANAAN" && k.dariMitra)
            }
            for t in [tLain, tSmd] {
                try await app.testing().test(.GET, "/api/v1/naskah/\(x.id)", headers: bearer(t)) { res in
                    let st = res.status
                    #expect(st == .notFound)
                }
                try await app.testing().test(.GET, "/api/v1/naskah/\(x.id)/naskah.docx", headers: bearer(t)) { res in
                    let st = res.status
                    #expect(st == .notFound)
                }
                try await app.testing().test(
                    .POST, "/api/v1/naskah/\(x.id)/komentar", headers: bearer(t).menambah(.jsonBody),
                    body: json(["pasal": "pelaksanaan", "isi": "x"])
                ) { res in
                    let st = res.status
                    #expect(st == .notFound || st == .forbidden)
                }
            }
            try await app.testing().test(.GET, "/api/v1/naskah", headers: bearer(tLain)) { res in
                let dekode = try res.content.decode([NaskahAPI.NaskahJSON].self)
                #expect(dekode.isEmpty)
            }
            try await app.testing().test(
                .PUT, "/api/v1/naskah/\(x.id)", headers: bearer(tMitra).menambah(.jsonBody),
                body: json(NaskahAPI.SimpanMasukan(isi: isi, version: 99, catatan: nil))
            ) { res in
                let st = res.status
                #expect(st == .forbidden)
            }
            // Restore version 1 (as version 4) and the PKS from the KB.
            try await app.testing().test(
                .POST, "/api/v1/naskah/\(x.id)/versi/1/pulihkan", headers: bearer(tAdmin).menambah(.jsonBody),
                body: json(["version": x.version + 3])
            ) { res in
                #expect(res.status == .ok)
                let n = try res.content.decode(NaskahAPI.NaskahJSON.self)
                #expect(n.versi == 4 && n.isi == x.isi)
            }
            // The reviewer reads the versions from the sharing (at version 3) on.
            try await app.testing().test(.GET, "/api/v1/naskah/\(x.id)/versi", headers: bearer(tMitra)) { res in
                let dekode = try res.content.decode([NaskahAPI.VersiJSON].self)
                #expect(dekode.map(\.nomor) == [3, 4])
            }
            try await app.testing().test(.POST, "/api/v1/naskah/\(x.id)/pks", headers: bearer(tAdmin)) { res in
                #expect(res.status == .created)
                let p = try res.content.decode(NaskahAPI.NaskahJSON.self)
                #expect(p.jenis == .perjanjianKerjaSama && p.indukID == x.id)
            }
            try await app.testing().test(.GET, "/api/v1/naskah/\(x.id)/naskah.md", headers: bearer(tAdmin)) { res in
                #expect(res.body.string.contains("**KESEPAKATAN BERSAMA**"))
            }
            try await app.testing().test(.GET, "/api/v1/klausul", headers: bearer(tAdmin)) { res in
                let dekode = try res.content.decode(NaskahAPI.PustakaJSON.self)
                #expect(dekode.klausul.contains { $0.kode == "penyelesaian-perselisihan" && $0.varian.count == 4 })
            }
        }
    }

    @Test("Hostile text, a 5 MB Pasal, bad dates and clause values: clear messages, valid DOCX, nothing stored by a refused save")
    func masukanBuruk() async throws {
        try await denganJalin { app in
            var admin = Peramban(app)
            _ = try await admin.masuk("admin.kukar")
            let kb = try #require(try await NaskahRecord.query(on: app.db).filter(\.$jenis == "kesepakatanBersama").first())
            // Hostile text is kept as text: escaped in the page, valid XML in the DOCX; control characters removed.
            var f = try FormHTML.isian(try await admin.get("/naskah/\(kb.id!)/ubah").body.string, id: "form-ubah-naskah")
            f["p0_isi"] = "<script>alert('x')</script> & \"kutip\" 🤝🇮🇩 nul\u{0}bel\u{7}ff\u{C} selesai\n(2) Ayat kedua."
            f["h1_nama"] = "Nama <b>Bupati</b> & 🙂\u{1F}"
            #expect(try await admin.post("/naskah/\(kb.id!)/ubah", f).status == .seeOther)
            let n = try NaskahAlur.isi(try #require(try await NaskahRecord.find(kb.id, on: app.db)))
            #expect(
                n.pasal[0].isi == [.paragraf("<script>alert('x')</script> & \"kutip\" 🤝🇮🇩 nulbelff selesai"), .ayat([Butir("Ayat kedua.")])])
            #expect(n.pihak[1].nama == "Nama <b>Bupati</b> & 🙂")
            let halaman = try await admin.get("/naskah/\(kb.id!)")
            #expect(!halaman.body.string.contains("<script>alert"))
            #expect(halaman.body.string.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;kutip&quot; 🤝🇮🇩"))
            let docx = try await admin.get("/naskah/\(kb.id!)/naskah.docx")
            for (nama, isi) in try OOXMLBaca.entri(Data(docx.body.readableBytesView)) where nama.hasSuffix(".xml") {
                #expect(throws: Never.self, "\(nama)") { _ = try XMLDocument(data: isi, options: []) }
            }
            #expect(try Self.teksDOCX(docx).contains("<script>alert('x')</script> & \"kutip\" 🤝🇮🇩"))
            let cetak = try await admin.get("/naskah/\(kb.id!)/cetak")
            #expect(cetak.status == .ok)
            #expect(!cetak.body.string.contains("<script>alert"))
            // A 5 MB Pasal: refused with the field's message; what was typed comes back; nothing stored.
            let versi = try #require(try await NaskahRecord.find(kb.id, on: app.db))
            f = try FormHTML.isian(try await admin.get("/naskah/\(kb.id!)/ubah").body.string, id: "form-ubah-naskah")
            f["p3_isi"] = String(repeating: "a", count: 5 * 1024 * 1024)
            f["tempat"] = "Tenggarong (diketik)"
            let besar = try await admin.post("/naskah/\(kb.id!)/ubah", f)
            #expect(besar.status == .unprocessableEntity)
            #expect(besar.body.string.contains("Isi Pasal 4 paling banyak 50.000 karakter (saat ini 5.242.880)"))
            #expect(besar.body.string.contains("value=\"Tenggarong (diketik)\""))
            #expect(try await NaskahRecord.find(kb.id, on: app.db)?.versiTerkini == versi.versiTerkini)
            // Through the API: the same rule, naming the field.
            let t = try await app.tokenAPI(untuk: "admin.kukar")
            var isi = try NaskahAlur.isi(versi)
            isi.pasal[3].isi = [.paragraf(String(repeating: "b", count: 5 * 1024 * 1024))]
            try await app.testing().test(
                .PUT, "/api/v1/naskah/\(kb.id!)", headers: bearer(t).menambah(.jsonBody),
                body: json(NaskahAPI.SimpanMasukan(isi: isi, version: versi.version, catatan: nil))
            ) { res in
                #expect(res.status == .unprocessableEntity)
                let g = try res.content.decode(GalatAPI.self)
                #expect(g.error.isian?.map(\.field) == ["pasal[3].isi"])
            }
            // A date that does not exist and a clause value out of range.
            f = try FormHTML.isian(try await admin.get("/naskah/\(kb.id!)/ubah").body.string, id: "form-ubah-naskah")
            f["tanggal"] = "2024-02-30"
            let tgl = try await admin.post("/naskah/\(kb.id!)/ubah", f)
            #expect(tgl.status == .unprocessableEntity)
            #expect(tgl.body.string.contains("Tanggal harus tanggal yang sah"))
            #expect(tgl.body.string.contains("value=\"2024-02-30\""))
            let sisip = try await admin.get("/naskah/\(kb.id!)/klausul")
            #expect(sisip.status == .ok)
            let kahar = try await admin.post(
                "/naskah/\(kb.id!)/klausul",
                [
                    "kode": "keadaan-kahar", "varian": "umum", "nilai.hariPemberitahuan": "0",
                    "version": String(versi.version),
                ])
            #expect(kahar.status == .unprocessableEntity)
            #expect(kahar.body.string.contains("Jangka waktu pemberitahuan keadaan kahar harus bilangan bulat antara 1 dan 90 hari"))
            #expect(try await NaskahRecord.find(kb.id, on: app.db)?.versiTerkini == versi.versiTerkini)
            // A comment with control characters is refused with its message.
            let kom = try await admin.post("/naskah/\(kb.id!)/komentar", ["pasal": "pelaksanaan", "isi": "bel\u{7}"])
            #expect(kom.status == .unprocessableEntity)
            #expect(kom.body.string.contains("Komentar memuat karakter kendali"))
            // A 5 MB form over a real connection: refused before it is read.
            let port = Int.random(in: 20_000...40_000)
            try await app.testing(method: .running(hostname: "127.0.0.1", port: port))
                .test(
                    .POST, "/naskah/\(kb.id!)/ubah",
                    headers: admin.headerCookie.menambah(["Content-Type": "application/x-www-form-urlencoded"]),
                    body: ByteBuffer(string: "_csrf=\(admin.csrf)&p0_isi=" + String(repeating: "a", count: 9 * 1024 * 1024))
                ) { res in
                    #expect(res.status == .payloadTooLarge)
                }
        }
    }

    @Test("Two people edit one draft: the second save gets 409, sees the other version, and keeps what was typed")
    func suntingBersamaan() async throws {
        try await denganJalin { app in
            var admin = Peramban(app)
            _ = try await admin.masuk("admin.kukar")
            var dishub = Peramban(app)
            _ = try await dishub.masuk("operator.dishub")
            let kb = try #require(try await NaskahRecord.query(on: app.db).filter(\.$jenis == "kesepakatanBersama").first())
            var fa = try FormHTML.isian(try await admin.get("/naskah/\(kb.id!)/ubah").body.string, id: "form-ubah-naskah")
            var fb = try FormHTML.isian(try await dishub.get("/naskah/\(kb.id!)/ubah").body.string, id: "form-ubah-naskah")
            #expect(fa["version"] == fb["version"])
            fa["p0_isi"] = "(1) Versi admin untuk maksud."
            fb["p0_isi"] = "(1) Versi Dinas Perhubungan untuk maksud, diketik bersamaan."
            #expect(try await admin.post("/naskah/\(kb.id!)/ubah", fa).status == .seeOther)
            let kedua = try await dishub.post("/naskah/\(kb.id!)/ubah", fb)
            #expect(kedua.status == .conflict)
            let html = kedua.body.string
            #expect(html.contains("id=\"konflik\""))
            #expect(html.contains("Versi admin untuk maksud."))  // the other version is shown
            #expect(html.contains("Versi Dinas Perhubungan untuk maksud, diketik bersamaan."))  // what was typed stays in the form
            let r = try #require(try await NaskahRecord.find(kb.id, on: app.db))
            #expect(try NaskahAlur.isi(r).pasal[0].isi == [.ayat([Butir("Versi admin untuk maksud.")])])
            // Saving again from the conflict page (it carries the newer version) succeeds.
            let ulang = try FormHTML.isian(html, id: "form-ubah-naskah")
            #expect(try await dishub.post("/naskah/\(kb.id!)/ubah", ulang).status == .seeOther)
            #expect(
                try NaskahAlur.isi(try #require(try await NaskahRecord.find(kb.id, on: app.db))).pasal[0].isi
                    == [.ayat([Butir("Versi Dinas Perhubungan untuk maksud, diketik bersamaan.")])])
            // An operator of another unit may read but not edit.
            var samboja = Peramban(app)
            _ = try await samboja.masuk("operator.samboja")
            #expect(try await samboja.get("/naskah/\(kb.id!)").status == .ok)
            #expect(try await samboja.get("/naskah/\(kb.id!)/ubah").status == .forbidden)
        }
    }

    @Test("Partner reviewers see only what is shared with their partner; another pemda gets 404")
    func mitraTerbatas() async throws {
        try await denganJalin { app in
            let kb = try #require(try await NaskahRecord.query(on: app.db).filter(\.$jenis == "kesepakatanBersama").first())
            #expect(kb.dibagikan)
            _ = try await mitraLain(app)
            var lain = Peramban(app)
            _ = try await lain.masuk("mitra.samarinda")
            let daftar = try await lain.get("/mitra")
            #expect(daftar.body.string.contains("Belum ada naskah"))
            #expect(try await lain.get("/mitra/naskah/\(kb.id!)").status == .notFound)
            #expect(try await lain.get("/mitra/naskah/\(kb.id!)/naskah.docx").status == .notFound)
            #expect(try await lain.post("/mitra/naskah/\(kb.id!)/komentar", ["pasal": "pelaksanaan", "isi": "x"]).status == .notFound)
            var smd = Peramban(app)
            _ = try await smd.masuk("admin.samarinda")
            let h = try await smd.get("/naskah/\(kb.id!)")
            #expect(h.status == .notFound)
            #expect(!h.body.string.contains("Penajam"))
            #expect(try await smd.get("/naskah/\(kb.id!)/naskah.docx").status == .notFound)
            #expect(!(try await smd.get("/naskah").body.string.contains(kb.judul)))
            // The demo: version 2 and the reviewer's comment on Pasal 3 with the admin's reply.
            var ppu = Peramban(app)
            _ = try await ppu.masuk("mitra.ppu")
            let lihat = try await ppu.get("/mitra/naskah/\(kb.id!)")
            #expect(lihat.body.string.contains("versi 2"))
            #expect(lihat.body.string.contains("Pasal 3 PELAKSANAAN"))
            #expect(lihat.body.string.contains("Sudah ditambahkan sebagai ayat terakhir Pasal 3 pada versi 2."))
            #expect(lihat.body.string.contains("Lokasi pelaksanaan meliputi Kecamatan Tenggarong dan Kecamatan Loa Janan."))
            let cetak = try await ppu.get("/mitra/naskah/\(kb.id!)/cetak")
            #expect(cetak.status == .ok)
            #expect(cetak.body.string.contains("/mitra/naskah/\(kb.id!)/naskah.docx"))
            #expect(!cetak.body.string.contains("naskah.pdf"))
            #expect(try await ppu.get("/mitra/naskah/\(kb.id!)/naskah.docx").status == .ok)
            let pks = try #require(try await NaskahRecord.query(on: app.db).filter(\.$indukID == kb.id!).first())
            #expect(pks.jenisDokumen == .perjanjianKerjaSama)
            #expect(!pks.dibagikan)
            #expect(try await ppu.get("/mitra/naskah/\(pks.id!)").status == .notFound)
        }
    }

    @Test("Print view and PDF: converted by LibreOffice when installed; the page says so when it is not")
    func cetakDanPDF() async throws {
        try await denganJalin { app in
            var admin = Peramban(app)
            _ = try await admin.masuk("admin.kukar")
            let kb = try #require(try await NaskahRecord.query(on: app.db).filter(\.$jenis == "kesepakatanBersama").first())
            let cetak = try await admin.get("/naskah/\(kb.id!)/cetak?kertas=f4")
            #expect(cetak.status == .ok)
            #expect(cetak.body.string.contains("/static/cetak-f4.css"))
            #expect(cetak.body.string.contains("KESEPAKATAN BERSAMA"))
            if CetakPDF.tersedia(app) {
                let pdf = try await admin.get("/naskah/\(kb.id!)/naskah.pdf")
                #expect(pdf.status == .ok)
                #expect(Data(pdf.body.readableBytesView).starts(with: Data("%PDF".utf8)))
            }
            app.konfigurasi.soffice = ""
            let tanpa = try await admin.get("/naskah/\(kb.id!)/cetak")
            #expect(tanpa.body.string.contains("id=\"pdf-tidak-tersedia\""))
            #expect(try await admin.get("/naskah/\(kb.id!)").body.string.contains("LibreOffice belum terpasang"))
            let pdf = try await admin.get("/naskah/\(kb.id!)/naskah.pdf")
            #expect(pdf.status == .serviceUnavailable)
            #expect(pdf.body.string.contains("LibreOffice belum terpasang"))
        }
    }

    @Test("The admin edits a clause as a new version; drafts keep the version they used; checker rules can be switched off")
    func pustakaDanAturan() async throws {
        try await denganJalin { app in
            var admin = Peramban(app)
            _ = try await admin.masuk("admin.kukar")
            #expect(try await admin.get("/naskah/klausul").body.string.contains("PENYELESAIAN PERSELISIHAN"))
            var f = try FormHTML.isian(try await admin.get("/naskah/klausul/keadaan-kahar/umum").body.string, id: "form-klausul")
            f["teks"] = (f["teks"] ?? "") + "\n(4) Pemberitahuan disertai bukti dari instansi berwenang."
            f["p0_max"] = "60"
            #expect(try await admin.post("/naskah/klausul/keadaan-kahar/umum", f).status == .seeOther)
            let buruk = try await admin.post(
                "/naskah/klausul/keadaan-kahar/umum", f.merging(["teks": "Dalam {{tidakAda}} hari."]) { _, b in b })
            #expect(buruk.status == .unprocessableEntity)
            #expect(buruk.body.string.contains("{{tidakAda}}"))
            let kb = try #require(try await NaskahRecord.query(on: app.db).filter(\.$jenis == "kesepakatanBersama").first())
            let lama = try NaskahAlur.isi(kb).pasal.first { $0.klausul?.kode == "keadaan-kahar" }?.klausul
            #expect(lama?.versi == 1)
            try await admin.get("/naskah/\(kb.id!)/klausul")
            let r = try await admin.post(
                "/naskah/\(kb.id!)/klausul",
                [
                    "kode": "keadaan-kahar", "varian": "umum", "nilai.hariPemberitahuan": "61",
                    "version": String(kb.version),
                ])
            #expect(r.status == .unprocessableEntity)
            #expect(r.body.string.contains("antara 1 dan 60 hari"))
            let ok = try await admin.post(
                "/naskah/\(kb.id!)/klausul",
                [
                    "kode": "keadaan-kahar", "varian": "umum", "nilai.hariPemberitahuan": "21",
                    "version": String(kb.version),
                ])
            #expect(ok.status == .seeOther)
            let n = try NaskahAlur.isi(try #require(try await NaskahRecord.find(kb.id, on: app.db)))
            #expect(n.pasal.filter { $0.klausul?.kode == "keadaan-kahar" }.map { $0.klausul!.versi } == [1, 2])
            // Checker rules: [U]/[S] switch off; [V] stay.
            let aturan = try await admin.get("/naskah/aturan")
            #expect(aturan.status == .ok)
            var fa = try FormHTML.isian(aturan.body.string, id: "form-aturan")
            let pembiayaan = AturanUnsur.bawaan.unsur.firstIndex { $0.kode == "pembiayaan" && $0.jenis.contains(.kesepakatanBersama) }!
            fa.removeValue(forKey: "a\(pembiayaan)_aktif")
            #expect(try await admin.post("/naskah/aturan", fa).status == .seeOther)
            let p = try Pelaku(
                pengguna: try await app.pengguna("admin.kukar"), pemda: try await app.pemda("64.02"), csrf: nil, sesiID: nil, jam: app.jam)
            let a = try await NaskahAlur.aturan(p, on: app.db)
            #expect(a.unsur[pembiayaan].aktif == false)
            let semuaAktif = a.unsur.filter { $0.status == .terverifikasi }.allSatisfy { $0.aktif }
            #expect(semuaAktif)
            var tkksd = Peramban(app)
            _ = try await tkksd.masuk("tkksd.kukar")
            #expect(try await tkksd.get("/naskah/klausul/keadaan-kahar/umum").status == .forbidden)
            // Through the API: a variant saved as the next version; a bad placeholder refused.
            let t = try await app.tokenAPI(untuk: "admin.kukar")
            var sanksi: VarianKlausul?
            try await app.testing().test(.GET, "/api/v1/klausul", headers: bearer(t)) { res in
                let lib = try res.content.decode(NaskahAPI.PustakaJSON.self)
                sanksi = lib.klausul.first { $0.kode == "sanksi" }?.varian.first
            }
            var v = try #require(sanksi)
            v.nama = "Teguran bertahap (disesuaikan)"
            try await app.testing().test(
                .PUT, "/api/v1/klausul/sanksi/umum", headers: bearer(t).menambah(.jsonBody), body: json(NaskahAPI.VarianJSON(varian: v))
            ) { res in
                #expect(res.status == .ok)
                let baru = try res.content.decode(NaskahAPI.VarianJSON.self).varian
                #expect(baru.versi == 2 && baru.nama == "Teguran bertahap (disesuaikan)")
            }
            v.isi = [.paragraf("Denda {{denda}} rupiah.")]
            try await app.testing().test(
                .PUT, "/api/v1/klausul/sanksi/umum", headers: bearer(t).menambah(.jsonBody), body: json(NaskahAPI.VarianJSON(varian: v))
            ) { res in
                #expect(res.status == .unprocessableEntity)
            }
            let tT = try await app.tokenAPI(untuk: "tkksd.kukar")
            try await app.testing().test(
                .PUT, "/api/v1/klausul/sanksi/umum", headers: bearer(tT).menambah(.jsonBody), body: json(NaskahAPI.VarianJSON(varian: v))
            ) { res in
                #expect(res.status == .forbidden)
            }
        }
    }
}

@Suite("Naskah of every kind through the server")
struct NaskahSetiapJenisTests {
    @Test("Every document kind starts from the guided form over the API, for the admin and for the proposing unit's operator")
    func setiapJenis() async throws {
        try await denganJalin { app in
            let tAdmin = try await app.tokenAPI(untuk: "admin.kukar")
            let tDishub = try await app.tokenAPI(untuk: "operator.dishub")
            let tSamboja = try await app.tokenAPI(untuk: "operator.samboja")
            let u = try #require(try await UsulanRecord.query(on: app.db).filter(\.$judul == NaskahServerTests.judulUsulan).first())
            let ppu = try #require(
                try await MitraRecord.query(on: app.db).filter(\.$nama == "Pemerintah Kabupaten Penajam Paser Utara").first())
            for (n, jenis) in JenisDokumen.allCases.enumerated() {
                let isian = NaskahBaru.Isian(
                    jenis: jenis.rawValue, usulan: u.id!.uuidString, mitra: ppu.id!.uuidString, tentang: "Uji \(jenis.nama) <&> 🙂",
                    tanggal: "2026-11-28", tempat: "Tenggarong", nama1: "Pejabat Satu", nama2: "Pejabat Dua", jangka: "3")
                try await app.testing().test(
                    .POST, "/api/v1/naskah", headers: bearer(n % 2 == 0 ? tAdmin : tDishub).menambah(.jsonBody), body: json(isian)
                ) { res in
                    #expect(res.status == .created, "\(jenis): \(res.body.string.prefix(300))")
                    if res.status == .created {
                        let x = try res.content.decode(NaskahAPI.NaskahJSON.self)
                        #expect(x.jenis == jenis)
                        #expect(x.isi.tentang == "Uji \(jenis.nama) <&> 🙂")
                        #expect(!x.isi.pasal.isEmpty)
                    }
                }
            }
            // Another unit's operator cannot draft from the Dinas Perhubungan's submission.
            try await app.testing().test(
                .POST, "/api/v1/naskah", headers: bearer(tSamboja).menambah(.jsonBody),
                body: json(NaskahBaru.Isian(jenis: "kesepakatanBersama", usulan: u.id!.uuidString, mitra: ppu.id!.uuidString, tentang: "x"))
            ) { res in
                #expect(res.status == .forbidden)
            }
            // A two-party kind without a partner, and an unknown kind, are field errors.
            try await app.testing().test(
                .POST, "/api/v1/naskah", headers: bearer(tAdmin).menambah(.jsonBody),
                body: json(NaskahBaru.Isian(jenis: "kesepakatanBersama", tentang: "Tanpa mitra"))
            ) { res in
                #expect(res.status == .unprocessableEntity)
                let g = try res.content.decode(GalatAPI.self)
                #expect(g.error.isian?.first?.field == "mitra")
            }
            try await app.testing().test(
                .POST, "/api/v1/naskah", headers: bearer(tAdmin).menambah(.jsonBody),
                body: json(NaskahBaru.Isian(jenis: "mou", tentang: "x"))
            ) { res in
                #expect(res.status == .unprocessableEntity)
            }
        }
    }
}

@Suite("Naskah API description")
struct NaskahOpenAPITests {
    @Test("Every $ref of the OpenAPI document resolves, and the naskah routes carry their schemas")
    func refLengkap() async throws {
        try await denganJalin(demo: false) { app in
            try await app.testing().test(.GET, "/api/openapi.json") { res in
                let teks = res.body.string
                let doc = try #require(try JSONSerialization.jsonObject(with: Data(teks.utf8)) as? [String: Any])
                let skema = try #require((doc["components"] as? [String: Any])?["schemas"] as? [String: Any])
                var sisa = Substring(teks)
                var ref: Set<String> = []
                while let r = sisa.range(of: "\"#/components/schemas/") {
                    let akhir = try #require(sisa[r.upperBound...].firstIndex(of: "\""))
                    ref.insert(String(sisa[r.upperBound..<akhir]))
                    sisa = sisa[akhir...]
                }
                #expect(
                    ref.isSuperset(of: [
                        "Naskah", "NaskahIsi", "NaskahBaru", "NaskahSimpan", "Diff", "Komentar", "Pemeriksaan", "KlausulSisip", "Unsur",
                    ]))
                for x in ref { #expect(skema[x] != nil, "missing schema \(x)") }
                let paths = try #require(doc["paths"] as? [String: Any])
                let docx = try #require((paths["/api/v1/naskah/{naskah}/naskah.docx"] as? [String: Any])?["get"] as? [String: Any])
                let ok = try #require((docx["responses"] as? [String: Any])?["200"] as? [String: Any])
                #expect((ok["content"] as? [String: Any])?[Unduhan.docx] != nil)
                let pdf = try #require((paths["/api/v1/naskah/{naskah}/naskah.pdf"] as? [String: Any])?["get"] as? [String: Any])
                #expect((pdf["responses"] as? [String: Any])?["503"] != nil)
            }
        }
    }
}
