import Fluent
import Foundation
import JalinDomain
import JalinNaskah
import Vapor

/// JSON API of the naskah: drafts, versions, the word diff, comments, the checker, clauses and
/// downloads, each with its OpenAPI description. A partner reviewer's token reaches only the drafts
/// shared with their partner (others answer 404).
enum NaskahAPI {
    struct NaskahJSON: Content {
        let id: UUID
        let jenis: JenisDokumen
        let jenisKerjaSama: JenisKerjaSama?
        let judul: String
        let status: String
        let dibagikan: Bool
        let versi: Int
        let version: Int
        let mitraID: UUID?
        let unitID: UUID?
        let usulanID: UUID?
        let indukID: UUID?
        let ditandatanganiPada: String?
        let isi: Naskah

        init(_ r: NaskahRecord) throws {
            id = r.id!; jenis = r.jenisDokumen; jenisKerjaSama = r.jenisKerjaSama.flatMap(JenisKerjaSama.init(rawValue:)); judul = r.judul
            status = r.status; dibagikan = r.dibagikan; versi = r.versiTerkini; version = r.version; mitraID = r.mitraID; unitID = r.unitID
            usulanID = r.usulanID; indukID = r.indukID; ditandatanganiPada = r.ditandatanganiPada; isi = try NaskahAlur.isi(r)
        }
    }

    struct SimpanMasukan: Content {
        let isi: Naskah
        let version: Int
        let catatan: String?
    }

    struct AksiMasukan: Content { let aksi: String }

    struct VersiJSON: Content {
        let nomor: Int
        let waktu: Date
        let pengguna: String
        let sumber: String
        let catatan: String?
        let isi: Naskah?
    }

    struct PulihkanMasukan: Content { let version: Int }

    struct DiffJSON: Content {
        let dari: Int
        let ke: Int
        let bagian: [DiffKata.Bagian]
    }

    struct KomentarJSON: Content {
        let id: UUID
        let indukID: UUID?
        let pasalKunci: String
        let pasalLabel: String
        let versi: Int
        let nama: String
        let asal: String
        let dariMitra: Bool
        let isi: String
        let selesai: Bool
        let waktu: Date

        init(_ c: KomentarNaskah) {
            id = c.id!; indukID = c.indukID; pasalKunci = c.pasalKunci; pasalLabel = c.pasalLabel; versi = c.versi; nama = c.nama; asal = c.asal
            dariMitra = c.dariMitra; isi = c.isi; selesai = c.selesai; waktu = c.waktu
        }
    }

    struct KomentarMasukan: Content {
        let pasal: String?
        let isi: String?
        let induk: UUID?
    }

    struct StatusKomentarMasukan: Content { let selesai: Bool }

    struct PemeriksaanJSON: Content {
        let temuan: [Temuan]
        let kewajiban: [KewajibanTerlacak]
        let halanganTandaTangan: [String]
    }

    struct KlausulMasukan: Content {
        let kode: String
        let varian: String?
        let nilai: [String: String]?
        let version: Int
    }

    struct PustakaJSON: Content {
        let klausul: [Klausul]
    }

    struct VarianJSON: Content {
        let varian: VarianKlausul
    }

    /// The body of a 409 on save: the message and the newer version, so nothing typed is lost.
    struct KonflikJSON: Content {
        let error: GalatAPI.Isi
        let terbaru: NaskahJSON
    }

    typealias P = OperasiAPI.Param
    static let pNaskah = P(nama: "naskah", lokasi: "path", tipe: "string", wajib: true, keterangan: "ID naskah")
    static let pNomor = P(nama: "nomor", lokasi: "path", tipe: "integer", wajib: true, keterangan: "Nomor versi (1, 2, …)")
    static let pKomentar = P(nama: "komentar", lokasi: "path", tipe: "string", wajib: true, keterangan: "ID utas komentar")
    static let pKertas = P(nama: "kertas", lokasi: "query", tipe: "string", wajib: false, keterangan: "a4 (bawaan) atau f4")
    static let semua = Akses.semuaPengguna
    static let penyusun = Akses.peran([.admin, .operator])

    static func daftarkan(_ app: Application) {
        let api = app.grouped("api", "v1").grouped(TokenAPIMiddleware())
        api.rute(.GET, "naskah", akses: semua, api: .init(
            id: "daftarNaskah", ringkasan: "Naskah kerja sama pemda (mitra: hanya yang dibagikan kepadanya)", tag: "Naskah",
            respons: "[Naskah]")) { req async throws -> [NaskahJSON] in
            try await NaskahAlur.daftar(try req.pelakuWajib(), on: req.database).map(NaskahJSON.init)
        }
        api.rute(.POST, "naskah", akses: penyusun, api: .init(
            id: "buatNaskah", ringkasan: "Mulai naskah dari templat: isian terpandu (nomor, tanggal, tempat, penanda tangan, jangka waktu); sisanya dari usulan dan direktori mitra",
            tag: "Naskah", body: "NaskahBaru", respons: "Naskah", statusSukses: 201)) { req async throws -> Response in
            let p = try req.pelakuWajib()
            let (n, asal) = try await NaskahBaru.bangun(try req.content.decode(NaskahBaru.Isian.self), pelaku: p, on: req.database)
            let r = try await NaskahAlur.buat(n, asal: asal, pelaku: p, ip: req.alamatKlien, on: req.database)
            return try await NaskahJSON(r).encodeResponse(status: .created, for: req)
        }
        api.rute(.GET, "naskah", ":naskah", akses: semua, api: .init(
            id: "naskah", ringkasan: "Satu naskah dengan isi versi terkini", tag: "Naskah", parameter: [pNaskah], respons: "Naskah")) { req async throws -> NaskahJSON in
            try NaskahJSON(try await NaskahAlur.cari(req))
        }
        api.rute(.PUT, "naskah", ":naskah", akses: penyusun, api: .init(
            id: "simpanNaskah", ringkasan: "Simpan isi sebagai versi baru (dengan version yang dibaca; versi usang → 409 berisi versi terbaru; naskah final → 403)",
            tag: "Naskah", parameter: [pNaskah], body: "NaskahSimpan", respons: "Naskah"), maksBody: "8mb") { req async throws -> Response in
            let p = try req.pelakuWajib()
            let r = try await NaskahAlur.cari(req)
            try NaskahAlur.pastikanBolehUbah(r, p)
            let m = try req.content.decode(SimpanMasukan.self)
            do {
                try await NaskahAlur.simpan(r, m.isi, versi: m.version, sumber: "simpan", catatan: m.catatan, pelaku: p, ip: req.alamatKlien, on: req.database)
                return try await NaskahJSON(r).encodeResponse(for: req)
            } catch is KonflikVersi {
                let terbaru = try await p.cari(NaskahRecord.self, r.id, on: req.database)
                return try await KonflikJSON(error: .init(status: 409, pesan: KonflikVersi().pesan, isian: nil), terbaru: try NaskahJSON(terbaru))
                    .encodeResponse(status: .conflict, for: req)
            }
        }
        api.rute(.POST, "naskah", ":naskah", "aksi", akses: penyusun, api: .init(
            id: "aksiNaskah", ringkasan: "ajukan, kembalikanDraf, bagikan, hentikanBagikan, tandatangani (naskah final tidak dapat diubah lagi)",
            tag: "Naskah", parameter: [pNaskah], body: "NaskahAksi", respons: "Naskah")) { req async throws -> NaskahJSON in
            let p = try req.pelakuWajib()
            let r = try await NaskahAlur.cari(req)
            guard let a = NaskahAlur.Aksi(rawValue: try req.content.decode(AksiMasukan.self).aksi) else {
                throw KesalahanValidasi(field: "aksi", pesan: "Aksi tidak dikenal: \(NaskahAlur.Aksi.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            try await req.database.transaction { db in try await NaskahAlur.ubahStatus(r, aksi: a, pelaku: p, ip: req.alamatKlien, on: db) }
            return try NaskahJSON(r)
        }
        api.rute(.GET, "naskah", ":naskah", "pemeriksaan", akses: .internalPemda, api: .init(
            id: "pemeriksaanNaskah", ringkasan: "Unsur wajib yang belum ada atau masih kosong, dengan dasar hukumnya; kewajiban yang dipantau",
            tag: "Naskah", parameter: [pNaskah], respons: "Pemeriksaan")) { req async throws -> PemeriksaanJSON in
            let p = try req.pelakuWajib()
            let r = try await NaskahAlur.cari(req)
            let n = try NaskahAlur.isi(r)
            return PemeriksaanJSON(temuan: try await NaskahAlur.temuan(n, p, on: req.database), kewajiban: JalinNaskah.Kewajiban.daftar(n),
                                   halanganTandaTangan: r.statusNaskah == .ditandatangani ? [] : try await NaskahAlur.halanganTandaTangan(r, n, pelaku: p, on: req.database))
        }
        api.rute(.GET, "naskah", ":naskah", "versi", akses: semua, api: .init(
            id: "daftarVersi", ringkasan: "Semua versi naskah (tanpa isi); mitra: versi sejak naskah dibagikan kepadanya, tanpa catatan internal",
            tag: "Naskah", parameter: [pNaskah], respons: "[Versi]")) { req async throws -> [VersiJSON] in
            let p = try req.pelakuWajib()
            let r = try await NaskahAlur.cari(req)
            return try await NaskahAlur.versiTerlihat(r, oleh: p, on: req.database).sort(\.$nomor).all().map {
                VersiJSON(nomor: $0.nomor, waktu: $0.waktu, pengguna: $0.pengguna, sumber: $0.sumber, catatan: NaskahAlur.catatan($0, oleh: p), isi: nil)
            }
        }
        api.rute(.GET, "naskah", ":naskah", "versi", ":nomor", akses: semua, api: .init(
            id: "versi", ringkasan: "Satu versi dengan isinya (JSON model naskah)", tag: "Naskah", parameter: [pNaskah, pNomor], respons: "Versi")) { req async throws -> VersiJSON in
            let p = try req.pelakuWajib()
            let r = try await NaskahAlur.cari(req)
            guard let nomor = req.parameters.get("nomor", as: Int.self),
                  let v = try await NaskahAlur.versiTerlihat(r, oleh: p, on: req.database).filter(\.$nomor == nomor).first() else { throw Abort(.notFound) }
            return VersiJSON(nomor: v.nomor, waktu: v.waktu, pengguna: v.pengguna, sumber: v.sumber, catatan: NaskahAlur.catatan(v, oleh: p),
                             isi: try NaskahAlur.isi(v))
        }
        api.rute(.POST, "naskah", ":naskah", "versi", ":nomor", "pulihkan", akses: penyusun, api: .init(
            id: "pulihkanVersi", ringkasan: "Pulihkan versi lama sebagai versi baru (dengan version naskah yang dibaca)", tag: "Naskah",
            parameter: [pNaskah, pNomor], body: "PulihkanMasukan", respons: "Naskah", galatTambahan: [409])) { req async throws -> NaskahJSON in
            let p = try req.pelakuWajib()
            let r = try await NaskahAlur.cari(req)
            let m = try req.content.decode(PulihkanMasukan.self)
            guard let nomor = req.parameters.get("nomor", as: Int.self) else { throw Abort(.notFound) }
            try await NaskahAlur.pulihkan(r, nomor: nomor, versi: m.version, pelaku: p, ip: req.alamatKlien, on: req.database)
            return try NaskahJSON(r)
        }
        api.rute(.GET, "naskah", ":naskah", "diff", akses: semua, api: .init(
            id: "diffNaskah", ringkasan: "Perbedaan kata per Pasal antara dua versi (perubahan yang terlalu besar dibandingkan per baris atau utuh; mitra: versi sejak dibagikan)",
            tag: "Naskah",
            parameter: [pNaskah, P(nama: "dari", lokasi: "query", tipe: "integer", wajib: false, keterangan: "Versi lama (bawaan: versi terkini − 1)"),
                        P(nama: "ke", lokasi: "query", tipe: "integer", wajib: false, keterangan: "Versi baru (bawaan: versi terkini)")],
            respons: "Diff")) { req async throws -> DiffJSON in
            let p = try req.pelakuWajib()
            let r = try await NaskahAlur.cari(req)
            let pertama = NaskahAlur.versiPertama(r, oleh: p)
            let ke = (try? req.query.get(Int.self, at: "ke")) ?? r.versiTerkini
            let dari = (try? req.query.get(Int.self, at: "dari")) ?? max(pertama, ke - 1)
            let v = try await NaskahAlur.versiTerlihat(r, oleh: p, on: req.database).filter(\.$nomor ~~ [dari, ke]).all()
            guard let a = v.first(where: { $0.nomor == dari }), let b = v.first(where: { $0.nomor == ke }) else {
                throw KesalahanValidasi(field: "dari", pesan: "Versi yang dibandingkan tidak ada (versi \(pertama) sampai \(r.versiTerkini)).")
            }
            let hasil = try await HitungDiff.bandingkan(try NaskahAlur.isi(a), try NaskahAlur.isi(b))
            return DiffJSON(dari: dari, ke: ke, bagian: hasil.bagian)
        }
        api.rute(.GET, "naskah", ":naskah", "komentar", akses: semua, api: .init(
            id: "daftarKomentar", ringkasan: "Komentar per Pasal (utas dan balasannya)", tag: "Naskah", parameter: [pNaskah],
            respons: "[Komentar]")) { req async throws -> [KomentarJSON] in
            let p = try req.pelakuWajib()
            let r = try await NaskahAlur.cari(req)
            return try await NaskahAlur.komentarTerlihat(r, oleh: p, on: req.database).map(KomentarJSON.init)
        }
        api.rute(.POST, "naskah", ":naskah", "komentar", akses: .peran([.admin, .tkksd, .operator, .mitra]), api: .init(
            id: "komentari", ringkasan: "Komentari sebuah Pasal (pasal: kunci Pasal) atau balas utas (induk)", tag: "Naskah", parameter: [pNaskah],
            body: "KomentarMasukan", respons: "Komentar", statusSukses: 201)) { req async throws -> Response in
            let p = try req.pelakuWajib()
            let r = try await NaskahAlur.cari(req)
            let m = try req.content.decode(KomentarMasukan.self)
            let c = try await NaskahAlur.komentari(r, pasal: m.pasal, isi: m.isi, induk: m.induk, pelaku: p, ip: req.alamatKlien, on: req.database)
            return try await KomentarJSON(c).encodeResponse(status: .created, for: req)
        }
        api.rute(.POST, "naskah", ":naskah", "komentar", ":komentar", "status", akses: .peran([.admin, .tkksd, .operator, .mitra]), api: .init(
            id: "statusKomentar", ringkasan: "Selesaikan (selesai: true) atau buka kembali utas komentar", tag: "Naskah", parameter: [pNaskah, pKomentar],
            body: "StatusKomentarMasukan", respons: "Komentar")) { req async throws -> KomentarJSON in
            let p = try req.pelakuWajib()
            let r = try await NaskahAlur.cari(req)
            let m = try req.content.decode(StatusKomentarMasukan.self)
            return KomentarJSON(try await NaskahAlur.statusKomentar(r, komentar: req.parameters.get("komentar", as: UUID.self), selesai: m.selesai,
                                                                    pelaku: p, ip: req.alamatKlien, on: req.database))
        }
        api.rute(.POST, "naskah", ":naskah", "klausul", akses: penyusun, api: .init(
            id: "sisipkanKlausul", ringkasan: "Sisipkan klausul dari pustaka sebagai Pasal baru (parameter di luar rentang → 422)", tag: "Naskah",
            parameter: [pNaskah], body: "KlausulSisip", respons: "Naskah", galatTambahan: [409])) { req async throws -> NaskahJSON in
            let p = try req.pelakuWajib()
            let r = try await NaskahAlur.cari(req)
            let m = try req.content.decode(KlausulMasukan.self)
            _ = try await NaskahAlur.sisipkanKlausul(r, kode: m.kode, varian: m.varian, nilai: m.nilai ?? [:], versi: m.version, pelaku: p,
                                                     ip: req.alamatKlien, on: req.database)
            return try NaskahJSON(r)
        }
        api.rute(.POST, "naskah", ":naskah", "pks", akses: penyusun, api: .init(
            id: "pksDariKB", ringkasan: "Susun Perjanjian Kerja Sama dari Kesepakatan Bersama ini (klausul PP 28/2018 Pasal 19 ayat (2) dari pustaka)",
            tag: "Naskah", parameter: [pNaskah], respons: "Naskah", statusSukses: 201)) { req async throws -> Response in
            let p = try req.pelakuWajib()
            let kb = try await NaskahAlur.cari(req)
            guard NaskahAlur.penyunting(kb, p) else { throw Tolak(.forbidden, "Hanya admin Bagian Kerja Sama atau operator unit penyusun yang dapat menyusun PKS dari naskah ini.") }
            let (n, asal) = try await NaskahBaru.pksDariKB(kb, pelaku: p, on: req.database)
            return try await NaskahJSON(try await NaskahAlur.buat(n, asal: asal, pelaku: p, ip: req.alamatKlien, on: req.database)).encodeResponse(status: .created, for: req)
        }
        api.rute(.POST, "naskah", ":naskah", "adendum", akses: penyusun, api: .init(
            id: "adendum", ringkasan: "Susun Adendum atas naskah yang sudah ditandatangani", tag: "Naskah", parameter: [pNaskah], respons: "Naskah",
            statusSukses: 201)) { req async throws -> Response in
            let p = try req.pelakuWajib()
            let asal = try await NaskahAlur.cari(req)
            guard NaskahAlur.penyunting(asal, p) else { throw Tolak(.forbidden, "Hanya admin Bagian Kerja Sama atau operator unit penyusun yang dapat menyusun adendum naskah ini.") }
            let (n, a) = try await NaskahBaru.adendum(asal, pelaku: p, on: req.database)
            return try await NaskahJSON(try await NaskahAlur.buat(n, asal: a, pelaku: p, ip: req.alamatKlien, on: req.database)).encodeResponse(status: .created, for: req)
        }
        api.rute(.GET, "naskah", ":naskah", "naskah.docx", akses: semua, api: .init(
            id: "unduhDOCX", ringkasan: "Naskah sebagai DOCX (A4 atau F4; rancangan bertanda air RANCANGAN)", tag: "Naskah", parameter: [pNaskah, pKertas],
            respons: "Berkas", jenisIsi: NaskahKeluaran.tipeDOCX)) { req async throws -> Response in
            let r = try await NaskahAlur.cari(req)
            return Keluaran.berkas(try NaskahKeluaran.docx(req, r), tipe: NaskahKeluaran.tipeDOCX, nama: NaskahKeluaran.namaBerkas(r, "docx"))
        }
        api.rute(.GET, "naskah", ":naskah", "naskah.pdf", akses: .internalPemda, api: .init(
            id: "unduhPDF", ringkasan: "Naskah sebagai PDF melalui LibreOffice (503 bila LibreOffice tidak terpasang)", tag: "Naskah",
            parameter: [pNaskah, pKertas], respons: "Berkas", jenisIsi: "application/pdf", galatTambahan: [503])) { req async throws -> Response in
            try await NaskahKeluaran.pdf(req, try await NaskahAlur.cari(req))
        }
        api.rute(.GET, "naskah", ":naskah", "naskah.md", akses: semua, api: .init(
            id: "unduhMarkdown", ringkasan: "Naskah sebagai Markdown (untuk alat lain, mis. pandoc)", tag: "Naskah", parameter: [pNaskah],
            respons: "Berkas", jenisIsi: "text/markdown")) { req async throws -> Response in
            let r = try await NaskahAlur.cari(req)
            return Keluaran.berkas(Data(MarkdownNaskah.tulis(try NaskahAlur.isi(r)).utf8), tipe: "text/markdown; charset=utf-8", nama: NaskahKeluaran.namaBerkas(r, "md"))
        }
        api.rute(.GET, "klausul", akses: .internalPemda, api: .init(
            id: "pustakaKlausul", ringkasan: "Pustaka klausul pemda (varian yang disetujui, versi terkini, parameter dan rentangnya)", tag: "Naskah",
            respons: "Pustaka")) { req async throws -> PustakaJSON in
            PustakaJSON(klausul: try await NaskahAlur.pustaka(try req.pelakuWajib(), on: req.database).klausul)
        }
        api.rute(.PUT, "klausul", ":kode", ":varian", akses: .admin, api: .init(
            id: "ubahKlausul", ringkasan: "Simpan varian klausul sebagai versi baru (naskah lama tetap mencatat versi yang dipakainya)", tag: "Naskah",
            parameter: [P(nama: "kode", lokasi: "path", tipe: "string", wajib: true, keterangan: "Kode klausul, mis. keadaan-kahar"),
                        P(nama: "varian", lokasi: "path", tipe: "string", wajib: true, keterangan: "Kode varian, mis. umum")],
            body: "Varian", respons: "Varian")) { req async throws -> VarianJSON in
            let p = try req.pelakuWajib()
            let kode = req.parameters.get("kode") ?? "", varian = req.parameters.get("varian") ?? ""
            guard var v = try await NaskahAlur.pustaka(p, on: req.database).cari(kode, varian: varian) else { throw Abort(.notFound) }
            let masuk = try req.content.decode(VarianJSON.self).varian
            v.nama = masuk.nama; v.dasarHukum = masuk.dasarHukum; v.status = masuk.status; v.berlaku = masuk.berlaku; v.isi = masuk.isi
            v.parameter = masuk.parameter
            return VarianJSON(varian: try await NaskahAlur.simpanVarian(v, klausul: kode, pelaku: p, ip: req.alamatKlien, on: req.database))
        }
    }

    // MARK: OpenAPI component schemas

    typealias D = DokumenOpenAPI

    static let unsur: J = .o([
        "type": .s("object"), "description": .s("Satu blok isi Pasal: paragraf, ayat ((1), (2)…), huruf (a., b.…), angka (1., 2.…) atau tabel"),
        "properties": .o([
            "jenis": .o(["type": .s("string"), "enum": .a(["paragraf", "ayat", "huruf", "angka", "tabel"].map(J.s))]),
            "teks": D.prop("string", "Untuk paragraf"),
            "butir": .o(["type": .s("array"), "items": D.objek(["teks": D.prop("string"), "rincian": .o(["type": .s("array"), "items": D.prop("string")])], wajib: ["teks"])]),
            "tabel": D.objek(["kolom": .o(["type": .s("array"), "items": D.prop("string")]),
                              "baris": .o(["type": .s("array"), "items": .o(["type": .s("array"), "items": D.prop("string")])])], wajib: ["kolom", "baris"]),
        ]),
        "required": .a([.s("jenis")]),
    ])

    static let jenisDokumen = J.o(["type": .s("string"), "enum": .a(JenisDokumen.allCases.map { J.s($0.rawValue) })])

    static let skema: [String: J] = [
        "NaskahIsi": .o([
            "type": .s("object"),
            "description": .s("Model naskah (JSON tersimpan per versi). Teks bebas boleh memuat <, &, kutip dan emoji; karakter kendali dibuang."),
            "properties": .o([
                "versiSkema": D.prop("integer", "Versi bentuk JSON (kini 1)"), "jenis": jenisDokumen,
                "jenisKerjaSama": D.prop("string", nullable: true), "judul": D.prop("string"), "tentang": D.prop("string"),
                "tempat": D.prop("string", nullable: true), "tanggal": D.prop("string", "TTTT-BB-HH", nullable: true, format: "date"),
                "pihak": .o(["type": .s("array"), "items": D.objek([
                    "instansi": D.prop("string"), "nama": D.prop("string"), "jabatan": D.prop("string"),
                    "dasarKewenangan": D.prop("string", nullable: true), "alamat": D.prop("string"), "nomorDokumen": D.prop("string", nullable: true),
                    "pemerintah": D.prop("boolean", "false: pihak bukan pemerintah, menandatangani di atas meterai"), "nip": D.prop("string", nullable: true),
                ], wajib: ["instansi", "nama", "jabatan", "alamat", "pemerintah"])]),
                "pengantarPertimbangan": D.prop("string", nullable: true),
                "pertimbangan": .o(["type": .s("array"), "items": D.prop("string")]), "mengingat": .o(["type": .s("array"), "items": D.prop("string")]),
                "pengantarPasal": D.prop("string", nullable: true),
                "pasal": .o(["type": .s("array"), "items": D.objek([
                    "kunci": D.prop("string", "Jangkar tetap (komentar dan perbandingan mengikutinya)"), "judul": D.prop("string"),
                    "isi": .o(["type": .s("array"), "items": D.ref("Unsur")]),
                    "klausul": .o(["type": .a([.s("object"), .s("null")]), "description": .s("Klausul pustaka yang dipakai: kode, varian, versi, nilai parameter")]),
                ], wajib: ["kunci", "judul", "isi"])]),
                "penutup": D.prop("string", nullable: true), "urutanTandaTangan": .o(["type": .s("array"), "items": D.prop("integer")]),
                "paraf": .o(["type": .s("array"), "items": D.prop("string")]), "tembusan": .o(["type": .s("array"), "items": D.prop("string")]),
                "lampiran": .o(["type": .s("array"), "items": D.objek(["judul": D.prop("string"), "isi": .o(["type": .s("array"), "items": D.ref("Unsur")])], wajib: ["judul", "isi"])]),
                "surat": .o(["type": .a([.s("object"), .s("null")])]), "rujukan": .o(["type": .a([.s("object"), .s("null")])]),
            ]),
            "required": .a([.s("jenis"), .s("judul"), .s("tentang")]),
        ]),
        "Unsur": unsur,
        "Naskah": D.objek([
            "id": D.prop("string", format: "uuid"), "jenis": jenisDokumen, "jenisKerjaSama": D.prop("string", nullable: true), "judul": D.prop("string"),
            "status": .o(["type": .s("string"), "enum": .a(StatusNaskah.allCases.map { J.s($0.rawValue) })]), "dibagikan": D.prop("boolean"),
            "versi": D.prop("integer", "Nomor versi terkini"), "version": D.prop("integer", "Untuk kunci versi saat menyimpan"),
            "mitraID": D.prop("string", nullable: true, format: "uuid"), "unitID": D.prop("string", nullable: true, format: "uuid"),
            "usulanID": D.prop("string", nullable: true, format: "uuid"), "indukID": D.prop("string", "KB dari PKS, atau naskah yang diubah adendum", nullable: true, format: "uuid"),
            "ditandatanganiPada": D.prop("string", nullable: true, format: "date"), "isi": D.ref("NaskahIsi"),
        ], wajib: ["id", "jenis", "judul", "status", "dibagikan", "versi", "version", "isi"]),
        "NaskahBaru": D.objek([
            "jenis": jenisDokumen, "jenisKerjaSama": D.prop("string", "Kosong: menurut mitra dan penyaringan kelayakan"),
            "usulan": D.prop("string", "ID usulan potensi asal", format: "uuid"), "mitra": D.prop("string", "ID mitra dari direktori", format: "uuid"),
            "tentang": D.prop("string"), "tanggal": D.prop("string", "TTTT-BB-HH", format: "date"), "tempat": D.prop("string"),
            "nomor1": D.prop("string"), "nama1": D.prop("string"), "jabatan1": D.prop("string"), "alamat1": D.prop("string"),
            "nomor2": D.prop("string"), "nama2": D.prop("string"), "jabatan2": D.prop("string"), "alamat2": D.prop("string"),
            "jangka": D.prop("string", "Jangka waktu dalam tahun (1–30; pemeriksa menandai di atas batas aturan)"),
            "pelaksana1": D.prop("string"), "pelaksana2": D.prop("string"),
        ], wajib: ["jenis", "tentang"]),
        "NaskahSimpan": D.objek(["isi": D.ref("NaskahIsi"), "version": D.prop("integer"), "catatan": D.prop("string", nullable: true)], wajib: ["isi", "version"]),
        "NaskahAksi": D.objek(["aksi": .o(["type": .s("string"), "enum": .a(NaskahAlur.Aksi.allCases.map { J.s($0.rawValue) })])], wajib: ["aksi"]),
        "PulihkanMasukan": D.objek(["version": D.prop("integer", "version naskah yang dibaca")], wajib: ["version"]),
        "Versi": D.objek([
            "nomor": D.prop("integer"), "waktu": D.prop("string", format: "date-time"), "pengguna": D.prop("string"), "sumber": D.prop("string"),
            "catatan": D.prop("string", "Catatan internal versi (tidak diberikan kepada mitra)", nullable: true), "isi": .o(["oneOf": .a([D.ref("NaskahIsi"), .o(["type": .s("null")])])]),
        ], wajib: ["nomor", "waktu", "pengguna", "sumber"]),
        "Diff": D.objek([
            "dari": D.prop("integer"), "ke": D.prop("integer"),
            "bagian": .o(["type": .s("array"), "items": D.objek([
                "kunci": D.prop("string"), "label": D.prop("string"),
                "status": .o(["type": .s("string"), "enum": .a(["tetap", "diubah", "ditambah", "dihapus"].map(J.s))]),
                "satuan": .o(["type": .s("string"), "enum": .a(["baris", "utuh"].map(J.s)),
                              "description": .s("Hanya bila perubahan terlalu besar untuk dibandingkan per kata: baris (dibandingkan per baris) atau utuh (teks lama dihapus, teks baru ditambahkan). Tidak ada: per kata.")]),
                "potongan": .o(["type": .s("array"), "items": D.objek([
                    "jenis": .o(["type": .s("string"), "enum": .a(["sama", "tambah", "hapus"].map(J.s))]), "teks": D.prop("string"),
                ], wajib: ["jenis", "teks"])]),
            ], wajib: ["kunci", "label", "status", "potongan"])]),
        ], wajib: ["dari", "ke", "bagian"]),
        "Komentar": D.objek([
            "id": D.prop("string", format: "uuid"), "indukID": D.prop("string", nullable: true, format: "uuid"), "pasalKunci": D.prop("string"),
            "pasalLabel": D.prop("string"), "versi": D.prop("integer"), "nama": D.prop("string"), "asal": D.prop("string"), "dariMitra": D.prop("boolean"),
            "isi": D.prop("string"), "selesai": D.prop("boolean"), "waktu": D.prop("string", format: "date-time"),
        ], wajib: ["id", "pasalKunci", "pasalLabel", "versi", "nama", "asal", "dariMitra", "isi", "selesai", "waktu"]),
        "KomentarMasukan": D.objek([
            "pasal": D.prop("string", "Kunci Pasal (untuk utas baru)"), "isi": D.prop("string", "Paling banyak 5.000 karakter"),
            "induk": D.prop("string", "ID utas yang dibalas", format: "uuid"),
        ], wajib: ["isi"]),
        "StatusKomentarMasukan": D.objek(["selesai": D.prop("boolean")], wajib: ["selesai"]),
        "Pemeriksaan": D.objek([
            "temuan": .o(["type": .s("array"), "items": D.objek([
                "kode": D.prop("string"), "pesan": D.prop("string"), "dasarHukum": D.prop("string"),
                "status": .o(["type": .s("string"), "enum": .a(["V", "S", "U"].map(J.s))]),
                "tingkat": .o(["type": .s("string"), "enum": .a(["wajib", "periksa", "isian"].map(J.s))]), "pasal": D.prop("string", nullable: true),
            ], wajib: ["kode", "pesan", "dasarHukum", "status", "tingkat"])]),
            "kewajiban": .o(["type": .s("array"), "items": D.objek([
                "sebutan": D.prop("string"), "pemilik": D.prop("string"), "uraian": D.prop("string"),
                "batasWaktu": D.prop("string", nullable: true, format: "date"), "pasal": D.prop("string"),
            ], wajib: ["sebutan", "pemilik", "uraian", "pasal"])]),
            "halanganTandaTangan": .o(["type": .s("array"), "items": D.prop("string")]),
        ], wajib: ["temuan", "kewajiban", "halanganTandaTangan"]),
        "KlausulSisip": D.objek([
            "kode": D.prop("string", "Kode klausul, mis. keadaan-kahar"), "varian": D.prop("string", "Kosong: varian yang sesuai jenis kerja sama"),
            "nilai": .o(["type": .s("object"), "additionalProperties": .o(["type": .s("string")]), "description": .s("Nilai parameter, mis. {\"hariPemberitahuan\": \"14\"}")]),
            "version": D.prop("integer"),
        ], wajib: ["kode", "version"]),
        "Pustaka": D.objek(["klausul": .o(["type": .s("array"), "items": .o(["type": .s("object"), "description": .s("Klausul dengan varian, versi, parameter (rentang) dan isi")])])],
                           wajib: ["klausul"]),
        "Varian": D.objek(["varian": .o(["type": .s("object"), "description": .s("Varian klausul: kode, nama, berlaku, dasarHukum, status, versi, parameter, isi")])],
                          wajib: ["varian"]),
        "Berkas": .o(["type": .s("string"), "format": .s("binary")]),
    ]
}
