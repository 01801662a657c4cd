import Foundation

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
        let kepalaLengkap = bacaKepala(header, baris: barisPertama - 1)

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
        tolakNomorGanda(urutanNomor.compactMap { nomorKe[$0] }, entriPerBaris: entriPerBaris)
        return HasilPeriksaImpor(
            entri: kepalaLengkap ? entri : [], masalah: masalahTerurut(), catatan: catatanAkhir(), jumlahBaris: jumlah)
    }

    /// Finds the columns in the header row; false when a required column is missing or one is repeated.
    mutating func bacaKepala(_ header: [String], baris barisKepala: Int) -> Bool {
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
        return kepalaLengkap
    }

    /// Duplicate numbers within the file: every line involved, naming the others, and none of them is an
    /// entry. `kelompok` holds the lines of each number, in the order the numbers first appear.
    mutating func tolakNomorGanda(_ kelompok: [[Int]], entriPerBaris: [Int: Int]) {
        var dibuang = Set<Int>()
        for daftar in kelompok where daftar.count > 1 {
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
    }

    /// The problems by line, then by column in template order (stable).
    func masalahTerurut() -> [MasalahImpor] {
        let urutanKolom = Dictionary(uniqueKeysWithValues: K.allCases.map { ($0.nama, $0.rawValue) })
        return masalah.enumerated().sorted { a, b in
            if a.element.baris != b.element.baris { return a.element.baris < b.element.baris }
            let ka = a.element.kolom.flatMap { urutanKolom[$0] } ?? -1
            let kb = b.element.kolom.flatMap { urutanKolom[$0] } ?? -1
            if ka != kb { return ka < kb }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// The notes: the header's, then each grouped note once with its lines, by first line.
    func catatanAkhir() -> [MasalahImpor] {
        var catatan = catatanTunggal
        for pesan in catatanUrutan {
            let c = catatanKelompok[pesan]!
            let kalimat = c.baris.count == 1
                ? pesan : pesan + " (baris \(Self.daftarBaris(c.baris)))"
            catatan.append(MasalahImpor(baris: c.baris[0], kolom: c.kolom, pesan: kalimat))
        }
        catatan.sort { $0.baris < $1.baris }
        return catatan
    }
}
