import Foundation
import JalinDomain

/// Server-rendered horizontal bar charts as standalone SVG, under the same rules as `PetaSVG`:
/// presentation attributes only (no `<style>`, no `style=`), no scripts, no external references,
/// every piece of text through `Escape.xml`, `role="img"` with a title and a description that
/// repeats every value.
public enum GrafikSVG {
    /// Bar colour for single-series charts (ColorBrewer "Blues").
    public static let warnaBatang = "#3182bd"
    /// Series colours for stacked charts (Okabe–Ito, colour-blind safe), used in order.
    public static let paletKategori = [
        "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#000000",
    ]

    /// Bars in the given order (sort before calling when ranking). Negative values are drawn as
    /// zero-length bars but written as they are.
    public static func batang(
        judul: String, data: [(label: String, nilai: Int)], satuan: String, lebar: Int = 640
    ) -> String {
        gambar(
            judul: judul, kategori: [], data: data.map { ($0.label, [$0.nilai]) }, satuan: satuan, lebar: lebar)
    }

    /// Stacked bars: each item's values, one per `kategori` (missing values count as zero, extra
    /// values are ignored), with a legend. The number at the end of a bar is the item's total.
    public static func batangBertumpuk(
        judul: String, kategori: [String], data: [(label: String, nilai: [Int])], satuan: String,
        lebar: Int = 640
    ) -> String {
        let k = kategori.isEmpty ? [satuan] : kategori
        return gambar(
            judul: judul, kategori: k,
            data: data.map { d in (d.label, (0..<k.count).map { $0 < d.nilai.count ? d.nilai[$0] : 0 }) },
            satuan: satuan, lebar: lebar)
    }

    // MARK: - Drawing

    private static let tepi = 10.0

    private static func gambar(
        judul: String, kategori: [String], data: [(String, [Int])], satuan: String, lebar: Int
    ) -> String {
        let w = Double(min(max(lebar, 240), 4000))
        let bertumpuk = !kategori.isEmpty
        let id = "grafik-" + SVGBantu.sidik(
            [judul, satuan] + kategori + data.map { $0.0 + "=" + $0.1.map(String.init).joined(separator: ",") })
        let ukuranJudul = 15.0
        let banyak = data.count > 40
        let ukuran = banyak ? 10.0 : 12.0
        let tinggiBaris = banyak ? 16.0 : 24.0
        let tinggiBatang = banyak ? 11.0 : 15.0
        var y = tepi + ukuranJudul * 1.6

        var tubuh = "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>"
        tubuh += "<text x=\"\(SVGBantu.angka(tepi))\" y=\"\(SVGBantu.angka(tepi + ukuranJudul))\" font-size=\"\(SVGBantu.angka(ukuranJudul))\" font-weight=\"bold\" fill=\"#1a1a1a\">"
            + Escape.xml(SVGBantu.potong(judul, lebar: w - 2 * tepi, ukuran: ukuranJudul)) + "</text>"

        guard !data.isEmpty else {
            y += 30
            tubuh += "<text x=\"\(SVGBantu.angka(w / 2))\" y=\"\(SVGBantu.angka(y))\" font-size=\"13\" text-anchor=\"middle\" fill=\"#595959\">" + Escape.xml("Belum ada data") + "</text>"
            let h = y + 20 + tepi
            return SVGBantu.pembuka(kelas: "jalin-grafik", id: id, w: w, h: h, judul: judul, desc: "Grafik batang \(judul): belum ada data.")
                + tubuh + "</svg>"
        }

        // Legend of the series (stacked only).
        if bertumpuk && kategori.count > 1 {
            var x = tepi
            y += 4
            tubuh += "<g class=\"legenda\" font-size=\"\(SVGBantu.angka(ukuran))\" fill=\"#1a1a1a\">"
            for (i, k) in kategori.enumerated() {
                let teks = SVGBantu.potong(k, lebar: w / 2, ukuran: ukuran)
                let lebarEntri = 12 + 5 + SVGBantu.lebarTeks(teks, ukuran: ukuran) + 14
                if x > tepi && x + lebarEntri > w - tepi {
                    x = tepi
                    y += 18
                }
                tubuh += "<rect x=\"\(SVGBantu.angka(x))\" y=\"\(SVGBantu.angka(y))\" width=\"12\" height=\"12\" fill=\"\(warnaSeri(i))\"/>"
                tubuh += "<text x=\"\(SVGBantu.angka(x + 17))\" y=\"\(SVGBantu.angka(y + 10))\">\(Escape.xml(teks))</text>"
                x += lebarEntri
            }
            tubuh += "</g>"
            y += 24
        }

        let jumlah = data.map { $0.1.reduce(0) { $0 + max($1, 0) } }
        let total = data.map { $0.1.reduce(0, +) }
        let teksNilai = total.map { Angka.ribuan($0) }
        let lebarNilai = (teksNilai.map { SVGBantu.lebarTeks($0, ukuran: ukuran) }.max() ?? 0) + 6
        let lebarLabelMaks = (w - 2 * tepi) * 0.4
        let lebarLabel = min(
            data.map { SVGBantu.lebarTeks($0.0, ukuran: ukuran) }.max() ?? 0, lebarLabelMaks)
        let x0 = tepi + lebarLabel + 8
        let x1 = max(w - tepi - lebarNilai, x0 + 40)
        let (skalaMaks, langkah) = skalaRapi(jumlah.max() ?? 0)
        let perUnit = (x1 - x0) / Double(skalaMaks)

        let atasBatang = y
        let bawahBatang = y + Double(data.count) * tinggiBaris

        // Grid lines and the axis.
        tubuh += "<g class=\"sumbu\" stroke=\"#d9d9d9\" stroke-width=\"1\">"
        var t = 0
        while t <= skalaMaks {
            let gx = x0 + Double(t) * perUnit
            tubuh += "<path d=\"M\(SVGBantu.angka(gx)) \(SVGBantu.angka(atasBatang))V\(SVGBantu.angka(bawahBatang))\"/>"
            t += langkah
        }
        tubuh += "</g>"

        tubuh += "<g class=\"batang\" font-size=\"\(SVGBantu.angka(ukuran))\" fill=\"#1a1a1a\">"
        for (i, d) in data.enumerated() {
            let yBaris = atasBatang + Double(i) * tinggiBaris
            let yTeks = yBaris + tinggiBaris / 2 + ukuran * 0.35
            let yBatang = yBaris + (tinggiBaris - tinggiBatang) / 2
            var keterangan = "\(d.0): \(teksNilai[i]) \(satuan)"
            if bertumpuk && kategori.count > 1 {
                keterangan += " (" + zip(kategori, d.1).map { "\($0) \(Angka.ribuan($1))" }.joined(separator: ", ") + ")"
            }
            tubuh += "<g><title>\(Escape.xml(keterangan))</title>"
            tubuh += "<text x=\"\(SVGBantu.angka(x0 - 6))\" y=\"\(SVGBantu.angka(yTeks))\" text-anchor=\"end\">"
                + Escape.xml(SVGBantu.potong(d.0, lebar: lebarLabel, ukuran: ukuran)) + "</text>"
            var x = x0
            for (j, v) in d.1.enumerated() where v > 0 {
                let bw = Double(v) * perUnit
                tubuh += "<rect x=\"\(SVGBantu.angka(x))\" y=\"\(SVGBantu.angka(yBatang))\" width=\"\(SVGBantu.angka(max(bw, 0.5)))\" height=\"\(SVGBantu.angka(tinggiBatang))\" fill=\"\(bertumpuk ? warnaSeri(j) : warnaBatang)\"/>"
                x += bw
            }
            tubuh += "<text x=\"\(SVGBantu.angka(x + 4))\" y=\"\(SVGBantu.angka(yTeks))\">\(Escape.xml(teksNilai[i]))</text>"
            tubuh += "</g>"
        }
        tubuh += "</g>"

        // Axis labels under the bars, then the unit.
        y = bawahBatang + ukuran + 4
        tubuh += "<g class=\"skala\" font-size=\"\(SVGBantu.angka(ukuran - 1))\" fill=\"#595959\" text-anchor=\"middle\">"
        t = 0
        while t <= skalaMaks {
            let gx = x0 + Double(t) * perUnit
            tubuh += "<text x=\"\(SVGBantu.angka(gx))\" y=\"\(SVGBantu.angka(y))\">\(Escape.xml(Angka.ribuan(t)))</text>"
            t += langkah
        }
        tubuh += "</g>"
        y += ukuran + 4
        tubuh += "<text x=\"\(SVGBantu.angka(x1))\" y=\"\(SVGBantu.angka(y))\" font-size=\"\(SVGBantu.angka(ukuran - 1))\" text-anchor=\"end\" fill=\"#595959\">"
            + Escape.xml(SVGBantu.potong("Satuan: " + satuan, lebar: x1 - tepi, ukuran: ukuran - 1)) + "</text>"
        let h = y + tepi

        var desc = "Grafik batang \(judul), \(data.count) butir, satuan \(satuan): "
        desc += data.enumerated().map { "\($0.element.0) \(teksNilai[$0.offset])" }.joined(separator: "; ") + "."
        return SVGBantu.pembuka(kelas: "jalin-grafik", id: id, w: w, h: h, judul: judul, desc: desc) + tubuh + "</svg>"
    }

    private static func warnaSeri(_ i: Int) -> String { paletKategori[i % paletKategori.count] }

    /// A round axis maximum and step (1, 2 or 5 × 10ⁿ, at most about five steps), integers only.
    static func skalaRapi(_ maks: Int) -> (maks: Int, langkah: Int) {
        guard maks > 0 else { return (1, 1) }
        let kasar = Double(maks) / 5
        var dasar = 1
        while Double(dasar) * 10 <= kasar { dasar *= 10 }
        var langkah = dasar
        for m in [1, 2, 5, 10] where Double(dasar * m) >= kasar {
            langkah = dasar * m
            break
        }
        langkah = max(langkah, 1)
        let atas = ((maks + langkah - 1) / langkah) * langkah
        return (atas, langkah)
    }

}
