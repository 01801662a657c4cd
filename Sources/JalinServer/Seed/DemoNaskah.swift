import Fluent
import Foundation
import JalinDomain
import JalinNaskah
import Vapor

/// The demo drafts of Scenario B: a Kesepakatan Bersama Kukar–Kabupaten Penajam Paser Utara on the
/// prioritised potential "Integrasi angkutan sungai dan darat Tenggarong–IKN", shared for review,
/// with two versions and comments (one from mitra.ppu on Pasal 3), and a PKS drafted from it.
/// Example data (`contoh`), seeded once with the demo pemda.
enum DemoNaskah {
    static let judulUsulan = "Integrasi angkutan sungai dan darat Tenggarong–IKN"

    static func pastikan(app: Application, on tujuan: (any Database)? = nil) async throws {
        let db = tujuan ?? app.db
        guard let kukar = try await PemdaRecord.query(on: db).filter(\.$kodeWilayah == "64.02").first(), kukar.demo,
            try await NaskahRecord.query(on: db).filter(\.$pemdaID == kukar.id!).count() == 0
        else { return }
        func pelaku(_ nama: String) async throws -> Pelaku {
            guard let u = try await PenggunaRecord.query(on: db).filter(\.$namaPengguna == nama).first() else {
                throw Abort(.internalServerError)
            }
            return try Pelaku(pengguna: u, pemda: kukar, csrf: nil, sesiID: nil, jam: .sistem)
        }
        let admin = try await pelaku("admin.kukar")
        let mitraPPU = try await pelaku("mitra.ppu")
        let hukum = try await pelaku("tkksd.hukum")
        guard let usulan = try await UsulanRecord.query(on: db).filter(\.$pemdaID == kukar.id!).filter(\.$judul == judulUsulan).first(),
            let ppu = try await MitraRecord.query(on: db).filter(\.$pemdaID == kukar.id!).filter(\.$nama == DemoPemetaan.ppu).first()
        else { return }

        let isian = NaskahBaru.Isian(
            jenis: JenisDokumen.kesepakatanBersama.rawValue, usulan: usulan.id!.uuidString, mitra: ppu.id!.uuidString,
            tentang: "Integrasi Layanan Angkutan Sungai dan Darat di Kawasan Penyangga Ibu Kota Nusantara",
            tanggal: "2024-05-03", tempat: "Samarinda",
            nomor1: "100.3.7/12/KS/V/2024", nama1: "(Nama Bupati Kutai Kartanegara)", jabatan1: "Bupati Kutai Kartanegara",
            alamat1: "Tenggarong",
            nomor2: "180/45/Pem/2024", nama2: "(Nama Bupati Penajam Paser Utara)", jabatan2: "Bupati Penajam Paser Utara",
            alamat2: "Penajam",
            jangka: "5", pelaksana1: "Dinas Perhubungan Kabupaten Kutai Kartanegara",
            pelaksana2: "Dinas Perhubungan Kabupaten Penajam Paser Utara")
        var (n, asal) = try await NaskahBaru.bangun(isian, pelaku: admin, on: db)
        asal.contoh = true
        let kb = try await NaskahAlur.buat(n, asal: asal, pelaku: admin, ip: nil, on: db)
        try await db.transaction { db in try await NaskahAlur.ubahStatus(kb, aksi: .bagikan, pelaku: admin, ip: nil, on: db) }

        // The partner asks for a joint technical team in Pasal 3; Bagian Hukum notes the term.
        let c1 = try await NaskahAlur.komentari(
            kb, pasal: "pelaksanaan",
            isi:
                "Mohon ditambahkan pembentukan tim teknis bersama kedua Dinas Perhubungan, termasuk jadwal rapat koordinasi, agar pelaksanaan tidak menunggu PKS.",
            induk: nil, pelaku: mitraPPU, ip: nil, on: db)
        _ = try await NaskahAlur.komentari(
            kb, pasal: "jangka-waktu",
            isi: "Jangka waktu 5 tahun sesuai batas paling lama; pastikan perpanjangan melalui kesepakatan baru.",
            induk: nil, pelaku: hukum, ip: nil, on: db)

        // Version 2: the admin adds the technical team to Pasal 3.
        if let i = n.indeksPasal(kunci: "pelaksanaan"), case .ayat(var butir)? = n.pasal[i].isi.first {
            butir.append(
                Butir(
                    "PARA PIHAK membentuk tim teknis bersama yang beranggotakan perangkat daerah pelaksana dan melaksanakan rapat koordinasi paling sedikit 1 (satu) kali dalam 3 (tiga) bulan."
                ))
            n.pasal[i].isi[0] = .ayat(butir)
        }
        try await NaskahAlur.simpan(
            kb, n, versi: kb.version, sumber: "simpan", catatan: "Menambahkan tim teknis bersama pada Pasal 3 atas usulan PPU",
            pelaku: admin, ip: nil, on: db)
        _ = try await NaskahAlur.komentari(
            kb, pasal: nil, isi: "Sudah ditambahkan sebagai ayat terakhir Pasal 3 pada versi 2.", induk: c1.id, pelaku: admin, ip: nil,
            on: db)

        // The PKS drafted from the KB.
        var (pks, asalPKS) = try await NaskahBaru.pksDariKB(kb, pelaku: admin, on: db)
        asalPKS.contoh = true
        pks.tanggal = nil
        _ = try await NaskahAlur.buat(pks, asal: asalPKS, pelaku: admin, ip: nil, on: db)
    }
}
