import Foundation

/// The roles of scenarios.md "People (roles)". A user has exactly one role within one pemda.
public enum Peran: String, Sendable, Codable, CaseIterable, Hashable {
    /// Staff of Bagian Kerja Sama Setda: everything in their pemda.
    case admin
    /// Member of the Tim Koordinasi Kerja Sama Daerah: reviews and scores, records decisions.
    case tkksd
    /// Liaison officer of one unit (OPD, kecamatan, desa/kelurahan): edits own unit's records.
    case `operator`
    /// Bupati, Sekda: read-only dashboards and reports.
    case pimpinan
    /// Officer of a partner: sees and comments on the drafts shared with them, nothing else.
    case mitra

    public var nama: String {
        switch self {
        case .admin: "Admin Bagian Kerja Sama"
        case .tkksd: "Anggota TKKSD"
        case .operator: "Operator Unit Kerja"
        case .pimpinan: "Pimpinan"
        case .mitra: "Mitra (peninjau naskah)"
        }
    }

    /// Whether the role belongs to the pemda's own staff (everyone except partner reviewers).
    public var internalPemda: Bool { self != .mitra }

    /// Whether the user must be tied to one unit (OPD, kecamatan, desa/kelurahan).
    public var perluUnit: Bool { self == .operator }

    /// Whether the user must be tied to one partner.
    public var perluMitra: Bool { self == .mitra }
}

/// The kinds of organisational unit that may submit and own records.
public enum JenisUnit: String, Sendable, Codable, CaseIterable, Hashable {
    case opd
    case kecamatan
    case kelurahan
    case desa

    public var nama: String {
        switch self {
        case .opd: "Perangkat Daerah (OPD)"
        case .kecamatan: "Kecamatan"
        case .kelurahan: "Kelurahan"
        case .desa: "Desa"
        }
    }

    /// The kode wilayah level a unit of this kind sits at, if it is a territorial unit.
    public var tingkatWilayah: Int? {
        switch self {
        case .opd: nil
        case .kecamatan: 3
        case .kelurahan, .desa: 4
        }
    }
}

/// The kinds of cooperation partner (ksd-rules.md §15; Otorita IKN as its own type per §12.3).
public enum JenisMitra: String, Sendable, Codable, CaseIterable, Hashable {
    case daerah
    case pihakKetiga
    case kementerianLembaga
    case otoritaIKN
    case pemdaLuarNegeri
    case lembagaLuarNegeri
    case desa

    public var nama: String {
        switch self {
        case .daerah: "Daerah lain (provinsi/kabupaten/kota)"
        case .pihakKetiga: "Pihak ketiga"
        case .kementerianLembaga: "Kementerian/lembaga"
        case .otoritaIKN: "Otorita Ibu Kota Nusantara"
        case .pemdaLuarNegeri: "Pemerintah daerah di luar negeri"
        case .lembagaLuarNegeri: "Lembaga di luar negeri"
        case .desa: "Desa"
        }
    }

    /// Partners identified by a Kemendagri kode wilayah.
    public var perluKodeWilayah: Bool { self == .daerah || self == .desa }
}
