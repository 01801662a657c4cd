import Foundation
import JalinDomain
import JalinNaskah

/// The OpenAPI description of the naskah API: each route's operation (registered with the route in
/// `NaskahAPI.daftarkan`) and the component schemas of its bodies (`NaskahAPI+JSON`).
extension NaskahAPI {
    typealias P = OperasiAPI.Param
    static let pNaskah = P(nama: "naskah", lokasi: "path", tipe: "string", wajib: true, keterangan: "ID naskah")
    static let pNomor = P(nama: "nomor", lokasi: "path", tipe: "integer", wajib: true, keterangan: "Nomor versi (1, 2, …)")
    static let pKomentar = P(nama: "komentar", lokasi: "path", tipe: "string", wajib: true, keterangan: "ID utas komentar")
    static let pKertas = P(nama: "kertas", lokasi: "query", tipe: "string", wajib: false, keterangan: "a4 (bawaan) atau f4")

    /// The operations, one per route.
    enum Operasi {
        static let daftar = OperasiAPI(
            id: "daftarNaskah", ringkasan: "Naskah kerja sama pemda (mitra: hanya yang dibagikan kepadanya)", tag: "Naskah",
            respons: "[Naskah]")
        static let buat = OperasiAPI(
            id: "buatNaskah",
            ringkasan:
                "Mulai naskah dari templat: isian terpandu (nomor, tanggal, tempat, penanda tangan, jangka waktu); sisanya dari usulan dan direktori mitra",
            tag: "Naskah", body: "NaskahBaru", respons: "Naskah", statusSukses: 201)
        static let naskah = OperasiAPI(
            id: "naskah", ringkasan: "Satu naskah dengan isi versi terkini", tag: "Naskah", parameter: [pNaskah], respons: "Naskah")
        static let simpan = OperasiAPI(
            id: "simpanNaskah",
            ringkasan:
                "Simpan isi sebagai versi baru (dengan version yang dibaca; versi usang → 409 berisi versi terbaru; naskah final → 403)",
            tag: "Naskah", parameter: [pNaskah], body: "NaskahSimpan", respons: "Naskah")
        static let aksi = OperasiAPI(
            id: "aksiNaskah",
            ringkasan:
                "ajukan, kembalikanDraf, bagikan, hentikanBagikan; tandatangani ditolak 422: penandatanganan dicatat pada kerja samanya (tandaTanganKerjaSama)",
            tag: "Naskah", parameter: [pNaskah], body: "NaskahAksi", respons: "Naskah")
        static let kaitkan = OperasiAPI(
            id: "kaitkanNaskah", ringkasan: "Hubungkan naskah dengan kerja samanya (penandatanganannya dicatat pada kerja sama itu)",
            tag: "Naskah", parameter: [pNaskah], body: "KaitKerjaSamaMasukan", respons: "Naskah")
        static let pemeriksaan = OperasiAPI(
            id: "pemeriksaanNaskah",
            ringkasan: "Unsur wajib yang belum ada atau masih kosong, dengan dasar hukumnya; kewajiban yang dipantau",
            tag: "Naskah", parameter: [pNaskah], respons: "Pemeriksaan")
        static let daftarVersi = OperasiAPI(
            id: "daftarVersi",
            ringkasan: "Semua versi naskah (tanpa isi); mitra: versi sejak naskah dibagikan kepadanya, tanpa catatan internal",
            tag: "Naskah", parameter: [pNaskah], respons: "[Versi]")
        static let versi = OperasiAPI(
            id: "versi", ringkasan: "Satu versi dengan isinya (JSON model naskah)", tag: "Naskah", parameter: [pNaskah, pNomor],
            respons: "Versi")
        static let pulihkan = OperasiAPI(
            id: "pulihkanVersi", ringkasan: "Pulihkan versi lama sebagai versi baru (dengan version naskah yang dibaca)", tag: "Naskah",
            parameter: [pNaskah, pNomor], body: "PulihkanMasukan", respons: "Naskah", galatTambahan: [409])
        static let diff = OperasiAPI(
            id: "diffNaskah",
            ringkasan:
                "Perbedaan kata per Pasal antara dua versi (perubahan yang terlalu besar dibandingkan per baris atau utuh; mitra: versi sejak dibagikan)",
            tag: "Naskah",
            parameter: [
                pNaskah,
                P(nama: "dari", lokasi: "query", tipe: "integer", wajib: false, keterangan: "Versi lama (bawaan: versi terkini − 1)"),
                P(nama: "ke", lokasi: "query", tipe: "integer", wajib: false, keterangan: "Versi baru (bawaan: versi terkini)"),
            ],
            respons: "Diff")
        static let daftarKomentar = OperasiAPI(
            id: "daftarKomentar", ringkasan: "Komentar per Pasal (utas dan balasannya)", tag: "Naskah", parameter: [pNaskah],
            respons: "[Komentar]")
        static let komentari = OperasiAPI(
            id: "komentari", ringkasan: "Komentari sebuah Pasal (pasal: kunci Pasal) atau balas utas (induk)", tag: "Naskah",
            parameter: [pNaskah],
            body: "KomentarMasukan", respons: "Komentar", statusSukses: 201)
        static let statusKomentar = OperasiAPI(
            id: "statusKomentar", ringkasan: "Selesaikan (selesai: true) atau buka kembali utas komentar", tag: "Naskah",
            parameter: [pNaskah, pKomentar],
            body: "StatusKomentarMasukan", respons: "Komentar")
        static let sisipkanKlausul = OperasiAPI(
            id: "sisipkanKlausul", ringkasan: "Sisipkan klausul dari pustaka sebagai Pasal baru (parameter di luar rentang → 422)",
            tag: "Naskah",
            parameter: [pNaskah], body: "KlausulSisip", respons: "Naskah", galatTambahan: [409])
        static let pks = OperasiAPI(
            id: "pksDariKB",
            ringkasan: "Susun Perjanjian Kerja Sama dari Kesepakatan Bersama ini (klausul PP 28/2018 Pasal 19 ayat (2) dari pustaka)",
            tag: "Naskah", parameter: [pNaskah], respons: "Naskah", statusSukses: 201)
        static let adendum = OperasiAPI(
            id: "adendum", ringkasan: "Susun Adendum atas naskah yang sudah ditandatangani", tag: "Naskah", parameter: [pNaskah],
            respons: "Naskah",
            statusSukses: 201)
        static let docx = OperasiAPI(
            id: "unduhDOCX", ringkasan: "Naskah sebagai DOCX (A4 atau F4; rancangan bertanda air RANCANGAN)", tag: "Naskah",
            parameter: [pNaskah, pKertas],
            respons: "Berkas", jenisIsi: Unduhan.docx)
        static let pdf = OperasiAPI(
            id: "unduhPDF", ringkasan: "Naskah sebagai PDF melalui LibreOffice (503 bila LibreOffice tidak terpasang)", tag: "Naskah",
            parameter: [pNaskah, pKertas], respons: "Berkas", jenisIsi: "application/pdf", galatTambahan: [503])
        static let markdown = OperasiAPI(
            id: "unduhMarkdown", ringkasan: "Naskah sebagai Markdown (untuk alat lain, mis. pandoc)", tag: "Naskah", parameter: [pNaskah],
            respons: "Berkas", jenisIsi: "text/markdown")
        static let pustaka = OperasiAPI(
            id: "pustakaKlausul", ringkasan: "Pustaka klausul pemda (varian yang disetujui, versi terkini, parameter dan rentangnya)",
            tag: "Naskah",
            respons: "Pustaka")
        static let ubahKlausul = OperasiAPI(
            id: "ubahKlausul", ringkasan: "Simpan varian klausul sebagai versi baru (naskah lama tetap mencatat versi yang dipakainya)",
            tag: "Naskah",
            parameter: [
                P(nama: "kode", lokasi: "path", tipe: "string", wajib: true, keterangan: "Kode klausul, mis. keadaan-kahar"),
                P(nama: "varian", lokasi: "path", tipe: "string", wajib: true, keterangan: "Kode varian, mis. umum"),
            ],
            body: "Varian", respons: "Varian")
    }

    // MARK: OpenAPI component schemas

    typealias D = DokumenOpenAPI

    static let unsur: J = .o([
        "type": .s("object"),
        "description": .s("Satu blok isi Pasal: paragraf, ayat ((1), (2)…), huruf (a., b.…), angka (1., 2.…) atau tabel"),
        "properties": .o([
            "jenis": .o(["type": .s("string"), "enum": .a(["paragraf", "ayat", "huruf", "angka", "tabel"].map(J.s))]),
            "teks": D.prop("string", "Untuk paragraf"),
            "butir": .o([
                "type": .s("array"),
                "items": D.objek(
                    ["teks": D.prop("string"), "rincian": .o(["type": .s("array"), "items": D.prop("string")])], wajib: ["teks"]),
            ]),
            "tabel": D.objek(
                [
                    "kolom": .o(["type": .s("array"), "items": D.prop("string")]),
                    "baris": .o(["type": .s("array"), "items": .o(["type": .s("array"), "items": D.prop("string")])]),
                ], wajib: ["kolom", "baris"]),
        ]),
        "required": .a([.s("jenis")]),
    ])

    static let jenisDokumen = J.o(["type": .s("string"), "enum": .a(JenisDokumen.allCases.map { J.s($0.rawValue) })])

    static let skema: [String: J] = [
        "NaskahIsi": .o([
            "type": .s("object"),
            "description": .s(
                "Model naskah (JSON tersimpan per versi). Teks bebas boleh memuat <, &, kutip dan emoji; karakter kendali dibuang."),
            "properties": .o([
                "versiSkema": D.prop("integer", "Versi bentuk JSON (kini 1)"), "jenis": jenisDokumen,
                "jenisKerjaSama": D.prop("string", nullable: true), "judul": D.prop("string"), "tentang": D.prop("string"),
                "tempat": D.prop("string", nullable: true), "tanggal": D.prop("string", "TTTT-BB-HH", nullable: true, format: "date"),
                "pihak": .o([
                    "type": .s("array"),
                    "items": D.objek(
                        [
                            "instansi": D.prop("string"), "nama": D.prop("string"), "jabatan": D.prop("string"),
                            "dasarKewenangan": D.prop("string", nullable: true), "alamat": D.prop("string"),
                            "nomorDokumen": D.prop("string", nullable: true),
                            "pemerintah": D.prop("boolean", "false: pihak bukan pemerintah, menandatangani di atas meterai"),
                            "nip": D.prop("string", nullable: true),
                        ], wajib: ["instansi", "nama", "jabatan", "alamat", "pemerintah"]),
                ]),
                "pengantarPertimbangan": D.prop("string", nullable: true),
                "pertimbangan": .o(["type": .s("array"), "items": D.prop("string")]),
                "mengingat": .o(["type": .s("array"), "items": D.prop("string")]),
                "pengantarPasal": D.prop("string", nullable: true),
                "pasal": .o([
                    "type": .s("array"),
                    "items": D.objek(
                        [
                            "kunci": D.prop("string", "Jangkar tetap (komentar dan perbandingan mengikutinya)"), "judul": D.prop("string"),
                            "isi": .o(["type": .s("array"), "items": D.ref("Unsur")]),
                            "klausul": .o([
                                "type": .a([.s("object"), .s("null")]),
                                "description": .s("Klausul pustaka yang dipakai: kode, varian, versi, nilai parameter"),
                            ]),
                        ], wajib: ["kunci", "judul", "isi"]),
                ]),
                "penutup": D.prop("string", nullable: true), "urutanTandaTangan": .o(["type": .s("array"), "items": D.prop("integer")]),
                "paraf": .o(["type": .s("array"), "items": D.prop("string")]),
                "tembusan": .o(["type": .s("array"), "items": D.prop("string")]),
                "lampiran": .o([
                    "type": .s("array"),
                    "items": D.objek(
                        ["judul": D.prop("string"), "isi": .o(["type": .s("array"), "items": D.ref("Unsur")])], wajib: ["judul", "isi"]),
                ]),
                "surat": .o(["type": .a([.s("object"), .s("null")])]), "rujukan": .o(["type": .a([.s("object"), .s("null")])]),
            ]),
            "required": .a([.s("jenis"), .s("judul"), .s("tentang")]),
        ]),
        "Unsur": unsur,
        "Naskah": D.objek(
            [
                "id": D.prop("string", format: "uuid"), "jenis": jenisDokumen, "jenisKerjaSama": D.prop("string", nullable: true),
                "judul": D.prop("string"),
                "status": .o(["type": .s("string"), "enum": .a(StatusNaskah.allCases.map { J.s($0.rawValue) })]),
                "dibagikan": D.prop("boolean"),
                "versi": D.prop("integer", "Nomor versi terkini"), "version": D.prop("integer", "Untuk kunci versi saat menyimpan"),
                "mitraID": D.prop("string", nullable: true, format: "uuid"), "unitID": D.prop("string", nullable: true, format: "uuid"),
                "usulanID": D.prop("string", nullable: true, format: "uuid"),
                "indukID": D.prop("string", "KB dari PKS, atau naskah yang diubah adendum", nullable: true, format: "uuid"),
                "kerjaSamaId": D.prop("string", "Kerja sama tempat naskah ini ditandatangani", nullable: true, format: "uuid"),
                "ditandatanganiPada": D.prop("string", nullable: true, format: "date"), "isi": D.ref("NaskahIsi"),
            ], wajib: ["id", "jenis", "judul", "status", "dibagikan", "versi", "version", "isi"]),
        "NaskahBaru": D.objek(
            [
                "jenis": jenisDokumen, "jenisKerjaSama": D.prop("string", "Kosong: menurut mitra dan penyaringan kelayakan"),
                "usulan": D.prop("string", "ID usulan potensi asal", format: "uuid"),
                "mitra": D.prop("string", "ID mitra dari direktori", format: "uuid"),
                "tentang": D.prop("string"), "tanggal": D.prop("string", "TTTT-BB-HH", format: "date"), "tempat": D.prop("string"),
                "nomor1": D.prop("string"), "nama1": D.prop("string"), "jabatan1": D.prop("string"), "alamat1": D.prop("string"),
                "nomor2": D.prop("string"), "nama2": D.prop("string"), "jabatan2": D.prop("string"), "alamat2": D.prop("string"),
                "jangka": D.prop("string", "Jangka waktu dalam tahun (1–30; pemeriksa menandai di atas batas aturan)"),
                "pelaksana1": D.prop("string"), "pelaksana2": D.prop("string"),
            ], wajib: ["jenis", "tentang"]),
        "NaskahSimpan": D.objek(
            ["isi": D.ref("NaskahIsi"), "version": D.prop("integer"), "catatan": D.prop("string", nullable: true)],
            wajib: ["isi", "version"]),
        "NaskahAksi": D.objek(
            ["aksi": .o(["type": .s("string"), "enum": .a(NaskahAlur.Aksi.allCases.map { J.s($0.rawValue) })])], wajib: ["aksi"]),
        "PulihkanMasukan": D.objek(["version": D.prop("integer", "version naskah yang dibaca")], wajib: ["version"]),
        "Versi": D.objek(
            [
                "nomor": D.prop("integer"), "waktu": D.prop("string", format: "date-time"), "pengguna": D.prop("string"),
                "sumber": D.prop("string"),
                "catatan": D.prop("string", "Catatan internal versi (tidak diberikan kepada mitra)", nullable: true),
                "isi": .o(["oneOf": .a([D.ref("NaskahIsi"), .o(["type": .s("null")])])]),
            ], wajib: ["nomor", "waktu", "pengguna", "sumber"]),
        "Diff": D.objek(
            [
                "dari": D.prop("integer"), "ke": D.prop("integer"),
                "bagian": .o([
                    "type": .s("array"),
                    "items": D.objek(
                        [
                            "kunci": D.prop("string"), "label": D.prop("string"),
                            "status": .o(["type": .s("string"), "enum": .a(["tetap", "diubah", "ditambah", "dihapus"].map(J.s))]),
                            "satuan": .o([
                                "type": .s("string"), "enum": .a(["baris", "utuh"].map(J.s)),
                                "description": .s(
                                    "Hanya bila perubahan terlalu besar untuk dibandingkan per kata: baris (dibandingkan per baris) atau utuh (teks lama dihapus, teks baru ditambahkan). Tidak ada: per kata."
                                ),
                            ]),
                            "potongan": .o([
                                "type": .s("array"),
                                "items": D.objek(
                                    [
                                        "jenis": .o(["type": .s("string"), "enum": .a(["sama", "tambah", "hapus"].map(J.s))]),
                                        "teks": D.prop("string"),
                                    ], wajib: ["jenis", "teks"]),
                            ]),
                        ], wajib: ["kunci", "label", "status", "potongan"]),
                ]),
            ], wajib: ["dari", "ke", "bagian"]),
        "Komentar": D.objek(
            [
                "id": D.prop("string", format: "uuid"), "indukID": D.prop("string", nullable: true, format: "uuid"),
                "pasalKunci": D.prop("string"),
                "pasalLabel": D.prop("string"), "versi": D.prop("integer"), "nama": D.prop("string"), "asal": D.prop("string"),
                "dariMitra": D.prop("boolean"),
                "isi": D.prop("string"), "selesai": D.prop("boolean"), "waktu": D.prop("string", format: "date-time"),
            ], wajib: ["id", "pasalKunci", "pasalLabel", "versi", "nama", "asal", "dariMitra", "isi", "selesai", "waktu"]),
        "KomentarMasukan": D.objek(
            [
                "pasal": D.prop("string", "Kunci Pasal (untuk utas baru)"), "isi": D.prop("string", "Paling banyak 5.000 karakter"),
                "induk": D.prop("string", "ID utas yang dibalas", format: "uuid"),
            ], wajib: ["isi"]),
        "StatusKomentarMasukan": D.objek(["selesai": D.prop("boolean")], wajib: ["selesai"]),
        "Pemeriksaan": D.objek(
            [
                "temuan": .o([
                    "type": .s("array"),
                    "items": D.objek(
                        [
                            "kode": D.prop("string"), "pesan": D.prop("string"), "dasarHukum": D.prop("string"),
                            "status": .o(["type": .s("string"), "enum": .a(["V", "S", "U"].map(J.s))]),
                            "tingkat": .o(["type": .s("string"), "enum": .a(["wajib", "periksa", "isian"].map(J.s))]),
                            "pasal": D.prop("string", nullable: true),
                        ], wajib: ["kode", "pesan", "dasarHukum", "status", "tingkat"]),
                ]),
                "kewajiban": .o([
                    "type": .s("array"),
                    "items": D.objek(
                        [
                            "sebutan": D.prop("string"), "pemilik": D.prop("string"), "uraian": D.prop("string"),
                            "batasWaktu": D.prop("string", nullable: true, format: "date"), "pasal": D.prop("string"),
                        ], wajib: ["sebutan", "pemilik", "uraian", "pasal"]),
                ]),
                "halanganTandaTangan": .o(["type": .s("array"), "items": D.prop("string")]),
            ], wajib: ["temuan", "kewajiban", "halanganTandaTangan"]),
        "KlausulSisip": D.objek(
            [
                "kode": D.prop("string", "Kode klausul, mis. keadaan-kahar"),
                "varian": D.prop("string", "Kosong: varian yang sesuai jenis kerja sama"),
                "nilai": .o([
                    "type": .s("object"), "additionalProperties": .o(["type": .s("string")]),
                    "description": .s("Nilai parameter, mis. {\"hariPemberitahuan\": \"14\"}"),
                ]),
                "version": D.prop("integer"),
            ], wajib: ["kode", "version"]),
        "Pustaka": D.objek(
            [
                "klausul": .o([
                    "type": .s("array"),
                    "items": .o(["type": .s("object"), "description": .s("Klausul dengan varian, versi, parameter (rentang) dan isi")]),
                ])
            ],
            wajib: ["klausul"]),
        "Varian": D.objek(
            [
                "varian": .o([
                    "type": .s("object"),
                    "description": .s("Varian klausul: kode, nama, berlaku, dasarHukum, status, versi, parameter, isi"),
                ])
            ],
            wajib: ["varian"]),
        "Berkas": .o(["type": .s("string"), "format": .s("binary")]),
    ]
}
