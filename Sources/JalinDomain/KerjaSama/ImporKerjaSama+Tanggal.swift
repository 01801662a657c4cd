import Foundation

// MARK: - Dates written by hand or by a spreadsheet

extension ImporKerjaSama {
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

        guard var token = tokenTanggal(teks) else { return tidakTerbaca }
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

    /// The tokens of letters or digits of a date, lower-cased, split at spaces, `-`, `/`, `.`, `,` and
    /// no-break spaces; nil when anything else is in it.
    static func tokenTanggal(_ teks: String) -> [String]? {
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
                if c == 0xA0 && !sebelumnyaC2 { return nil }
                if c == 0xC2 { sebelumnyaC2 = true; continue }
                if !kini.isEmpty { token.append(String(decoding: kini, as: UTF8.self)); kini.removeAll() }
            default:
                return nil
            }
            if sebelumnyaC2 && c != 0xA0 { return nil }
            sebelumnyaC2 = false
        }
        if sebelumnyaC2 { return nil }
        if !kini.isEmpty { token.append(String(decoding: kini, as: UTF8.self)) }
        return token
    }
}
