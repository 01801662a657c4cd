import Foundation
import Vapor

/// The schemas of the API's own document (components/schemas), by name: the reference data, the
/// cooperation records, monev and mapping. The naskah schemas are in `NaskahAPI.skema`.
extension DokumenOpenAPI {
    static let skemaDasar: [String: J] = [
        "Galat": objek(
            [
                "error": objek(
                    [
                        "status": prop("integer"), "pesan": prop("string", "Pesan dalam Bahasa Indonesia"),
                        "isian": .o([
                            "type": .a([.s("array"), .s("null")]),
                            "items": objek(["field": prop("string"), "pesan": prop("string")], wajib: ["field", "pesan"]),
                        ]),
                    ], wajib: ["status", "pesan"])
            ], wajib: ["error"]),
        "Saya": objek(
            [
                "id": prop("string", format: "uuid"), "namaPengguna": prop("string"), "namaLengkap": prop("string"),
                "peran": .o(["type": .s("string"), "enum": .a(["admin", "tkksd", "operator", "pimpinan", "mitra"].map(J.s))]),
                "pemda": objek(
                    ["id": prop("string", format: "uuid"), "nama": prop("string"), "kodeWilayah": prop("string")],
                    wajib: ["id", "nama", "kodeWilayah"]),
                "unitID": prop("string", nullable: true, format: "uuid"), "mitraID": prop("string", nullable: true, format: "uuid"),
            ], wajib: ["id", "namaPengguna", "namaLengkap", "peran", "pemda"]),
        "Wilayah": objek(
            [
                "kode": prop("string", "Kode Kemendagri, mis. 64.02.13"), "nama": prop("string"), "tingkat": prop("integer"),
                "tingkatNama": prop("string"), "induk": prop("string", nullable: true), "pensiun": prop("boolean"),
            ], wajib: ["kode", "nama", "tingkat", "tingkatNama", "pensiun"]),
        "Urusan": objek(
            [
                "kode": prop("string"), "nama": prop("string"), "kelompok": prop("integer"), "kelompokNama": prop("string"),
                "edisi": prop("string"),
            ], wajib: ["kode", "nama", "kelompok", "kelompokNama", "edisi"]),
        "Unit": objek(
            [
                "id": prop("string", format: "uuid"),
                "jenis": .o(["type": .s("string"), "enum": .a(["opd", "kecamatan", "kelurahan", "desa"].map(J.s))]),
                "nama": prop("string"), "singkatan": prop("string", nullable: true), "kodeWilayah": prop("string", nullable: true),
                "urusan": .o(["type": .s("array"), "items": prop("string")]), "aktif": prop("boolean"), "contoh": prop("boolean"),
                "version": prop("integer"),
            ], wajib: ["id", "jenis", "nama", "urusan", "aktif", "contoh", "version"]),
        "UnitMasukan": objek(
            [
                "jenis": .o(["type": .s("string"), "enum": .a(["opd", "kecamatan", "kelurahan", "desa"].map(J.s))]),
                "nama": prop("string"), "singkatan": prop("string", nullable: true), "kodeWilayah": prop("string", nullable: true),
                "urusan": .o(["type": .s("array"), "items": prop("string")]), "aktif": prop("boolean", nullable: true),
                "version": prop("integer", "Wajib saat mengubah: versi yang dibaca sebelumnya", nullable: true),
            ], wajib: ["jenis", "nama", "urusan"]),
        "Mitra": objek(
            [
                "id": prop("string", format: "uuid"), "jenis": prop("string"), "jenisNama": prop("string"), "nama": prop("string"),
                "kodeWilayah": prop("string", nullable: true), "alamat": prop("string", nullable: true),
                "keterangan": prop("string", nullable: true), "contoh": prop("boolean"), "version": prop("integer"),
            ], wajib: ["id", "jenis", "jenisNama", "nama", "contoh", "version"]),
        "Pengguna": objek(
            [
                "id": prop("string", format: "uuid"), "namaPengguna": prop("string"), "namaLengkap": prop("string"),
                "email": prop("string", nullable: true), "peran": prop("string"), "unitID": prop("string", nullable: true, format: "uuid"),
                "mitraID": prop("string", nullable: true, format: "uuid"), "aktif": prop("boolean"), "version": prop("integer"),
            ], wajib: ["id", "namaPengguna", "namaLengkap", "peran", "aktif", "version"]),
        "Audit": objek(
            [
                "waktu": prop("string"), "waktuISO": prop("string", format: "date-time"), "pengguna": prop("string"),
                "aksi": prop("string"),
                "entitas": prop("string"), "entitasID": prop("string", nullable: true), "sebelum": prop("string", nullable: true),
                "sesudah": prop("string", nullable: true),
            ], wajib: ["waktu", "waktuISO", "pengguna", "aksi", "entitas"]),
        "Status": objek(["status": prop("string")], wajib: ["status"]),
        "Kriteria": objek(
            ["kode": prop("string"), "nama": prop("string"), "keterangan": prop("string")], wajib: ["kode", "nama", "keterangan"]),
        "Periode": objek(
            [
                "id": prop("string", format: "uuid"), "judul": prop("string"), "tahun": prop("integer"),
                "batasWaktu": prop("string", format: "date"),
                "dibuka": prop("boolean"), "topN": prop("integer"), "kriteria": .o(["type": .s("array"), "items": ref("Kriteria")]),
                "unitDiundang": .o(["type": .s("array"), "items": prop("string", format: "uuid")]), "version": prop("integer"),
            ], wajib: ["id", "judul", "tahun", "batasWaktu", "dibuka", "topN", "kriteria", "unitDiundang", "version"]),
        "Usulan": objek(
            [
                "id": prop("string", format: "uuid"), "periodeID": prop("string", format: "uuid"), "unitID": prop("string", format: "uuid"),
                "status": .o([
                    "type": .s("string"),
                    "enum": .a(["draf", "diajukan", "dikembalikan", "terverifikasi", "dinilai", "diprioritaskan", "ditolak"].map(J.s)),
                ]),
                "catatan": prop("string", nullable: true),
                "isi": .o([
                    "type": .a([.s("object"), .s("null")]), "description": .s("Isi usulan yang sudah diperiksa (judul, urusan, lokasi, …)"),
                ]),
                "version": prop("integer"),
            ], wajib: ["id", "periodeID", "unitID", "status", "version"]),
        "UsulanMasukan": .o([
            "type": .s("object"),
            "description": .s("Isian usulan. Untuk draf hanya judul yang wajib; ajukan: true memeriksa semua isian wajib."),
            "properties": .o([
                "jenis": .o(["type": .s("string"), "enum": .a(["isu", "potensi", "permasalahan"].map(J.s))]),
                "judul": prop("string"), "deskripsi": prop("string"),
                "urusan": .o(["type": .s("array"), "items": prop("string")]), "lokasi": .o(["type": .s("array"), "items": prop("string")]),
                "bentuk": prop("string"), "sumberDayaDimiliki": prop("string"), "sumberDayaDibutuhkan": prop("string"),
                "calonMitra": .o(["type": .s("array"), "items": prop("string", format: "uuid")]),
                "eksternalitas": .o(["type": .a([.s("boolean"), .s("string")])]), "eksternalitasDengan": prop("string"),
                "manfaat": prop("string"), "indikator": prop("string"), "perkiraanBiaya": .o(["type": .a([.s("string"), .s("integer")])]),
                "sumberDana": prop("string"), "kodeProgram": prop("string"), "namaProgram": prop("string"),
                "pengecualian": prop("string"), "alasanPengecualian": prop("string"),
                "unitID": prop("string", "Unit pengusul (hanya admin)", format: "uuid"), "ajukan": prop("boolean"),
                "version": prop("integer", "Wajib saat mengubah"),
            ]),
            "required": .a([.s("judul")]),
        ]),
        "AksiMasukan": objek(
            [
                "aksi": .o([
                    "type": .s("string"),
                    "enum": .a(["ajukan", "tarikKembali", "kembalikan", "verifikasi", "tolak", "prioritaskan"].map(J.s)),
                ]),
                "catatan": prop("string", "Wajib untuk kembalikan dan tolak"),
            ], wajib: ["aksi"]),
        "NilaiMasukan": objek(
            [
                "nilai": .o(["type": .s("object"), "additionalProperties": .o(["type": .s("number"), "minimum": .i(1), "maximum": .i(5)])]),
                "alasan": prop("string"),
            ], wajib: ["nilai"]),
        "BobotMasukan": objek(
            [
                "atas": .o([
                    "type": .s("array"), "description": .s("Segitiga atas matriks perbandingan, baris demi baris (skala 1/9–9)"),
                    "items": .o(["type": .s("array"), "items": .o(["type": .s("number")])]),
                ])
            ], wajib: ["atas"]),
        "Bobot": objek(
            [
                "kriteria": .o(["type": .s("array"), "items": ref("Kriteria")]),
                "bobot": .o(["type": .s("array"), "items": prop("number")]),
                "cr": prop("number", nullable: true), "peringatan": prop("string", nullable: true), "jumlahAnggota": prop("integer"),
            ], wajib: ["kriteria", "bobot", "jumlahAnggota"]),
        "Peringkat": objek(
            [
                "kriteria": .o(["type": .s("array"), "items": ref("Kriteria")]),
                "bobot": .o(["type": .s("array"), "items": prop("number")]),
                "cr": prop("number", nullable: true), "topN": prop("integer"),
                "peringkat": .o([
                    "type": .s("array"),
                    "items": objek(
                        [
                            "peringkat": prop("integer"), "id": prop("string"), "judul": prop("string"), "total": prop("number"),
                            "skor": .o(["type": .s("array"), "items": prop("number")]), "jumlahPenilai": prop("integer"),
                        ], wajib: ["peringkat", "id", "judul", "total", "skor", "jumlahPenilai"]),
                ]),
                "sensitivitas": .o(["type": .s("array"), "items": .o(["type": .s("object")])]),
            ], wajib: ["kriteria", "bobot", "topN", "peringkat", "sensitivitas"]),
        "KerjaSama": objek(
            [
                "id": prop("string", format: "uuid"), "judul": prop("string"), "objek": prop("string"), "jenis": prop("string"),
                "tahap": prop("string"),
                "tahapBerikutnya": prop("string", nullable: true), "perluDPRD": prop("boolean", nullable: true),
                "urusan": .o(["type": .s("array"), "items": prop("string")]),
                "mitra": .o(["type": .s("array"), "items": prop("string", format: "uuid")]),
                "unit": .o(["type": .s("array"), "items": prop("string", format: "uuid")]),
                "nilai": prop("integer", "Dalam sen", nullable: true),
                "tanggalMulai": prop("string", nullable: true), "tanggalBerakhir": prop("string", nullable: true),
                "indukID": prop("string", nullable: true, format: "uuid"), "hubungan": prop("string", nullable: true),
                "kekurangan": .o(["type": .s("array"), "items": prop("string")]), "version": prop("integer"),
            ], wajib: ["id", "judul", "objek", "jenis", "tahap", "urusan", "mitra", "unit", "kekurangan", "version"]),
        "KerjaSamaMasukan": objek(
            [
                "judul": prop("string"), "objek": prop("string"),
                "jenis": prop("string", "Mis. ksddSukarela, ksdpkPelayananPublik, sinergi"),
                "urusan": .o(["type": .s("array"), "items": prop("string")]), "lokasi": .o(["type": .s("array"), "items": prop("string")]),
                "mitra": .o(["type": .s("array"), "items": prop("string", format: "uuid")]),
                "unit": .o(["type": .s("array"), "items": prop("string", format: "uuid")]),
                "nilai": prop("string"), "sumberDana": prop("string"), "tanggalMulai": prop("string", format: "date"),
                "tanggalBerakhir": prop("string", format: "date"),
                "membebani": prop("string", "ya/tidak"), "dianggarkan": prop("string", "ya/tidak"),
                "usulanID": prop("string", format: "uuid"),
                "kodeProgram": prop("string"), "namaProgram": prop("string"),
            ], wajib: ["judul", "objek", "jenis", "urusan", "mitra", "unit"]),
        "PeristiwaMasukan": objek(
            [
                "aksi": .o([
                    "type": .s("string"),
                    "enum": .a(["lanjut", "kembali", "dokumen", "persetujuan", "akhiri", "mulaiAdendum", "batalkanAdendum"].map(J.s)),
                ]),
                "tahap": prop("string"), "alasan": prop("string"), "dokumen": prop("string"), "persetujuan": prop("string"),
                "alasanBerakhir": prop("string"), "catatan": prop("string"), "version": prop("integer"),
            ], wajib: ["aksi", "version"]),
        "Kewajiban": objek(
            [
                "id": prop("string", format: "uuid"), "uraian": prop("string"), "pemilik": prop("string"),
                "jatuhTempo": prop("string", nullable: true),
                "periode": prop("string", nullable: true), "status": prop("string"), "terlambat": prop("boolean"),
                "version": prop("integer"),
            ], wajib: ["id", "uraian", "pemilik", "status", "terlambat", "version"]),
        "PenandatangananMasukan": objek(
            [
                "dokumen": prop("string", "Jenis dokumen yang ditandatangani, misalnya kesepakatanBersama"),
                "naskah": prop("string", "ID naskah di Jalin yang menjadi final dengan penandatanganan ini (boleh kosong)"),
                "nomor1": prop("string"), "nomor2": prop("string"), "pihak2": prop("string"), "tanggal": prop("string", format: "date"),
                "tempat": prop("string"), "nama1": prop("string"), "jabatan1": prop("string"),
                "kewenangan1": prop("string", "Nomor surat kuasa bila penanda tangan bukan kepala daerah"), "nama2": prop("string"),
                "jabatan2": prop("string"), "paraf": prop("string", "ya"), "materai": prop("string", "ya"), "stempel": prop("string", "ya"),
                "pindaian": .o([
                    "type": .s("string"), "format": .s("binary"), "description": .s("Pindaian naskah bertanda tangan (PDF atau JPEG)"),
                ]),
                "version": prop("integer"),
            ], wajib: ["dokumen", "nomor1", "pihak2", "tanggal", "tempat", "nama1", "jabatan1", "nama2", "jabatan2", "pindaian", "version"]),
        "KaitKerjaSamaMasukan": objek(
            ["kerjaSama": prop("string", "ID kerja sama", format: "uuid"), "version": prop("integer")], wajib: ["kerjaSama", "version"]),
        "Notifikasi": objek(
            [
                "id": prop("string"), "judul": prop("string"), "isi": prop("string"), "tautan": prop("string"), "waktu": prop("string"),
                "dibaca": prop("boolean"),
                "mendesak": prop("boolean", "Meminta tindakan penerima"), "jenis": prop("string", "Jenis pemberitahuan"),
            ], wajib: ["id", "judul", "isi", "tautan", "waktu", "dibaca", "mendesak", "jenis"]),
        "PeriodeMonev": objek(
            [
                "id": prop("string", format: "uuid"), "nama": prop("string"), "mulai": prop("string", format: "date"),
                "selesai": prop("string", format: "date"),
                "dibuka": prop("boolean"), "rubrik": ref("RubrikMonev"), "version": prop("integer"),
                "tampilkanIsian": prop(
                    "boolean", "Setelah periode ditutup, para pihak melihat isian semua pihak (pilihan admin; bawaan tidak)"),
            ], wajib: ["id", "nama", "mulai", "selesai", "dibuka", "rubrik", "version", "tampilkanIsian"]),
        "RubrikMonev": objek(
            [
                "versi": prop("integer"),
                "butir": .o([
                    "type": .s("array"),
                    "items": objek(
                        [
                            "kode": prop("string"), "nama": prop("string"),
                            "jenis": .o(["type": .s("string"), "enum": .a(["skala", "teks", "kewajiban"].map(J.s))]),
                            "bobot": prop("number"),
                        ], wajib: ["kode", "nama", "jenis", "bobot"]),
                ]),
            ], wajib: ["versi", "butir"]),
        "PeriodeMonevMasukan": objek(
            [
                "nama": prop("string"), "mulai": prop("string", "TTTT-BB-HH", format: "date"),
                "selesai": prop("string", "TTTT-BB-HH; tidak boleh sebelum mulai", format: "date"),
            ], wajib: ["nama", "mulai", "selesai"]),
        "VersiMasukan": objek(["version": prop("integer", "Versi yang dibaca sebelumnya")], wajib: []),
        "IsianMonevMasukan": .o([
            "type": .s("object"),
            "description": .s(
                "Formulir evaluasi: n_<kode> untuk setiap butir berskala rubrik (1–5), rekomendasi, permasalahan (wajib bila ada nilai 1 atau 2)."
            ),
            "properties": .o([
                "n_output": .o(["type": .a([.s("integer"), .s("string")])]), "n_anggaran": .o(["type": .a([.s("integer"), .s("string")])]),
                "n_waktu": .o(["type": .a([.s("integer"), .s("string")])]),
                "n_koordinasi": .o(["type": .a([.s("integer"), .s("string")])]),
                "n_manfaat": .o(["type": .a([.s("integer"), .s("string")])]),
                "n_relevansi": .o(["type": .a([.s("integer"), .s("string")])]),
                "rekomendasi": .o(["type": .s("string"), "enum": .a(["lanjutkan", "adendum", "perpanjang", "akhiri"].map(J.s))]),
                "permasalahan": prop("string"), "catatan": prop("string"),
                "version": prop("integer", "Versi isian pihak Anda yang dibaca (0 bila belum ada); versi usang ditolak 409"),
            ]),
            "required": .a([.s("rekomendasi")]),
        ]),
        "PenilaianAkhirMasukan": objek(
            [
                "nilaiAkhir": .o(["type": .s("integer"), "minimum": .i(1), "maximum": .i(5)]),
                "rekomendasi": .o(["type": .s("string"), "enum": .a(["lanjutkan", "adendum", "perpanjang", "akhiri"].map(J.s))]),
                "catatan": prop("string"), "version": prop("integer"),
            ], wajib: ["nilaiAkhir", "rekomendasi"]),
        "EvaluasiMonev": objek(
            [
                "id": prop("string", format: "uuid"), "periodeID": prop("string", format: "uuid"),
                "kerjaSamaID": prop("string", format: "uuid"),
                "unitID": prop("string", format: "uuid"),
                "indeks": prop("number", "Indeks monev 0–100 (docs/indeks-monev.md)", nullable: true),
                "kategori": prop("string", nullable: true),
                "rincian": .o([
                    "type": .a([.s("object"), .s("null")]),
                    "description": .s("skorPihak, rataButir, formulir (F), kewajiban (K), akhir (A), indeks, kategori"),
                ]),
                "nilaiAkhir": prop("integer", nullable: true), "rekomendasiAkhir": prop("string", nullable: true),
                "isian": .o([
                    "type": .s("array"),
                    "items": objek(
                        [
                            "peran": .o(["type": .s("string"), "enum": .a(["opd", "mitra", "tkksd"].map(J.s))]),
                            "pihakID": prop(
                                "string", "Perangkat daerah (opd), mitra (mitra) atau anggota TKKSD (tkksd) pemilik isian", format: "uuid"),
                            "jawaban": .o(["type": .s("object")]),
                            "bukti": .o(["type": .s("array"), "items": prop("string", format: "uuid")]), "version": prop("integer"),
                        ], wajib: ["peran", "pihakID", "jawaban", "bukti", "version"]),
                ]),
                "usulanID": prop("string", nullable: true, format: "uuid"), "version": prop("integer"),
            ], wajib: ["id", "periodeID", "kerjaSamaID", "unitID", "isian", "version"]),
        "IndeksMonevAgregat": objek(
            [
                "periodeID": prop("string", nullable: true, format: "uuid"),
                "opd": .o(["type": .s("array"), "items": ref("Agregat")]), "urusan": .o(["type": .s("array"), "items": ref("Agregat")]),
                "mitra": .o(["type": .s("array"), "items": ref("Agregat")]), "jenis": .o(["type": .s("array"), "items": ref("Agregat")]),
                "tidakDievaluasi": .o(["type": .s("array"), "items": prop("string", format: "uuid")]),
            ], wajib: ["opd", "urusan", "mitra", "jenis", "tidakDievaluasi"]),
        "Agregat": objek(
            ["kunci": prop("string"), "rata": prop("number"), "jumlah": prop("integer")], wajib: ["kunci", "rata", "jumlah"]),
        "Berkas": .o(["type": .s("string"), "format": .s("binary")]),
        "Kelayakan": objek(
            [
                "penyaringan": .o(["type": .s("object")]),
                "rekomendasi": .o(["type": .s("array"), "items": .o(["type": .s("object")])]),
            ], wajib: ["penyaringan", "rekomendasi"]),
    ]

    /// Whether the request-body schema `nama` has a `version` property (optimistic concurrency).
}
