import Foundation
@testable import JalinDomain
import Testing

/// Importing existing agreements from a spreadsheet (scenarios.md C.4).
@Suite("Import of existing agreements")
struct ImporKerjaSamaTests {
    static let hariIni = try! Tanggal(tahun: 2026, bulan: 11, hari: 20)
    static let header = ImporKerjaSama.kolom.map(\.nama)

    static func t(_ a: Int, _ b: Int, _ c: Int) -> Tanggal { try! Tanggal(tahun: a, bulan: b, hari: c) }

    /// A valid KSDD row (Kukar–PPU, ksd-rules.md / contoh-naskah), with overrides by column name.
    static func baris(_ ubah: [String: String] = [:]) -> [String] {
        var nilai: [String: String] = [
            "nomor_pihak_kesatu": "100.3.7/12/KS/V/2024",
            "nomor_pihak_kedua": "180/45/Pem/2024",
            "judul": "Integrasi Layanan Angkutan Sungai dan Darat di Kawasan Penyangga Ibu Kota Nusantara",
            "jenis": "KSDD Sukarela",
            "dokumen": "KB",
            "mitra": "Pemerintah Kabupaten Penajam Paser Utara",
            "jenis_mitra": "daerah",
            "kode_wilayah_mitra": "64.09",
            "urusan": "2.15",
            "perangkat_daerah": "Dinas Perhubungan",
            "tanggal_tanda_tangan": "2024-05-03",
            "tanggal_mulai": "2024-05-03",
            "tanggal_berakhir": "2029-05-02",
            "nilai": "Rp1.250.000.000,00",
            "sumber_dana": "APBD",
            "keterangan": "",
        ]
        for (k, v) in ubah {
            precondition(nilai[k] != nil, "kolom \(k)")
            nilai[k] = v
        }
        return header.map { nilai[$0]! }
    }

    static func periksa(_ baris: [[String]], header: [String] = header, aturan: AturanKSD = .bawaan,
                        tanggal1904: Bool = false) -> HasilPeriksaImpor {
        ImporKerjaSama.periksa(header: header, baris: baris, aturan: aturan, hariIni: hariIni, tanggal1904: tanggal1904)
    }

    /// The single problem of a one-row check, asserting there is exactly one.
    static func satuMasalah(_ ubah: [String: String], sourceLocation: SourceLocation = #_sourceLocation) -> MasalahImpor? {
        let h = periksa([baris(ubah)])
        #expect(h.masalah.count == 1, "\(h.masalah)", sourceLocation: sourceLocation)
        #expect(h.entri.isEmpty, sourceLocation: sourceLocation)
        return h.masalah.first
    }

    /// A small RFC 4180 reader for the template.
    static func bacaCSV(_ s: String) -> [[String]] {
        var baris: [[String]] = []
        var sel: [String] = []
        var kini = ""
        var kutip = false
        var i = s.unicodeScalars.makeIterator()
        var simpan: Unicode.Scalar?
        while let u = simpan ?? i.next() {
            simpan = nil
            if kutip {
                if u == "\"" {
                    if let n = i.next() {
                        if n == "\"" { kini.unicodeScalars.append("\"") } else { kutip = false; simpan = n }
                    } else { kutip = false }
                } else { kini.unicodeScalars.append(u) }
            } else if u == "\"" {
                kutip = true
            } else if u == "," {
                sel.append(kini); kini = ""
            } else if u == "\r" {
                continue
            } else if u == "\n" {
                sel.append(kini); kini = ""; baris.append(sel); sel = []
            } else {
                kini.unicodeScalars.append(u)
            }
        }
        if !kini.isEmpty || !sel.isEmpty { sel.append(kini); baris.append(sel) }
        return baris
    }

    // MARK: - Template

    @Test("The template has sixteen snake_case columns in order, the required ones marked, each explained in Bahasa")
    func kolomTemplat() {
        #expect(Self.header == [
            "nomor_pihak_kesatu", "nomor_pihak_kedua", "judul", "jenis", "dokumen", "mitra", "jenis_mitra",
            "kode_wilayah_mitra", "urusan", "perangkat_daerah", "tanggal_tanda_tangan", "tanggal_mulai",
            "tanggal_berakhir", "nilai", "sumber_dana", "keterangan",
        ])
        #expect(ImporKerjaSama.kolom.filter(\.wajib).map(\.nama) == [
            "nomor_pihak_kesatu", "judul", "jenis", "dokumen", "mitra", "tanggal_mulai", "tanggal_berakhir",
        ])
        for k in ImporKerjaSama.kolom {
            #expect(k.keterangan.count > 20, "\(k.nama)")
            #expect(k.nama == k.nama.lowercased() && !k.nama.contains(" "))
        }
        #expect(ImporKerjaSama.K.allCases.map(\.nama) == Self.header)
    }

    @Test("The template CSV is UTF-8 with a BOM, a header and the IKN education example, and passes its own check")
    func templatCSV() throws {
        let csv = ImporKerjaSama.templateCSV()
        #expect(csv.hasPrefix("\u{FEFF}nomor_pihak_kesatu,nomor_pihak_kedua,judul,"))
        #expect(csv.hasSuffix("\r\n"))
        #expect(Array(csv.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let baris = Self.bacaCSV(csv)
        #expect(baris.count == 2)
        #expect(baris.allSatisfy { $0.count == 16 })
        let h = ImporKerjaSama.periksa(header: baris[0], baris: [baris[1]], hariIni: Self.hariIni)
        #expect(h.masalah.isEmpty, "\(h.masalah)")
        let e = try #require(h.entri.first)
        #expect(e.mitra == "Otorita Ibu Kota Nusantara")
        #expect(e.jenisMitra == .otoritaIKN)
        #expect(e.dokumen == .kesepakatanBersama)
        #expect(e.jenis == .ksddSukarela)
        #expect(e.tanggalTandaTangan == Self.t(2025, 10, 21))
        #expect(e.urusan.map(\.kode) == ["1.01"])
        #expect(e.status == .pelaksanaan)
        #expect(e.keterangan?.contains("Penajam Paser Utara") == true)
        // No example cell could be taken for a formula.
        for sel in baris[1] { #expect(!ImporKerjaSama.miripRumus(sel), "\(sel)") }
    }

    // MARK: - A valid line

    @Test("A valid line becomes a typed entry with its line number and status")
    func entriSah() throws {
        let h = Self.periksa([Self.baris()])
        #expect(h.masalah.isEmpty && h.catatan.isEmpty)
        #expect(h.jumlahBaris == 1 && h.bisaDiimporSemua)
        let e = try #require(h.entri.first)
        #expect(e.baris == 2)
        #expect(e.nomorPihakKesatu == "100.3.7/12/KS/V/2024")
        #expect(e.nomorPihakKedua == "180/45/Pem/2024")
        #expect(e.jenis == .ksddSukarela && e.dokumen == .kesepakatanBersama)
        #expect(e.jenisMitra == .daerah)
        #expect(e.kodeWilayahMitra == KodeWilayah(valid: "64.09"))
        #expect(e.urusan == [KatalogUrusan.cari(kode: "2.15")!])
        #expect(e.perangkatDaerah == "Dinas Perhubungan")
        #expect(e.tanggalTandaTangan == Self.t(2024, 5, 3))
        #expect(e.tanggalMulai == Self.t(2024, 5, 3) && e.tanggalBerakhir == Self.t(2029, 5, 2))
        #expect(e.nilaiSen == 125_000_000_000)
        #expect(e.sumberDana == "APBD" && e.keterangan == nil)
        #expect(e.status == .pelaksanaan)
        #expect(e.kunci.hasPrefix("v1:") && e.kunci.count == 67)
        // Entries travel as JSON (preview before saving).
        let json = try JSONEncoder().encode(e)
        #expect(try JSONDecoder().decode(EntriImpor.self, from: json) == e)
    }

    @Test("Status is berakhir when the end date is before today, and pelaksanaan from today on")
    func status() {
        let h = Self.periksa([
            Self.baris(["nomor_pihak_kesatu": "1", "tanggal_mulai": "2022-01-01", "tanggal_berakhir": "2026-11-19",
                        "tanggal_tanda_tangan": "2022-01-01"]),
            Self.baris(["nomor_pihak_kesatu": "2", "tanggal_mulai": "2022-01-01", "tanggal_berakhir": "2026-11-20",
                        "tanggal_tanda_tangan": "2022-01-01"]),
        ])
        #expect(h.entri.map(\.status) == [.berakhir, .pelaksanaan])
    }

    // MARK: - Header

    @Test("Missing required columns are one problem on line 1 that names every missing header")
    func kolomHilang() {
        let header = Self.header.filter { $0 != "judul" && $0 != "tanggal_mulai" }
        let baris = Self.baris().enumerated().filter { ![2, 11].contains($0.offset) }.map(\.element)
        let h = Self.periksa([baris], header: header)
        #expect(h.masalah == [MasalahImpor(
            baris: 1, kolom: nil,
            pesan: "Kolom wajib tidak ditemukan: judul, tanggal_mulai. Gunakan baris judul kolom dari templat impor.")])
        #expect(h.entri.isEmpty)
        #expect(h.jumlahBaris == 1)
        // Present columns are still checked, so every problem shows at once.
        let salah = Self.periksa([Self.baris(["tanggal_berakhir": "kemarin"]).enumerated()
            .filter { ![2, 11].contains($0.offset) }.map(\.element)], header: header)
        #expect(salah.masalah.count == 2)
        #expect(salah.masalah.last?.kolom == "tanggal_berakhir")
    }

    @Test("Unknown extra columns are ignored with a note")
    func kolomTakDikenal() throws {
        let h = Self.periksa([Self.baris() + ["rahasia", "x"]], header: Self.header + ["Catatan Internal", "kolom_lain"])
        #expect(h.masalah.isEmpty)
        #expect(h.entri.count == 1)
        #expect(h.catatan == [MasalahImpor(
            baris: 1, kolom: nil, pesan: "Kolom yang tidak dikenal diabaikan: \"Catatan Internal\", \"kolom_lain\".")])
    }

    @Test("Header spelling is tolerated: case, spaces, hyphens, a BOM, a trailing asterisk, 'pihak pertama'")
    func ejaanKepala() {
        var header = Self.header.map { $0.replacingOccurrences(of: "_", with: " ").uppercased() }
        header[0] = "\u{FEFF}Nomor Pihak Pertama*"
        header[11] = "Tanggal-Mulai *"
        let h = Self.periksa([Self.baris()], header: header)
        #expect(h.masalah.isEmpty, "\(h.masalah)")
        #expect(h.entri.count == 1)
    }

    @Test("A column that appears twice is refused")
    func kolomGanda() {
        let h = Self.periksa([Self.baris() + ["Judul lain"]], header: Self.header + ["Judul"])
        #expect(h.masalah == [MasalahImpor(
            baris: 1, kolom: "judul", pesan: "Kolom judul muncul lebih dari satu kali (kolom ke-3 dan ke-17); hapus salah satunya.")])
        #expect(h.entri.isEmpty)
    }

    // MARK: - Lines

    @Test("Entirely empty lines are skipped, and line numbers stay those of the file")
    func barisKosong() {
        let h = Self.periksa([
            Self.baris(["nomor_pihak_kesatu": "A/1"]),
            [],
            Array(repeating: "  ", count: 16),
            ["", "\t", "\n"],
            Self.baris(["nomor_pihak_kesatu": "A/2", "judul": ""]),
            Self.baris(["nomor_pihak_kesatu": "A/3"]),
        ])
        #expect(h.jumlahBaris == 3)
        #expect(h.entri.map(\.baris) == [2, 7])
        #expect(h.masalah == [MasalahImpor(baris: 6, kolom: "judul", pesan: "Judul wajib diisi.")])
    }

    @Test("A line shorter than the header is padded with empty cells")
    func barisPendek() throws {
        let pendek = Array(Self.baris().prefix(13))
        let h = Self.periksa([pendek])
        #expect(h.masalah.isEmpty)
        let e = try #require(h.entri.first)
        #expect(e.nilaiSen == nil && e.sumberDana == nil)
    }

    @Test("Every empty required cell is reported, each in its own column")
    func wajibKosong() {
        let h = Self.periksa([Self.baris([
            "nomor_pihak_kesatu": " ", "judul": "", "jenis": "", "dokumen": "", "mitra": "", "tanggal_mulai": "",
            "tanggal_berakhir": "",
        ])])
        #expect(h.masalah.map(\.kolom) == [
            "nomor_pihak_kesatu", "judul", "jenis", "dokumen", "mitra", "tanggal_mulai", "tanggal_berakhir",
        ])
        #expect(h.masalah.map(\.pesan) == [
            "Nomor pihak kesatu wajib diisi.", "Judul wajib diisi.", "Jenis kerja sama wajib diisi.",
            "Dokumen wajib diisi.", "Mitra wajib diisi.", "Tanggal mulai wajib diisi.", "Tanggal berakhir wajib diisi.",
        ])
        #expect(h.masalah.allSatisfy { $0.baris == 2 })
    }

    @Test("Every problem of a line is listed, not only the first")
    func semuaMasalah() {
        let h = Self.periksa([Self.baris([
            "jenis": "kerja bakti", "dokumen": "surat cinta", "jenis_mitra": "teman", "urusan": "9.99",
            "tanggal_mulai": "2024-13-01", "nilai": "banyak",
        ])])
        #expect(h.masalah.map(\.kolom) == ["jenis", "dokumen", "jenis_mitra", "urusan", "tanggal_mulai", "nilai"])
    }

    @Test("A lone dash means empty: optional cells become nil, required cells are reported")
    func tandaHubung() throws {
        let h = Self.periksa([Self.baris(["nomor_pihak_kedua": "-", "nilai": "–", "keterangan": "—"])])
        let e = try #require(h.entri.first)
        #expect(e.nomorPihakKedua == nil && e.nilaiSen == nil && e.keterangan == nil)
        #expect(Self.satuMasalah(["judul": "-"]) == MasalahImpor(baris: 2, kolom: "judul", pesan: "Judul wajib diisi."))
    }

    @Test("Text cells: control characters and over-long text are refused with the Teks messages")
    func teks() throws {
        #expect(Self.satuMasalah(["judul": "Judul\u{0}rahasia"])?.pesan == "Judul memuat karakter kendali yang tidak diizinkan.")
        #expect(Self.satuMasalah(["mitra": String(repeating: "M", count: 301)])?.pesan
            == "Mitra paling banyak 300 karakter (saat ini 301).")
        // A title broken over lines in a cell becomes one line; keterangan keeps its lines.
        let h = Self.periksa([Self.baris([
            "judul": "Kesepakatan Bersama\ntentang\r\nAngkutan\tSungai", "keterangan": "Baris satu\nBaris dua",
            "mitra": "  Pemerintah Kabupaten Penajam Paser Utara\u{00A0}",
        ])])
        let e = try #require(h.entri.first)
        #expect(e.judul == "Kesepakatan Bersama tentang Angkutan Sungai")
        #expect(e.keterangan == "Baris satu\nBaris dua")
        #expect(e.mitra == "Pemerintah Kabupaten Penajam Paser Utara")
    }

    // MARK: - Formulas

    @Test(
        "A cell that looks like a formula is refused: sel berisi rumus",
        arguments: [
            ("judul", "=SUM(A1:A3)"), ("mitra", "=HYPERLINK(\"http://jahat.example\",\"klik\")"),
            ("nomor_pihak_kesatu", "+cmd|' /C calc'!A0"), ("keterangan", "@SUM(A1:A9)"), ("perangkat_daerah", "-2+3"),
            ("sumber_dana", "=1+1"), ("tanggal_mulai", "=TODAY()"), ("nilai", "=1000*2"), ("urusan", "+2.15 Perhubungan"),
            ("judul", "- Kerja sama angkutan"),
        ])
    func rumus(kolom: String, isi: String) {
        let m = Self.satuMasalah([kolom: isi])
        #expect(m?.kolom == kolom)
        #expect(m?.pesan == "Sel berisi rumus; isi sebagai teks biasa (tanpa awalan =, +, -, atau @).")
    }

    @Test("Formula cells reported by the workbook reader are refused even when their cached value looks fine")
    func rumusDariBuku() {
        let h = ImporKerjaSama.periksa(
            header: Self.header, baris: [Self.baris(), Self.baris(["nomor_pihak_kesatu": "B/2"])], hariIni: Self.hariIni,
            selRumus: [(baris: 1, kolom: 2), (baris: 1, kolom: 12), (baris: 0, kolom: 30)])
        #expect(h.masalah == [
            MasalahImpor(baris: 3, kolom: "judul", pesan: ImporKerjaSama.pesanRumus),
            MasalahImpor(baris: 3, kolom: "tanggal_berakhir", pesan: ImporKerjaSama.pesanRumus),
        ])
        #expect(h.entri.map(\.baris) == [2], "a formula outside the known columns is ignored with the column")
    }

    @Test("A negative value gets its own message, not the formula one")
    func nilaiNegatif() {
        for isi in ["-1000000", "-Rp1.000,00", "−1.250.000", "- 5"] {
            #expect(Self.satuMasalah(["nilai": isi]) == MasalahImpor(baris: 2, kolom: "nilai", pesan: "Nilai tidak boleh negatif."),
                    "\(isi)")
        }
    }

    // MARK: - Dates

    @Test(
        "Dates are read as yyyy-mm-dd, dd/mm/yyyy, dd-mm-yyyy, d MMMM yyyy in Indonesian, and Excel serials",
        arguments: [
            "2024-05-03", "03/05/2024", "3/5/2024", "03-05-2024", "3-5-2024", "03.05.2024", "3 Mei 2024", "3 MEI 2024",
            "03 mei 2024", "Jumat, 3 Mei 2024", "3-Mei-2024", "45415", "45415.5", "2024-05-03 00:00:00",
            "2024-05-03T00:00:00", "3\u{00A0}Mei\u{00A0}2024",
        ])
    func tanggalSah(isi: String) throws {
        let h = Self.periksa([Self.baris(["tanggal_mulai": isi])])
        #expect(h.masalah.isEmpty, "\(h.masalah)")
        #expect(h.entri.first?.tanggalMulai == Self.t(2024, 5, 3))
    }

    @Test("Every Indonesian month name and common short form is understood")
    func namaBulan() {
        let nama = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
                    "November", "Desember"]
        let pendek = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"]
        let lama = ["Januari", "Pebruari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
                    "Nopember", "Desember"]
        for daftar in [nama, pendek, lama] {
            for (i, n) in daftar.enumerated() {
                guard case .sah(let t) = ImporKerjaSama.bacaTanggal("1 \(n) 2024", label: "Tanggal", sistem1904: false)
                else { Issue.record("\(n)"); continue }
                #expect(t == Self.t(2024, i + 1, 1))
            }
        }
    }

    @Test(
        "Bad dates are refused with a message that says why",
        arguments: [
            ("31/02/2024", "Tanggal mulai \"31/02/2024\" tidak sah: Tanggal 31 Februari 2024 tidak ada; bulan Februari 2024 hanya memiliki 29 hari."),
            ("29/02/2023", "Tanggal mulai \"29/02/2023\" tidak sah: Tanggal 29 Februari 2023 tidak ada karena tahun 2023 bukan tahun kabisat."),
            ("05/21/2024", "Tanggal mulai \"05/21/2024\" tidak sah: Bulan harus antara 1 dan 12."),
            ("2024", "Tanggal mulai \"2024\" tidak lengkap; tulis tanggal, bulan, dan tahun, misalnya 21/10/2025."),
            ("03/05/24", "Tanggal mulai \"03/05/24\": tahun harus ditulis empat angka, misalnya 21/10/2025."),
            ("3 Mai 2024", "Tanggal mulai \"3 Mai 2024\": nama bulan \"mai\" tidak dikenal."),
            ("kemarin", "Tanggal mulai \"kemarin\" tidak dapat dibaca. Gunakan format 2025-10-21, 21/10/2025, 21-10-2025, atau 21 Oktober 2025."),
            ("20240503", "Tanggal mulai \"20240503\" tidak dapat dibaca. Gunakan format 2025-10-21, 21/10/2025, 21-10-2025, atau 21 Oktober 2025."),
            ("60", "Tanggal mulai \"60\" tidak lengkap; tulis tanggal, bulan, dan tahun, misalnya 21/10/2025."),
        ])
    func tanggalSalah(isi: String, pesan: String) {
        let h = Self.periksa([Self.baris(["tanggal_mulai": isi])])
        #expect(h.masalah.first == MasalahImpor(baris: 2, kolom: "tanggal_mulai", pesan: pesan))
        #expect(h.entri.isEmpty)
    }

    @Test("Excel serial dates use the 1904 system when the workbook says so")
    func serial1904() {
        let h = Self.periksa([Self.baris(["tanggal_mulai": "43953", "tanggal_tanda_tangan": ""])], tanggal1904: true)
        #expect(h.masalah.isEmpty)
        #expect(h.entri.first?.tanggalMulai == Self.t(2024, 5, 3))
        #expect(Tanggal(serialExcel: "45415") == Self.t(2024, 5, 3))
        #expect(Tanggal(serialExcel: "60") == nil)
    }

    @Test("The end must come after the start")
    func urutanTanggal() {
        #expect(Self.satuMasalah(["tanggal_mulai": "2024-05-03", "tanggal_berakhir": "2024-05-02", "tanggal_tanda_tangan": ""]) == MasalahImpor(
            baris: 2, kolom: "tanggal_berakhir",
            pesan: "Tanggal berakhir harus sesudah tanggal mulai berlaku (3 Mei 2024)."))
        #expect(Self.satuMasalah(["tanggal_berakhir": "2024-05-03"])?.kolom == "tanggal_berakhir")
    }

    @Test("A term over the maximum is refused with the rule's source; the pemda's own rule and desa kinds differ")
    func jangkaWaktu() {
        let m = Self.satuMasalah(["tanggal_berakhir": "2029-05-04"])
        #expect(m?.kolom == "tanggal_berakhir")
        #expect(m?.pesan.contains("paling lama 5 tahun, yaitu sampai dengan 3 Mei 2029") == true)
        #expect(m?.pesan.contains(AturanKSD.bawaan.jangkaWaktuMaksimumTahun.sumber) == true)
        #expect(Self.periksa([Self.baris(["tanggal_berakhir": "2029-05-03"])]).masalah.isEmpty, "exactly five years")
        var aturan = AturanKSD.bawaan
        aturan.jangkaWaktuMaksimumTahun = ParameterAturan(10, sumber: "Perbup (contoh)", status: .belumDiverifikasi)
        #expect(Self.periksa([Self.baris(["tanggal_berakhir": "2034-05-02"])], aturan: aturan).masalah.isEmpty)
        let desa = Self.periksa([Self.baris([
            "jenis": "desa antar-desa", "dokumen": "Peraturan Bersama", "jenis_mitra": "desa",
            "kode_wilayah_mitra": "64.02.01.2001", "tanggal_berakhir": "2035-01-01",
        ])])
        #expect(desa.masalah.isEmpty, "\(desa.masalah)")
    }

    @Test("The signing date cannot be after today or after the end")
    func tanggalTandaTangan() {
        #expect(Self.satuMasalah(["tanggal_tanda_tangan": "2026-11-21"])?.pesan
            == "Tanggal tanda tangan (21 November 2026) tidak boleh sesudah hari ini (20 November 2026); impor hanya "
            + "untuk naskah yang sudah ditandatangani.")
        #expect(Self.satuMasalah([
            "tanggal_tanda_tangan": "2025-01-01", "tanggal_mulai": "2020-01-01", "tanggal_berakhir": "2024-12-31",
        ])?.pesan == "Tanggal tanda tangan (1 Januari 2025) tidak boleh sesudah tanggal berakhir (31 Desember 2024).")
        let kosong = Self.periksa([Self.baris(["tanggal_tanda_tangan": ""])])
        #expect(kosong.masalah.isEmpty && kosong.entri.first?.tanggalTandaTangan == nil)
    }

    // MARK: - Codes

    @Test(
        "Kinds are read leniently and case-insensitively",
        arguments: [
            ("ksddSukarela", JenisKerjaSama.ksddSukarela), ("KSDD sukarela", .ksddSukarela), ("ksdd wajib", .ksddWajib),
            ("KSDD Wajib", .ksddWajib), ("KSDPK", .ksdpkPelayananPublik), ("ksdpkAset", .ksdpkAset),
            ("KSDPK Investasi", .ksdpkInvestasi), ("KSDPK lainnya", .ksdpkLainnya), ("Sinergi", .sinergi),
            ("KSDPL", .ksdpl), ("ksdll", .ksdll), ("desa antar-desa", .desaAntarDesa), ("Antar-Desa", .desaAntarDesa),
            ("Desa–Pihak Ketiga", .desaPihakKetiga), ("KSDD", .ksddSukarela), ("Kemitraan Lain", .kemitraanLain),
            ("Kerja Sama Daerah dengan Pihak Ketiga — Pengelolaan Aset", .ksdpkAset),
        ])
    func jenisLonggar(teks: String, jenis: JenisKerjaSama) {
        #expect(ImporKerjaSama.jenisKerjaSama(dari: teks) == jenis)
    }

    @Test("Bare KSDD and KSDPK are accepted with a note that names every line")
    func catatanJenis() {
        let h = Self.periksa([
            Self.baris(["nomor_pihak_kesatu": "1", "jenis": "KSDD"]),
            Self.baris(["nomor_pihak_kesatu": "2", "jenis": "ksdd"]),
            Self.baris(["nomor_pihak_kesatu": "3", "jenis": "KSDD"]),
            Self.baris(["nomor_pihak_kesatu": "4", "jenis": "KSDPK", "jenis_mitra": "BUMD", "kode_wilayah_mitra": "",
                        "dokumen": "PKS"]),
        ])
        #expect(h.masalah.isEmpty, "\(h.masalah)")
        #expect(h.entri.map(\.jenis) == [.ksddSukarela, .ksddSukarela, .ksddSukarela, .ksdpkPelayananPublik])
        #expect(h.catatan.count == 3)
        #expect(h.catatan[0].pesan.hasPrefix("Jenis \"KSDD\" dicatat sebagai KSDD Sukarela"))
        #expect(h.catatan[0].pesan.hasSuffix("(baris 2 dan 4)"))
        #expect(h.catatan[1].baris == 3)
        #expect(h.catatan[2].pesan.hasPrefix("Jenis \"KSDPK\" dicatat sebagai KSDPK Pelayanan Publik"))
    }

    @Test("Documents are read leniently; a memorandum of understanding follows the kind; a KAK is no agreement")
    func dokumenLonggar() {
        for (teks, d) in [("KB", JenisDokumen.kesepakatanBersama), ("kesepakatan bersama", .kesepakatanBersama),
                          ("PKS", .perjanjianKerjaSama), ("Perjanjian Kerja Sama", .perjanjianKerjaSama),
                          ("kontrak", .perjanjianKerjaSama), ("NK", .notaKesepakatan), ("RK", .rencanaKerja),
                          ("Adendum", .adendum), ("addendum", .adendum), ("LoI", .pernyataanKehendak),
                          ("Naskah LN", .naskahLN), ("Peraturan Bersama Kepala Desa", .peraturanBersamaDesa)] {
            #expect(ImporKerjaSama.jenisDokumen(dari: teks) == d, "\(teks)")
        }
        #expect(ImporKerjaSama.jenisDokumen(dari: "MoU", jenis: .ksddSukarela) == .kesepakatanBersama)
        #expect(ImporKerjaSama.jenisDokumen(dari: "Nota Kesepahaman", jenis: .sinergi) == .notaKesepakatan)
        #expect(ImporKerjaSama.jenisDokumen(dari: "MoU", jenis: .ksdpl) == .naskahLN)

        let mou = Self.periksa([Self.baris(["dokumen": "Nota Kesepahaman"])])
        #expect(mou.masalah.isEmpty)
        #expect(mou.entri.first?.dokumen == .kesepakatanBersama)
        #expect(mou.catatan.first?.pesan == "Nota kesepahaman (MoU) dicatat sebagai Kesepakatan Bersama (KB) sesuai jenis kerja samanya.")

        #expect(Self.satuMasalah(["dokumen": "KAK"])?.pesan.hasPrefix("Kerangka Acuan Kerja bukan naskah kerja sama") == true)
        // An unusual pairing is a note, not a refusal (legacy documents predate the current instruments).
        let nk = Self.periksa([Self.baris(["dokumen": "NK"])])
        #expect(nk.masalah.isEmpty && nk.catatan.first?.kolom == "dokumen")
    }

    @Test("Unknown jenis, dokumen, jenis mitra and urusan are named in their messages")
    func kodeTakDikenal() {
        #expect(Self.satuMasalah(["jenis": "Gotong royong"])?.pesan.hasPrefix(
            "Jenis kerja sama \"Gotong royong\" tidak dikenal. Gunakan salah satu: KSDD Wajib, KSDD Sukarela,") == true)
        #expect(Self.satuMasalah(["dokumen": "Piagam"])?.pesan.hasPrefix("Dokumen \"Piagam\" tidak dikenal.") == true)
        #expect(Self.satuMasalah(["jenis_mitra": "sahabat"])?.pesan.hasPrefix("Jenis mitra \"sahabat\" tidak dikenal.") == true)
        #expect(Self.satuMasalah(["urusan": "2.15; 9.99, 1.77"])?.pesan.hasPrefix("Kode urusan tidak dikenal: 9.99, 1.77.") == true)
    }

    @Test("Partner kinds are read leniently, inferred when the kind allows only one, and must fit the kind")
    func jenisMitra() throws {
        #expect(ImporKerjaSama.jenisMitra(dari: "Pihak Ketiga") == .pihakKetiga)
        #expect(ImporKerjaSama.jenisMitra(dari: "kementerian/lembaga") == .kementerianLembaga)
        #expect(ImporKerjaSama.jenisMitra(dari: "Otorita IKN") == .otoritaIKN)
        #expect(ImporKerjaSama.jenisMitra(dari: "BUMD") == .pihakKetiga)
        #expect(ImporKerjaSama.jenisMitra(dari: "pemda luar negeri") == .pemdaLuarNegeri)

        let m = Self.satuMasalah(["jenis_mitra": "pihak ketiga", "kode_wilayah_mitra": ""])
        #expect(m?.kolom == "jenis_mitra")
        #expect(m?.pesan.hasPrefix("Jenis mitra pihak ketiga tidak sesuai dengan KSDD Sukarela; mitra KSDD Sukarela adalah "
            + "daerah lain (provinsi/kabupaten/kota) atau Otorita Ibu Kota Nusantara") == true)

        let h = Self.periksa([
            Self.baris(["nomor_pihak_kesatu": "1", "jenis": "KSDPK Aset", "jenis_mitra": "", "kode_wilayah_mitra": "",
                        "dokumen": "PKS", "mitra": "PT Kukar Sejahtera (Perseroda)"]),
            Self.baris(["nomor_pihak_kesatu": "2", "jenis_mitra": "", "kode_wilayah_mitra": ""]),
            Self.baris(["nomor_pihak_kesatu": "3", "jenis": "Sinergi", "dokumen": "NK", "jenis_mitra": "Otorita IKN",
                        "kode_wilayah_mitra": "", "mitra": "Otorita Ibu Kota Nusantara"]),
        ])
        #expect(h.masalah.isEmpty, "\(h.masalah)")
        #expect(h.entri.map(\.jenisMitra) == [.pihakKetiga, nil, .otoritaIKN])
    }

    @Test("Kode wilayah: required for a daerah partner, validated, a province or kabupaten/kota, lost zero restored")
    func kodeWilayah() throws {
        #expect(Self.satuMasalah(["kode_wilayah_mitra": ""])?.pesan
            == "Kode wilayah mitra wajib diisi untuk mitra daerah, misalnya 64.09 untuk Kabupaten Penajam Paser Utara.")
        #expect(Self.satuMasalah(["kode_wilayah_mitra": "6409"])?.pesan.contains("tampaknya ditulis tanpa titik") == true)
        #expect(Self.satuMasalah(["kode_wilayah_mitra": "64-09"])?.pesan.hasPrefix("Kode wilayah \"64-09\" tidak sah.") == true)
        #expect(Self.satuMasalah(["kode_wilayah_mitra": "64.09.01"])?.pesan.contains("bukan kecamatan") == true)
        #expect(Self.satuMasalah(["jenis": "antar desa", "dokumen": "peraturan bersama", "jenis_mitra": "desa",
                                  "kode_wilayah_mitra": "64.02"])?.pesan.contains("PP.KK.CC.DDDD") == true)
        let nol = Self.periksa([Self.baris(["kode_wilayah_mitra": "64.1"])])
        #expect(nol.masalah.isEmpty)
        #expect(nol.entri.first?.kodeWilayahMitra == KodeWilayah(valid: "64.10"))
        #expect(nol.catatan.first?.kolom == "kode_wilayah_mitra")
        // A partner without a code may still give a valid one.
        let provinsi = Self.periksa([Self.baris(["kode_wilayah_mitra": "64"])])
        #expect(provinsi.masalah.isEmpty && provinsi.entri.first?.kodeWilayahMitra == KodeWilayah(valid: "64"))
    }

    @Test("Urusan: codes separated by commas or semicolons, names, and codes that lost their trailing zero")
    func urusan() throws {
        let h = Self.periksa([Self.baris(["urusan": "1.01, 2.15; Pariwisata, 2.1, 2.15 Perhubungan, 1.01"])])
        #expect(h.masalah.isEmpty)
        #expect(try #require(h.entri.first).urusan.map(\.kode) == ["1.01", "2.15", "3.26", "2.10"])
        let kosong = Self.periksa([Self.baris(["urusan": ""])])
        #expect(kosong.entri.first?.urusan == [])
    }

    // MARK: - Values

    @Test("Values: rupiah as typed, spreadsheet decimals, and English separators refused")
    func nilai() {
        func sen(_ isi: String) -> Int64? { Self.periksa([Self.baris(["nilai": isi])]).entri.first?.nilaiSen }
        #expect(sen("1250000") == 125_000_000)
        #expect(sen("Rp1.250.000,50") == 125_000_050)
        #expect(sen("Rp 1.250.000,-") == 125_000_000)
        #expect(sen("1250000.5") == 125_000_050)
        #expect(sen("1250000.25") == 125_000_025)
        #expect(sen("0") == 0)
        #expect(Self.satuMasalah(["nilai": "1,250,000.00"])?.kolom == "nilai")
        #expect(Self.satuMasalah(["nilai": "satu juta"])?.pesan.hasPrefix("Nilai hanya boleh berisi angka") == true)
    }

    // MARK: - Duplicates and keys

    @Test("A nomor pihak kesatu used twice names both lines, and neither line is imported")
    func nomorGanda() {
        let h = Self.periksa([
            Self.baris(["nomor_pihak_kesatu": "100.3.7/12/KS/V/2024"]),
            Self.baris(["nomor_pihak_kesatu": "200/1/KS/2024"]),
            Self.baris(["nomor_pihak_kesatu": "100.3.7 / 12 / ks / V / 2024", "mitra": "Pemerintah Kota Samarinda",
                        "kode_wilayah_mitra": "64.72"]),
        ])
        #expect(h.entri.map(\.baris) == [3])
        #expect(h.masalah.map(\.baris) == [2, 4])
        #expect(h.masalah.allSatisfy { $0.kolom == "nomor_pihak_kesatu" })
        #expect(h.masalah[0].pesan.hasPrefix("Nomor pihak kesatu ini juga dipakai pada baris 4."))
        #expect(h.masalah[1].pesan.hasPrefix("Nomor pihak kesatu ini juga dipakai pada baris 2."))
        let tiga = Self.periksa((0..<3).map { _ in Self.baris() })
        #expect(tiga.masalah.map(\.pesan).first?.hasPrefix("Nomor pihak kesatu ini juga dipakai pada baris 3 dan 4.") == true)
    }

    @Test("The key is stable: same agreement, same key, whatever the spelling; another document, another key")
    func kunci() {
        let a = ImporKerjaSama.kunci(nomorPihakKesatu: "100.3.7/12/KS/V/2024", mitra: "Pemerintah Kabupaten Penajam Paser Utara",
                                     dokumen: .kesepakatanBersama)
        #expect(a == ImporKerjaSama.kunci(nomorPihakKesatu: " 100.3.7 / 12 / ks / v / 2024",
                                          mitra: "PEMERINTAH  KABUPATEN PENAJAM PASER UTARA.", dokumen: .kesepakatanBersama))
        #expect(a != ImporKerjaSama.kunci(nomorPihakKesatu: "100.3.7/12/KS/V/2024",
                                          mitra: "Pemerintah Kabupaten Penajam Paser Utara", dokumen: .perjanjianKerjaSama))
        #expect(a != ImporKerjaSama.kunci(nomorPihakKesatu: "100.3.7/13/KS/V/2024",
                                          mitra: "Pemerintah Kabupaten Penajam Paser Utara", dokumen: .kesepakatanBersama))
        #expect(a == "v1:" + SHA256Ringkas.hex(Array("100.3.7/12/KS/V/2024\u{1F}pemerintah kabupaten penajam paser utara\u{1F}kesepakatanBersama".utf8)))
        #expect(ImporKerjaSama.normalMitra("Pemerintah Kota Bau-Bau") == ImporKerjaSama.normalMitra("pemerintah kota bau bau"))
        #expect(ImporKerjaSama.normalMitra("Dinas Pendidikan Kota Bogor (Perumda) Ü") == "dinas pendidikan kota bogor perumda u")
    }

    @Test("SHA-256 gives the FIPS 180-4 test vectors")
    func sha256() {
        #expect(SHA256Ringkas.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256Ringkas.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256Ringkas.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    // MARK: - Volume

    static func dibangkitkan(_ n: Int) -> [[String]] {
        let jenis = ["KSDD Sukarela", "ksdpkAset", "Sinergi", "KSDD wajib", "KSDPK Investasi"]
        let mitra = ["daerah", "pihak ketiga", "kementerian/lembaga", "daerah", "BUMD"]
        let dokumen = ["KB", "PKS", "NK", "PKS", "Kontrak"]
        return (0..<n).map { i in
            let j = i % 5
            let tahun = 2020 + i % 5
            return [
                "100.3.7/\(i + 1)/KS/\(tahun)", i % 2 == 0 ? "" : "180/\(i)/Pem/\(tahun)",
                "Kerja sama nomor \(i + 1) tentang pelayanan publik di Kutai Kartanegara", jenis[j], dokumen[j],
                "Mitra \(i % 300)", mitra[j], mitra[j] == "daerah" ? "64.\(String(format: "%02d", 1 + i % 11))" : "",
                "1.01; 2.15", "Dinas Perhubungan", "\(1 + i % 28)/\(1 + i % 12)/\(tahun)",
                "\(tahun)-\(String(format: "%02d", 1 + i % 12))-\(String(format: "%02d", 1 + i % 28))",
                "\(1 + i % 28) Oktober \(tahun + 3)", i % 3 == 0 ? "Rp1.250.000,00" : "", "APBD", "",
            ]
        }
    }

    @Test("10,000 generated lines validate, and checking the same file twice gives the same keys")
    func sepuluhRibu() {
        let baris = Self.dibangkitkan(10_000)
        let a = Self.periksa(baris)
        #expect(a.masalah.isEmpty, "\(a.masalah.prefix(5))")
        #expect(a.entri.count == 10_000)
        #expect(a.jumlahBaris == 10_000)
        #expect(Set(a.entri.map(\.kunci)).count == 10_000)
        let b = Self.periksa(baris)
        #expect(a.entri.map(\.kunci) == b.entri.map(\.kunci))
        #expect(a == b)
        #expect(a.entri.filter { $0.status == .berakhir }.count > 0)
        #expect(a.entri.filter { $0.status == .pelaksanaan }.count > 0)
    }
}
