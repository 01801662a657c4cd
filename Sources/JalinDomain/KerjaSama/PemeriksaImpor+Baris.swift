import Foundation

/// The cells of one line as the checking pass reads them: trimmed, "-" alone read as empty, and the
/// columns refused while reading (a formula, a negative value) marked so that no later check repeats
/// the refusal.
struct SelImpor {
    typealias K = ImporKerjaSama.K

    /// The line number in the file.
    let baris: Int
    let posisi: [Int?]
    var nilai: [String]
    var rusak: [Bool]

    /// The column is in the file and was not refused while reading.
    func ada(_ k: K) -> Bool { posisi[k.rawValue] != nil && !rusak[k.rawValue] }

    /// The cell's value ("" when empty or absent).
    func v(_ k: K) -> String { nilai[k.rawValue] }

    /// The column is in the file, was not refused, and holds a value.
    func terisi(_ k: K) -> Bool { ada(k) && !v(k).isEmpty }
}

/// The free-text cells of one line, cleaned (`Teks.bersihkan`).
struct TeksBarisImpor {
    var nomor1: String?
    var nomor2: String?
    var judul: String?
    var mitra: String?
    var opd: String?
    var dana: String?
    var ket: String?
}

// MARK: One line

extension PemeriksaImpor {
    /// Checks one line: every column group in template order, then the entry if nothing was wrong.
    mutating func periksaBaris(_ sel: [String], baris: Int, kepalaLengkap: Bool, rumus: Set<Int>)
        -> (entri: EntriImpor?, nomorNormal: String?)
    {
        let awal = masalah.count
        let s = bacaSel(sel, baris: baris, rumus: rumus)
        let t = periksaTeks(s)
        let jenis = periksaJenis(s)
        let dokumen = periksaDokumen(s, jenis: jenis)
        let jenisMitra = periksaJenisMitra(s, jenis: jenis)
        let kode = periksaKodeWilayah(s, jenisMitra: jenisMitra)
        let urusan = periksaUrusan(s)
        let tanggal = periksaTanggal(s, jenis: jenis)
        let nilaiSen = periksaNilai(s)

        let nomorNormal = t.nomor1.map(ImporKerjaSama.normalNomor)
        guard kepalaLengkap, masalah.count == awal, let nomor1 = t.nomor1, let judul = t.judul, let jenis, let dokumen,
              let mitra = t.mitra, let mulai = tanggal.mulai, let berakhir = tanggal.berakhir
        else { return (nil, nomorNormal) }
        let e = EntriImpor(
            baris: baris,
            kunci: ImporKerjaSama.kunci(nomorPihakKesatu: nomor1, mitra: mitra, dokumen: dokumen),
            nomorPihakKesatu: nomor1, nomorPihakKedua: t.nomor2, judul: judul, jenis: jenis, dokumen: dokumen,
            mitra: mitra, jenisMitra: jenisMitra, kodeWilayahMitra: kode, urusan: urusan, perangkatDaerah: t.opd,
            tanggalTandaTangan: tanggal.tandaTangan, tanggalMulai: mulai, tanggalBerakhir: berakhir, nilaiSen: nilaiSen,
            sumberDana: t.dana, keterangan: t.ket, status: berakhir < hariIni ? .berakhir : .pelaksanaan)
        return (e, nomorNormal)
    }

    /// Records a problem of this line.
    mutating func salah(_ s: SelImpor, _ k: K?, _ pesan: String) {
        masalah.append(MasalahImpor(baris: s.baris, kolom: k?.nama, pesan: pesan))
    }

    /// A required column present but empty: recorded, and true.
    mutating func wajibKosong(_ s: SelImpor, _ k: K) -> Bool {
        if s.ada(k) && s.v(k).isEmpty {
            salah(s, k, "\(k.label) wajib diisi.")
            return true
        }
        return false
    }

    /// Raw values: trimmed; "-" alone is empty; formulas (and negative values) refused.
    mutating func bacaSel(_ sel: [String], baris: Int, rumus: Set<Int>) -> SelImpor {
        var s = SelImpor(
            baris: baris, posisi: posisi, nilai: [String](repeating: "", count: K.allCases.count),
            rusak: [Bool](repeating: false, count: K.allCases.count))
        for k in K.allCases {
            guard let p = posisi[k.rawValue], p < sel.count else { continue }
            if rumus.contains(p) {
                salah(s, k, ImporKerjaSama.pesanRumus)
                s.rusak[k.rawValue] = true
                continue
            }
            let v = ImporKerjaSama.rapikan(sel[p])
            if ImporKerjaSama.kosongSecaraMakna(v) { continue }
            if k == .nilai, let awalV = v.unicodeScalars.first, awalV == "-" || awalV == "\u{2212}",
               (try? Rupiah.parse(v)) != nil
            {
                salah(s, k, "Nilai tidak boleh negatif.")
                s.rusak[k.rawValue] = true
                continue
            }
            if ImporKerjaSama.miripRumus(v) {
                salah(s, k, ImporKerjaSama.pesanRumus)
                s.rusak[k.rawValue] = true
                continue
            }
            s.nilai[k.rawValue] = v
        }
        return s
    }

    /// The free-text columns; their problems are recorded together, after all of them are read.
    mutating func periksaTeks(_ s: SelImpor) -> TeksBarisImpor {
        var p = Pemeriksa()
        func teks(_ k: K, maks: Int, banyakBaris: Bool = false) -> String? {
            guard s.ada(k) else { return nil }
            var t = s.v(k)
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
        let hasil = TeksBarisImpor(
            nomor1: teks(.nomorPihakKesatu, maks: 100), nomor2: teks(.nomorPihakKedua, maks: 100),
            judul: teks(.judul, maks: 500), mitra: teks(.mitra, maks: 300), opd: teks(.perangkatDaerah, maks: 200),
            dana: teks(.sumberDana, maks: 200), ket: teks(.keterangan, maks: 2000, banyakBaris: true))
        for k in p.kesalahan { masalah.append(MasalahImpor(baris: s.baris, kolom: k.field, pesan: k.pesan)) }
        return hasil
    }
}
