import Foundation

// MARK: - The importer

/// Validation of a spreadsheet of existing agreements (scenarios.md C.4: Kukar's 210 documents
/// 2020–2024). Pure: the caller reads the file (CSV or XLSX) into rows of texts, and stores the
/// entries, skipping keys it already holds.
public enum ImporKerjaSama {
    enum K: Int, CaseIterable {
        case nomorPihakKesatu, nomorPihakKedua, judul, jenis, dokumen, mitra, jenisMitra, kodeWilayahMitra, urusan,
            perangkatDaerah, tanggalTandaTangan, tanggalMulai, tanggalBerakhir, nilai, sumberDana, keterangan

        var kolom: KolomImpor { ImporKerjaSama.kolom[rawValue] }
        var nama: String { kolom.nama }

        var label: String {
            switch self {
            case .nomorPihakKesatu: "Nomor pihak kesatu"
            case .nomorPihakKedua: "Nomor pihak kedua"
            case .judul: "Judul"
            case .jenis: "Jenis kerja sama"
            case .dokumen: "Dokumen"
            case .mitra: "Mitra"
            case .jenisMitra: "Jenis mitra"
            case .kodeWilayahMitra: "Kode wilayah mitra"
            case .urusan: "Urusan"
            case .perangkatDaerah: "Perangkat daerah"
            case .tanggalTandaTangan: "Tanggal tanda tangan"
            case .tanggalMulai: "Tanggal mulai"
            case .tanggalBerakhir: "Tanggal berakhir"
            case .nilai: "Nilai"
            case .sumberDana: "Sumber dana"
            case .keterangan: "Keterangan"
            }
        }
    }

    static let formatTanggal = "2025-10-21, 21/10/2025, 21-10-2025, atau 21 Oktober 2025"

    /// The template columns, in template order.
    public static let kolom: [KolomImpor] = [
        KolomImpor(
            nama: "nomor_pihak_kesatu", wajib: true,
            keterangan: "Nomor naskah pada pihak Pemerintah Daerah (pihak kesatu), persis seperti tertulis pada naskah. "
                + "Tidak boleh berulang dalam satu berkas.",
            contoh: "100.3.7/215/KB-PEM/X/2025"),
        KolomImpor(
            nama: "nomor_pihak_kedua", wajib: false,
            keterangan: "Nomor naskah pada pihak mitra, bila ada.",
            contoh: ""),
        KolomImpor(
            nama: "judul", wajib: true,
            keterangan: "Judul atau perihal naskah kerja sama.",
            contoh: "Kesepakatan Bersama tentang Penyelenggaraan Layanan Pendidikan di Ibu Kota Nusantara"),
        KolomImpor(
            nama: "jenis", wajib: true,
            keterangan: "Jenis kerja sama: KSDD Wajib, KSDD Sukarela, KSDPK Pelayanan Publik, KSDPK Aset, KSDPK "
                + "Investasi, KSDPK Lainnya, Sinergi, KSDPL, KSDLL, Antar-Desa, Desa–Pihak Ketiga, atau Kemitraan "
                + "Lain. Tulisan \"KSDD\" saja dicatat sebagai KSDD Sukarela dan \"KSDPK\" saja sebagai KSDPK "
                + "Pelayanan Publik.",
            contoh: "KSDD Sukarela"),
        KolomImpor(
            nama: "dokumen", wajib: true,
            keterangan: "Jenis naskah: KB (Kesepakatan Bersama), PKS (Perjanjian Kerja Sama), NK (Nota Kesepakatan), "
                + "RK (Rencana Kerja), Adendum, LoI (Pernyataan Kehendak), Naskah LN, Peraturan Bersama Kepala Desa, "
                + "atau Perjanjian Bersama. Nota kesepahaman (MoU) dicatat sebagai KB, NK, atau Naskah LN sesuai "
                + "jenis kerja samanya.",
            contoh: "KB"),
        KolomImpor(
            nama: "mitra", wajib: true,
            keterangan: "Nama lengkap mitra, misalnya Pemerintah Kabupaten Penajam Paser Utara. Untuk naskah dengan "
                + "beberapa mitra, tulis mitra utama di sini dan mitra lainnya pada kolom keterangan.",
            contoh: "Otorita Ibu Kota Nusantara"),
        KolomImpor(
            nama: "jenis_mitra", wajib: false,
            keterangan: "Salah satu dari: daerah, pihak ketiga, kementerian/lembaga, otorita IKN, pemda luar negeri, "
                + "lembaga luar negeri, desa. Boleh dikosongkan bila jenis kerja sama sudah menentukan jenis mitranya.",
            contoh: "otorita IKN"),
        KolomImpor(
            nama: "kode_wilayah_mitra", wajib: false,
            keterangan: "Kode wilayah Kemendagri mitra: PP atau PP.KK untuk daerah (misalnya 64.09), PP.KK.CC.DDDD "
                + "untuk desa. Wajib bila jenis mitra daerah atau desa. Ketik sebagai teks agar angka nol tidak hilang.",
            contoh: ""),
        KolomImpor(
            nama: "urusan", wajib: false,
            keterangan: "Kode bidang urusan pemerintahan, dipisahkan koma atau titik koma, misalnya 1.01; 2.15.",
            contoh: "1.01"),
        KolomImpor(
            nama: "perangkat_daerah", wajib: false,
            keterangan: "Perangkat daerah pengampu, misalnya Dinas Pendidikan dan Kebudayaan.",
            contoh: "Dinas Pendidikan dan Kebudayaan"),
        KolomImpor(
            nama: "tanggal_tanda_tangan", wajib: false,
            keterangan: "Tanggal penandatanganan naskah, dengan format \(formatTanggal).",
            contoh: "2025-10-21"),
        KolomImpor(
            nama: "tanggal_mulai", wajib: true,
            keterangan: "Tanggal mulai berlaku, dengan format \(formatTanggal).",
            contoh: "2025-10-21"),
        KolomImpor(
            nama: "tanggal_berakhir", wajib: true,
            keterangan: "Tanggal berakhir, sesudah tanggal mulai dan tidak melebihi jangka waktu maksimum kerja sama "
                + "daerah (bawaan 5 tahun).",
            contoh: "2030-10-20"),
        KolomImpor(
            nama: "nilai", wajib: false,
            keterangan: "Nilai kerja sama dalam rupiah, bila ada, misalnya 1250000000 atau Rp1.250.000.000,00. "
                + "Tidak boleh negatif.",
            contoh: ""),
        KolomImpor(
            nama: "sumber_dana", wajib: false,
            keterangan: "Sumber pendanaan, misalnya APBD, APBN, atau dana mitra.",
            contoh: "APBD masing-masing pihak"),
        KolomImpor(
            nama: "keterangan", wajib: false,
            keterangan: "Catatan lain, misalnya mitra lain dalam naskah yang sama.",
            contoh: "Contoh pengisian. Ditandatangani bersama Pemerintah Provinsi Kalimantan Timur dan Pemerintah "
                + "Kabupaten Penajam Paser Utara pada 21 Oktober 2025."),
    ]

    /// Other header spellings accepted for a column.
    static let aliasKolom: [String: K] = [
        "nomor_pihak_pertama": .nomorPihakKesatu,
        "nomor_pihak_1": .nomorPihakKesatu,
        "nomor_pihak_2": .nomorPihakKedua,
        "jenis_kerja_sama": .jenis,
        "jenis_dokumen": .dokumen,
        "opd": .perangkatDaerah,
        "kode_wilayah": .kodeWilayahMitra,
        "nilai_rupiah": .nilai,
    ]

    // MARK: Template

    /// The template as CSV (RFC 4180, CRLF), UTF-8 with a byte-order mark so that spreadsheet
    /// applications read the text as UTF-8: the header row and one example row (the Kesepakatan
    /// Bersama on education services in IKN, 21 October 2025; ksd-rules.md §12.2).
    public static func templateCSV() -> String {
        func sel(_ s: String) -> String {
            if s.contains(where: { $0 == "," || $0 == "\"" || $0 == ";" || $0 == "\n" || $0 == "\r" }) {
                return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return s
        }
        return "\u{FEFF}" + kolom.map { sel($0.nama) }.joined(separator: ",") + "\r\n"
            + kolom.map { sel($0.contoh) }.joined(separator: ",") + "\r\n"
    }

    // MARK: - Check

    /// Checks every line of an import and returns the valid entries, every problem and the notes.
    ///
    /// - Parameters:
    ///   - header: the header row (names as in `kolom`; case, spaces, a trailing `*` and a BOM are
    ///     tolerated; unknown columns are ignored with a note).
    ///   - baris: the data rows, each as cell texts in header order (shorter rows are padded).
    ///   - barisPertama: the line number of `baris[0]` in the file (the header is one line above).
    ///   - aturan: the pemda's rules (maximum term).
    ///   - hariIni: the import day, for the status (`berakhir` when the end date is before it).
    ///   - tanggal1904: serial dates use the 1904 system (`XLSXBaca.HasilBaca.tanggal1904`).
    ///   - selRumus: cells that held a formula in the workbook (their cached value is in `baris`):
    ///     0-based indices into `baris` and into the row. Each one in a known column is refused as
    ///     "sel berisi rumus", whatever its value.
    public static func periksa(
        header: [String], baris: [[String]], barisPertama: Int = 2, aturan: AturanKSD = .bawaan, hariIni: Tanggal,
        tanggal1904: Bool = false, selRumus: [(baris: Int, kolom: Int)] = []
    ) -> HasilPeriksaImpor {
        var pemeriksa = PemeriksaImpor(aturan: aturan, hariIni: hariIni, sistem1904: tanggal1904)
        for sel in selRumus { pemeriksa.rumus[sel.baris, default: []].insert(sel.kolom) }
        return pemeriksa.jalankan(header: header, baris: baris, barisPertama: barisPertama)
    }

    /// The message for a cell that holds (or looks like) a formula.
    public static let pesanRumus = "Sel berisi rumus; isi sebagai teks biasa (tanpa awalan =, +, -, atau @)."
}
