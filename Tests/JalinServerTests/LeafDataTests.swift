import Foundation
@testable import JalinServer
import LeafKit
import Testing

/// Types that hand Leaf their data directly must say exactly what their `Encodable` form says:
/// the same keys (a nil optional left out, as the encoder leaves it out) and the same values.
@Suite("Leaf data of list rows")
struct LeafDataTests {
    static func samaDenganEncodable(_ nilai: some Encodable & LeafDataRepresentable) throws {
        let json = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(nilai)) as? [String: Any])
        let leaf = try #require(nilai.leafData.dictionary)
        #expect(Set(json.keys) == Set(leaf.keys))
        for (k, v) in json {
            switch v {
            case let s as String: #expect(leaf[k]?.string == s, "\(k)")
            case let b as Bool: #expect(leaf[k]?.bool == b, "\(k)")
            default: Issue.record("unexpected JSON value for \(k): \(v)")
            }
        }
    }

    @Test("A registry row and an option say what their Encodable form says")
    func sama() throws {
        let baris = Register.Baris(id: "1", judul: "A <b>", jenis: "KSDD", tahap: "Pelaksanaan", tahapKode: "pelaksanaan", mitra: "Kota X",
                                   masa: "1 Januari 2026", sisa: "3 hari lagi", segera: true)
        try Self.samaDenganEncodable(baris)
        try Self.samaDenganEncodable(Register.Baris(id: "2", judul: "B", jenis: "", tahap: "", tahapKode: "", mitra: "", masa: "", sisa: nil, segera: false))
        try Self.samaDenganEncodable(PenggunaAdmin.Pilihan(nilai: "x", label: "Y & Z", dipilih: false))
    }
}
