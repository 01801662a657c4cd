import Foundation

/// The guided exercises of the training mode (Bimtek "Simulasi"), taken from the scenarios: each says
/// which demo role to play, where to go, hints, and what the check looks for.
public struct Latihan: Sendable, Hashable, Identifiable {
    public let id: String
    public let nomor: Int
    public let judul: String
    /// The demo account to play (its user name in the sandbox).
    public let peran: String
    public let tautan: String
    public let petunjuk: [String]
    /// What the automatic check looks for, in the participant's words.
    public let diperiksa: String

    public static let semua: [Latihan] = [
        Latihan(id: "potensi-ikn", nomor: 1, judul: "Petakan potensi transportasi bersama IKN", peran: "operator.dishub",
                tautan: "/pemetaan",
                petunjuk: [
                    "Masuk sebagai Operator Dinas Perhubungan, buka Pemetaan Potensi, lalu \"Usulan baru\" pada periode yang dibuka.",
                    "Pilih bidang urusan 2.15 Perhubungan, isi lokasi kecamatan Samboja atau Muara Jawa yang berbatasan dengan IKN, dan sebut Otorita Ibu Kota Nusantara sebagai calon mitra.",
                    "Isi apa yang dimiliki dan apa yang dibutuhkan, lalu ajukan (bukan hanya simpan sebagai draf).",
                ],
                diperiksa: "Ada usulan baru bidang Perhubungan (2.15) yang sudah diajukan."),
        Latihan(id: "saring-kelayakan", nomor: 2, judul: "Saring kelayakan dan verifikasi usulan", peran: "admin.kukar",
                tautan: "/pemetaan",
                petunjuk: [
                    "Masuk sebagai Admin Bagian Kerja Sama, buka usulan yang baru diajukan.",
                    "Baca hasil penyaringan kelayakan (KSD atau bukan, jenisnya, dan rujukan pasalnya); kembalikan dengan catatan bila ada yang kurang.",
                    "Verifikasi usulan yang sudah lengkap.",
                ],
                diperiksa: "Ada usulan baru yang sudah diverifikasi (atau lebih lanjut: dinilai, diprioritaskan)."),
        Latihan(id: "nilai-tiga", nomor: 3, judul: "Nilai tiga potensi sebagai anggota TKKSD", peran: "tkksd.kukar",
                tautan: "/pemetaan",
                petunjuk: [
                    "Masuk sebagai Anggota TKKSD, buka halaman penilaian periode pemetaan.",
                    "Beri skor 1–5 untuk setiap kriteria dengan alasannya pada sedikitnya tiga usulan.",
                    "Lihat peringkat dan uji kepekaannya (±10 %/±25 %).",
                ],
                diperiksa: "Sedikitnya tiga penilaian usulan disimpan dalam ruang simulasi ini."),
        Latihan(id: "kb-ppu", nomor: 4, judul: "Susun Kesepakatan Bersama dengan PPU dan perbaiki temuan pemeriksa", peran: "admin.kukar",
                tautan: "/naskah",
                petunjuk: [
                    "Buka Naskah, buat naskah baru jenis Kesepakatan Bersama dengan mitra Pemerintah Kabupaten Penajam Paser Utara.",
                    "Perhatikan daftar temuan pemeriksa unsur: setiap temuan menyebut pasal dasar hukumnya.",
                    "Lengkapi isian yang masih kosong (nomor, tanggal, nama penandatangan, jangka waktu) sampai tidak ada temuan wajib atau isian.",
                ],
                diperiksa: "Ada Kesepakatan Bersama baru tanpa temuan wajib dan tanpa isian yang kosong."),
        Latihan(id: "ke-penandatanganan", nomor: 5, judul: "Ajukan KB untuk ditinjau dan ditandatangani", peran: "admin.kukar",
                tautan: "/naskah",
                petunjuk: [
                    "Dari naskah KB yang sudah lengkap, ajukan untuk ditinjau atau bagikan kepada mitra.",
                    "Catat penandatanganan bila naskah sudah final.",
                ],
                diperiksa: "Kesepakatan Bersama baru yang lengkap sudah diajukan (ditinjau) atau ditandatangani."),
    ]
}
