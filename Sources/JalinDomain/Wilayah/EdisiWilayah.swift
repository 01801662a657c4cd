import Foundation

/// One data row of a Kemendagri code-list file, as read by the server's CSV parser.
public struct BarisWilayah: Sendable, Hashable {
    /// 1-based line number in the file (the header is line 1, so the first data row is line 2).
    public let baris: Int
    /// The code as written in the file (not yet validated).
    public let kode: String
    /// The name as written in the file (not yet normalised).
    public let nama: String

    public init(baris: Int, kode: String, nama: String) {
        self.baris = baris
        self.kode = kode
        self.nama = nama
    }
}

/// A validated region of an edition: a valid code and a normalised name.
public struct EntriWilayah: Sendable, Hashable, Codable {
    public let kode: KodeWilayah
    public let nama: String

    public init(kode: KodeWilayah, nama: String) {
        self.kode = kode
        self.nama = nama
    }
}

/// One problem found on one line of an edition file. `alasan` is in Bahasa Indonesia.
public struct MasalahBaris: Sendable, Hashable, Codable {
    public let baris: Int
    public let kode: String
    public let alasan: String

    public init(baris: Int, kode: String, alasan: String) {
        self.baris = baris
        self.kode = kode
        self.alasan = alasan
    }
}

/// An edition was rejected: every problem found, sorted by line.
public struct GagalPeriksa: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    public let masalah: [MasalahBaris]

    public init(masalah: [MasalahBaris]) {
        self.masalah = masalah
    }

    public var description: String {
        masalah.map { "baris \($0.baris) (\($0.kode)): \($0.alasan)" }.joined(separator: "; ")
    }
}

/// A region as currently stored, with its retirement flag.
public struct WilayahTersimpan: Sendable, Hashable {
    public let kode: KodeWilayah
    public let nama: String
    /// Retired: the code was absent from a later edition. Retired codes are never deleted,
    /// because records may still point at them.
    public let pensiun: Bool

    public init(kode: KodeWilayah, nama: String, pensiun: Bool = false) {
        self.kode = kode
        self.nama = nama
        self.pensiun = pensiun
    }
}

/// A name change planned by an import.
public struct PerubahanNama: Sendable, Hashable {
    /// The code with its new name.
    public let entri: EntriWilayah
    /// The name stored before the import.
    public let namaLama: String

    public init(entri: EntriWilayah, namaLama: String) {
        self.entri = entri
        self.namaLama = namaLama
    }

    public var kode: KodeWilayah { entri.kode }
    public var namaBaru: String { entri.nama }
}

/// What importing an edition changes in the stored regions.
///
/// A retired code that reappears is listed in `aktifkanLagi`, and also in `ubahNama` when its name
/// changed. `tetap` counts active codes whose name is unchanged.
public struct RencanaImpor: Sendable, Hashable {
    /// New codes, in the order of the edition.
    public var tambah: [EntriWilayah]
    /// Codes whose name changed (active or re-activated), in the order of the edition.
    public var ubahNama: [PerubahanNama]
    /// Retired codes present again, in the order of the edition.
    public var aktifkanLagi: [KodeWilayah]
    /// Active codes absent from the edition, to be retired (not deleted), sorted by code.
    public var pensiunkan: [KodeWilayah]
    /// Number of active codes left unchanged.
    public var tetap: Int

    public init(
        tambah: [EntriWilayah] = [],
        ubahNama: [PerubahanNama] = [],
        aktifkanLagi: [KodeWilayah] = [],
        pensiunkan: [KodeWilayah] = [],
        tetap: Int = 0
    ) {
        self.tambah = tambah
        self.ubahNama = ubahNama
        self.aktifkanLagi = aktifkanLagi
        self.pensiunkan = pensiunkan
        self.tetap = tetap
    }

    /// `true` when the import changes nothing.
    public var tanpaPerubahan: Bool {
        tambah.isEmpty && ubahNama.isEmpty && aktifkanLagi.isEmpty && pensiunkan.isEmpty
    }
}

/// Import rules for one edition of the Kemendagri region code list (Kepmendagri), independent of
/// the file format: the server parses the file and hands the rows over.
public enum EdisiWilayah {
    /// Maximum length of a name, in characters.
    public static let panjangNamaMaksimum = 200

    /// Validates every row of an edition and returns its entries in file order, or every problem
    /// found (not just the first), sorted by line.
    ///
    /// Checks per row: the code has one of the four shapes; it does not occur twice; its parent
    /// is in the file or in `kodeDikenal` (e.g. the codes already stored, for a partial edition);
    /// the name, after trimming and collapsing internal whitespace, is not empty, holds no
    /// control characters and has at most 200 characters. A tab inside a name counts as
    /// whitespace; a line break or another control character is a problem. An empty edition is
    /// rejected, since importing it would retire every stored code.
    public static func periksa(
        _ rows: [BarisWilayah],
        kodeDikenal: Set<KodeWilayah> = []
    ) -> Result<[EntriWilayah], GagalPeriksa> {
        guard !rows.isEmpty else {
            return .failure(GagalPeriksa(masalah: [
                MasalahBaris(baris: 0, kode: "", alasan: "berkas tidak memuat satu pun baris wilayah")
            ]))
        }

        var masalah: [MasalahBaris] = []
        var entri: [EntriWilayah] = []
        entri.reserveCapacity(rows.count)
        var barisPertama: [KodeWilayah: Int] = [:]
        barisPertama.reserveCapacity(rows.count)
        var urutanKode: [(kode: KodeWilayah, baris: Int)] = []
        urutanKode.reserveCapacity(rows.count)

        for row in rows {
            var kodeMentah = row.kode
            if kodeMentah.hasPrefix("\u{FEFF}") { kodeMentah.removeFirst() }  // byte-order mark
            let kode = KodeWilayah(valid: kodeMentah)
            let kodeTampil = kode?.nilai ?? kodeMentah.trimmingCharacters(in: .whitespacesAndNewlines)
            var barisSah = true

            if let kode {
                if let pertama = barisPertama[kode] {
                    masalah.append(MasalahBaris(
                        baris: row.baris, kode: kodeTampil,
                        alasan: "kode ganda (sudah ada di baris \(pertama))"))
                    barisSah = false
                } else {
                    barisPertama[kode] = row.baris
                    urutanKode.append((kode, row.baris))
                }
            } else {
                masalah.append(MasalahBaris(baris: row.baris, kode: kodeTampil, alasan: "kode tidak sah"))
                barisSah = false
            }

            let nama = rapikanNama(row.nama)
            for alasan in masalahNama(nama) {
                masalah.append(MasalahBaris(baris: row.baris, kode: kodeTampil, alasan: alasan))
                barisSah = false
            }

            if barisSah, let kode {
                entri.append(EntriWilayah(kode: kode, nama: nama))
            }
        }

        for (kode, baris) in urutanKode {
            guard let induk = kode.induk else { continue }
            if barisPertama[induk] == nil && !kodeDikenal.contains(induk) {
                masalah.append(MasalahBaris(
                    baris: baris, kode: kode.nilai, alasan: "induk \(induk.nilai) tidak ditemukan"))
            }
        }

        guard masalah.isEmpty else {
            // Stable sort by line: problems of one line keep the order they were found in.
            let terurut = masalah.enumerated()
                .sorted { ($0.element.baris, $0.offset) < ($1.element.baris, $1.offset) }
                .map(\.element)
            return .failure(GagalPeriksa(masalah: terurut))
        }
        return .success(entri)
    }

    /// Plans the import of a complete edition against the stored regions.
    ///
    /// New codes are added; names that changed are updated; active codes absent from the
    /// edition are retired (never deleted); retired codes that reappear are re-activated (and
    /// renamed if their name changed). `baru` is expected to be the output of `periksa`; should a
    /// code occur twice, the first occurrence counts. Runs in linear time.
    public static func rencana(baru: [EntriWilayah], tersimpan: [WilayahTersimpan]) -> RencanaImpor {
        var lama: [KodeWilayah: WilayahTersimpan] = [:]
        lama.reserveCapacity(tersimpan.count)
        for t in tersimpan where lama[t.kode] == nil {
            lama[t.kode] = t
        }

        var hasil = RencanaImpor()
        var dilihat = Set<KodeWilayah>(minimumCapacity: baru.count)
        for e in baru {
            guard dilihat.insert(e.kode).inserted else { continue }
            guard let t = lama[e.kode] else {
                hasil.tambah.append(e)
                continue
            }
            if t.pensiun {
                hasil.aktifkanLagi.append(e.kode)
            }
            if t.nama != e.nama {
                hasil.ubahNama.append(PerubahanNama(entri: e, namaLama: t.nama))
            } else if !t.pensiun {
                hasil.tetap += 1
            }
        }

        for (kode, t) in lama where !t.pensiun && !dilihat.contains(kode) {
            hasil.pensiunkan.append(kode)
        }
        hasil.pensiunkan.sort()
        return hasil
    }

    /// Normalises a name: trims surrounding whitespace and line breaks, and collapses every
    /// internal run of horizontal whitespace (spaces, tabs, no-break spaces) into one space.
    /// Internal line breaks are kept, so that `periksa` can report them.
    public static func rapikanNama(_ s: String) -> String {
        if sudahRapi(s) { return s }
        let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
        var hasil = ""
        hasil.reserveCapacity(t.utf8.count)
        var spasiTertunda = false
        for ch in t {
            if ch.isWhitespace && !ch.isNewline {
                spasiTertunda = true
            } else {
                if spasiTertunda { hasil.append(" ") }
                spasiTertunda = false
                hasil.append(ch)
            }
        }
        return hasil
    }

    /// Problems with an already normalised name, in Bahasa Indonesia.
    static func masalahNama(_ nama: String) -> [String] {
        if nama.isEmpty { return ["nama kosong"] }
        var hasil: [String] = []
        if !sudahRapi(nama) && nama.unicodeScalars.contains(where: adalahKendali) {
            hasil.append("nama memuat karakter kendali")
        }
        if nama.count > panjangNamaMaksimum {
            hasil.append("nama lebih dari \(panjangNamaMaksimum) karakter")
        }
        return hasil
    }

    /// Fast path: printable ASCII with single spaces only between words.
    private static func sudahRapi(_ s: String) -> Bool {
        var sebelumnyaSpasi = true  // rejects a leading space
        for b in s.utf8 {
            if b == 0x20 {
                if sebelumnyaSpasi { return false }
                sebelumnyaSpasi = true
            } else if b > 0x20 && b < 0x7F {
                sebelumnyaSpasi = false
            } else {
                return false
            }
        }
        return !sebelumnyaSpasi  // rejects a trailing space and the empty string
    }

    private static func adalahKendali(_ u: Unicode.Scalar) -> Bool {
        switch u.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator: true
        default: false
        }
    }
}
