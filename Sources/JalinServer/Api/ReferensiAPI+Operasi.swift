/// The OpenAPI description of each `/api/v1` route, named like its operation id.
extension ReferensiAPI {
    enum Operasi {
        typealias P = OperasiAPI.Param

        static let saya = OperasiAPI(id: "saya", ringkasan: "Pengguna pemilik token", tag: "Akun", respons: "Saya")
        static let cariWilayah = OperasiAPI(
            id: "cariWilayah", ringkasan: "Cari kode wilayah menurut nama atau awalan kode", tag: "Referensi",
            parameter: [
                P(nama: "q", lokasi: "query", tipe: "string", wajib: false, keterangan: "Nama atau awalan kode, mis. Samboja atau 64.02"),
                P(nama: "tingkat", lokasi: "query", tipe: "integer", wajib: false, keterangan: "1 provinsi … 4 desa/kelurahan"),
                P(nama: "induk", lokasi: "query", tipe: "string", wajib: false, keterangan: "Kode induk"),
                P(nama: "batas", lokasi: "query", tipe: "integer", wajib: false, keterangan: "Jumlah maksimum hasil (1–500, bawaan 50)"),
                P(nama: "pensiun", lokasi: "query", tipe: "boolean", wajib: false, keterangan: "Sertakan kode yang sudah dipensiunkan"),
            ], respons: "[Wilayah]")
        static let wilayah = OperasiAPI(
            id: "wilayah", ringkasan: "Satu kode wilayah", tag: "Referensi",
            parameter: [P(nama: "kode", lokasi: "path", tipe: "string", wajib: true, keterangan: "Kode Kemendagri")],
            respons: "Wilayah")
        static let urusan = OperasiAPI(
            id: "urusan", ringkasan: "Katalog bidang urusan pemerintahan", tag: "Referensi", respons: "[Urusan]")
        static let daftarUnit = OperasiAPI(
            id: "daftarUnit", ringkasan: "Unit kerja pemda (OPD, kecamatan, desa/kelurahan)", tag: "Pemda",
            parameter: [P(nama: "jenis", lokasi: "query", tipe: "string", wajib: false, keterangan: "opd, kecamatan, kelurahan, desa")],
            respons: "[Unit]")
        static let buatUnit = OperasiAPI(
            id: "buatUnit", ringkasan: "Tambah unit kerja", tag: "Pemda", body: "UnitMasukan", respons: "Unit", statusSukses: 201)
        static let unit = OperasiAPI(
            id: "unit", ringkasan: "Satu unit kerja", tag: "Pemda",
            parameter: [P(nama: "id", lokasi: "path", tipe: "string", wajib: true, keterangan: "ID unit")], respons: "Unit")
        static let ubahUnit = OperasiAPI(
            id: "ubahUnit", ringkasan: "Ubah unit kerja (dengan versi yang dibaca; versi usang ditolak 409)", tag: "Pemda",
            parameter: [P(nama: "id", lokasi: "path", tipe: "string", wajib: true, keterangan: "ID unit")],
            body: "UnitMasukan", respons: "Unit")
        static let daftarMitra = OperasiAPI(
            id: "daftarMitra", ringkasan: "Direktori mitra pemda", tag: "Pemda", respons: "[Mitra]")
        static let mitra = OperasiAPI(
            id: "mitra", ringkasan: "Satu mitra", tag: "Pemda",
            parameter: [P(nama: "id", lokasi: "path", tipe: "string", wajib: true, keterangan: "ID mitra")], respons: "Mitra")
        static let daftarPengguna = OperasiAPI(
            id: "daftarPengguna", ringkasan: "Pengguna pemda", tag: "Administrasi", respons: "[Pengguna]")
        static let pengguna = OperasiAPI(
            id: "pengguna", ringkasan: "Satu pengguna", tag: "Administrasi",
            parameter: [P(nama: "id", lokasi: "path", tipe: "string", wajib: true, keterangan: "ID pengguna")], respons: "Pengguna")
        static let audit = OperasiAPI(
            id: "audit", ringkasan: "Log audit pemda, terbaru dahulu (50 per halaman)", tag: "Administrasi",
            parameter: [
                P(
                    nama: "setelah", lokasi: "query", tipe: "string", wajib: false,
                    keterangan: "Penanda halaman berikutnya, dari header Link rel=\"next\" jawaban sebelumnya"),
                P(
                    nama: "sebelum", lokasi: "query", tipe: "string", wajib: false,
                    keterangan: "Penanda halaman sebelumnya, dari header Link rel=\"prev\""),
            ],
            respons: "[Audit]")
    }
}
