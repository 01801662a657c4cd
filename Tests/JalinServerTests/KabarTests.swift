import Fluent
import Foundation
import JalinDomain
import Testing
import VaporTesting

@testable import JalinServer

/// Issue 18.7: events reach the people who must act, in the app (an unread count, a list with the tasks
/// first) and by e-mail when they want it; each role's Beranda lists what waits for them.
@Suite("Tugas dan notifikasi")
struct KabarTests {
    func kabarUntuk(_ app: Application, _ nama: String, jenis: JenisKabar) async throws -> [NotifikasiRecord] {
        let u = try await app.pengguna(nama)
        return try await NotifikasiRecord.query(on: app.db).filter(\.$penggunaID == u.id!).filter(\.$jenis == jenis.rawValue)
            .sort(\.$dibuat, .descending).all()
    }

    @Test("A returned submission reaches its unit, the resubmission the admin, the verification the TKKSD; each finds it on their Beranda")
    func usulanSampaiKePelaku() async throws {
        try await denganJalin { app in
            // operator.dishub submits a complete submission (the fields of a prioritised one): the admins hear of it.
            let op = try await app.pengguna("operator.dishub")
            let contoh = try #require(
                try await UsulanRecord.query(on: app.db).filter(\.$status == StatusUsulan.diprioritaskan.rawValue).first())
            let periode = try #require(try await PeriodePemetaanRecord.find(contoh.periodeID, on: app.db))
            var isian = try #require(UsulanAlur.isi(contoh)).isian
            isian.judul = "Halte terpadu Tenggarong Seberang"
            let u = try await UsulanAlur.buat(
                isian, unitID: try #require(op.unitID), periode: periode, ajukan: true, pelaku: try await app.pelaku("operator.dishub"),
                ip: nil,
                on: app.db)
            #expect(
                try await kabarUntuk(app, "admin.kukar", jenis: .usulanMasuk).first?.judul
                    == "Usulan menunggu verifikasi: Halte terpadu Tenggarong Seberang")
            #expect(try await kabarUntuk(app, "operator.dishub", jenis: .usulanMasuk).isEmpty)
            var admin = Peramban(app)
            try await admin.masuk("admin.kukar")
            try await admin.get("/pemetaan/usulan/\(u.id!)")
            #expect(
                try await admin.post("/pemetaan/usulan/\(u.id!)/aksi", ["aksi": "kembalikan", "catatan": "Lengkapi perkiraan biaya."])
                    .status
                    == .seeOther)
            let kembali = try await kabarUntuk(app, op.namaPengguna, jenis: .statusUsulan)
            #expect(kembali.first?.judul.hasPrefix("Usulan dikembalikan untuk diperbaiki") == true)
            #expect(kembali.first?.isi.contains("Lengkapi perkiraan biaya.") == true && kembali.first?.mendesak == true)
            // The admin is not told of their own act.
            #expect(try await kabarUntuk(app, "admin.kukar", jenis: .statusUsulan).isEmpty)
            var operatorUnit = Peramban(app)
            try await operatorUnit.masuk(op.namaPengguna)
            let beranda = try await operatorUnit.get("/beranda")
            #expect(beranda.body.string.contains("Usulan dikembalikan untuk diperbaiki"))
            #expect(beranda.body.string.contains("belum dibaca</span>"))
            // Resubmitted: the admins hear of it (a notice of the same submission replaces the unread older one).
            #expect(try await operatorUnit.post("/pemetaan/usulan/\(u.id!)/aksi", ["aksi": "ajukan"]).status == .seeOther)
            let masuk = try await kabarUntuk(app, "admin.kukar", jenis: .usulanMasuk).filter { $0.tautan == "/pemetaan/usulan/\(u.id!)" }
            #expect(masuk.filter { !$0.dibaca }.count == 1)
            // Verified: the TKKSD members are asked to score it, and see it on their Beranda.
            try await admin.get("/pemetaan/usulan/\(u.id!)")
            #expect(try await admin.post("/pemetaan/usulan/\(u.id!)/aksi", ["aksi": "verifikasi"]).status == .seeOther)
            #expect(try await kabarUntuk(app, "tkksd.kukar", jenis: .penilaian).first?.tautan == "/pemetaan/usulan/\(u.id!)#penilaian")
            var tkksd = Peramban(app)
            try await tkksd.masuk("tkksd.kukar")
            #expect(try await tkksd.get("/beranda").body.string.contains("Usulan menunggu penilaian Anda"))
            // Opening a notification marks it read and goes to its page; another user's is not found.
            let n = try #require(try await kabarUntuk(app, "tkksd.kukar", jenis: .penilaian).first)
            let buka = try await tkksd.get("/notifikasi/\(n.id!)")
            #expect(buka.headers.first(name: .location) == "/pemetaan/usulan/\(u.id!)#penilaian")
            #expect(try await NotifikasiRecord.find(n.id, on: app.db)?.dibaca == true)
            #expect(try await admin.get("/notifikasi/\(n.id!)").status == .notFound)
        }
    }

    @Test("A draft shared with the partner reaches its reviewer, who reads their notifications; the partner's comment reaches the admins")
    func naskahDuaPihak() async throws {
        try await denganJalin { app in
            let kb = try #require(try await NaskahRecord.query(on: app.db).filter(\.$jenis == "kesepakatanBersama").first())
            var admin = Peramban(app)
            try await admin.masuk("admin.kukar")
            if kb.dibagikan {
                try await admin.get("/naskah/\(kb.id!)")
                #expect(try await admin.post("/naskah/\(kb.id!)/aksi", ["aksi": "hentikanBagikan"]).status == .seeOther)
            }
            try await admin.get("/naskah/\(kb.id!)")
            #expect(try await admin.post("/naskah/\(kb.id!)/aksi", ["aksi": "bagikan"]).status == .seeOther)
            let dibagikan = try await kabarUntuk(app, "mitra.ppu", jenis: .naskah)
            #expect(dibagikan.first?.tautan == "/mitra/naskah/\(kb.id!)")
            var mitra = Peramban(app)
            try await mitra.masuk("mitra.ppu")
            let daftar = try await mitra.get("/notifikasi")
            #expect(daftar.status == .ok)
            #expect(daftar.body.string.contains("Rancangan naskah dibagikan kepada Anda"))
            #expect(
                try await mitra.post("/mitra/naskah/\(kb.id!)/komentar", ["pasal": "pelaksanaan", "isi": "Mohon jadwal rapat pembahasan."])
                    .status
                    == .seeOther)
            let komentar = try await kabarUntuk(app, "admin.kukar", jenis: .naskah)
            #expect(komentar.first?.judul.hasPrefix("Komentar mitra pada Pasal 3") == true)
        }
    }

    @Test("E-mail per kind: queued for a user with an address, not after they turn the kind off; without SMTP the queue is cleared")
    func surelPerJenis() async throws {
        try await denganJalin { app in
            let admin = try await app.pengguna("admin.kukar")
            admin.email = "admin@kukar.go.id"
            try await admin.update(on: app.db)
            let p = try await app.pelaku("tkksd.kukar")
            let pesan = Kabar.Pesan(jenis: .usulanMasuk, judul: "Uji", isi: "Uji", tautan: "/pemetaan")
            try await Kabar.kirim(pesan, ke: [admin], pelaku: p, on: app.db)
            #expect(try await kabarUntuk(app, "admin.kukar", jenis: .usulanMasuk).first?.surel == "menunggu")
            var b = Peramban(app)
            try await b.masuk("admin.kukar")
            let akun = try await b.get("/akun")
            #expect(akun.body.string.contains("Pemberitahuan lewat surel"))
            let semuaKecuali = JenisKabar.allCases.filter { $0 != .usulanMasuk }.enumerated().reduce(into: [String: String]()) {
                $0["jenis[\($1.offset)]"] = $1.element.rawValue
            }
            #expect(try await b.post("/akun/surel", semuaKecuali).status == .seeOther)
            #expect(try await app.pengguna("admin.kukar").surelNonaktif == "usulanMasuk")
            try await Kabar.kirim(
                .init(jenis: .usulanMasuk, judul: "Uji 2", isi: "Uji", tautan: "/pemetaan/2"), ke: [try await app.pengguna("admin.kukar")],
                pelaku: p, on: app.db)
            #expect(try await kabarUntuk(app, "admin.kukar", jenis: .usulanMasuk).first { $0.judul == "Uji 2" }?.surel == nil)
            // No SMTP configured: nothing is sent, the queue is emptied, the notifications stay.
            #expect(try await KirimSurel.jalankan(app: app) == KirimSurel.Hasil())
            #expect(try await NotifikasiRecord.query(on: app.db).filter(\.$surel == "menunggu").count() == 0)
            #expect(try await kabarUntuk(app, "admin.kukar", jenis: .usulanMasuk).filter { $0.judul.hasPrefix("Uji") }.count == 2)
        }
    }

    @Test("The pimpinan lands on the dashboard; every role sees its unread count in the navigation")
    func berandaPerPeran() async throws {
        try await denganJalin { app in
            var pimpinan = Peramban(app)
            try await pimpinan.masuk("pimpinan.kukar")
            #expect(try await pimpinan.get("/beranda").headers.first(name: .location) == "/monev/dasbor")
            var admin = Peramban(app)
            try await admin.masuk("admin.kukar")
            let belum = try await NotifikasiPage.belumDibaca(try await app.pelaku("admin.kukar"), on: app.db)
            #expect(belum > 0)
            #expect(try await admin.get("/kerja-sama").body.string.contains("Notifikasi <span class=\"lencana-angka\">\(belum)<"))
            #expect(try await admin.post("/notifikasi/dibaca", [:]).status == .seeOther)
            #expect(!(try await admin.get("/kerja-sama").body.string.contains("lencana-angka")))
        }
    }

    @Test("Two-party drafting shows on the record: the draft sent, the partner's acceptance of a version, a review meeting")
    func pembahasanDuaPihak() async throws {
        try await denganJalin { app in
            let kb = try #require(try await NaskahRecord.query(on: app.db).filter(\.$jenis == "kesepakatanBersama").first())
            let r = try await app.kerjaSamaUji(
                judul: "Pembahasan dua pihak", sampai: .penyusunanKB,
                jenis: try #require(kb.jenisKerjaSama.flatMap(JenisKerjaSama.init(rawValue:))))
            var admin = Peramban(app)
            try await admin.masuk("admin.kukar")
            try await admin.get("/naskah/\(kb.id!)")
            #expect(
                try await admin.post("/naskah/\(kb.id!)/kerja-sama", ["kerjaSama": r.id!.uuidString, "version": String(kb.version)]).status
                    == .seeOther)
            if try await NaskahRecord.find(kb.id, on: app.db)?.dibagikan == true {
                #expect(try await admin.post("/naskah/\(kb.id!)/aksi", ["aksi": "hentikanBagikan"]).status == .seeOther)
            }
            #expect(try await admin.post("/naskah/\(kb.id!)/aksi", ["aksi": "bagikan"]).status == .seeOther)
            func riwayat() async throws -> [RiwayatKerjaSamaRecord] {
                try await RiwayatKerjaSamaRecord.query(on: app.db).filter(\.$kerjaSamaID == r.id!).sort(\.$waktu).all()
            }
            #expect(try await riwayat().contains { $0.uraian.contains("dibagikan kepada mitra") })
            // The partner accepts the version it read; an older version is refused.
            let versi = try #require(try await NaskahRecord.find(kb.id, on: app.db)).versiTerkini
            var mitra = Peramban(app)
            try await mitra.masuk("mitra.ppu")
            #expect(try await mitra.get("/mitra/naskah/\(kb.id!)").body.string.contains("Setujui rancangan versi \(versi)"))
            let lama = try await mitra.post("/mitra/naskah/\(kb.id!)/terima", ["versi": String(versi - 1)])
            #expect(lama.status == .unprocessableEntity)
            #expect(lama.body.string.contains("Rancangan telah berubah sejak dibuka"))
            #expect(try await mitra.post("/mitra/naskah/\(kb.id!)/terima", ["versi": String(versi)]).status == .seeOther)
            #expect(try await NaskahRecord.find(kb.id, on: app.db)?.diterimaVersi == versi)
            #expect(
                try await riwayat().contains {
                    $0.uraian.contains("Mitra menyetujui rancangan")
                        && $0.catatan?.contains("Pemerintah Kabupaten Penajam Paser Utara") == true
                })
            #expect(try await kabarUntuk(app, "admin.kukar", jenis: .naskah).contains { $0.judul.hasPrefix("Mitra menyetujui rancangan") })
            #expect(try await admin.get("/naskah/\(kb.id!)").body.string.contains("Mitra menyetujui rancangan ini (versi \(versi))"))
            // The admin records an acceptance by letter only with its number and date.
            let tanpaSurat = try await admin.post("/naskah/\(kb.id!)/diterima", ["versi": String(versi)])
            #expect(tanpaSurat.status == .unprocessableEntity)
            #expect(tanpaSurat.body.string.contains("Nomor dan tanggal surat persetujuan mitra"))
            // A review meeting: every missing field named at once, then recorded in the history.
            try await admin.get("/kerja-sama/\(r.id!)")
            let kosong = try await admin.post("/kerja-sama/\(r.id!)/rapat", [:])
            #expect(kosong.status == .unprocessableEntity)
            for label in ["Tanggal rapat", "Tempat rapat", "Peserta rapat", "Keputusan rapat"] {
                #expect(kosong.body.string.contains(label))
            }
            let rapat = try await admin.post(
                "/kerja-sama/\(r.id!)/rapat",
                [
                    "rapatTanggal": app.jam.hariIni.iso, "rapatTempat": "Ruang Rapat Setda Kukar",
                    "rapatPeserta": "Bagian Kerja Sama Kukar; Bagian Pemerintahan PPU",
                    "rapatKeputusan": "Pasal 3 disepakati dengan tim teknis bersama.",
                ])
            #expect(rapat.status == .seeOther)
            #expect(
                try await riwayat().contains {
                    $0.uraian == "Rapat pembahasan naskah" && $0.catatan?.contains("tim teknis bersama") == true
                })
        }
    }

    @Test("A task done closes its notices and cancels their e-mails still waiting")
    func tugasSelesai() async throws {
        try await denganJalin { app in
            let admin = try await app.pengguna("admin.kukar")
            admin.email = "admin@kukar.go.id"
            try await admin.update(on: app.db)
            let tautan = "/pemetaan/usulan/\(UUID())"
            try await Kabar.kirim(
                .init(jenis: .usulanMasuk, judul: "Tugas uji", isi: "Uji", tautan: tautan), ke: [admin],
                pelaku: try await app.pelaku("tkksd.kukar"),
                on: app.db)
            #expect(try await kabarUntuk(app, "admin.kukar", jenis: .usulanMasuk).first { $0.tautan == tautan }?.surel == "menunggu")
            try await Kabar.selesai(.usulanMasuk, tautan: tautan, pemda: admin.pemdaID, on: app.db)
            let n = try #require(try await kabarUntuk(app, "admin.kukar", jenis: .usulanMasuk).first { $0.tautan == tautan })
            #expect(n.dibaca && n.surel == nil)
        }
    }
}
