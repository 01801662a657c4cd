import Foundation
import JalinDomain

/// Something drawn on top of the regions: a labelled point (e.g. Otorita IKN, which has no
/// kode wilayah) or a labelled line (e.g. the border stretch shared with IKN).
public struct PenandaPeta: Sendable, Hashable {
    public enum Bentuk: Sendable, Hashable {
        case titik(Titik)
        /// One or more polylines.
        case garis([[Titik]])
    }

    public var label: String
    public var bentuk: Bentuk

    public init(label: String, bentuk: Bentuk) {
        self.label = label
        self.bentuk = bentuk
    }

    public static func titik(_ t: Titik, label: String) -> PenandaPeta {
        PenandaPeta(label: label, bentuk: .titik(t))
    }

    public static func garis(_ g: [[Titik]], label: String) -> PenandaPeta {
        PenandaPeta(label: label, bentuk: .garis(g))
    }
}

/// One row of the accessible table that accompanies a map.
public struct BarisTabelPeta: Sendable, Hashable {
    public var kode: KodeWilayah
    public var nama: String
    public var nilai: Int

    public init(kode: KodeWilayah, nama: String, nilai: Int) {
        self.kode = kode
        self.nama = nama
        self.nilai = nilai
    }
}

/// One class of the colour scale: the values it covers and its fill.
public struct KelasWarnaPeta: Sendable, Hashable {
    public var rentang: ClosedRange<Int>
    public var warna: String

    /// "3" or "4–7", as written in the legend.
    public var teks: String {
        rentang.lowerBound == rentang.upperBound
            ? Angka.ribuan(rentang.lowerBound)
            : Angka.ribuan(rentang.lowerBound) + "–" + Angka.ribuan(rentang.upperBound)
    }
}

/// Server-rendered choropleth maps as standalone SVG.
///
/// The output is meant to be inlined in HTML under a strict CSP (`default-src 'self'`): no scripts,
/// no event attributes, no `<style>` element or `style` attributes (CSP would block them), no
/// external references; styling is done with presentation attributes only. Classes (`jalin-peta`,
/// `wilayah`) let the page's own stylesheet add hover and focus effects.
///
/// Accessibility: the SVG is `role="img"` labelled by its `<title>` and `<desc>`, so assistive
/// technology reads it as one picture and does not announce the region links inside it; the page
/// shows `tabel(batas:nilai:)` next to the map, which carries the same numbers (and should carry
/// the same links).
///
/// Projection: equirectangular, longitude scaled by cos(mean latitude), north up (SVG y grows
/// downwards, so y = north edge − latitude), fitted into `lebar`.
public struct PetaSVG: Sendable {
    /// Five sequential blues (ColorBrewer "Blues", colour-blind safe), light to dark.
    public static let paletBiru = ["#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"]
    /// Fill for regions whose value is zero (or absent).
    public static let warnaNol = "#e3e3e3"
    /// Colour of markers (Okabe–Ito vermillion, distinct from the blues for colour-blind readers).
    public static let warnaPenanda = "#d55e00"

    private static let tepi = 10.0

    /// Renders the map.
    /// - Parameters:
    ///   - batas: the regions to draw (drawn in code order, so the input order does not matter).
    ///   - nilai: the value per region; regions without a value count as 0 (grey).
    ///   - judul: title, shown at the top and used as the accessible name.
    ///   - keteranganNilai: what the numbers are, e.g. "jumlah potensi" (legend and tooltips).
    ///   - tautan: link for a region; only site-relative (`/…`, `#…`, `?…`) and http(s) links are
    ///     used, anything else is dropped.
    ///   - penanda: points or lines drawn on top, with their label, also listed in the legend.
    ///   - lebar: width in pixels (240…4000); the height follows from the region's shape.
    public static func render(
        batas: [BatasWilayah],
        nilai: [KodeWilayah: Int],
        judul: String,
        keteranganNilai: String,
        tautan: ((KodeWilayah) -> String?)? = nil,
        penanda: [PenandaPeta] = [],
        lebar: Int = 640
    ) -> String {
        let w = Double(min(max(lebar, 240), 4000))
        let wilayah = batas.sorted { $0.kode == $1.kode ? $0.nama < $1.nama : $0.kode < $1.kode }
        let id = "peta-" + SVGBantu.sidik(
            [judul, keteranganNilai, String(lebar)]
                + wilayah.map { "\($0.kode.nilai)=\(nilai[$0.kode] ?? 0)/\($0.jumlahTitik)" } + penanda.map(\.label))
        let ukuranLabel = min(max(w / 64, 9), 13)
        let ukuranJudul = ukuranLabel * 1.5
        let atas = tepi + ukuranJudul * 1.6

        // Projection fitted into the width (height capped so a tall region stays on screen).
        var kotak = KotakGeo()
        for b in wilayah { for p in b.cincin { if let luar = p.first { for t in luar { kotak.tambah(t) } } } }
        for pn in penanda {
            switch pn.bentuk {
            case .titik(let t): kotak.tambah(t)
            case .garis(let g): for l in g { for t in l { kotak.tambah(t) } }
            }
        }
        let kelas = Self.kelas(nilai: wilayah.map { nilai[$0.kode] ?? 0 })
        let tabelData = tabel(batas: wilayah, nilai: nilai)

        var svg = ""
        svg.reserveCapacity(16_384)
        guard !kotak.kosong else {
            let h = atas + 40
            svg += SVGBantu.pembuka(kelas: "jalin-peta", id: id, w: w, h: h, judul: judul, desc: "Peta \(judul): belum ada data batas wilayah.")
            svg += SVGBantu.teksBerhalo(
                SVGBantu.potong(judul, lebar: w - 2 * tepi, ukuran: ukuranJudul), x: tepi, y: tepi + ukuranJudul, ukuran: ukuranJudul, tebal: true, jangkar: "start")
            svg += SVGBantu.teksBerhalo("Belum ada data batas wilayah", x: w / 2, y: atas + 20, ukuran: ukuranLabel + 1, warna: "#555555")
            return svg + "</svg>"
        }
        let proyeksi = Proyeksi(kotak: kotak, lebar: w - 2 * tepi, tinggiMaks: w * 1.3, kiri: tepi, atas: atas)

        // Regions.
        var bagianWilayah = "<g class=\"wilayah-peta\" stroke=\"#ffffff\" stroke-width=\"0.8\" stroke-linejoin=\"round\" fill-rule=\"evenodd\">"
        var calonLabel: [CalonLabel] = []
        for b in wilayah {
            let v = nilai[b.kode] ?? 0
            let geometri = GeometriLayar(batas: b, proyeksi: proyeksi)
            guard !geometri.d.isEmpty else { continue }
            let isi = warna(v, kelas: kelas)
            let judulWilayah = "\(b.nama): \(keteranganNilai) \(Angka.ribuan(v))"
            let path = "<path class=\"wilayah\" data-kode=\"\(Escape.xml(b.kode.nilai))\" fill=\"\(isi)\" d=\"\(geometri.d)\">"
                + "<title>\(Escape.xml(judulWilayah))</title></path>"
            if let href = SVGBantu.tautanAman(tautan?(b.kode)) {
                bagianWilayah += "<a href=\"\(Escape.xml(href))\">" + path + "</a>"
            } else {
                bagianWilayah += path
            }
            var jangkar = geometri.titikLabel
            if let t = b.titikLabel {
                let p = proyeksi.layar(t)
                if geometri.memuat(p) { jangkar = p }
            }
            // "Kabupaten" is left out of the visible label to save room ("Kota" stays, so that
            // Kabupaten Bogor and Kota Bogor remain distinct); the tooltip and table keep the full name.
            let namaLabel = b.nama.hasPrefix("Kabupaten ") ? String(b.nama.dropFirst(10)) : b.nama
            calonLabel.append(CalonLabel(nama: namaLabel, jangkar: jangkar, luas: geometri.luas, lebar: geometri.lebar))
        }
        bagianWilayah += "</g>"
        svg += "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>"
        svg += SVGBantu.teksBerhalo(
            SVGBantu.potong(judul, lebar: w - 2 * tepi, ukuran: ukuranJudul),
            x: tepi, y: tepi + ukuranJudul, ukuran: ukuranJudul, tebal: true, jangkar: "start")
        svg += bagianWilayah

        // Markers, then labels placed greedily (markers first, then regions by size) without overlap.
        var terpakai: [Kotak] = []
        var teksLabel = ""
        let batasLayar = Kotak(x0: 0, y0: atas - ukuranLabel, x1: w, y1: proyeksi.bawah + ukuranLabel)
        if !penanda.isEmpty {
            svg += "<g class=\"penanda\" fill=\"none\" stroke=\"\(warnaPenanda)\">"
            for pn in penanda {
                switch pn.bentuk {
                case .titik(let t):
                    let p = proyeksi.layar(t)
                    svg += "<circle cx=\"\(SVGBantu.angka(p.x))\" cy=\"\(SVGBantu.angka(p.y))\" r=\"5\" fill=\"\(warnaPenanda)\" stroke=\"#ffffff\" stroke-width=\"1.5\"><title>\(Escape.xml(pn.label))</title></circle>"
                    terpakai.append(Kotak(x0: p.x - 6, y0: p.y - 6, x1: p.x + 6, y1: p.y + 6))
                    let lw = SVGBantu.lebarTeks(pn.label, ukuran: ukuranLabel)
                    let kanan = Kotak(x0: p.x + 8, y0: p.y - ukuranLabel * 0.7, x1: p.x + 8 + lw, y1: p.y + ukuranLabel * 0.5)
                    let kiri = Kotak(x0: p.x - 8 - lw, y0: kanan.y0, x1: p.x - 8, y1: kanan.y1)
                    let pilihKanan = batasLayar.memuat(kanan) || !batasLayar.memuat(kiri)
                    let k = pilihKanan ? kanan : kiri
                    terpakai.append(k)
                    teksLabel += SVGBantu.teksBerhalo(
                        pn.label, x: pilihKanan ? k.x0 : k.x1, y: p.y + ukuranLabel * 0.35, ukuran: ukuranLabel,
                        tebal: true, jangkar: pilihKanan ? "start" : "end", warna: warnaPenanda)
                case .garis(let g):
                    var d = ""
                    var terpanjang: [Titik] = []
                    for l in g where l.count >= 2 {
                        d += GeometriLayar.garis(l, proyeksi: proyeksi)
                        if l.count > terpanjang.count { terpanjang = l }
                    }
                    guard !d.isEmpty else { continue }
                    svg += "<path d=\"\(d)\" stroke-width=\"2.5\" stroke-dasharray=\"6 3\" stroke-linecap=\"round\"><title>\(Escape.xml(pn.label))</title></path>"
                    let p = proyeksi.layar(terpanjang[terpanjang.count / 2])
                    let lw = SVGBantu.lebarTeks(pn.label, ukuran: ukuranLabel)
                    let x0 = min(max(p.x + 6, tepi), w - tepi - lw)
                    let k = Kotak(x0: x0, y0: p.y - ukuranLabel * 0.7, x1: x0 + lw, y1: p.y + ukuranLabel * 0.5)
                    terpakai.append(k)
                    teksLabel += SVGBantu.teksBerhalo(
                        pn.label, x: k.x0, y: p.y + ukuranLabel * 0.35, ukuran: ukuranLabel, tebal: true,
                        jangkar: "start", warna: warnaPenanda)
                }
            }
            svg += "</g>"
        }
        let urutLabel = calonLabel.enumerated().sorted {
            $0.element.luas == $1.element.luas ? $0.offset < $1.offset : $0.element.luas > $1.element.luas
        }.map(\.element)
        for c in urutLabel {
            if let (kotakLabel, baris) = tempatkan(c, ukuran: ukuranLabel, terpakai: terpakai, batas: batasLayar) {
                terpakai.append(kotakLabel)
                let tinggiBaris = ukuranLabel * 1.1
                for (i, teks) in baris.enumerated() {
                    let y = kotakLabel.y0 + ukuranLabel * 0.85 + Double(i) * tinggiBaris
                    teksLabel += SVGBantu.teksBerhalo(teks, x: (kotakLabel.x0 + kotakLabel.x1) / 2, y: y, ukuran: ukuranLabel)
                }
            }
        }
        svg += "<g class=\"label\" pointer-events=\"none\">" + teksLabel + "</g>"

        // Legend.
        var y = proyeksi.bawah + ukuranLabel * 1.8
        let ukuranLegenda = ukuranLabel * 1.05
        svg += "<g class=\"legenda\" font-size=\"\(SVGBantu.angka(ukuranLegenda))\" fill=\"#1a1a1a\">"
        svg += "<text x=\"\(SVGBantu.angka(tepi))\" y=\"\(SVGBantu.angka(y))\" font-weight=\"bold\">"
            + Escape.xml(SVGBantu.potong("Keterangan: " + keteranganNilai, lebar: w - 2 * tepi, ukuran: ukuranLegenda)) + "</text>"
        y += ukuranLegenda * 0.8
        var entri: [(simbol: (Double, Double) -> String, teks: String)] = []
        let kotakWarna = { (isi: String) -> (Double, Double) -> String in
            { x, y in
                "<rect x=\"\(SVGBantu.angka(x))\" y=\"\(SVGBantu.angka(y))\" width=\"14\" height=\"14\" fill=\"\(isi)\" stroke=\"#8c8c8c\" stroke-width=\"0.5\"/>"
            }
        }
        entri.append((kotakWarna(warnaNol), "0"))
        for k in kelas { entri.append((kotakWarna(k.warna), k.teks)) }
        for pn in penanda {
            switch pn.bentuk {
            case .titik:
                entri.append(({ x, y in
                    "<circle cx=\"\(SVGBantu.angka(x + 7))\" cy=\"\(SVGBantu.angka(y + 7))\" r=\"5\" fill=\"\(warnaPenanda)\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>"
                }, pn.label))
            case .garis:
                entri.append(({ x, y in
                    "<path d=\"M\(SVGBantu.angka(x)) \(SVGBantu.angka(y + 7))h14\" fill=\"none\" stroke=\"\(warnaPenanda)\" stroke-width=\"2.5\" stroke-dasharray=\"6 3\"/>"
                }, pn.label))
            }
        }
        var x = tepi
        let jarakBaris = max(20, ukuranLegenda * 1.7)
        for e in entri {
            let teks = SVGBantu.potong(e.teks, lebar: w - 2 * tepi - 20, ukuran: ukuranLegenda)
            let lebarEntri = 14 + 5 + SVGBantu.lebarTeks(teks, ukuran: ukuranLegenda) + 14
            if x > tepi && x + lebarEntri > w - tepi {
                x = tepi
                y += jarakBaris
            }
            svg += e.simbol(x, y)
            svg += "<text x=\"\(SVGBantu.angka(x + 19))\" y=\"\(SVGBantu.angka(y + 7 + ukuranLegenda * 0.35))\">\(Escape.xml(teks))</text>"
            x += lebarEntri
        }
        svg += "</g></svg>"
        let tinggi = (y + 14 + tepi).rounded(.up)
        // The height is known only now; the opening tag goes in front of the body.
        return SVGBantu.pembuka(kelas: "jalin-peta", id: id, w: w, h: tinggi, judul: judul, desc: deskripsi(judul: judul, keterangan: keteranganNilai, baris: tabelData))
            + svg
    }

    /// The rows of the accessible table that goes with the map: every region, sorted by value
    /// (largest first), then by name, then by code.
    public static func tabel(batas: [BatasWilayah], nilai: [KodeWilayah: Int]) -> [BarisTabelPeta] {
        batas.map { BarisTabelPeta(kode: $0.kode, nama: $0.nama, nilai: nilai[$0.kode] ?? 0) }
            .sorted {
                if $0.nilai != $1.nilai { return $0.nilai > $1.nilai }
                let a = $0.nama.lowercased()
                let b = $1.nama.lowercased()
                if a != b { return a < b }
                return $0.kode < $1.kode
            }
    }

    /// Colour classes for these values: up to five quantile classes over the positive values,
    /// contiguous integer ranges starting at 1. Zero and negative values are not in any class
    /// (they are drawn grey). Fewer distinct values give fewer classes, spread over the palette.
    public static func kelas(nilai: [Int]) -> [KelasWarnaPeta] {
        let positif = nilai.filter { $0 > 0 }.sorted()
        guard !positif.isEmpty else { return [] }
        var atasKelas: [Int] = []
        for c in 1...5 {
            let i = (positif.count * c + 4) / 5 - 1  // ceil(n·c/5) − 1
            let v = positif[min(max(i, 0), positif.count - 1)]
            if atasKelas.last != v { atasKelas.append(v) }
        }
        let indeksWarna: [Int]
        switch atasKelas.count {
        case 1: indeksWarna = [3]
        case 2: indeksWarna = [1, 4]
        case 3: indeksWarna = [0, 2, 4]
        case 4: indeksWarna = [0, 1, 3, 4]
        default: indeksWarna = [0, 1, 2, 3, 4]
        }
        var hasil: [KelasWarnaPeta] = []
        var bawah = 1
        for (i, a) in atasKelas.enumerated() {
            hasil.append(KelasWarnaPeta(rentang: bawah...a, warna: paletBiru[indeksWarna[i]]))
            bawah = a + 1
        }
        return hasil
    }

    // MARK: - Pieces

    private static func warna(_ v: Int, kelas: [KelasWarnaPeta]) -> String {
        guard v > 0 else { return warnaNol }
        return kelas.first { $0.rentang.contains(v) }?.warna ?? kelas.last?.warna ?? warnaNol
    }


    private static func deskripsi(judul: String, keterangan: String, baris: [BarisTabelPeta]) -> String {
        var s = "Peta \(judul): \(keterangan) untuk \(baris.count) wilayah, makin gelap warnanya makin besar "
            + "nilainya, abu-abu berarti nol"
        if let puncak = baris.first, puncak.nilai > 0 {
            s += "; nilai tertinggi \(Angka.ribuan(puncak.nilai)) di \(puncak.nama)"
        }
        return s + "; tabel di bawah memuat angka yang sama."
    }

    private struct CalonLabel {
        let nama: String
        let jangkar: TitikLayar
        let luas: Double
        let lebar: Double
    }

    /// The first position that fits: one line at the anchor, two lines (long multi-word names in
    /// narrow regions), then nudged up or down. `nil` when nothing fits; the name is still in the
    /// region's tooltip and in the table.
    private static func tempatkan(
        _ c: CalonLabel, ukuran: Double, terpakai: [Kotak], batas: Kotak
    ) -> (Kotak, [String])? {
        let satu = [c.nama]
        var bentuk: [[String]] = [satu]
        let kata = c.nama.split(separator: " ").map(String.init)
        if kata.count >= 2 {
            // Split where the two lines are most even.
            var terbaik: [String] = []
            var selisihTerbaik = Double.infinity
            for i in 1..<kata.count {
                let a = kata[..<i].joined(separator: " ")
                let b = kata[i...].joined(separator: " ")
                let d = abs(SVGBantu.lebarTeks(a, ukuran: ukuran) - SVGBantu.lebarTeks(b, ukuran: ukuran))
                if d < selisihTerbaik {
                    selisihTerbaik = d
                    terbaik = [a, b]
                }
            }
            if SVGBantu.lebarTeks(c.nama, ukuran: ukuran) > c.lebar * 0.9 {
                bentuk.insert(terbaik, at: 0)
            } else {
                bentuk.append(terbaik)
            }
        }
        let geser = [0.0, -1.0, 1.0, -2.0, 2.0]
        for g in geser {
            for baris in bentuk {
                let lw = baris.map { SVGBantu.lebarTeks($0, ukuran: ukuran) }.max() ?? 0
                let lh = ukuran * (1.1 * Double(baris.count - 1) + 1.15)
                let cy = c.jangkar.y + g * ukuran * 1.1
                let k = Kotak(x0: c.jangkar.x - lw / 2, y0: cy - lh / 2, x1: c.jangkar.x + lw / 2, y1: cy + lh / 2)
                guard batas.memuat(k) else { continue }
                if !terpakai.contains(where: { $0.bertumpuk(k, jarak: 1.5) }) { return (k, baris) }
            }
        }
        return nil
    }
}

// MARK: - Geometry in screen space

struct TitikLayar: Hashable {
    var x: Double
    var y: Double
}

struct Kotak {
    var x0, y0, x1, y1: Double

    func bertumpuk(_ o: Kotak, jarak: Double) -> Bool {
        x0 - jarak < o.x1 && o.x0 - jarak < x1 && y0 - jarak < o.y1 && o.y0 - jarak < y1
    }

    func memuat(_ o: Kotak) -> Bool {
        o.x0 >= x0 && o.x1 <= x1 && o.y0 >= y0 && o.y1 <= y1
    }
}

struct KotakGeo {
    var minLng = Double.infinity, maxLng = -Double.infinity
    var minLat = Double.infinity, maxLat = -Double.infinity

    var kosong: Bool { minLng > maxLng }

    mutating func tambah(_ t: Titik) {
        guard t.lng.isFinite, t.lat.isFinite else { return }
        minLng = min(minLng, t.lng)
        maxLng = max(maxLng, t.lng)
        minLat = min(minLat, t.lat)
        maxLat = max(maxLat, t.lat)
    }
}

/// Equirectangular projection with cos(mean latitude) on the longitudes, north up.
struct Proyeksi {
    let minLng: Double
    let maxLat: Double
    let kx: Double  // pixels per degree of longitude
    let ky: Double  // pixels per degree of latitude
    let kiri: Double
    let atas: Double
    let bawah: Double

    init(kotak: KotakGeo, lebar: Double, tinggiMaks: Double, kiri: Double, atas: Double) {
        let latTengah = (kotak.minLat + kotak.maxLat) / 2
        let kosinus = max(cos(latTengah * .pi / 180), 0.05)
        let lebarGeo = max((kotak.maxLng - kotak.minLng) * kosinus, 1e-9)
        let tinggiGeo = max(kotak.maxLat - kotak.minLat, 1e-9)
        let skala = min(lebar / lebarGeo, tinggiMaks / tinggiGeo)
        minLng = kotak.minLng
        maxLat = kotak.maxLat
        kx = skala * kosinus
        ky = skala
        self.kiri = kiri + (lebar - lebarGeo * skala) / 2
        self.atas = atas
        bawah = atas + tinggiGeo * skala
    }

    func layar(_ t: Titik) -> TitikLayar {
        TitikLayar(x: kiri + (t.lng - minLng) * kx, y: atas + (maxLat - t.lat) * ky)
    }
}

/// One region projected to the screen: the path data (tenths of a pixel, relative moves),
/// its area, width and a point inside for the label.
struct GeometriLayar {
    private(set) var d = ""
    private(set) var luas = 0.0
    private(set) var lebar = 0.0
    private(set) var titikLabel = TitikLayar(x: 0, y: 0)
    /// Rings kept, in tenths of a pixel, for the point-in-polygon test.
    private var cincinLayar: [[(Int, Int)]] = []

    /// Points closer than this to the previous kept point (in tenths of a pixel) are dropped.
    private static let jarakMinimum = 5

    init(batas: BatasWilayah, proyeksi: Proyeksi) {
        var terbesar: (luas: Double, cincin: [(Int, Int)])?
        var minX = Int.max, maxX = Int.min
        for (pi, poligon) in batas.cincin.enumerated() {
            var luasPoligon = 0.0
            for (ci, cincin) in poligon.enumerated() {
                let r = Self.sederhanakan(cincin, proyeksi: proyeksi)
                guard r.count >= 3 else {
                    if ci == 0 { break }  // outer ring vanished: skip its holes too
                    continue
                }
                let a = Self.luasBertanda(r) / 100  // tenths² → px²
                // Tiny islets (< 1.5 px²) are invisible; the largest polygon is always kept.
                if ci == 0 && abs(a) < 1.5 && pi > 0 && batas.cincin.count > 1 { break }
                if ci == 0 {
                    luasPoligon = abs(a)
                    if terbesar == nil || luasPoligon > terbesar!.luas { terbesar = (luasPoligon, r) }
                } else {
                    luasPoligon -= abs(a)
                }
                for p in r {
                    minX = min(minX, p.0)
                    maxX = max(maxX, p.0)
                }
                cincinLayar.append(r)
                Self.tulis(r, ke: &d, tutup: true)
            }
            luas += max(luasPoligon, 0)
        }
        lebar = minX <= maxX ? Double(maxX - minX) / 10 : 0
        if let t = terbesar { titikLabel = Self.titikDalam(t.cincin) }
    }

    /// Even-odd point-in-polygon over all kept rings (screen pixels).
    func memuat(_ p: TitikLayar) -> Bool {
        let x = p.x * 10, y = p.y * 10
        var dalam = false
        for r in cincinLayar {
            var j = r.count - 1
            for i in 0..<r.count {
                let (xi, yi) = (Double(r[i].0), Double(r[i].1))
                let (xj, yj) = (Double(r[j].0), Double(r[j].1))
                if (yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi { dalam.toggle() }
                j = i
            }
        }
        return dalam
    }

    /// An open polyline (for markers), absolute start then relative moves.
    static func garis(_ l: [Titik], proyeksi: Proyeksi) -> String {
        var d = ""
        let r = sederhanakan(l, proyeksi: proyeksi, tertutup: false)
        if r.count >= 2 { tulis(r, ke: &d, tutup: false) }
        return d
    }

    /// Projects to tenths of a pixel, drops points within `jarakMinimum` of the last kept one and,
    /// for a closed ring, the repeated closing point.
    private static func sederhanakan(_ cincin: [Titik], proyeksi: Proyeksi, tertutup: Bool = true) -> [(Int, Int)] {
        var r: [(Int, Int)] = []
        r.reserveCapacity(cincin.count)
        let batas2 = jarakMinimum * jarakMinimum
        for (i, t) in cincin.enumerated() {
            let p = proyeksi.layar(t)
            let q = (Int((p.x * 10).rounded()), Int((p.y * 10).rounded()))
            if let akhir = r.last {
                let dx = q.0 - akhir.0, dy = q.1 - akhir.1
                let terakhir = i == cincin.count - 1
                if dx * dx + dy * dy < batas2 && !(terakhir && !tertutup) { continue }
            }
            r.append(q)
        }
        if tertutup {
            while r.count > 1, let a = r.first, let b = r.last, (a.0 - b.0) * (a.0 - b.0) + (a.1 - b.1) * (a.1 - b.1) < batas2 {
                r.removeLast()
            }
        }
        return r
    }

    private static func tulis(_ r: [(Int, Int)], ke d: inout String, tutup: Bool) {
        d += "M" + SVGBantu.persepuluhan(r[0].0) + " " + SVGBantu.persepuluhan(r[0].1) + "l"
        var pertama = true
        for i in 1..<r.count {
            let dx = r[i].0 - r[i - 1].0
            let dy = r[i].1 - r[i - 1].1
            if !pertama && dx >= 0 { d += " " }
            d += SVGBantu.persepuluhan(dx)
            if dy >= 0 { d += " " }
            d += SVGBantu.persepuluhan(dy)
            pertama = false
        }
        if tutup { d += "z" }
    }

    private static func luasBertanda(_ r: [(Int, Int)]) -> Double {
        var s = 0
        var j = r.count - 1
        for i in 0..<r.count {
            s += r[j].0 * r[i].1 - r[i].0 * r[j].1
            j = i
        }
        return Double(s) / 2
    }

    /// The area centroid of the ring when it lies inside, otherwise the middle of the widest
    /// horizontal span through the ring at the centroid's height (for C-shaped regions).
    private static func titikDalam(_ r: [(Int, Int)]) -> TitikLayar {
        var cx = 0.0, cy = 0.0, a = 0.0
        var j = r.count - 1
        for i in 0..<r.count {
            let f = Double(r[j].0 * r[i].1 - r[i].0 * r[j].1)
            cx += Double(r[j].0 + r[i].0) * f
            cy += Double(r[j].1 + r[i].1) * f
            a += f
            j = i
        }
        guard a != 0 else { return TitikLayar(x: Double(r[0].0) / 10, y: Double(r[0].1) / 10) }
        cx /= 3 * a
        cy /= 3 * a
        // Crossings of the horizontal line y = cy.
        var xs: [Double] = []
        j = r.count - 1
        for i in 0..<r.count {
            let (xi, yi) = (Double(r[i].0), Double(r[i].1))
            let (xj, yj) = (Double(r[j].0), Double(r[j].1))
            if (yi > cy) != (yj > cy) { xs.append((xj - xi) * (cy - yi) / (yj - yi) + xi) }
            j = i
        }
        xs.sort()
        var terbaik: (lebar: Double, tengah: Double)?
        var dalamCentroid = false
        var k = 0
        while k + 1 < xs.count {
            let (a0, a1) = (xs[k], xs[k + 1])
            if cx >= a0 && cx <= a1 { dalamCentroid = true }
            if terbaik == nil || a1 - a0 > terbaik!.lebar { terbaik = (a1 - a0, (a0 + a1) / 2) }
            k += 2
        }
        if dalamCentroid || terbaik == nil { return TitikLayar(x: cx / 10, y: cy / 10) }
        return TitikLayar(x: terbaik!.tengah / 10, y: cy / 10)
    }
}
