import Fluent
import Foundation
import JalinDomain
import JalinNaskah
import Testing
import VaporTesting

@testable import JalinServer

/// Issue 18.1–3: the cooperation record is the spine. A prioritised submission starts it, its naskah are
/// drafted for it, and a naskah becomes final only through the record's signing.
@Suite("Satu alur: usulan → kerja sama → naskah → penandatanganan")
struct AlurTunggalTests {
    struct KaitMasukan: Encodable {
        let kerjaSama: String
        let version: Int
    }

    let ks = KerjaSamaTests()

    /// A prioritised submission of the demo from which no cooperation was started yet.
    func usulanPrioritas(_ app: Application) async throws -> UsulanRecord {
        let dipakai = Set(try await KerjaSamaRecord.query(on: app.db).all().compactMap(\.usulanID))
        let semua = try await UsulanRecord.query(on: app.db).filter(\.$status == StatusUsulan.diprioritaskan.rawValue).all()
        return try #require(semua.first { !dipakai.contains($0.id!) })
    }

    @Test("A prioritised submission offers to start a cooperation; the form carries its title, unit, partners and the screen's kind")
    func mulaiDariUsulan() async throws {
        try await denganJalin { app in
            var admin = Peramban(app)
            try await admin.masuk("admin.kukar")
            let u = try await usulanPrioritas(app)
            let halaman = try await admin.get("/pemetaan/usulan/\(u.id!)")
            #expect(halaman.body.string.contains("href=\"/kerja-sama/baru?usulan=\(u.id!)\""))
            let peringkat = try await admin.get("/pemetaan/periode/\(u.periodeID)/peringkat")
            #expect(peringkat.body.string.contains("/kerja-sama/baru?usulan=\(u.id!)"))
            let form = try await admin.get("/kerja-sama/baru?usulan=\(u.id!)")
            let isian = try FormHTML.isian(form.body.string, id: "form-kerja-sama")
            #expect(isian["judul"] == u.judul)
            #expect(isian["usulanID"] == u.id!.uuidString)
            let isi = try #require(UsulanAlur.isi(u))
            let jenis = try await KerjaSamaAlur.jenisMenurutKelayakan(u, isi, pelaku: try await app.pelaku("admin.kukar"), on: app.db)
            if let jenis { #expect(form.body.string.contains("value=\"\(jenis.rawValue)\" selected")) }
            #expect(form.body.string.contains("value=\"\(u.unitID.uuidString)\" checked"))
            // Once started, the submission links to its record instead, for every internal role.
            let r = try await app.kerjaSamaUji(judul: "Dari usulan: \(u.judul)", sampai: .persiapan, usulan: u.id)
            var operatorDishub = Peramban(app)
            try await operatorDishub.masuk("operator.dishub")
            for b in [admin, operatorDishub] {
                var b = b
                let h = try await b.get("/pemetaan/usulan/\(u.id!)")
                if h.status == .ok { #expect(h.body.string.contains("href=\"/kerja-sama/\(r.id!)\"")) }
            }
            #expect(!(try await admin.get("/pemetaan/usulan/\(u.id!)")).body.string.contains("/kerja-sama/baru?usulan="))
        }
    }

    @Test("A naskah is drafted from the record's page for that record, and a record can be started from a naskah drafted first")
    func naskahMilikKerjaSama() async throws {
        try await denganJalin { app in
            var admin = Peramban(app)
            try await admin.masuk("admin.kukar")
            let r = try await app.kerjaSamaUji(judul: "Layanan air minum lintas batas", sampai: .penyusunanKB)
            let halaman = try await admin.get("/kerja-sama/\(r.id!)")
            #expect(halaman.body.string.contains("/naskah/baru?kerjaSama=\(r.id!)&amp;jenis=kesepakatanBersama"))
            let form = try await admin.get("/naskah/baru?kerjaSama=\(r.id!)&jenis=kesepakatanBersama")
            #expect(form.body.string.contains("Untuk kerja sama: Layanan air minum lintas batas"))
            var f = try FormHTML.isian(form.body.string, id: "form-naskah-baru")
            #expect(f["kerjaSama"] == r.id!.uuidString)
            f["tentang"] = "Layanan air minum lintas batas"
            #expect(try await admin.post("/naskah/baru", f).status == .seeOther)
            let n = try #require(try await NaskahRecord.query(on: app.db).filter(\.$kerjaSamaID == r.id!).first())
            #expect(n.jenisDokumen == .kesepakatanBersama && n.kerjaSamaID == r.id)
            let lagi = try await admin.get("/kerja-sama/\(r.id!)")
            #expect(lagi.body.string.contains("href=\"/naskah/\(n.id!)\""))
            #expect(!lagi.body.string.contains("/naskah/baru?kerjaSama=\(r.id!)&amp;jenis=kesepakatanBersama"))
            let hn = try await admin.get("/naskah/\(n.id!)")
            #expect(hn.body.string.contains("href=\"/kerja-sama/\(r.id!)\""))
            #expect(hn.body.string.contains("Tahap: <strong>Penyusunan Kesepakatan Bersama</strong>"))

            // A naskah drafted before its record: the record is started from it and takes it.
            let kbLain = try #require(
                try await NaskahRecord.query(on: app.db).filter(\.$jenis == "kesepakatanBersama").filter(\.$kerjaSamaID == nil).first())
            let hk = try await admin.get("/naskah/\(kbLain.id!)")
            #expect(hk.body.string.contains("/kerja-sama/baru?naskah=\(kbLain.id!)"))
            let fk = try await admin.get("/kerja-sama/baru?naskah=\(kbLain.id!)")
            var isian = try FormHTML.isian(fk.body.string, id: "form-kerja-sama")
            #expect(isian["naskahID"] == kbLain.id!.uuidString)
            isian["tanggalMulai"] = "2026-01-01"
            isian["tanggalBerakhir"] = "2030-12-31"
            if isian["urusan[]"] == nil { isian["urusan[]"] = "2.15" }
            let simpan = try await admin.post("/kerja-sama/baru", isian)
            #expect(simpan.status == .seeOther, "\(simpan.body.string.prefix(3000))")
            let baru = try #require(try await NaskahRecord.find(kbLain.id, on: app.db))
            #expect(baru.kerjaSamaID != nil)
        }
    }

    @Test("Only the record's signing makes a naskah final: the naskah's own action, the API and another record's form are refused")
    func satuJalanTandaTangan() async throws {
        try await denganJalin { app in
            var admin = Peramban(app)
            try await admin.masuk("admin.kukar")
            let kb = try #require(try await NaskahRecord.query(on: app.db).filter(\.$jenis == "kesepakatanBersama").first())
            let jenis = try #require(kb.jenisKerjaSama.flatMap(JenisKerjaSama.init(rawValue:)))
            // A record whose gates are not met yet (still at persiapan), and another one.
            let r = try await app.kerjaSamaUji(judul: "KB yang belum boleh ditandatangani", sampai: .persiapan, jenis: jenis)
            let lain = try await app.kerjaSamaUji(judul: "Kerja sama lain", sampai: .penandatangananKB, jenis: jenis)
            try await admin.get("/naskah/\(kb.id!)")
            #expect(
                try await admin.post("/naskah/\(kb.id!)/kerja-sama", ["kerjaSama": r.id!.uuidString, "version": String(kb.version)]).status
                    == .seeOther)
            // The naskah's own action never marks it signed.
            try await admin.get("/naskah/\(kb.id!)")
            _ = try await admin.post("/naskah/\(kb.id!)/aksi", ["aksi": "tandatangani"])
            #expect(try await NaskahRecord.find(kb.id, on: app.db)?.status != "ditandatangani")
            // Nor the API.
            let token = try await app.tokenAPI(untuk: "admin.kukar")
            try await app.testing().test(
                .POST, "/api/v1/naskah/\(kb.id!)/aksi", headers: bearer(token).adding(.jsonBody), body: json(["aksi": "tandatangani"])
            ) { res in
                #expect(res.status == .unprocessableEntity)
            }
            #expect(try await NaskahRecord.find(kb.id, on: app.db)?.status != "ditandatangani")
            // The record's form, at a stage where the KB may not be signed: refused, nothing stored.
            var res = try await ks.tandaTangan(
                &admin, r, dokumen: "kesepakatanBersama", berkas: ks.pdf(), app: app, tambahan: ["naskah": kb.id!.uuidString])
            #expect(res.status == .unprocessableEntity)
            #expect(try await NaskahRecord.find(kb.id, on: app.db)?.status != "ditandatangani")
            #expect(try await PenandatangananRecord.query(on: app.db).filter(\.$naskahID == kb.id!).count() == 0)
            // Another record's form cannot sign this naskah.
            res = try await ks.tandaTangan(
                &admin, lain, dokumen: "kesepakatanBersama", berkas: ks.pdf(), app: app, tambahan: ["naskah": kb.id!.uuidString])
            #expect(res.status == .unprocessableEntity)
            #expect(res.body.string.contains("bukan naskah kerja sama ini"))
            #expect(try await PenandatangananRecord.query(on: app.db).filter(\.$kerjaSamaID == lain.id!).count() == 0)
            // A scan that is not a PDF: refused, the naskah stays a draft.
            try await app.majukan(r, ke: .penandatangananKB)
            res = try await ks.tandaTangan(
                &admin, r, dokumen: "kesepakatanBersama", berkas: Data("<html>".utf8), app: app, tambahan: ["naskah": kb.id!.uuidString])
            #expect(res.status == .unprocessableEntity)
            #expect(try await NaskahRecord.find(kb.id, on: app.db)?.status != "ditandatangani")
            // A signing date in the future is refused on the one path, for the record and the naskah alike.
            res = try await ks.tandaTangan(
                &admin, r, dokumen: "kesepakatanBersama", berkas: ks.pdf(), app: app,
                tambahan: ["naskah": kb.id!.uuidString, "tanggal": app.jam.hariIni.tambahHari(3).iso])
            #expect(res.status == .unprocessableEntity)
            #expect(res.body.string.contains("tidak boleh di masa depan"))
            #expect(try await NaskahRecord.find(kb.id, on: app.db)?.status != "ditandatangani")
        }
    }

    @Test("The signed scan opens in the browser with its SHA-256 re-verified; a changed file on disk is refused")
    func pindaianDapatDibuka() async throws {
        try await denganJalin { app in
            var admin = Peramban(app)
            try await admin.masuk("admin.kukar")
            let r = try await app.kerjaSamaUji(judul: "KB dengan pindaian", sampai: .penandatangananKB)
            #expect(try await ks.tandaTangan(&admin, r, dokumen: "kesepakatanBersama", berkas: ks.pdf(), app: app).status == .seeOther)
            let t = try #require(try await PenandatangananRecord.query(on: app.db).filter(\.$kerjaSamaID == r.id!).first())
            let halaman = try await admin.get("/kerja-sama/\(r.id!)")
            let jalur = "/kerja-sama/\(r.id!)/lampiran/\(t.lampiranID!)"
            #expect(halaman.body.string.contains("href=\"\(jalur)?lihat=1\""))
            let lihat = try await admin.get(jalur + "?lihat=1")
            #expect(lihat.status == .ok)
            #expect(lihat.headers.contentType?.description == "application/pdf")
            #expect(lihat.headers.first(name: .contentDisposition)?.hasPrefix("inline") == true)
            #expect(lihat.headers.first(name: "Content-Security-Policy")?.contains("default-src 'none'") == true)
            #expect(lihat.headers.first(name: "X-SHA256") == t.sha256)
            #expect(Data(buffer: lihat.body) == ks.pdf())
            let unduh = try await admin.get(jalur)
            #expect(unduh.headers.first(name: .contentDisposition)?.hasPrefix("attachment") == true)
            // The pimpinan reads it too; another pemda's admin does not find it.
            var pimpinan = Peramban(app)
            try await pimpinan.masuk("pimpinan.kukar")
            #expect(try await pimpinan.get(jalur + "?lihat=1").status == .ok)
            // The stored file changed on disk: refused rather than served.
            let berkas = Unggah.jalur(t.sha256!, dir: app.konfigurasi.berkasDir)
            try Data("%PDF-1.4 diubah".utf8).write(to: URL(fileURLWithPath: berkas))
            #expect(try await admin.get(jalur + "?lihat=1").status == .internalServerError)
        }
    }

    @Test("An obligation that falls due before the cooperation starts is refused at signing, naming the party and the date")
    func kewajibanSebelumMulai() async throws {
        try await denganJalin { app in
            let pks = try #require(try await NaskahRecord.query(on: app.db).filter(\.$jenis == "perjanjianKerjaSama").first())
            var n = try NaskahAlur.isi(pks)
            let i = try #require(n.pasal.firstIndex { $0.klausul?.kode == "hak-kewajiban" })
            n.pasal[i].isi = n.pasal[i].isi.map { u in
                guard case .ayat(var butir) = u else { return u }
                for j in butir.indices where butir[j].teks.uppercased().contains("PIHAK KESATU") && !butir[j].rincian.isEmpty {
                    butir[j].rincian[0] += " paling lambat tanggal 31 Desember 2020"
                }
                return .ayat(butir)
            }
            let p = try await app.pelaku("admin.kukar")
            try await NaskahAlur.simpan(pks, n, versi: pks.version, sumber: "simpan", catatan: nil, pelaku: p, ip: nil, on: app.db)
            let r = try await app.kerjaSamaUji(
                judul: "PKS dengan kewajiban lampau", sampai: .penandatangananPKS,
                jenis: try #require(pks.jenisKerjaSama.flatMap(JenisKerjaSama.init(rawValue:))))
            let segar = try #require(try await NaskahRecord.find(pks.id, on: app.db))
            segar.kerjaSamaID = r.id
            try await segar.update(on: app.db)
            var v = Pemeriksa()
            _ = try await KerjaSamaAlur.naskahDitandatangani(
                pks.id!.uuidString, dokumen: .perjanjianKerjaSama, kerjaSama: r, pelaku: p, on: app.db, ke: &v)
            #expect(
                v.kesalahan.contains { $0.field == "naskah" && $0.pesan.contains("PIHAK KESATU") && $0.pesan.contains("31 Desember 2020") })
        }
    }

    @Test("Through the API only: a record moved to its KB stage, the demo KB linked to it and signed with its scan; the naskah is final")
    func rantaiLewatAPI() async throws {
        try await denganJalin { app in
            let token = try await app.tokenAPI(untuk: "admin.kukar")
            let kb = try #require(try await NaskahRecord.query(on: app.db).filter(\.$jenis == "kesepakatanBersama").first())
            // Fill what the checker still asks of the demo KB (its numbers and date), as an editor would.
            var n = try NaskahAlur.isi(kb)
            n.tanggal = try Tanggal(tahun: 2026, bulan: 5, hari: 4)
            for i in n.pihak.indices where n.pihak[i].nomorDokumen == nil { n.pihak[i].nomorDokumen = "100.3.7/\(i + 1)/KS/V/2026" }
            try await NaskahAlur.simpan(
                kb, n, versi: kb.version, sumber: "simpan", catatan: nil, pelaku: try await app.pelaku("admin.kukar"), ip: nil, on: app.db)
            let r = try await app.kerjaSamaUji(
                judul: "Lewat API", sampai: .penandatangananKB,
                jenis: try #require(kb.jenisKerjaSama.flatMap(JenisKerjaSama.init(rawValue:))))
            let segar = try #require(try await NaskahRecord.find(kb.id, on: app.db))
            try await app.testing().test(
                .POST, "/api/v1/naskah/\(kb.id!)/kerja-sama", headers: bearer(token).adding(.jsonBody),
                body: json(KaitMasukan(kerjaSama: r.id!.uuidString, version: segar.version))
            ) { res in
                #expect(res.status == .ok, "\(res.body.string)")
                #expect(res.body.string.contains("\"kerjaSamaId\":\"\(r.id!.uuidString)\""))
            }
            let kini = try #require(try await KerjaSamaRecord.find(r.id, on: app.db))
            let batas = "----api\(UUID().uuidString)"
            var body = Data()
            let medan = [
                "version": String(kini.version), "dokumen": "kesepakatanBersama", "naskah": kb.id!.uuidString,
                "nomor1": "100.3.7/1/KS/V/2026",
                "pihak2": "Pemerintah Kabupaten Penajam Paser Utara", "nomor2": "180/2/Pem/2026", "tanggal": "2026-05-04",
                "tempat": "Tenggarong",
                "nama1": "Bupati Kukar", "jabatan1": "Bupati Kutai Kartanegara", "nama2": "Bupati PPU",
                "jabatan2": "Bupati Penajam Paser Utara",
            ]
            for (k, v) in medan { body += Data("--\(batas)\r\nContent-Disposition: form-data; name=\"\(k)\"\r\n\r\n\(v)\r\n".utf8) }
            body += Data(
                "--\(batas)\r\nContent-Disposition: form-data; name=\"pindaian\"; filename=\"kb.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
                    .utf8)
            body += ks.pdf() + Data("\r\n--\(batas)--\r\n".utf8)
            var h = bearer(token)
            h.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(batas)")
            try await app.testing().test(.POST, "/api/v1/kerja-sama/\(r.id!)/tanda-tangan", headers: h, body: ByteBuffer(data: body)) {
                res in
                #expect(res.status == .ok, "\(res.body.string)")
            }
            try await app.testing().test(.GET, "/api/v1/naskah/\(kb.id!)", headers: bearer(token)) { res in
                #expect(res.body.string.contains("\"status\":\"ditandatangani\""))
                #expect(res.body.string.contains("\"ditandatanganiPada\":\"2026-05-04\""))
            }
            #expect(try await PenandatangananRecord.query(on: app.db).filter(\.$naskahID == kb.id!).count() == 1)
        }
    }
}
