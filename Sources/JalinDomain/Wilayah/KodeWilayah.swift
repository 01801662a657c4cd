import Foundation

/// Administrative level of a Kemendagri region code.
public enum TingkatWilayah: Int, Sendable, Codable, CaseIterable {
    case provinsi = 1
    case kabupatenKota = 2
    case kecamatan = 3
    case desaKelurahan = 4

    /// Name of the level in Bahasa Indonesia.
    public var nama: String {
        switch self {
        case .provinsi: "Provinsi"
        case .kabupatenKota: "Kabupaten/Kota"
        case .kecamatan: "Kecamatan"
        case .desaKelurahan: "Desa/Kelurahan"
        }
    }
}

/// Kind of a level-4 region, read from the first digit of the fourth segment
/// (1 = kelurahan, 2 = desa, 3 = desa adat).
public enum JenisDesa: String, Sendable, Codable, CaseIterable {
    case kelurahan
    case desa
    case desaAdat

    /// Name of the kind in Bahasa Indonesia.
    public var nama: String {
        switch self {
        case .kelurahan: "Kelurahan"
        case .desa: "Desa"
        case .desaAdat: "Desa Adat"
        }
    }
}

/// A Kemendagri region code (kode wilayah administrasi pemerintahan) in dotted form:
/// `PP` (provinsi), `PP.KK` (kabupaten/kota), `PP.KK.CC` (kecamatan) or `PP.KK.CC.DDDD`
/// (desa/kelurahan). Digits only; surrounding whitespace is trimmed when parsing.
///
/// Not to be confused with BPS codes (Kutai Kartanegara is `64.02` here but `6403` at BPS).
public struct KodeWilayah: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The canonical dotted code, e.g. `"64.02.06.1001"`.
    public let nilai: String

    /// Field name used in validation errors.
    public static let namaField = "kode"

    /// Parses and validates a code. Throws a `KesalahanValidasi` for field `"kode"`.
    public init(_ s: String) throws(KesalahanValidasi) {
        let t = Self.rapikan(s)
        guard Self.bentukSah(t) else {
            if t.isEmpty {
                throw KesalahanValidasi(field: Self.namaField, pesan: "Kode wilayah wajib diisi.")
            }
            throw KesalahanValidasi(
                field: Self.namaField,
                pesan: "Kode wilayah tidak sah. Gunakan bentuk PP, PP.KK, PP.KK.CC, atau PP.KK.CC.DDDD "
                    + "(hanya angka), misalnya 64.02."
            )
        }
        self.nilai = t
    }

    /// Parses a code, returning `nil` when it is not valid.
    public init?(valid s: String) {
        let t = Self.rapikan(s)
        guard Self.bentukSah(t) else { return nil }
        self.nilai = t
    }

    /// For codes already known to be valid (parents derived from a valid code).
    private init(terpercaya nilai: String) {
        self.nilai = nilai
    }

    // MARK: Structure

    /// The level, from the number of segments.
    public var tingkat: TingkatWilayah {
        switch nilai.utf8.count {
        case 2: .provinsi
        case 5: .kabupatenKota
        case 8: .kecamatan
        default: .desaKelurahan
        }
    }

    /// The segments as written, e.g. `["64", "02", "06", "1001"]`.
    public var segmen: [String] {
        nilai.split(separator: ".").map(String.init)
    }

    /// The parent code (`64.02.06` for `64.02.06.1001`); `nil` for a provinsi.
    public var induk: KodeWilayah? {
        switch tingkat {
        case .provinsi: nil
        case .kabupatenKota: KodeWilayah(terpercaya: String(nilai.prefix(2)))
        case .kecamatan: KodeWilayah(terpercaya: String(nilai.prefix(5)))
        case .desaKelurahan: KodeWilayah(terpercaya: String(nilai.prefix(8)))
        }
    }

    /// All ancestors, from the provinsi down to the parent (empty for a provinsi).
    public var leluhur: [KodeWilayah] {
        var hasil: [KodeWilayah] = []
        var k = induk
        while let sekarang = k {
            hasil.append(sekarang)
            k = sekarang.induk
        }
        return hasil.reversed()
    }

    /// The provinsi this code belongs to (itself for a provinsi).
    public var provinsi: KodeWilayah {
        tingkat == .provinsi ? self : KodeWilayah(terpercaya: String(nilai.prefix(2)))
    }

    /// `true` for a kabupaten/kota code whose KK segment starts with 7 (a Kota, e.g. 64.71
    /// Balikpapan, 64.72 Samarinda). Always `false` for the other levels; use `induk?.isKota`
    /// or `leluhur` to ask whether a kecamatan lies in a Kota.
    public var isKota: Bool {
        guard tingkat == .kabupatenKota else { return false }
        return nilai.utf8[nilai.utf8.index(nilai.utf8.startIndex, offsetBy: 3)] == UInt8(ascii: "7")
    }

    /// For a desa/kelurahan code, its kind from the first digit of the fourth segment
    /// (1 kelurahan, 2 desa, 3 desa adat); `nil` for other levels or other digits.
    public var jenisDesa: JenisDesa? {
        guard tingkat == .desaKelurahan else { return nil }
        switch nilai.utf8[nilai.utf8.index(nilai.utf8.startIndex, offsetBy: 9)] {
        case UInt8(ascii: "1"): return .kelurahan
        case UInt8(ascii: "2"): return .desa
        case UInt8(ascii: "3"): return .desaAdat
        default: return nil
        }
    }

    /// `true` when `self` is a strict ancestor of `lain` (64.02 is an ancestor of 64.02.06 and of
    /// 64.02.06.1001; a code is not its own ancestor).
    public func isLeluhur(dari lain: KodeWilayah) -> Bool {
        let a = nilai.utf8
        let b = lain.nilai.utf8
        // Dots sit at fixed positions, so a shorter valid code that is a prefix is an ancestor.
        return b.count > a.count && b.starts(with: a)
    }

    /// `true` when `lain` lies inside `self` (strictly; same as `isLeluhur(dari: lain)`).
    public func mengandung(_ lain: KodeWilayah) -> Bool {
        isLeluhur(dari: lain)
    }

    /// `true` when `lain` is `self` or lies inside it: the regions a pemda speaks for.
    public func mencakup(_ lain: KodeWilayah) -> Bool {
        self == lain || isLeluhur(dari: lain)
    }

    // MARK: Comparable, description, Codable

    /// Orders segment by segment, numerically, with a parent before its children (the order of
    /// the Kemendagri files). Since every segment position has a fixed width and the dots sit at
    /// the same positions, this is exactly the byte-wise order of the dotted strings.
    public static func < (lhs: KodeWilayah, rhs: KodeWilayah) -> Bool {
        lhs.nilai.utf8.lexicographicallyPrecedes(rhs.nilai.utf8)
    }

    public var description: String { nilai }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let s = try container.decode(String.self)
        do throws(KesalahanValidasi) {
            try self.init(s)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(nilai)
    }

    // MARK: Parsing

    private static func rapikan(_ s: String) -> String {
        let u = s.utf8
        if let awal = u.first, let akhir = u.last, adalahAngka(awal), adalahAngka(akhir) {
            return s  // fast path: nothing to trim
        }
        return s.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @inline(__always)
    private static func adalahAngka(_ b: UInt8) -> Bool {
        b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")
    }

    /// Exactly `PP`, `PP.KK`, `PP.KK.CC` or `PP.KK.CC.DDDD`, ASCII digits only.
    private static func bentukSah(_ s: String) -> Bool {
        let u = s.utf8
        let n = u.count
        guard n == 2 || n == 5 || n == 8 || n == 13 else { return false }
        var i = 0
        for b in u {
            if i == 2 || i == 5 || i == 8 {
                if b != UInt8(ascii: ".") { return false }
            } else if !adalahAngka(b) {
                return false
            }
            i += 1
        }
        return true
    }
}
