import Foundation

// MARK: - Excel serial dates

extension Tanggal {
    /// A date from a spreadsheet serial number as stored in an XLSX cell (`"45413"` → 2024-05-01;
    /// a time fraction such as `"45413.75"` is dropped).
    ///
    /// Excel's 1900 date system: serial 1 is 1900-01-01 and serial 60 is the non-existent
    /// 1900-02-29 kept for Lotus 1-2-3 compatibility, which gives nil; from serial 61 (1900-03-01)
    /// the serial counts days since 1899-12-30. With `sistem1904` (old Mac workbooks) serial 0 is
    /// 1904-01-01. Nil for anything but plain digits with an optional fraction, for 0, and beyond
    /// 9999-12-31.
    public init?(serialExcel teks: String, sistem1904: Bool = false) {
        let t = ImporKerjaSama.rapikan(teks)
        var n = 0
        var digit = 0
        var titik = false
        var digitPecahan = 0
        for u in t.utf8 {
            switch u {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if titik {
                    digitPecahan += 1
                } else {
                    digit += 1
                    guard digit <= 8 else { return nil }
                    n = n * 10 + Int(u - UInt8(ascii: "0"))
                }
            case UInt8(ascii: "."):
                guard !titik, digit > 0 else { return nil }
                titik = true
            default:
                return nil
            }
        }
        guard digit > 0, !titik || digitPecahan > 0 else { return nil }
        // Day numbers (days since 1970-01-01) of the epochs and of 9999-12-31.
        let akhir = 2_932_896
        let nomor: Int
        if sistem1904 {
            nomor = -24_107 + n                    // 1904-01-01
        } else if n == 0 || n == 60 {
            return nil
        } else if n < 60 {
            nomor = -25_568 + n                    // serial 1 = 1900-01-01 (1899-12-31 + 1)
        } else {
            nomor = -25_569 + n                    // 1899-12-30 + serial
        }
        guard nomor <= akhir else { return nil }
        self.init(nomorHari: nomor)
    }
}

// MARK: - Types

/// One column of the import template.
public struct KolomImpor: Sendable, Hashable, Codable {
    /// The header text, lowercase snake_case, e.g. `"tanggal_mulai"`.
    public let nama: String
    public let wajib: Bool
    /// What to write in it, in Bahasa Indonesia, for the downloadable template.
    public let keterangan: String
    /// The value of the template's example row.
    public let contoh: String

    public init(nama: String, wajib: Bool, keterangan: String, contoh: String) {
        self.nama = nama
        self.wajib = wajib
        self.keterangan = keterangan
        self.contoh = contoh
    }
}

/// One problem (or note) of an import, at a line of the file.
public struct MasalahImpor: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The line number as the user sees it in the spreadsheet (the header is `barisPertama - 1`).
    public let baris: Int
    /// The column's header name, or nil for a problem of the whole line or file.
    public let kolom: String?
    public let pesan: String

    public init(baris: Int, kolom: String?, pesan: String) {
        self.baris = baris
        self.kolom = kolom
        self.pesan = pesan
    }

    public var description: String {
        "Baris \(baris)" + (kolom.map { ", kolom \($0)" } ?? "") + ": " + pesan
    }
}

/// One validated agreement of the import, with typed values.
public struct EntriImpor: Sendable, Equatable, Codable {
    /// The line number in the file.
    public var baris: Int
    /// Stable idempotency key: the same agreement (normalised nomor pihak kesatu, mitra and dokumen)
    /// always gives the same key, so re-importing a file does not duplicate records.
    public var kunci: String
    public var nomorPihakKesatu: String
    public var nomorPihakKedua: String?
    public var judul: String
    public var jenis: JenisKerjaSama
    public var dokumen: JenisDokumen
    public var mitra: String
    /// Nil when the column is empty and the kind admits more than one kind of partner.
    public var jenisMitra: JenisMitra?
    public var kodeWilayahMitra: KodeWilayah?
    public var urusan: [BidangUrusan]
    public var perangkatDaerah: String?
    public var tanggalTandaTangan: Tanggal?
    public var tanggalMulai: Tanggal
    public var tanggalBerakhir: Tanggal
    /// In sen (1/100 rupiah), never negative.
    public var nilaiSen: Int64?
    public var sumberDana: String?
    public var keterangan: String?
    /// `.berakhir` when `tanggalBerakhir` is before the import day, else `.pelaksanaan`.
    public var status: Tahap
}

/// The outcome of checking an import file.
public struct HasilPeriksaImpor: Sendable, Equatable {
    /// The lines without any problem, in file order.
    public var entri: [EntriImpor]
    /// Every problem, by line then column; a line with a problem has no entry.
    public var masalah: [MasalahImpor]
    /// Notes that do not block the import (ignored columns, lenient readings), by line.
    public var catatan: [MasalahImpor]
    /// Lines that hold data (entirely empty lines are skipped and not counted).
    public var jumlahBaris: Int

    public init(entri: [EntriImpor], masalah: [MasalahImpor], catatan: [MasalahImpor], jumlahBaris: Int) {
        self.entri = entri
        self.masalah = masalah
        self.catatan = catatan
        self.jumlahBaris = jumlahBaris
    }

    /// Every data line is valid and there is at least one.
    public var bisaDiimporSemua: Bool { masalah.isEmpty && !entri.isEmpty }
}

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

    // MARK: Key

    /// The idempotency key of an agreement: `"v1:"` and the SHA-256 (hex) of the nomor pihak
    /// kesatu (upper case, without spaces, dashes unified), the mitra (lower case, letters and digits
    /// only, single spaces) and the document kind.
    public static func kunci(nomorPihakKesatu: String, mitra: String, dokumen: JenisDokumen) -> String {
        let teks = normalNomor(nomorPihakKesatu) + "\u{1F}" + normalMitra(mitra) + "\u{1F}" + dokumen.rawValue
        return "v1:" + SHA256Ringkas.hex(Array(teks.utf8))
    }

    static func normalNomor(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            var b: [UInt8] = []
            b.reserveCapacity(s.utf8.count)
            for c in s.utf8 {
                switch c {
                case 0x09...0x0D, 0x20: continue
                case 0x61...0x7A: b.append(c - 32)
                case 0x5C: b.append(0x2F)
                default: b.append(c)
                }
            }
            return String(decoding: b, as: UTF8.self)
        }
        var hasil = String.UnicodeScalarView()
        for u in s.uppercased().unicodeScalars {
            if u.properties.isWhitespace { continue }
            switch u {
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}": hasil.append("-")
            case "\\": hasil.append("/")
            default: hasil.append(u)
            }
        }
        return String(hasil)
    }

    static func normalMitra(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            var b: [UInt8] = []
            b.reserveCapacity(s.utf8.count)
            var jeda = false
            for c in s.utf8 {
                switch c {
                case 0x30...0x39, 0x61...0x7A, 0x41...0x5A:
                    if jeda && !b.isEmpty { b.append(0x20) }
                    jeda = false
                    b.append(c >= 0x41 && c <= 0x5A ? c + 32 : c)
                default:
                    jeda = true
                }
            }
            return String(decoding: b, as: UTF8.self)
        }
        var kata: [String] = []
        var kini = ""
        let sumber = s.unicodeScalars.allSatisfy(\.isASCII)
            ? s.lowercased() : s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        for c in sumber {
            if c.isLetter || c.isNumber {
                kini.append(c)
            } else if !kini.isEmpty {
                kata.append(kini)
                kini = ""
            }
        }
        if !kini.isEmpty { kata.append(kini) }
        return kata.joined(separator: " ")
    }

    // MARK: Text helpers

    /// Trims whitespace and newlines; returns `s` itself when its ends are already ASCII
    /// non-space (the common case, without Foundation's bridging).
    static func rapikan(_ s: String) -> String {
        let u = s.utf8
        guard let a = u.first, let z = u.last else { return s }
        @inline(__always) func spasi(_ b: UInt8) -> Bool { b == 0x20 || (0x09...0x0D).contains(b) }
        if a > 0x20 && a < 0x80 && z > 0x20 && z < 0x80 { return s }
        // ASCII whitespace at the ends: drop it by bytes; anything non-ASCII at an end goes to Foundation
        // (no-break space, ideographic space, …).
        var i = u.startIndex
        var j = u.endIndex
        while i < j, spasi(u[i]) { i = u.index(after: i) }
        while j > i, spasi(u[u.index(before: j)]) { j = u.index(before: j) }
        if i == j { return "" }
        if u[i] < 0x80 && u[u.index(before: j)] < 0x80 { return String(s[i..<j]) }
        return s.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    // MARK: Lenient readings

    /// Lower-case ASCII letters and digits only: "KSDD sukarela" → "ksddsukarela",
    /// "Desa–Pihak Ketiga" → "desapihakketiga".
    static func kunciTeks(_ s: String) -> String {
        var hasil = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            switch u.value {
            case 0x30...0x39, 0x61...0x7A: hasil.append(u)
            case 0x41...0x5A: hasil.append(Unicode.Scalar(u.value + 32)!)
            default: continue
            }
        }
        return String(hasil)
    }

    /// Notes attached to lenient readings.
    enum Bacaan: Hashable {
        case ksddTanpaSifat
        case ksdpkTanpaTipe
    }

    static let petaJenis: [String: (JenisKerjaSama, Bacaan?)] = {
        var p: [String: (JenisKerjaSama, Bacaan?)] = [:]
        for j in JenisKerjaSama.allCases {
            p[kunciTeks(j.rawValue)] = (j, nil)
            p[kunciTeks(j.singkatan)] = (j, nil)
            p[kunciTeks(j.nama)] = (j, nil)
        }
        let alias: [(String, JenisKerjaSama)] = [
            ("wajib", .ksddWajib), ("kerjasamawajib", .ksddWajib), ("ksddkerjasamawajib", .ksddWajib),
            ("sukarela", .ksddSukarela), ("kerjasamasukarela", .ksddSukarela), ("ksddkerjasamasukarela", .ksddSukarela),
            ("ksdppelayananpublik", .ksdpkPelayananPublik), ("ksdpkpelayanan", .ksdpkPelayananPublik),
            ("pelayananpublik", .ksdpkPelayananPublik), ("penyediaanpelayananpublik", .ksdpkPelayananPublik),
            ("ksdpkpengelolaanaset", .ksdpkAset), ("pengelolaanaset", .ksdpkAset),
            ("investasi", .ksdpkInvestasi), ("ksdpklain", .ksdpkLainnya), ("ksdpkkerjasamalainnya", .ksdpkLainnya),
            ("sinergipusatdaerah", .sinergi), ("sinergipusat", .sinergi),
            ("antardesa", .desaAntarDesa), ("desaantardesa", .desaAntarDesa), ("kerjasamaantardesa", .desaAntarDesa),
            ("desapihakketiga", .desaPihakKetiga), ("desadenganpihakketiga", .desaPihakKetiga),
            ("kerjasamadesadenganpihakketiga", .desaPihakKetiga),
            ("sistercity", .ksdpl), ("kotakembar", .ksdpl), ("kotabersaudara", .ksdpl),
            ("kemitraan", .kemitraanLain), ("kemitraanlainnya", .kemitraanLain), ("pemanfaatanbmd", .kemitraanLain),
            ("kpbu", .kemitraanLain), ("bmd", .kemitraanLain),
        ]
        for (k, j) in alias { p[k] = (j, nil) }
        for k in ["ksdd", "ksd", "kerjasamadaerahdengandaerahlain", "daerahlain", "kerjasamaantardaerah",
                  "antardaerah"] {
            p[k] = (.ksddSukarela, .ksddTanpaSifat)
        }
        for k in ["ksdpk", "pihakketiga", "kerjasamadaerahdenganpihakketiga"] {
            p[k] = (.ksdpkPelayananPublik, .ksdpkTanpaTipe)
        }
        return p
    }()

    /// Reads a kind of cooperation written leniently (`ksddSukarela`, `KSDD sukarela`, `KSDPK`,
    /// `Sinergi`, `desa antar-desa`, the full names…). Case and punctuation do not matter.
    public static func jenisKerjaSama(dari teks: String) -> JenisKerjaSama? {
        petaJenis[kunciTeks(teks)]?.0
    }

    /// The document words that mean a memorandum of understanding, whose instrument depends on the kind.
    static let kataMoU: Set<String> = ["mou", "notakesepahaman", "memorandumofunderstanding", "memorandumsaling"]

    static let petaDokumen: [String: JenisDokumen] = {
        var p: [String: JenisDokumen] = [:]
        for d in JenisDokumen.allCases {
            p[kunciTeks(d.rawValue)] = d
            p[kunciTeks(d.singkatan)] = d
            p[kunciTeks(d.nama)] = d
        }
        let alias: [(String, JenisDokumen)] = [
            ("kesepakatan", .kesepakatanBersama), ("kb", .kesepakatanBersama),
            ("perjanjian", .perjanjianKerjaSama), ("perjanjiankerjasama", .perjanjianKerjaSama),
            ("kontrak", .perjanjianKerjaSama), ("pks", .perjanjianKerjaSama), ("spk", .perjanjianKerjaSama),
            ("nk", .notaKesepakatan), ("notakesepakatan", .notaKesepakatan),
            ("rk", .rencanaKerja), ("rencanakerja", .rencanaKerja),
            ("addendum", .adendum), ("adendum", .adendum), ("amandemen", .adendum), ("amendemen", .adendum),
            ("perubahan", .adendum),
            ("loi", .pernyataanKehendak), ("letterofintent", .pernyataanKehendak),
            ("pernyataankehendak", .pernyataanKehendak),
            ("naskahln", .naskahLN), ("naskahkerjasamaluarnegeri", .naskahLN),
            ("peraturanbersama", .peraturanBersamaDesa), ("peraturanbersamakepaladesa", .peraturanBersamaDesa),
            ("perjanjianbersama", .perjanjianBersamaDesa), ("ba", .beritaAcara),
        ]
        for (k, d) in alias { p[k] = d }
        return p
    }()

    /// Reads a document kind written leniently (`KB`, `PKS`, `NK`, `Adendum`, full names…). A
    /// memorandum of understanding (`MoU`, `nota kesepahaman`) is read by kind: NK for Sinergi,
    /// Naskah LN for luar negeri, KB otherwise (also when `jenis` is nil).
    public static func jenisDokumen(dari teks: String, jenis: JenisKerjaSama? = nil) -> JenisDokumen? {
        let k = kunciTeks(teks)
        if kataMoU.contains(k) { return dokumenMoU(jenis) }
        return petaDokumen[k]
    }

    static func dokumenMoU(_ jenis: JenisKerjaSama?) -> JenisDokumen {
        switch jenis?.kelompok {
        case .sinergi: .notaKesepakatan
        case .luarNegeri: .naskahLN
        default: .kesepakatanBersama
        }
    }

    static let petaMitra: [String: JenisMitra] = {
        var p: [String: JenisMitra] = [:]
        for m in JenisMitra.allCases {
            p[kunciTeks(m.rawValue)] = m
            p[kunciTeks(m.nama)] = m
        }
        let alias: [(String, JenisMitra)] = [
            ("daerahlain", .daerah), ("pemda", .daerah), ("pemerintahdaerah", .daerah), ("provinsi", .daerah),
            ("kabupaten", .daerah), ("kota", .daerah), ("kabupatenkota", .daerah), ("pemprov", .daerah),
            ("pemkab", .daerah), ("pemkot", .daerah),
            ("swasta", .pihakKetiga), ("badanusaha", .pihakKetiga), ("perusahaan", .pihakKetiga), ("bumn", .pihakKetiga),
            ("bumd", .pihakKetiga), ("koperasi", .pihakKetiga), ("perseorangan", .pihakKetiga),
            ("organisasi", .pihakKetiga), ("ormas", .pihakKetiga), ("lsm", .pihakKetiga),
            ("kementerian", .kementerianLembaga), ("lembaga", .kementerianLembaga), ("kl", .kementerianLembaga),
            ("kementerianlembaga", .kementerianLembaga), ("instansivertikal", .kementerianLembaga),
            ("pemerintahpusat", .kementerianLembaga), ("instansipusat", .kementerianLembaga),
            ("otorita", .otoritaIKN), ("oikn", .otoritaIKN), ("ikn", .otoritaIKN), ("otoritaikn", .otoritaIKN),
            ("otoritaibukotanusantara", .otoritaIKN), ("pemerintahdaerahkhususikn", .otoritaIKN),
            ("pemdaluarnegeri", .pemdaLuarNegeri), ("pemerintahdaerahluarnegeri", .pemdaLuarNegeri),
            ("pemdaln", .pemdaLuarNegeri),
            ("lembagaluarnegeri", .lembagaLuarNegeri), ("lembagaasing", .lembagaLuarNegeri),
            ("lembagaln", .lembagaLuarNegeri), ("organisasiinternasional", .lembagaLuarNegeri),
            ("kelurahan", .desa), ("pemerintahdesa", .desa),
        ]
        for (k, m) in alias { p[k] = m }
        return p
    }()

    /// Reads a kind of partner written leniently (`daerah`, `pihak ketiga`, `kementerian/lembaga`,
    /// `otorita IKN`, `BUMD`…).
    public static func jenisMitra(dari teks: String) -> JenisMitra? {
        petaMitra[kunciTeks(teks)]
    }

    /// The kinds of partner a kind of cooperation admits (ksd-rules.md §2, §12.3, §13); nil = any.
    static func mitraYangSah(_ jenis: JenisKerjaSama) -> [JenisMitra]? {
        switch jenis {
        case .ksddWajib, .ksddSukarela: [.daerah, .otoritaIKN]
        case .ksdpkPelayananPublik, .ksdpkAset, .ksdpkInvestasi, .ksdpkLainnya: [.pihakKetiga]
        case .sinergi: [.kementerianLembaga, .otoritaIKN]
        case .ksdpl: [.pemdaLuarNegeri]
        case .ksdll: [.lembagaLuarNegeri]
        case .desaAntarDesa: [.desa]
        case .desaPihakKetiga: [.pihakKetiga]
        case .kemitraanLain: nil
        }
    }

    static let petaBulan: [String: Int] = {
        var p: [String: Int] = [:]
        let nama: [[String]] = [
            ["januari", "jan", "january"], ["februari", "feb", "pebruari", "peb", "february"],
            ["maret", "mar", "march"], ["april", "apr"], ["mei", "may"], ["juni", "jun", "june"],
            ["juli", "jul", "july"], ["agustus", "agu", "agt", "ags", "agus", "aug", "august"],
            ["september", "sep", "sept"], ["oktober", "okt", "oct", "october"],
            ["november", "nov", "nopember", "nop"], ["desember", "des", "dec", "december"],
        ]
        for (i, daftar) in nama.enumerated() { for n in daftar { p[n] = i + 1 } }
        return p
    }()

    static let namaHari: Set<String> = ["senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "ahad"]

    enum HasilTanggal {
        case sah(Tanggal)
        case salah(String)
    }

    /// Reads a date written as `2025-10-21`, `21/10/2025`, `21-10-2025`, `21.10.2025`,
    /// `21 Oktober 2025` (optionally after a day name, e.g. `Selasa, 21 Oktober 2025`), or an Excel
    /// serial number (10000 and above, e.g. `45951`). The message names the column by `label`.
    static func bacaTanggal(_ v: String, label: String, sistem1904: Bool) -> HasilTanggal {
        var tampil: String { v.count > 40 ? String(v.prefix(40)) + "…" : v }
        var tidakTerbaca: HasilTanggal {
            .salah("\(label) \"\(tampil)\" tidak dapat dibaca. Gunakan format \(formatTanggal).")
        }

        // Serial number (digits, optionally with a fraction).
        if let pertama = v.utf8.first, (0x30...0x39).contains(pertama),
           v.utf8.allSatisfy({ (0x30...0x39).contains($0) || $0 == 0x2E }),
           v.utf8.filter({ $0 == 0x2E }).count <= 1
        {
            let bulat = v.split(separator: ".", maxSplits: 1).first.map(String.init) ?? v
            if bulat.count <= 4 {
                return .salah("\(label) \"\(tampil)\" tidak lengkap; tulis tanggal, bulan, dan tahun, "
                    + "misalnya 21/10/2025.")
            }
            if bulat.count <= 7, let t = Tanggal(serialExcel: v, sistem1904: sistem1904) { return .sah(t) }
            if !v.contains(".") { return tidakTerbaca }
        }

        // ISO with a time part: keep the date.
        var teks = v
        if teks.utf8.count > 10, let i = teks.firstIndex(where: { $0 == "T" || $0 == " " }),
           teks.distance(from: teks.startIndex, to: i) == 10, teks.utf8.dropFirst(4).first == 0x2D
        {
            teks = String(teks[..<i])
        }

        // Tokens of letters or digits.
        var token: [String] = []
        var kini: [UInt8] = []
        var sebelumnyaC2 = false
        for c in teks.utf8 {
            switch c {
            case 0x30...0x39, 0x61...0x7A:
                kini.append(c)
            case 0x41...0x5A:
                kini.append(c + 32)
            case 0x20, 0x2D, 0x2F, 0x2E, 0x2C, 0xC2, 0xA0:  // space - / . , and NBSP (C2 A0)
                if c == 0xA0 && !sebelumnyaC2 { return tidakTerbaca }
                if c == 0xC2 { sebelumnyaC2 = true; continue }
                if !kini.isEmpty { token.append(String(decoding: kini, as: UTF8.self)); kini.removeAll() }
            default:
                return tidakTerbaca
            }
            if sebelumnyaC2 && c != 0xA0 { return tidakTerbaca }
            sebelumnyaC2 = false
        }
        if sebelumnyaC2 { return tidakTerbaca }
        if !kini.isEmpty { token.append(String(decoding: kini, as: UTF8.self)) }
        if token.count == 4, namaHari.contains(token[0]) { token.removeFirst() }
        guard token.count == 3 else { return tidakTerbaca }

        func angka(_ s: String) -> Int? {
            guard !s.isEmpty, s.count <= 4, s.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
            return Int(s)
        }
        let tahun: Int
        let bulan: Int
        let hari: Int
        if let a = angka(token[0]), token[0].count == 4, let b = angka(token[1]), let c = angka(token[2]) {
            (tahun, bulan, hari) = (a, b, c)
        } else if let a = angka(token[0]), token[0].count <= 2, let c = angka(token[2]) {
            guard token[2].count == 4 else {
                return .salah("\(label) \"\(tampil)\": tahun harus ditulis empat angka, misalnya 21/10/2025.")
            }
            if let b = angka(token[1]), token[1].count <= 2 {
                (tahun, bulan, hari) = (c, b, a)
            } else if let b = petaBulan[token[1]] {
                (tahun, bulan, hari) = (c, b, a)
            } else {
                return .salah("\(label) \"\(tampil)\": nama bulan \"\(token[1])\" tidak dikenal.")
            }
        } else {
            return tidakTerbaca
        }
        do throws(KesalahanValidasi) {
            return .sah(try Tanggal(tahun: tahun, bulan: bulan, hari: hari))
        } catch {
            return .salah("\(label) \"\(tampil)\" tidak sah: \(error.daftar.first?.pesan ?? "tanggal tidak ada.")")
        }
    }

    /// A cell that a spreadsheet would run as a formula: starting with `=` or `@`, or with `+`/`-`
    /// followed by anything but a plain number (`=SUM(A1:A3)`, `=HYPERLINK(…)`, `+cmd|' /C calc'!A0`,
    /// `-2+3`).
    static func miripRumus(_ v: String) -> Bool {
        guard let awal = v.unicodeScalars.first else { return false }
        switch awal {
        case "=", "@":
            return true
        case "+", "-", "\u{2212}":
            let sisa = v.unicodeScalars.dropFirst()
            if sisa.isEmpty { return false }
            return !sisa.allSatisfy { ("0"..."9").contains($0) || $0 == "." || $0 == "," || $0 == " " }
        default:
            return false
        }
    }

    /// "-" alone (and its typographic cousins) means "nothing" in many legacy spreadsheets.
    static func kosongSecaraMakna(_ v: String) -> Bool {
        v.isEmpty || v == "-" || v == "–" || v == "—" || v == "--"
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

// MARK: - The checking pass

/// Mutable state of one check: column positions, caches of lenient readings, notes grouped by kind.
struct PemeriksaImpor {
    typealias K = ImporKerjaSama.K

    let aturan: AturanKSD
    let hariIni: Tanggal
    let sistem1904: Bool

    var posisi: [Int?] = Array(repeating: nil, count: K.allCases.count)
    var masalah: [MasalahImpor] = []
    var entri: [EntriImpor] = []
    /// Notes grouped by their message: the first line, the column and every line.
    var catatanKelompok: [String: (kolom: String?, baris: [Int])] = [:]
    var catatanUrutan: [String] = []
    var catatanTunggal: [MasalahImpor] = []
    var cacheUrusan: [String: BidangUrusan?] = [:]
    /// Formula cells from the workbook: row index → column indices.
    var rumus: [Int: Set<Int>] = [:]
    var cacheKunciTeks: [String: String] = [:]

    init(aturan: AturanKSD, hariIni: Tanggal, sistem1904: Bool) {
        self.aturan = aturan
        self.hariIni = hariIni
        self.sistem1904 = sistem1904
    }

    /// `ImporKerjaSama.kunciTeks` with a cache.
    mutating func kunciTeks(_ s: String) -> String {
        if let k = cacheKunciTeks[s] { return k }
        let k = ImporKerjaSama.kunciTeks(s)
        cacheKunciTeks[s] = k
        return k
    }

    mutating func catat(_ pesan: String, kolom: String?, baris: Int) {
        if catatanKelompok[pesan] == nil {
            catatanKelompok[pesan] = (kolom, [baris])
            catatanUrutan.append(pesan)
        } else {
            catatanKelompok[pesan]!.baris.append(baris)
        }
    }

    static func daftarBaris(_ b: [Int]) -> String {
        let tampil = b.prefix(10).map(String.init)
        var teks: String
        if tampil.count == 1 {
            teks = tampil[0]
        } else {
            teks = tampil.dropLast().joined(separator: ", ") + " dan " + tampil.last!
        }
        if b.count > 10 { teks = tampil.joined(separator: ", ") + ", dan \(b.count - 10) baris lainnya" }
        return teks
    }

    static func normalKepala(_ s: String) -> String {
        var t = s
        if t.hasPrefix("\u{FEFF}") { t.removeFirst() }
        t = t.trimmingCharacters(in: .whitespacesAndNewlines)
        while t.hasSuffix("*") { t.removeLast() }
        var hasil = ""
        var garis = false
        for c in t.lowercased() {
            if (c.isLetter && c.isASCII) || (c.isNumber && c.isASCII) {
                if garis && !hasil.isEmpty { hasil.append("_") }
                garis = false
                hasil.append(c)
            } else {
                garis = true
            }
        }
        return hasil
    }

    mutating func jalankan(header: [String], baris: [[String]], barisPertama: Int) -> HasilPeriksaImpor {
        let barisKepala = barisPertama - 1

        // Header.
        var tidakDikenal: [String] = []
        var ganda: [K: [Int]] = [:]
        let menurutNama = Dictionary(uniqueKeysWithValues: K.allCases.map { ($0.nama, $0) })
        for (i, h) in header.enumerated() {
            let n = Self.normalKepala(h)
            if n.isEmpty { continue }
            guard let k = menurutNama[n] ?? ImporKerjaSama.aliasKolom[n] else {
                tidakDikenal.append(h.trimmingCharacters(in: .whitespacesAndNewlines))
                continue
            }
            if let lama = posisi[k.rawValue] {
                ganda[k, default: [lama]].append(i)
            } else {
                posisi[k.rawValue] = i
            }
        }
        let hilang = K.allCases.filter { $0.kolom.wajib && posisi[$0.rawValue] == nil }
        var kepalaLengkap = true
        if !hilang.isEmpty {
            kepalaLengkap = false
            let nama = hilang.map(\.nama)
            masalah.append(MasalahImpor(
                baris: barisKepala, kolom: nil,
                pesan: "Kolom wajib tidak ditemukan: " + nama.joined(separator: ", ")
                    + ". Gunakan baris judul kolom dari templat impor."))
        }
        for k in K.allCases {
            guard let posisiGanda = ganda[k] else { continue }
            kepalaLengkap = false
            let ke = posisiGanda.map { "ke-\($0 + 1)" }
            masalah.append(MasalahImpor(
                baris: barisKepala, kolom: k.nama,
                pesan: "Kolom \(k.nama) muncul lebih dari satu kali (kolom \(ke.joined(separator: " dan "))); "
                    + "hapus salah satunya."))
        }
        if !tidakDikenal.isEmpty {
            let daftar = tidakDikenal.map { "\"\($0.count > 40 ? String($0.prefix(40)) + "…" : $0)\"" }
            catatanTunggal.append(MasalahImpor(
                baris: barisKepala, kolom: nil,
                pesan: "Kolom yang tidak dikenal diabaikan: \(daftar.joined(separator: ", "))."))
        }

        // Lines.
        var jumlah = 0
        var nomorKe: [String: [Int]] = [:]
        var urutanNomor: [String] = []
        var entriPerBaris: [Int: Int] = [:]
        for (i, sel) in baris.enumerated() {
            if sel.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { continue }
            jumlah += 1
            let nomorBaris = barisPertama + i
            let sebelum = masalah.count
            let hasil = periksaBaris(sel, baris: nomorBaris, kepalaLengkap: kepalaLengkap, rumus: rumus[i] ?? [])
            if let n = hasil.nomorNormal {
                if nomorKe[n] == nil { urutanNomor.append(n) }
                nomorKe[n, default: []].append(nomorBaris)
            }
            if let e = hasil.entri, masalah.count == sebelum {
                entriPerBaris[nomorBaris] = entri.count
                entri.append(e)
            }
        }

        // Duplicate numbers within the file: every line involved, naming the others.
        var dibuang = Set<Int>()
        for n in urutanNomor {
            guard let daftar = nomorKe[n], daftar.count > 1 else { continue }
            for b in daftar {
                let lain = daftar.filter { $0 != b }
                masalah.append(MasalahImpor(
                    baris: b, kolom: K.nomorPihakKesatu.nama,
                    pesan: "Nomor pihak kesatu ini juga dipakai pada baris \(Self.daftarBaris(lain)). Setiap baris "
                        + "harus satu naskah dengan nomornya sendiri; untuk naskah dengan beberapa mitra, tulis mitra "
                        + "lainnya pada kolom keterangan."))
                if let e = entriPerBaris[b] { dibuang.insert(e) }
            }
        }
        if !dibuang.isEmpty {
            entri = entri.enumerated().filter { !dibuang.contains($0.offset) }.map(\.element)
        }

        // Order problems by line, then by column in template order (stable).
        let urutanKolom = Dictionary(uniqueKeysWithValues: K.allCases.map { ($0.nama, $0.rawValue) })
        let terurut = masalah.enumerated().sorted { a, b in
            if a.element.baris != b.element.baris { return a.element.baris < b.element.baris }
            let ka = a.element.kolom.flatMap { urutanKolom[$0] } ?? -1
            let kb = b.element.kolom.flatMap { urutanKolom[$0] } ?? -1
            if ka != kb { return ka < kb }
            return a.offset < b.offset
        }.map(\.element)

        var catatan = catatanTunggal
        for pesan in catatanUrutan {
            let c = catatanKelompok[pesan]!
            let kalimat = c.baris.count == 1
                ? pesan : pesan + " (baris \(Self.daftarBaris(c.baris)))"
            catatan.append(MasalahImpor(baris: c.baris[0], kolom: c.kolom, pesan: kalimat))
        }
        catatan.sort { $0.baris < $1.baris }

        return HasilPeriksaImpor(
            entri: kepalaLengkap ? entri : [], masalah: terurut, catatan: catatan, jumlahBaris: jumlah)
    }

    // MARK: One line

    mutating func periksaBaris(_ sel: [String], baris: Int, kepalaLengkap: Bool, rumus: Set<Int>)
        -> (entri: EntriImpor?, nomorNormal: String?)
    {
        let awal = masalah.count
        func salah(_ k: K?, _ pesan: String) {
            masalah.append(MasalahImpor(baris: baris, kolom: k?.nama, pesan: pesan))
        }

        // Raw values: trimmed; "-" alone is empty; formulas refused.
        var nilai = [String](repeating: "", count: K.allCases.count)
        var rusak = [Bool](repeating: false, count: K.allCases.count)
        for k in K.allCases {
            guard let p = posisi[k.rawValue], p < sel.count else { continue }
            if rumus.contains(p) {
                salah(k, ImporKerjaSama.pesanRumus)
                rusak[k.rawValue] = true
                continue
            }
            let v = ImporKerjaSama.rapikan(sel[p])
            if ImporKerjaSama.kosongSecaraMakna(v) { continue }
            if k == .nilai, let awalV = v.unicodeScalars.first, awalV == "-" || awalV == "\u{2212}",
               (try? Rupiah.parse(v)) != nil
            {
                salah(k, "Nilai tidak boleh negatif.")
                rusak[k.rawValue] = true
                continue
            }
            if ImporKerjaSama.miripRumus(v) {
                salah(k, ImporKerjaSama.pesanRumus)
                rusak[k.rawValue] = true
                continue
            }
            nilai[k.rawValue] = v
        }
        func ada(_ k: K) -> Bool { posisi[k.rawValue] != nil && !rusak[k.rawValue] }
        func v(_ k: K) -> String { nilai[k.rawValue] }
        func wajibKosong(_ k: K) -> Bool {
            if ada(k) && v(k).isEmpty {
                salah(k, "\(k.label) wajib diisi.")
                return true
            }
            return false
        }

        // Free text.
        var p = Pemeriksa()
        func teks(_ k: K, maks: Int, banyakBaris: Bool = false) -> String? {
            guard ada(k) else { return nil }
            var t = v(k)
            // Fast path: already trimmed, printable ASCII, short enough — Teks.bersihkan would return
            // it unchanged.
            if !t.isEmpty, t.utf8.count <= maks, t.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return t }
            if !banyakBaris, t.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
                t = t.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            }
            return Teks.bersihkan(
                t, field: k.nama, label: k.label, wajib: k.kolom.wajib, maks: maks, banyakBaris: banyakBaris,
                ke: &p)
        }
        let nomor1 = teks(.nomorPihakKesatu, maks: 100)
        let nomor2 = teks(.nomorPihakKedua, maks: 100)
        let judul = teks(.judul, maks: 500)
        let mitra = teks(.mitra, maks: 300)
        let opd = teks(.perangkatDaerah, maks: 200)
        let dana = teks(.sumberDana, maks: 200)
        let ket = teks(.keterangan, maks: 2000, banyakBaris: true)
        for k in p.kesalahan { masalah.append(MasalahImpor(baris: baris, kolom: k.field, pesan: k.pesan)) }

        // Kind of cooperation.
        var jenis: JenisKerjaSama?
        if !wajibKosong(.jenis), ada(.jenis) {
            if let (j, bacaan) = ImporKerjaSama.petaJenis[kunciTeks(v(.jenis))] {
                jenis = j
                switch bacaan {
                case .ksddTanpaSifat:
                    catat("Jenis \"\(v(.jenis))\" dicatat sebagai KSDD Sukarela; ubah menjadi KSDD Wajib bila kerja "
                        + "sama ini wajib (daerah berbatasan dengan urusan berdampak lintas daerah).",
                        kolom: K.jenis.nama, baris: baris)
                case .ksdpkTanpaTipe:
                    catat("Jenis \"\(v(.jenis))\" dicatat sebagai KSDPK Pelayanan Publik; ubah bila kerja sama ini "
                        + "pengelolaan aset, investasi, atau kerja sama lainnya.", kolom: K.jenis.nama, baris: baris)
                case nil:
                    break
                }
                if j == .kemitraanLain {
                    catat("Kemitraan lain dicatat tanpa siklus Kerja Sama Daerah: "
                        + (j.alasanDiLuarSiklus ?? ""), kolom: K.jenis.nama, baris: baris)
                }
            } else {
                salah(.jenis, "Jenis kerja sama \"\(Self.potong(v(.jenis)))\" tidak dikenal. Gunakan salah satu: "
                    + JenisKerjaSama.allCases.map(\.singkatan).joined(separator: ", ") + ".")
            }
        }

        // Document.
        var dokumen: JenisDokumen?
        if !wajibKosong(.dokumen), ada(.dokumen) {
            let kunci = kunciTeks(v(.dokumen))
            if ImporKerjaSama.kataMoU.contains(kunci) {
                let d = ImporKerjaSama.dokumenMoU(jenis)
                dokumen = d
                catat("Nota kesepahaman (MoU) dicatat sebagai \(d.nama) (\(d.singkatan)) sesuai jenis kerja samanya.",
                      kolom: K.dokumen.nama, baris: baris)
            } else if let d = ImporKerjaSama.petaDokumen[kunci] {
                if d.finalSetelahDitandatangani || d == .adendum {
                    dokumen = d
                } else {
                    salah(.dokumen, "\(d.nama) bukan naskah kerja sama yang ditandatangani para pihak dan tidak dapat "
                        + "diimpor sebagai kerja sama. Dokumen yang dapat diimpor: "
                        + Self.dokumenSah.map(\.singkatan).joined(separator: ", ") + ".")
                }
            } else {
                salah(.dokumen, "Dokumen \"\(Self.potong(v(.dokumen)))\" tidak dikenal. Gunakan salah satu: "
                    + Self.dokumenSah.map(\.singkatan).joined(separator: ", ") + ".")
            }
            if let d = dokumen, let j = jenis, !j.dokumen.isEmpty, !j.dokumen.contains(d) {
                catat("\(d.singkatan) bukan naskah yang lazim untuk \(j.singkatan) (lazimnya "
                    + j.naskahPokok.map(\.singkatan).joined(separator: " dan ")
                    + "); periksa kembali jenis kerja sama atau jenis dokumennya.",
                      kolom: K.dokumen.nama, baris: baris)
            }
        }

        // Kind of partner.
        var jenisMitra: JenisMitra?
        if ada(.jenisMitra) && !v(.jenisMitra).isEmpty {
            if let m = ImporKerjaSama.petaMitra[kunciTeks(v(.jenisMitra))] {
                jenisMitra = m
                if let j = jenis, let sah = ImporKerjaSama.mitraYangSah(j), !sah.contains(m) {
                    salah(.jenisMitra, "Jenis mitra \(Self.namaMitra(m)) tidak sesuai dengan \(j.singkatan); mitra "
                        + "\(j.singkatan) adalah " + sah.map(Self.namaMitra).joined(separator: " atau ")
                        + " (\(j.dasarHukum)).")
                }
            } else {
                salah(.jenisMitra, "Jenis mitra \"\(Self.potong(v(.jenisMitra)))\" tidak dikenal. Gunakan salah satu: "
                    + "daerah, pihak ketiga, kementerian/lembaga, otorita IKN, pemda luar negeri, lembaga luar negeri, "
                    + "desa.")
            }
        } else if let j = jenis, let sah = ImporKerjaSama.mitraYangSah(j), sah.count == 1 {
            jenisMitra = sah[0]
        }

        // Region code of the partner.
        var kode: KodeWilayah?
        if ada(.kodeWilayahMitra) && !v(.kodeWilayahMitra).isEmpty {
            var t = v(.kodeWilayahMitra)
            let u = Array(t.utf8)
            if u.count == 4, u[2] == 0x2E, u.allSatisfy({ (0x30...0x39).contains($0) || $0 == 0x2E }) {
                // "64.1": a number that lost its trailing zero in a spreadsheet ("64.10").
                catat("Kode wilayah \"\(t)\" dibaca sebagai \"\(t)0\" (angka nol di belakang hilang karena sel "
                    + "berformat angka).", kolom: K.kodeWilayahMitra.nama, baris: baris)
                t += "0"
            }
            if let k = KodeWilayah(valid: t) {
                kode = k
                if jenisMitra == .daerah && k.tingkat != .provinsi && k.tingkat != .kabupatenKota {
                    salah(.kodeWilayahMitra, "Mitra daerah adalah provinsi atau kabupaten/kota, jadi kode wilayahnya "
                        + "berbentuk PP atau PP.KK (misalnya 64.09), bukan \(k.tingkat.nama.lowercased()).")
                } else if jenisMitra == .desa && k.tingkat != .desaKelurahan {
                    salah(.kodeWilayahMitra, "Kode wilayah mitra desa berbentuk PP.KK.CC.DDDD, misalnya 64.02.01.2001.")
                }
            } else {
                let tanpaTitik = u.count == 4 && u.allSatisfy { (0x30...0x39).contains($0) }
                salah(.kodeWilayahMitra, "Kode wilayah \"\(Self.potong(t))\" tidak sah. Gunakan bentuk PP, PP.KK, "
                    + "PP.KK.CC, atau PP.KK.CC.DDDD (hanya angka), misalnya 64.09"
                    + (tanpaTitik ? "; kode ini tampaknya ditulis tanpa titik (bukan kode BPS?)." : "."))
            }
        } else if let m = jenisMitra, m.perluKodeWilayah {
            salah(.kodeWilayahMitra, "Kode wilayah mitra wajib diisi untuk mitra \(m == .desa ? "desa" : "daerah"), "
                + (m == .desa ? "misalnya 64.02.01.2001." : "misalnya 64.09 untuk Kabupaten Penajam Paser Utara."))
        }

        // Urusan.
        var urusan: [BidangUrusan] = []
        if ada(.urusan) && !v(.urusan).isEmpty {
            var tidakDikenal: [String] = []
            for bagian in v(.urusan).split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\n" || $0 == "|" }) {
                let t = ImporKerjaSama.rapikan(String(bagian))
                if t.isEmpty { continue }
                if let b = bidangUrusan(t) {
                    if !urusan.contains(b) { urusan.append(b) }
                } else {
                    tidakDikenal.append(Self.potong(t))
                }
            }
            if !tidakDikenal.isEmpty {
                salah(.urusan, "Kode urusan tidak dikenal: \(tidakDikenal.joined(separator: ", ")). Gunakan kode "
                    + "bidang urusan seperti 1.01 (Pendidikan) atau 2.15 (Perhubungan).")
            }
        }

        // Dates.
        func tanggal(_ k: K) -> Tanggal? {
            guard ada(k), !v(k).isEmpty else {
                if k.kolom.wajib { _ = wajibKosong(k) }
                return nil
            }
            switch ImporKerjaSama.bacaTanggal(v(k), label: k.label, sistem1904: sistem1904) {
            case .sah(let t): return t
            case .salah(let pesan): salah(k, pesan); return nil
            }
        }
        let tandaTangan = tanggal(.tanggalTandaTangan)
        let mulai = tanggal(.tanggalMulai)
        let berakhir = tanggal(.tanggalBerakhir)
        if let mulai, let berakhir {
            do throws(KesalahanValidasi) {
                try AturanKSD.periksaJangkaWaktu(mulai: mulai, selesai: berakhir, jenis: jenis, aturan: aturan)
            } catch {
                for e in error.daftar {
                    salah(e.field == "tanggalMulai" ? .tanggalMulai : .tanggalBerakhir, e.pesan)
                }
            }
        }
        if let tandaTangan {
            if tandaTangan > hariIni {
                salah(.tanggalTandaTangan, "Tanggal tanda tangan (\(tandaTangan.panjang)) tidak boleh sesudah hari "
                    + "ini (\(hariIni.panjang)); impor hanya untuk naskah yang sudah ditandatangani.")
            } else if let berakhir, tandaTangan > berakhir {
                salah(.tanggalTandaTangan, "Tanggal tanda tangan (\(tandaTangan.panjang)) tidak boleh sesudah tanggal "
                    + "berakhir (\(berakhir.panjang)).")
            }
        }

        // Value.
        var nilaiSen: Int64?
        if ada(.nilai) && !v(.nilai).isEmpty {
            var t = v(.nilai)
            // A spreadsheet number with a decimal point ("1250000.5"), unambiguous with 4+ integer digits.
            let u = Array(t.utf8)
            if let titik = u.firstIndex(of: 0x2E), titik >= 4, u.count - titik - 1 <= 2, u.count - titik - 1 >= 1,
               u.enumerated().allSatisfy({ $0.offset == titik || (0x30...0x39).contains($0.element) })
            {
                t = String(decoding: u[..<titik], as: UTF8.self) + "," + String(decoding: u[(titik + 1)...], as: UTF8.self)
            }
            do throws(KesalahanValidasi) {
                let sen = try Rupiah.parse(t, field: K.nilai.nama)
                if sen < 0 { salah(.nilai, "Nilai tidak boleh negatif.") } else { nilaiSen = sen }
            } catch {
                salah(.nilai, error.daftar.first?.pesan ?? "Nilai tidak sah.")
            }
        }

        let nomorNormal = nomor1.map(ImporKerjaSama.normalNomor)
        guard kepalaLengkap, masalah.count == awal,
              let nomor1, let judul, let jenis, let dokumen, let mitra, let mulai, let berakhir
        else { return (nil, nomorNormal) }
        let e = EntriImpor(
            baris: baris,
            kunci: ImporKerjaSama.kunci(nomorPihakKesatu: nomor1, mitra: mitra, dokumen: dokumen),
            nomorPihakKesatu: nomor1, nomorPihakKedua: nomor2, judul: judul, jenis: jenis, dokumen: dokumen,
            mitra: mitra, jenisMitra: jenisMitra, kodeWilayahMitra: kode, urusan: urusan, perangkatDaerah: opd,
            tanggalTandaTangan: tandaTangan, tanggalMulai: mulai, tanggalBerakhir: berakhir, nilaiSen: nilaiSen,
            sumberDana: dana, keterangan: ket, status: berakhir < hariIni ? .berakhir : .pelaksanaan)
        return (e, nomorNormal)
    }

    static let dokumenSah: [JenisDokumen] = JenisDokumen.allCases.filter { $0.finalSetelahDitandatangani || $0 == .adendum }

    /// The partner kind's name inside a sentence: lower-case first letter except for proper names.
    static func namaMitra(_ m: JenisMitra) -> String {
        if m == .otoritaIKN { return m.nama }
        return m.nama.prefix(1).lowercased() + m.nama.dropFirst()
    }

    static func potong(_ s: String) -> String {
        s.count > 40 ? String(s.prefix(40)) + "…" : s
    }

    static let urusanMenurutNama: [String: BidangUrusan] = Dictionary(
        KatalogUrusan.semua.map { (ImporKerjaSama.kunciTeks($0.nama), $0) }, uniquingKeysWith: { a, _ in a })

    /// `bidangUrusan(baca:)` with a cache: files repeat the same few codes.
    mutating func bidangUrusan(_ t: String) -> BidangUrusan? {
        if let b = cacheUrusan[t] { return b }
        let b = Self.bidangUrusan(baca: t)
        cacheUrusan[t] = b
        return b
    }

    /// A bidang urusan from `"2.15"`, `"2.15 Perhubungan"`, `"2.1"` (a spreadsheet number that lost
    /// its trailing zero: 2.10) or its name (`"Perhubungan"`).
    static func bidangUrusan(baca t: String) -> BidangUrusan? {
        let kodeAwal = t.prefix { $0.isNumber || $0 == "." }
        if !kodeAwal.isEmpty {
            var kode = String(kodeAwal)
            if kode.hasSuffix(".") { kode.removeLast() }
            if let b = KatalogUrusan.cari(kode: kode) { return b }
            let u = Array(kode.utf8)
            if u.count == 3, u[1] == 0x2E, let b = KatalogUrusan.cari(kode: kode + "0") { return b }
            return nil
        }
        return urusanMenurutNama[ImporKerjaSama.kunciTeks(t)]
    }
}

// MARK: - SHA-256

/// SHA-256 (FIPS 180-4) for short inputs such as idempotency keys; Foundation on Linux has no
/// CryptoKit, and the domain module imports Foundation only.
enum SHA256Ringkas {
    private static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    static func hex(_ pesan: [UInt8]) -> String {
        var h: [UInt32] = [
            0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
        ]
        var data = pesan
        let panjangBit = UInt64(pesan.count) &* 8
        data.append(0x80)
        while data.count % 64 != 56 { data.append(0) }
        for i in (0..<8).reversed() { data.append(UInt8(truncatingIfNeeded: panjangBit >> (UInt64(i) * 8))) }

        var w = [UInt32](repeating: 0, count: 64)
        @inline(__always) func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
        for blok in stride(from: 0, to: data.count, by: 64) {
            for t in 0..<16 {
                let j = blok + t * 4
                w[t] = UInt32(data[j]) << 24 | UInt32(data[j + 1]) << 16 | UInt32(data[j + 2]) << 8 | UInt32(data[j + 3])
            }
            for t in 16..<64 {
                let s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3)
                let s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10)
                w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
            }
            var (a, b, c, d, e, f, g, hh) = (h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7])
            for t in 0..<64 {
                let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
                let ch = (e & f) ^ (~e & g)
                let t1 = hh &+ s1 &+ ch &+ k[t] &+ w[t]
                let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
                let maj = (a & b) ^ (a & c) ^ (b & c)
                let t2 = s0 &+ maj
                hh = g; g = f; f = e; e = d &+ t1; d = c; c = b; b = a; a = t1 &+ t2
            }
            h[0] = h[0] &+ a; h[1] = h[1] &+ b; h[2] = h[2] &+ c; h[3] = h[3] &+ d
            h[4] = h[4] &+ e; h[5] = h[5] &+ f; h[6] = h[6] &+ g; h[7] = h[7] &+ hh
        }
        let digit = Array("0123456789abcdef".utf8)
        var keluaran: [UInt8] = []
        keluaran.reserveCapacity(64)
        for x in h {
            for geser in stride(from: 28, through: 0, by: -4) {
                keluaran.append(digit[Int((x >> UInt32(geser)) & 0xF)])
            }
        }
        return String(decoding: keluaran, as: UTF8.self)
    }
}
