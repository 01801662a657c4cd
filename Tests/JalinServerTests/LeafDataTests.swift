import Foundation
import JalinDomain
import LeafKit
import Testing

@testable import JalinServer

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

    @Test("A registry row, a naskah row and an option say what their Encodable form says")
    func sama() throws {
        let baris = RegisterPage.Baris(
            id: "1", judul: "A <b>", jenis: "KSDD", tahap: "Pelaksanaan", tahapKode: "pelaksanaan", mitra: "Kota X",
            masa: "1 Januari 2026", sisa: "3 hari lagi", segera: true)
        try Self.samaDenganEncodable(baris)
        try Self.samaDenganEncodable(
            RegisterPage.Baris(id: "2", judul: "B", jenis: "", tahap: "", tahapKode: "", mitra: "", masa: "", sisa: nil, segera: false))
        try Self.samaDenganEncodable(Pilihan(nilai: "x", label: "Y & Z", dipilih: false))
        try Self.samaDenganEncodable(
            NaskahPage.Baris(
                id: "3", judul: "Naskah <i>", jenis: "KB", status: "Draf", statusKode: "draf", mitra: "–",
                versi: "2", diubah: "1 Januari 2026 10.00", dibagikan: true))
    }
    @Test("Catalogue options: every value and label escaped, the chosen one selected, the same on the registry page")
    func opsiKatalog() async throws {
        #expect(
            OpsiKatalog.html("uji", [(nilai: "a\"b", label: "<x> & 'y'"), (nilai: "c", label: "C")], dipilih: "a\"b")
                == "<option value=\"a&quot;b\" selected>&lt;x&gt; &amp; &apos;y&apos;</option><option value=\"c\">C</option>")
        #expect(OpsiKatalog.tahap(dipilih: "pelaksanaan").components(separatedBy: " selected").count == 2)
        #expect(!OpsiKatalog.tahap(dipilih: "\"><script>").contains("<script>"))
        try await denganJalin { app in
            var b = Peramban(app)
            try await b.masuk("admin.kukar")
            let html = try await b.get("/kerja-sama?tahap=pelaksanaan&urusan=1.01").body.string
            #expect(html.contains("<option value=\"pelaksanaan\" selected>\(Tahap.pelaksanaan.nama)</option>"))
            #expect(html.contains("<option value=\"1.01\" selected>1.01 "))
            #expect(html.components(separatedBy: "<option").count - 1 > 70)
        }
    }
}
