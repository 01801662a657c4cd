import Foundation

// MARK: The column groups of one line

extension PemeriksaImpor {
    /// Kind of cooperation, read leniently; a lenient reading leaves a note.
    mutating func periksaJenis(_ s: SelImpor) -> JenisKerjaSama? {
        guard !wajibKosong(s, .jenis), s.ada(.jenis) else { return nil }
        guard let (j, bacaan) = ImporKerjaSama.petaJenis[kunciTeks(s.v(.jenis))] else {
            salah(s, .jenis, "Jenis kerja sama \"\(Self.potong(s.v(.jenis)))\" tidak dikenal. Gunakan salah satu: "
                + JenisKerjaSama.allCases.map(\.singkatan).joined(separator: ", ") + ".")
            return nil
        }
        switch bacaan {
        case .ksddTanpaSifat:
            catat("Jenis \"\(s.v(.jenis))\" dicatat sebagai KSDD Sukarela; ubah menjadi KSDD Wajib bila kerja "
                + "sama ini wajib (daerah berbatasan dengan urusan berdampak lintas daerah).",
                kolom: K.jenis.nama, baris: s.baris)
        case .ksdpkTanpaTipe:
            catat("Jenis \"\(s.v(.jenis))\" dicatat sebagai KSDPK Pelayanan Publik; ubah bila kerja sama ini "
                + "pengelolaan aset, investasi, atau kerja sama lainnya.", kolom: K.jenis.nama, baris: s.baris)
        case nil:
            break
        }
        if j == .kemitraanLain {
            catat("Kemitraan lain dicatat tanpa siklus Kerja Sama Daerah: "
                + (j.alasanDiLuarSiklus ?? ""), kolom: K.jenis.nama, baris: s.baris)
        }
        return j
    }

    /// Document kind: a signed instrument (or an adendum); a MoU is read by the kind of cooperation.
    mutating func periksaDokumen(_ s: SelImpor, jenis: JenisKerjaSama?) -> JenisDokumen? {
        guard !wajibKosong(s, .dokumen), s.ada(.dokumen) else { return nil }
        var dokumen: JenisDokumen?
        let kunci = kunciTeks(s.v(.dokumen))
        if ImporKerjaSama.kataMoU.contains(kunci) {
            let d = ImporKerjaSama.dokumenMoU(jenis)
            dokumen = d
            catat("Nota kesepahaman (MoU) dicatat sebagai \(d.nama) (\(d.singkatan)) sesuai jenis kerja samanya.",
                  kolom: K.dokumen.nama, baris: s.baris)
        } else if let d = ImporKerjaSama.petaDokumen[kunci] {
            if d.finalSetelahDitandatangani || d == .adendum {
                dokumen = d
            } else {
                salah(s, .dokumen, "\(d.nama) bukan naskah kerja sama yang ditandatangani para pihak dan tidak dapat "
                    + "diimpor sebagai kerja sama. Dokumen yang dapat diimpor: "
                    + Self.dokumenSah.map(\.singkatan).joined(separator: ", ") + ".")
            }
        } else {
            salah(s, .dokumen, "Dokumen \"\(Self.potong(s.v(.dokumen)))\" tidak dikenal. Gunakan salah satu: "
                + Self.dokumenSah.map(\.singkatan).joined(separator: ", ") + ".")
        }
        if let d = dokumen, let j = jenis, !j.dokumen.isEmpty, !j.dokumen.contains(d) {
            catat("\(d.singkatan) bukan naskah yang lazim untuk \(j.singkatan) (lazimnya "
                + j.naskahPokok.map(\.singkatan).joined(separator: " dan ")
                + "); periksa kembali jenis kerja sama atau jenis dokumennya.",
                  kolom: K.dokumen.nama, baris: s.baris)
        }
        return dokumen
    }

    /// Kind of partner: as written, or the only one the kind of cooperation admits.
    mutating func periksaJenisMitra(_ s: SelImpor, jenis: JenisKerjaSama?) -> JenisMitra? {
        guard s.terisi(.jenisMitra) else {
            if let j = jenis, let sah = ImporKerjaSama.mitraYangSah(j), sah.count == 1 { return sah[0] }
            return nil
        }
        guard let m = ImporKerjaSama.petaMitra[kunciTeks(s.v(.jenisMitra))] else {
            salah(s, .jenisMitra, "Jenis mitra \"\(Self.potong(s.v(.jenisMitra)))\" tidak dikenal. Gunakan salah satu: "
                + "daerah, pihak ketiga, kementerian/lembaga, otorita IKN, pemda luar negeri, lembaga luar negeri, "
                + "desa.")
            return nil
        }
        if let j = jenis, let sah = ImporKerjaSama.mitraYangSah(j), !sah.contains(m) {
            salah(s, .jenisMitra, "Jenis mitra \(Self.namaMitra(m)) tidak sesuai dengan \(j.singkatan); mitra "
                + "\(j.singkatan) adalah " + sah.map(Self.namaMitra).joined(separator: " atau ")
                + " (\(j.dasarHukum)).")
        }
        return m
    }

    /// Region code of the partner, of the level its kind needs.
    mutating func periksaKodeWilayah(_ s: SelImpor, jenisMitra: JenisMitra?) -> KodeWilayah? {
        guard s.terisi(.kodeWilayahMitra) else {
            if let m = jenisMitra, m.perluKodeWilayah {
                salah(s, .kodeWilayahMitra, "Kode wilayah mitra wajib diisi untuk mitra \(m == .desa ? "desa" : "daerah"), "
                    + (m == .desa ? "misalnya 64.02.01.2001." : "misalnya 64.09 untuk Kabupaten Penajam Paser Utara."))
            }
            return nil
        }
        var t = s.v(.kodeWilayahMitra)
        let u = Array(t.utf8)
        if u.count == 4, u[2] == 0x2E, u.allSatisfy({ (0x30...0x39).contains($0) || $0 == 0x2E }) {
            // "64.1": a number that lost its trailing zero in a spreadsheet ("64.10").
            catat("Kode wilayah \"\(t)\" dibaca sebagai \"\(t)0\" (angka nol di belakang hilang karena sel "
                + "berformat angka).", kolom: K.kodeWilayahMitra.nama, baris: s.baris)
            t += "0"
        }
        guard let k = KodeWilayah(valid: t) else {
            let tanpaTitik = u.count == 4 && u.allSatisfy { (0x30...0x39).contains($0) }
            salah(s, .kodeWilayahMitra, "Kode wilayah \"\(Self.potong(t))\" tidak sah. Gunakan bentuk PP, PP.KK, "
                + "PP.KK.CC, atau PP.KK.CC.DDDD (hanya angka), misalnya 64.09"
                + (tanpaTitik ? "; kode ini tampaknya ditulis tanpa titik (bukan kode BPS?)." : "."))
            return nil
        }
        if jenisMitra == .daerah && k.tingkat != .provinsi && k.tingkat != .kabupatenKota {
            salah(s, .kodeWilayahMitra, "Mitra daerah adalah provinsi atau kabupaten/kota, jadi kode wilayahnya "
                + "berbentuk PP atau PP.KK (misalnya 64.09), bukan \(k.tingkat.nama.lowercased()).")
        } else if jenisMitra == .desa && k.tingkat != .desaKelurahan {
            salah(s, .kodeWilayahMitra, "Kode wilayah mitra desa berbentuk PP.KK.CC.DDDD, misalnya 64.02.01.2001.")
        }
        return k
    }

    /// Urusan codes (or names), separated by commas, semicolons, bars or lines; every unknown one named.
    mutating func periksaUrusan(_ s: SelImpor) -> [BidangUrusan] {
        guard s.terisi(.urusan) else { return [] }
        var urusan: [BidangUrusan] = []
        var tidakDikenal: [String] = []
        for bagian in s.v(.urusan).split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\n" || $0 == "|" }) {
            let t = ImporKerjaSama.rapikan(String(bagian))
            if t.isEmpty { continue }
            if let b = bidangUrusan(t) {
                if !urusan.contains(b) { urusan.append(b) }
            } else {
                tidakDikenal.append(Self.potong(t))
            }
        }
        if !tidakDikenal.isEmpty {
            salah(s, .urusan, "Kode urusan tidak dikenal: \(tidakDikenal.joined(separator: ", ")). Gunakan kode "
                + "bidang urusan seperti 1.01 (Pendidikan) atau 2.15 (Perhubungan).")
        }
        return urusan
    }

    /// One date column; a required one that is empty is refused.
    mutating func periksaTanggal(_ s: SelImpor, _ k: K) -> Tanggal? {
        guard s.terisi(k) else {
            if k.kolom.wajib { _ = wajibKosong(s, k) }
            return nil
        }
        switch ImporKerjaSama.bacaTanggal(s.v(k), label: k.label, sistem1904: sistem1904) {
        case .sah(let t): return t
        case .salah(let pesan): salah(s, k, pesan); return nil
        }
    }

    /// The three dates: the term within the pemda's rules, signed no later than today nor after the end.
    mutating func periksaTanggal(_ s: SelImpor, jenis: JenisKerjaSama?)
        -> (tandaTangan: Tanggal?, mulai: Tanggal?, berakhir: Tanggal?)
    {
        let tandaTangan = periksaTanggal(s, .tanggalTandaTangan)
        let mulai = periksaTanggal(s, .tanggalMulai)
        let berakhir = periksaTanggal(s, .tanggalBerakhir)
        if let mulai, let berakhir {
            do throws(KesalahanValidasi) {
                try AturanKSD.periksaJangkaWaktu(mulai: mulai, selesai: berakhir, jenis: jenis, aturan: aturan)
            } catch {
                for e in error.daftar {
                    salah(s, e.field == "tanggalMulai" ? .tanggalMulai : .tanggalBerakhir, e.pesan)
                }
            }
        }
        if let tandaTangan {
            if tandaTangan > hariIni {
                salah(s, .tanggalTandaTangan, "Tanggal tanda tangan (\(tandaTangan.panjang)) tidak boleh sesudah hari "
                    + "ini (\(hariIni.panjang)); impor hanya untuk naskah yang sudah ditandatangani.")
            } else if let berakhir, tandaTangan > berakhir {
                salah(s, .tanggalTandaTangan, "Tanggal tanda tangan (\(tandaTangan.panjang)) tidak boleh sesudah tanggal "
                    + "berakhir (\(berakhir.panjang)).")
            }
        }
        return (tandaTangan, mulai, berakhir)
    }

    /// The value in rupiah (to sen), never negative; a spreadsheet decimal point is read as the comma.
    mutating func periksaNilai(_ s: SelImpor) -> Int64? {
        guard s.terisi(.nilai) else { return nil }
        var t = s.v(.nilai)
        // A spreadsheet number with a decimal point ("1250000.5"), unambiguous with 4+ integer digits.
        let u = Array(t.utf8)
        if let titik = u.firstIndex(of: 0x2E), titik >= 4, u.count - titik - 1 <= 2, u.count - titik - 1 >= 1,
           u.enumerated().allSatisfy({ $0.offset == titik || (0x30...0x39).contains($0.element) })
        {
            t = String(decoding: u[..<titik], as: UTF8.self) + "," + String(decoding: u[(titik + 1)...], as: UTF8.self)
        }
        do throws(KesalahanValidasi) {
            let sen = try Rupiah.parse(t, field: K.nilai.nama)
            if sen < 0 { salah(s, .nilai, "Nilai tidak boleh negatif.") } else { return sen }
        } catch {
            salah(s, .nilai, error.daftar.first?.pesan ?? "Nilai tidak sah.")
        }
        return nil
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
