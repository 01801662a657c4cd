import Foundation

// MARK: - Text helpers and lenient readings of the import's cells

extension ImporKerjaSama {
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
}
