import JalinDomain
import JalinNaskah
import NIOConcurrencyHelpers

/// The `<option>` elements of a catalogue select (kinds, stages, urusan): lists fixed in the code, never
/// user data, that the registry's filter form prints on every view (71 options, each a loop step, two
/// values and a conditional for Leaf). They are written once per list and chosen value, with every text
/// through `Escape.xml`, like the SVG charts, and printed with `#unsafeHTML`.
enum OpsiKatalog {
    private static let ingatan = NIOLockedValueBox<[String: String]>([:])

    /// `<option value="…"[ selected]>…</option>` for each pair, the one whose value is `dipilih` selected.
    static func html(_ nama: String, _ daftar: @autoclosure () -> [(nilai: String, label: String)], dipilih: String) -> String {
        let kunci = "\(nama)\u{1F}\(dipilih)"
        if let h = ingatan.withLockedValue({ $0[kunci] }) { return h }
        var h = ""
        for (nilai, label) in daftar() {
            h += "<option value=\"\(Escape.xml(nilai))\"\(nilai == dipilih ? " selected" : "")>\(Escape.xml(label))</option>"
        }
        // A value outside the catalogue (a typed URL) is not remembered: the memory stays bounded.
        if daftar().contains(where: { $0.nilai == dipilih }) || dipilih.isEmpty { ingatan.withLockedValue { $0[kunci] = h } }
        return h
    }

    static func jenis(dipilih: String) -> String {
        html("jenis", JenisKerjaSama.allCases.map { ($0.rawValue, $0.nama) }, dipilih: dipilih)
    }

    static func tahap(dipilih: String) -> String {
        html("tahap", Tahap.allCases.map { ($0.rawValue, $0.nama) }, dipilih: dipilih)
    }

    static func urusan(dipilih: String) -> String {
        html("urusan", KatalogUrusan.semua.map { ($0.kode, "\($0.kode) \($0.nama)") }, dipilih: dipilih)
    }
}
