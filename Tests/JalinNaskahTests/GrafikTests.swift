import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import JalinNaskah
import Testing

@Suite("Grafik batang SVG")
struct GrafikTests {
    static let data: [(label: String, nilai: Int)] = [
        ("Muara Badak", 12), ("Samboja", 7), ("Tenggarong", 0), ("Loa Kulu", 1_250),
    ]

    private func elemen(_ svg: String, _ nama: String) throws -> [XMLElement] {
        SVGPeriksa.semuaElemen(try SVGPeriksa.urai(svg)).filter { $0.name == nama }
    }

    @Test("Bars: valid safe SVG, labels, values at the bar end, every value in the description")
    func batang() throws {
        let svg = GrafikSVG.batang(judul: "Potensi per kecamatan", data: Self.data, satuan: "potensi")
        try SVGPeriksa.aman(svg)
        let teks = try elemen(svg, "text").compactMap(\.stringValue)
        #expect(teks.contains("Muara Badak"))
        #expect(teks.contains("1.250"))
        #expect(teks.contains("0"))
        #expect(teks.contains("Satuan: potensi"))
        // Three positive values → three bars (zero draws none) plus the background.
        let batang = try elemen(svg, "rect").filter { $0.atributSVG("fill") == GrafikSVG.warnaBatang }
        #expect(batang.count == 3)
        // Longest bar is the largest value.
        let lebar = batang.compactMap { Double($0.atributSVG("width") ?? "") }
        #expect(lebar.max() == lebar[2])
        let desc = try elemen(svg, "desc").first?.stringValue ?? ""
        #expect(desc.contains("Muara Badak 12; Samboja 7; Tenggarong 0; Loa Kulu 1.250"))
        #expect(try elemen(svg, "title").contains { $0.stringValue == "Loa Kulu: 1.250 potensi" })
    }

    @Test("No data: a valid SVG saying so")
    func kosong() throws {
        let svg = GrafikSVG.batang(judul: "Potensi", data: [], satuan: "potensi")
        try SVGPeriksa.aman(svg)
        #expect(try elemen(svg, "text").contains { $0.stringValue == "Belum ada data" })
    }

    @Test("Long labels are cut with an ellipsis (whole characters), the full text stays in the tooltip")
    func labelPanjang() throws {
        let panjang = "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Kutai Kartanegara 🤝🏽🤝🏽"
        let svg = GrafikSVG.batang(judul: "J", data: [(panjang, 3), ("Pendek", 1)], satuan: "kerja sama", lebar: 480)
        try SVGPeriksa.aman(svg)
        let label = try elemen(svg, "text").compactMap(\.stringValue).first { $0.hasPrefix("Dinas") } ?? ""
        #expect(label.hasSuffix("…"))
        #expect(label.count < panjang.count)
        #expect(try elemen(svg, "title").contains { $0.stringValue == "\(panjang): 3 kerja sama" })
        // The label column takes at most 40 % of the width: the bars start at x ≤ 10 + 0.4 × 460 + 8.
        let xBatang = try elemen(svg, "rect").filter { $0.atributSVG("fill") == GrafikSVG.warnaBatang }
            .compactMap { Double($0.atributSVG("x") ?? "") }
        #expect(xBatang.count == 2 && xBatang.allSatisfy { $0 <= 10 + 0.4 * 460 + 8 + 0.1 })
    }

    @Test("Hostile labels, title and unit are escaped")
    func masukanJahat() throws {
        let svg = GrafikSVG.batang(
            judul: SVGPeriksa.jahat, data: [(SVGPeriksa.jahat, 2), ("\u{0}", 1)], satuan: SVGPeriksa.jahat)
        try SVGPeriksa.aman(svg)
        #expect(svg.contains("&lt;script&gt;"))
        #expect(!svg.contains("\u{0}") && !svg.contains("\u{1B}"))
        let tumpuk = GrafikSVG.batangBertumpuk(
            judul: SVGPeriksa.jahat, kategori: [SVGPeriksa.jahat, "B"], data: [(SVGPeriksa.jahat, [1, 2])],
            satuan: SVGPeriksa.jahat)
        try SVGPeriksa.aman(tumpuk)
    }

    @Test("Many items: every one drawn, height grows, still valid")
    func banyak() throws {
        let data = (1...500).map { (label: "Desa nomor \($0)", nilai: $0 % 37) }
        let svg = GrafikSVG.batang(judul: "Banyak", data: data, satuan: "potensi")
        try SVGPeriksa.aman(svg)
        let akar = try SVGPeriksa.urai(svg)
        #expect(Double(akar.atributSVG("height") ?? "") ?? 0 > 500 * 15)
        #expect(try elemen(svg, "g").filter { ($0.children ?? []).first?.name == "title" }.count == 500)
    }

    @Test("Negative values draw no bar but are written as they are")
    func negatif() throws {
        let svg = GrafikSVG.batang(judul: "J", data: [("Susut", -4), ("Naik", 3)], satuan: "n")
        try SVGPeriksa.aman(svg)
        #expect(try elemen(svg, "text").contains { $0.stringValue == "-4" })
        #expect(try elemen(svg, "rect").filter { $0.atributSVG("fill") == GrafikSVG.warnaBatang }.count == 1)
    }

    @Test("Axis: round steps up to at least the maximum")
    func sumbu() throws {
        let svg = GrafikSVG.batang(judul: "J", data: [("A", 12), ("B", 3)], satuan: "n")
        let skala = try elemen(svg, "text").compactMap(\.stringValue)
        for t in ["0", "5", "10", "15"] { #expect(skala.contains(t)) }
        let nol = GrafikSVG.batang(judul: "J", data: [("A", 0)], satuan: "n")
        try SVGPeriksa.aman(nol)
    }

    @Test("Stacked bars: one colour per category, legend, totals at the end")
    func bertumpuk() throws {
        let svg = GrafikSVG.batangBertumpuk(
            judul: "Kerja sama per urusan", kategori: ["Penjajakan", "Perundingan", "Berjalan"],
            data: [("Perhubungan", [3, 2, 5]), ("Pendidikan", [1, 0]), ("Kesehatan", [0, 4, 2, 99])],
            satuan: "kerja sama")
        try SVGPeriksa.aman(svg)
        let teks = try elemen(svg, "text").compactMap(\.stringValue)
        for t in ["Penjajakan", "Perundingan", "Berjalan", "10", "1", "6"] { #expect(teks.contains(t), "\(t)") }
        let warna = Set(try elemen(svg, "rect").compactMap { $0.atributSVG("fill") })
        #expect(warna.isSuperset(of: GrafikSVG.paletKategori.prefix(3)))
        #expect(try elemen(svg, "title").contains {
            $0.stringValue == "Perhubungan: 10 kerja sama (Penjajakan 3, Perundingan 2, Berjalan 5)"
        })
    }

    @Test("Same input, same output")
    func deterministik() {
        #expect(GrafikSVG.batang(judul: "J", data: Self.data, satuan: "n")
                == GrafikSVG.batang(judul: "J", data: Self.data, satuan: "n"))
        #expect(GrafikSVG.batang(judul: "J", data: Self.data, satuan: "n")
                != GrafikSVG.batang(judul: "J", data: Self.data.reversed(), satuan: "n"))
    }
}
