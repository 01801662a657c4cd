import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import JalinDomain
import JalinNaskah
import Testing

// MARK: - Helpers shared with GrafikTests

extension XMLElement {
    /// An attribute's value by name. (`attribute(forName:)` returns nil on Linux for elements in
    /// the SVG default namespace, so the list is searched instead.)
    func atributSVG(_ nama: String) -> String? {
        attributes?.first { $0.name == nama }?.stringValue
    }
}

/// Checks that an SVG string is a safe, well-formed standalone document.
enum SVGPeriksa {
    /// Parses the SVG (throws when it is not well-formed XML) and returns the root element.
    @discardableResult
    static func urai(_ svg: String) throws -> XMLElement {
        let doc = try XMLDocument(xmlString: svg, options: [])
        return try #require(doc.rootElement())
    }

    static func semuaElemen(_ e: XMLElement) -> [XMLElement] {
        var hasil = [e]
        for c in e.children ?? [] {
            if let ce = c as? XMLElement { hasil += semuaElemen(ce) }
        }
        return hasil
    }

    /// Root is `<svg role="img">` whose `aria-labelledby` names an existing `<title>` and `<desc>`;
    /// no scripts, no event handlers, no styles (CSP), no external references.
    static func aman(_ svg: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let akar = try urai(svg)
        #expect(akar.name == "svg", sourceLocation: sourceLocation)
        #expect(akar.atributSVG("role") == "img", sourceLocation: sourceLocation)
        let semua = semuaElemen(akar)
        let ids = (akar.atributSVG("aria-labelledby") ?? "").split(separator: " ").map(String.init)
        #expect(ids.count == 2, sourceLocation: sourceLocation)
        for (id, nama) in zip(ids, ["title", "desc"]) {
            let el = semua.first { $0.atributSVG("id") == id }
            #expect(el?.name == nama, "aria-labelledby → \(id)", sourceLocation: sourceLocation)
        }
        // The first children are the title and the description.
        let anak = (akar.children ?? []).compactMap { $0 as? XMLElement }
        #expect(anak.prefix(2).map(\.name) == ["title", "desc"], sourceLocation: sourceLocation)
        #expect(!svg.lowercased().contains("<script"), sourceLocation: sourceLocation)
        #expect(!svg.contains("<style"), sourceLocation: sourceLocation)
        for el in semua {
            #expect(!["script", "style", "foreignObject", "image", "use", "iframe"].contains(el.name ?? ""),
                    "elemen \(el.name ?? "")", sourceLocation: sourceLocation)
            for a in el.attributes ?? [] {
                let n = (a.name ?? "").lowercased()
                #expect(!n.hasPrefix("on"), "atribut \(n)", sourceLocation: sourceLocation)
                #expect(n != "style", sourceLocation: sourceLocation)
                if n == "href" || n.hasSuffix(":href") {
                    let v = a.stringValue ?? ""
                    #expect(v.hasPrefix("/") && !v.hasPrefix("//"), "tautan \(v)", sourceLocation: sourceLocation)
                }
                #expect(!(a.stringValue ?? "").contains("url(http"), sourceLocation: sourceLocation)
            }
        }
    }

    /// Hostile text: markup, entities, quotes, control characters, emoji and an event-handler lookalike.
    static let jahat = "<script>alert(1)</script> & \"kutip\" 'satu' \u{1}\u{7}\u{1B} 🤝🏽 \" onload=\"x()"
}

/// The shared reference boundaries, located relative to this file: `<repo>/../shared/data/geo/`.
private enum DataGeo {
    static let folder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // JalinNaskahTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // repository root
        .appendingPathComponent("../shared/data/geo")
        .standardizedFileURL

    static var ada: Bool {
        ["kukar-kecamatan", "kaltim-kabkota", "provinsi"].allSatisfy {
            FileManager.default.fileExists(atPath: folder.appendingPathComponent("\($0).geojson").path)
        }
    }

    static func baca(_ nama: String) throws -> [BatasWilayah] {
        try GeoJSON.baca(Data(contentsOf: folder.appendingPathComponent("\(nama).geojson")))
    }

    static func k(_ s: String) -> KodeWilayah { KodeWilayah(valid: s)! }
}

private func k(_ s: String) -> KodeWilayah { KodeWilayah(valid: s)! }

/// A closed square ring [lng, lat] with its south-west corner at (x, y).
private func persegi(_ x: Double, _ y: Double, _ s: Double = 1) -> [Titik] {
    [Titik(lng: x, lat: y), Titik(lng: x + s, lat: y), Titik(lng: x + s, lat: y + s), Titik(lng: x, lat: y + s),
     Titik(lng: x, lat: y)]
}

private func wilayah(_ kode: String, _ nama: String, _ cincin: [Titik]...) -> BatasWilayah {
    BatasWilayah(kode: k(kode), nama: nama, cincin: cincin.map { [$0] })
}

/// The bounding box of a path written by PetaSVG ("M x y l dx dy … z", several subpaths).
private func kotakPath(_ d: String) -> (x0: Double, y0: Double, x1: Double, y1: Double) {
    var x0 = Double.infinity, y0 = Double.infinity, x1 = -Double.infinity, y1 = -Double.infinity
    var perintah: Character = "M"
    var angka: [Double] = []
    var x = 0.0, y = 0.0
    var token = ""
    func simpan() {
        if let v = Double(token) { angka.append(v) }
        token = ""
        if angka.count == 2 {
            if perintah == "M" { x = angka[0]; y = angka[1]; perintah = "l" } else { x += angka[0]; y += angka[1] }
            x0 = min(x0, x); x1 = max(x1, x); y0 = min(y0, y); y1 = max(y1, y)
            angka = []
        }
    }
    for c in d {
        if c == "M" || c == "l" || c == "z" {
            simpan()
            if c != "z" { perintah = c }
        } else if c == " " {
            simpan()
        } else if c == "-" {
            simpan()
            token = "-"
        } else {
            token.append(c)
        }
    }
    simpan()
    return (x0, y0, x1, y1)
}

private func paths(_ svg: String) throws -> [XMLElement] {
    SVGPeriksa.semuaElemen(try SVGPeriksa.urai(svg)).filter {
        $0.name == "path" && $0.atributSVG("class") == "wilayah"
    }
}

// MARK: - GeoJSON

@Suite("GeoJSON batas wilayah")
struct GeoJSONTests {
    static let contoh = """
        {"type":"FeatureCollection","features":[
         {"type":"Feature","properties":{"kode":"64.02.13","nama":"Samboja","lat":-0.5,"lng":117.5},
          "geometry":{"type":"Polygon","coordinates":[[[117,-1],[118,-1],[118,0],[117,0],[117,-1]],
                                                       [[117.2,-0.8],[117.4,-0.8],[117.4,-0.6],[117.2,-0.8]]]}},
         {"type":"Feature","properties":{"kode":" 64.02.20 ","nama":"Samboja Barat"},
          "geometry":{"type":"MultiPolygon","coordinates":[[[[116,-1,12.5],[117,-1,0],[117,0,0],[116,-1,0]]],
                                                            [[[115,-1],[115.5,-1],[115.5,-0.5],[115,-1]]]]}}
        ]}
        """

    @Test("Polygon, MultiPolygon, holes, 3D coordinates and label points are read")
    func bacaContoh() throws {
        let b = try GeoJSON.baca(Data(Self.contoh.utf8))
        #expect(b.count == 2)
        #expect(b[0].kode == k("64.02.13"))
        #expect(b[0].nama == "Samboja")
        #expect(b[0].cincin.count == 1 && b[0].cincin[0].count == 2)
        #expect(b[0].titikLabel == Titik(lng: 117.5, lat: -0.5))
        #expect(b[1].kode == k("64.02.20"))
        #expect(b[1].cincin.count == 2)
        #expect(b[1].cincin[0][0][0] == Titik(lng: 116, lat: -1))
        #expect(b[1].titikLabel == nil)
        #expect(b[0].jumlahTitik == 9)
    }

    private func ditolak(_ teks: String, memuat: String, sourceLocation: SourceLocation = #_sourceLocation) {
        ditolak(Data(teks.utf8), memuat: memuat, sourceLocation: sourceLocation)
    }

    private func ditolak(
        _ data: Data, memuat: String, ukuranMaksimum: Int = GeoJSON.ukuranMaksimum,
        titikMaksimum: Int = GeoJSON.titikMaksimum, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        do {
            let b = try GeoJSON.baca(data, ukuranMaksimum: ukuranMaksimum, titikMaksimum: titikMaksimum)
            Issue.record("diterima: \(b.count) fitur", sourceLocation: sourceLocation)
        } catch {
            let pesan = error.pesan(untuk: GeoJSON.namaField) ?? ""
            #expect(pesan.contains(memuat), "\(error.description)", sourceLocation: sourceLocation)
        }
    }

    private func fitur(_ kode: String = "64.02.13", _ geometri: String) -> String {
        """
        {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"kode":"64.02.01","nama":"A"},
         "geometry":{"type":"Polygon","coordinates":[[[117,-1],[118,-1],[118,0],[117,-1]]]}},
         {"type":"Feature","properties":{"kode":"\(kode)","nama":"B"},"geometry":\(geometri)}]}
        """
    }

    private let segitiga = #"{"type":"Polygon","coordinates":[[[117,-1],[118,-1],[118,0],[117,-1]]]}"#

    @Test("Files that are not a FeatureCollection of Polygon/MultiPolygon with valid codes are refused")
    func penolakan() {
        ditolak("", memuat: "kosong")
        ditolak("bukan json", memuat: "bukan JSON")
        ditolak("<kml/>", memuat: "bukan JSON")
        ditolak("[1,2]", memuat: "objek FeatureCollection")
        ditolak(#"{"type":"Feature","properties":{},"geometry":null}"#, memuat: "bertipe FeatureCollection")
        ditolak(#"{"type":"FeatureCollection"}"#, memuat: "\"features\"")
        ditolak(#"{"type":"FeatureCollection","features":[]}"#, memuat: "satu fitur pun")
        ditolak(#"{"type":"FeatureCollection","features":[42]}"#, memuat: "Fitur ke-1 bukan objek Feature")
        // The feature's number (counting from 1) is named.
        ditolak(fitur("64.2", segitiga), memuat: "Fitur ke-2: kode wilayah \"64.2\" tidak sah")
        ditolak(fitur("<script>", segitiga), memuat: "Fitur ke-2")
        ditolak(fitur("64.02.01", segitiga), memuat: "Fitur ke-2: kode wilayah 64.02.01 sudah dipakai oleh fitur ke-1")
        ditolak(fitur("64.02.13", #"{"type":"LineString","coordinates":[[117,-1],[118,-1]]}"#),
                memuat: "Fitur ke-2 (64.02.13): geometri LineString tidak didukung")
        ditolak(fitur("64.02.13", #"{"type":"Point","coordinates":[117,-1]}"#), memuat: "tidak didukung")
        ditolak(fitur("64.02.13", "null"), memuat: "tidak memiliki geometri")
        // NaN and infinities are not JSON numbers; out-of-range and non-numeric coordinates are refused.
        ditolak(fitur("64.02.13", #"{"type":"Polygon","coordinates":[[[NaN,-1],[118,-1],[118,0],[117,-1]]]}"#),
                memuat: "bukan JSON")
        ditolak(fitur("64.02.13", #"{"type":"Polygon","coordinates":[[[1e999,-1],[118,-1],[118,0],[117,-1]]]}"#),
                memuat: "bukan JSON")
        ditolak(fitur("64.02.13", #"{"type":"Polygon","coordinates":[[[117,95],[118,-1],[118,0],[117,95]]]}"#),
                memuat: "di luar jangkauan")
        ditolak(fitur("64.02.13", #"{"type":"Polygon","coordinates":[[[-181,0],[118,-1],[118,0],[-181,0]]]}"#),
                memuat: "di luar jangkauan")
        ditolak(fitur("64.02.13", #"{"type":"Polygon","coordinates":[[[true,false],[118,-1],[118,0],[117,-1]]]}"#),
                memuat: "bukan pasangan angka")
        ditolak(fitur("64.02.13", #"{"type":"Polygon","coordinates":[[["117","-1"],[118,-1],[118,0],[117,-1]]]}"#),
                memuat: "bukan pasangan angka")
        ditolak(fitur("64.02.13", #"{"type":"Polygon","coordinates":[[[117,-1],[118,-1],[117,-1]]]}"#),
                memuat: "kurang dari 4 titik")
        ditolak(fitur("64.02.13", #"{"type":"Polygon","coordinates":[]}"#), memuat: "tanpa cincin")
        ditolak(fitur("64.02.13", #"{"type":"MultiPolygon","coordinates":[]}"#), memuat: "tidak memuat poligon")
        ditolak(
            #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"nama":"A"},"geometry":null}]}"#,
            memuat: "tidak memiliki properti \"kode\"")
        ditolak(
            #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"kode":"64","nama":" "},"geometry":null}]}"#,
            memuat: "tidak memiliki properti \"nama\"")
    }

    @Test("Every problem is reported at once, each naming its feature")
    func semuaMasalah() {
        let teks = """
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"kode":"x","nama":"A"},"geometry":null},
             {"type":"Feature","properties":{"kode":"64.01","nama":"B"},"geometry":{"type":"LineString","coordinates":[]}}]}
            """
        do {
            _ = try GeoJSON.baca(Data(teks.utf8))
            Issue.record("diterima")
        } catch {
            #expect(error.daftar.count == 2)
            #expect(error.daftar[0].pesan.hasPrefix("Fitur ke-1"))
            #expect(error.daftar[1].pesan.hasPrefix("Fitur ke-2"))
        }
    }

    @Test("Size and point limits")
    func batasUkuran() {
        ditolak(Data(count: GeoJSON.ukuranMaksimum + 1), memuat: "terlalu besar (50 MB); paling besar 50 MB")
        ditolak(Data(fitur("64.02.13", segitiga).utf8), memuat: "terlalu besar", ukuranMaksimum: 100)
        ditolak(Data(fitur("64.02.13", segitiga).utf8), memuat: "lebih dari 6 titik", titikMaksimum: 6)
        // Limits can only be tightened.
        #expect((try? GeoJSON.baca(Data(fitur("64.02.13", segitiga).utf8), titikMaksimum: 8))?.count == 2)
    }

    // Needs the shared reference data at ../shared/data/geo/ (next to the repository); skipped when absent.
    @Test("The shared boundary files are read whole",
          .enabled(if: DataGeo.ada, "membutuhkan data bersama ../shared/data/geo/*.geojson"))
    func dataNyata() throws {
        let kukar = try DataGeo.baca("kukar-kecamatan")
        #expect(kukar.count == 20)
        #expect(kukar.allSatisfy { $0.kode.tingkat == .kecamatan && $0.kode.induk == k("64.02") })
        #expect(kukar.allSatisfy { $0.titikLabel != nil })
        #expect(kukar.first { $0.kode == k("64.02.13") }?.nama == "Samboja")
        #expect(try DataGeo.baca("kaltim-kabkota").count == 10)
        let provinsi = try DataGeo.baca("provinsi")
        #expect(provinsi.count == 37)
        #expect(provinsi.reduce(0) { $0 + $1.jumlahTitik } > 100_000)
    }
}

// MARK: - Adjacency

@Suite("Ketetanggaan wilayah")
struct KetetanggaanTests {
    @Test("Pairs are unordered")
    func pasangan() {
        #expect(PasanganBatas(k("64.72"), k("64.02")) == PasanganBatas(k("64.02"), k("64.72")))
        #expect(PasanganBatas(k("64.72"), k("64.02")).a == k("64.02"))
        #expect(PasanganBatas(k("64.02"), k("64.72")).lain(dari: k("64.72")) == k("64.02"))
        #expect(PasanganBatas(k("64.02"), k("64.72")).lain(dari: k("64.01")) == nil)
        #expect(PasanganBatas(k("64.02"), k("64.72")).description == "64.02–64.72")
    }

    @Test("Squares that touch, nearly touch, cross or are apart")
    func persegiSintetis() {
        let a = wilayah("11", "A", persegi(0, 0))
        let dekat = wilayah("12", "Dekat", persegi(1.001, 0))      // 0.001° gap: within tolerance
        let jauh = wilayah("13", "Jauh", persegi(1.01, 1.5))        // about 0.5° from A: not
        let tumpang = wilayah("14", "Tumpang", persegi(-0.5, -0.5)) // overlaps A, edges cross
        let hasil = Ketetanggaan.hitung([a, dekat, jauh, tumpang])
        #expect(hasil == [PasanganBatas(k("11"), k("12")), PasanganBatas(k("11"), k("14"))])
        #expect(Ketetanggaan.hitung([a, dekat], toleransi: 0.0005).isEmpty)
        #expect(Ketetanggaan.hitung([a, jauh], toleransi: 0.6) == [PasanganBatas(k("11"), k("13"))])
        #expect(Ketetanggaan.tetangga(k("11"), dalam: hasil) == [k("12"), k("14")])
        #expect(Ketetanggaan.hitung([a]).isEmpty)
        #expect(Ketetanggaan.hitung([]).isEmpty)
    }

    @Test("Long crossing segments without nearby vertices are found")
    func silang() {
        // A thin horizontal and a thin vertical bar forming a plus sign: no vertex of one lies near
        // the other, only the long edges cross.
        let mendatar = wilayah("11", "Mendatar", [
            Titik(lng: -5, lat: -0.01), Titik(lng: 5, lat: -0.01), Titik(lng: 5, lat: 0.01),
            Titik(lng: -5, lat: 0.01), Titik(lng: -5, lat: -0.01),
        ])
        let tegak = wilayah("12", "Tegak", [
            Titik(lng: -0.01, lat: -5), Titik(lng: 0.01, lat: -5), Titik(lng: 0.01, lat: 5),
            Titik(lng: -0.01, lat: 5), Titik(lng: -0.01, lat: -5),
        ])
        #expect(Ketetanggaan.hitung([mendatar, tegak]) == [PasanganBatas(k("11"), k("12"))])
    }

    // Needs ../shared/data/geo/kukar-kecamatan.geojson; skipped when absent.
    // Each fact was checked against the geometry (boundary distance with shapely): the pairs below
    // touch (distance 0), Tabang–Samboja are 1.56° apart.
    @Test("Kecamatan of Kutai Kartanegara",
          .enabled(if: DataGeo.ada, "membutuhkan data bersama ../shared/data/geo/kukar-kecamatan.geojson"))
    func kukar() throws {
        let hasil = Ketetanggaan.hitung(try DataGeo.baca("kukar-kecamatan"))
        let samboja = Ketetanggaan.tetangga(k("64.02.13"), dalam: hasil)
        #expect(samboja == [k("64.02.14"), k("64.02.20")])  // Muara Jawa, Samboja Barat
        #expect(hasil.contains(PasanganBatas(k("64.02.06"), k("64.02.16"))))  // Tenggarong – Tenggarong Seberang
        #expect(!hasil.contains(PasanganBatas(k("64.02.12"), k("64.02.13"))))  // Tabang – Samboja
        #expect(Ketetanggaan.tetangga(k("64.02.12"), dalam: hasil) == [k("64.02.10")])  // Tabang: Kembang Janggut
        // Anggana reaches Muara Jawa and Sanga Sanga only across the Mahakam delta channels
        // (0.0025° and 0.0042° apart in the simplified data), so at the default tolerance it does not.
        #expect(Ketetanggaan.tetangga(k("64.02.04"), dalam: hasil) == [k("64.02.05")])
        #expect(hasil.count == 37)
    }

    // Needs ../shared/data/geo/kaltim-kabkota.geojson; skipped when absent.
    @Test("Kabupaten/kota of Kalimantan Timur",
          .enabled(if: DataGeo.ada, "membutuhkan data bersama ../shared/data/geo/kaltim-kabkota.geojson"))
    func kaltim() throws {
        let hasil = Ketetanggaan.hitung(try DataGeo.baca("kaltim-kabkota"))
        // Kutai Kartanegara borders PPU, Samarinda, Bontang, Balikpapan, Kutai Timur, Kutai Barat, and
        // also Mahakam Ulu (a short stretch in the north-west, present in the geometry).
        #expect(Ketetanggaan.tetangga(k("64.02"), dalam: hasil)
                == ["64.07", "64.08", "64.09", "64.11", "64.71", "64.72", "64.74"].map(k))
        #expect(!hasil.contains(PasanganBatas(k("64.03"), k("64.09"))))  // Berau – PPU
        #expect(Ketetanggaan.tetangga(k("64.72"), dalam: hasil) == [k("64.02")])  // Samarinda is enclosed
        #expect(hasil.count == 14)
    }

    // Needs ../shared/data/geo/provinsi.geojson; skipped when absent.
    @Test("The borders of the 37 provinces",
          .enabled(if: DataGeo.ada, "membutuhkan data bersama ../shared/data/geo/provinsi.geojson"))
    func provinsi() throws {
        let batas = try DataGeo.baca("provinsi")
        // Speed is measured in Benchmarks/, not here.
        let hasil = Ketetanggaan.hitung(batas)
        #expect(hasil.count == 36)
        #expect(Ketetanggaan.tetangga(k("64"), dalam: hasil) == [k("61"), k("62"), k("65")])
        #expect(hasil.contains(PasanganBatas(k("31"), k("32"))))
        #expect(hasil.contains(PasanganBatas(k("91"), k("94"))))
        #expect(Ketetanggaan.tetangga(k("51"), dalam: hasil).isEmpty)  // Bali: an island
    }
}

// MARK: - Map

@Suite("Peta SVG")
struct PetaSVGTests {
    static let contoh: [BatasWilayah] = [
        BatasWilayah(kode: k("64.02.01"), nama: "Utara", cincin: [[persegi(116, 0)]]),
        BatasWilayah(kode: k("64.02.02"), nama: "Selatan", cincin: [[persegi(116, -1)]]),
        BatasWilayah(kode: k("64.02.03"), nama: "Timur", cincin: [[persegi(117, -1)], [persegi(117.2, 0.2, 0.3)]]),
    ]

    @Test("A small map is valid, safe SVG with title, description, links and tooltips")
    func petaKecil() throws {
        let svg = PetaSVG.render(
            batas: Self.contoh, nilai: [k("64.02.01"): 1234, k("64.02.02"): 0],
            judul: "Potensi per kecamatan", keteranganNilai: "jumlah potensi",
            tautan: { "/wilayah/\($0.nilai)?a=1&b=2" })
        try SVGPeriksa.aman(svg)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains("tabel di bawah memuat angka yang sama"))
        #expect(svg.contains("<title>Utara: jumlah potensi 1.234</title>"))
        #expect(svg.contains("<title>Timur: jumlah potensi 0</title>"))  // absent counts as zero
        #expect(svg.contains("href=\"/wilayah/64.02.01?a=1&amp;b=2\""))
        let p = try paths(svg)
        #expect(p.count == 3)
        // Zero is grey; a positive value is blue.
        let isi = Dictionary(uniqueKeysWithValues: p.map {
            ($0.atributSVG("data-kode")!, $0.atributSVG("fill")!)
        })
        #expect(isi["64.02.02"] == PetaSVG.warnaNol)
        #expect(isi["64.02.03"] == PetaSVG.warnaNol)
        #expect(PetaSVG.paletBiru.contains(isi["64.02.01"] ?? ""))
        // A multipolygon is one path with two subpaths.
        #expect(p.first { $0.atributSVG("data-kode") == "64.02.03" }?
            .atributSVG("d")?.filter { $0 == "M" }.count == 2)
        // No number in a path has more than one decimal.
        for el in p {
            let d = el.atributSVG("d") ?? ""
            #expect(d.range(of: #"\.\d\d"#, options: .regularExpression) == nil)
        }
    }

    @Test("North is up and the aspect ratio follows cos(latitude)")
    func proyeksi() throws {
        // At the equator a 1°×1° square is square on screen; north is at the top.
        let svg = PetaSVG.render(batas: Self.contoh, nilai: [:], judul: "Uji", keteranganNilai: "n")
        let p = try paths(svg)
        func kotak(_ kode: String) -> (x0: Double, y0: Double, x1: Double, y1: Double) {
            kotakPath(p.first { $0.atributSVG("data-kode") == kode }!
                .atributSVG("d")!)
        }
        let utara = kotak("64.02.01"), selatan = kotak("64.02.02")
        #expect(utara.y1 <= selatan.y0 + 0.2)
        let lebar = utara.x1 - utara.x0, tinggi = utara.y1 - utara.y0
        #expect(abs(lebar / tinggi - cos(0.0)) < 0.02)
        // At 60° north a degree of longitude is half a degree of latitude.
        let tinggiLintang = BatasWilayah(kode: k("11"), nama: "Jauh di utara", cincin: [[persegi(10, 59.5)]])
        let svg60 = PetaSVG.render(batas: [tinggiLintang], nilai: [:], judul: "Uji", keteranganNilai: "n")
        let b = kotakPath(try paths(svg60)[0].atributSVG("d")!)
        #expect(abs((b.x1 - b.x0) / (b.y1 - b.y0) - cos(60 * Double.pi / 180)) < 0.02)
        // The map fits the width.
        let akar = try SVGPeriksa.urai(svg)
        #expect(akar.atributSVG("width") == "640")
        #expect(lebar * 2 <= 640)
    }

    @Test("Hostile names, titles, markers and links are escaped or dropped")
    func masukanJahat() throws {
        var batas = Self.contoh
        batas[0].nama = SVGPeriksa.jahat
        let svg = PetaSVG.render(
            batas: batas, nilai: [k("64.02.01"): 3], judul: SVGPeriksa.jahat, keteranganNilai: SVGPeriksa.jahat,
            tautan: { $0.nilai == "64.02.01" ? "javascript:alert(1)" : ($0.nilai == "64.02.02" ? "//jahat.example" : "\" onclick=\"x") },
            penanda: [.titik(Titik(lng: 116.5, lat: -0.5), label: SVGPeriksa.jahat),
                      .garis([[Titik(lng: 116, lat: 0), Titik(lng: 117, lat: 0)]], label: SVGPeriksa.jahat)])
        try SVGPeriksa.aman(svg)
        #expect(!svg.contains("javascript:"))
        #expect(!svg.contains("jahat.example"))
        #expect(!svg.contains("<a "))
        #expect(svg.contains("&lt;script&gt;"))
        #expect(svg.contains("🤝🏽"))
        #expect(!svg.contains("\u{1}") && !svg.contains("\u{1B}"))
        let akar = try SVGPeriksa.urai(svg)
        let judul = SVGPeriksa.semuaElemen(akar).first { $0.name == "title" }?.stringValue
        #expect(judul == "<script>alert(1)</script> & \"kutip\" 'satu'  🤝🏽 \" onload=\"x()")
    }

    @Test("Same input, same output; input order does not matter")
    func deterministik() {
        let nilai: [KodeWilayah: Int] = [k("64.02.01"): 5, k("64.02.02"): 2, k("64.02.03"): 9]
        let a = PetaSVG.render(batas: Self.contoh, nilai: nilai, judul: "J", keteranganNilai: "n")
        var salinan: [KodeWilayah: Int] = [:]
        for (kk, v) in nilai.sorted(by: { $0.key > $1.key }) { salinan[kk] = v }
        let b = PetaSVG.render(batas: Self.contoh.reversed(), nilai: salinan, judul: "J", keteranganNilai: "n")
        #expect(a == b)
        // Different maps get different ids (several can be inlined in one page).
        let c = PetaSVG.render(batas: Self.contoh, nilai: [:], judul: "J", keteranganNilai: "n")
        let id = { (s: String) in s.range(of: #"peta-[0-9a-f]{16}"#, options: .regularExpression).map { String(s[$0]) } }
        #expect(id(a) != nil && id(a) != id(c))
    }

    @Test("No boundaries gives a valid placeholder")
    func kosong() throws {
        let svg = PetaSVG.render(batas: [], nilai: [:], judul: "Peta kosong", keteranganNilai: "n")
        try SVGPeriksa.aman(svg)
        #expect(svg.contains("Belum ada data batas wilayah"))
    }

    @Test("Colour classes: quantiles of the positive values, contiguous ranges from 1")
    func kelas() {
        #expect(PetaSVG.kelas(nilai: []).isEmpty)
        #expect(PetaSVG.kelas(nilai: [0, 0, -3]).isEmpty)
        let tiga = PetaSVG.kelas(nilai: [0, 1, 2, 3, 3])
        #expect(tiga.map(\.rentang) == [1...1, 2...2, 3...3])
        #expect(tiga.map(\.warna) == [PetaSVG.paletBiru[0], PetaSVG.paletBiru[2], PetaSVG.paletBiru[4]])
        let lima = PetaSVG.kelas(nilai: Array(0...100))
        #expect(lima.count == 5)
        #expect(lima.first?.rentang.lowerBound == 1)
        #expect(lima.last?.rentang.upperBound == 100)
        #expect(zip(lima, lima.dropFirst()).allSatisfy { $0.rentang.upperBound + 1 == $1.rentang.lowerBound })
        #expect(lima.map(\.warna) == PetaSVG.paletBiru)
        #expect(PetaSVG.kelas(nilai: [1_500, 2_000]).last?.teks == "1.501–2.000")
    }

    @Test("Table rows: value descending, then name")
    func tabel() {
        let batas = Self.contoh + [BatasWilayah(kode: k("64.02.04"), nama: "Barat", cincin: [[persegi(115, 0)]])]
        let t = PetaSVG.tabel(batas: batas, nilai: [k("64.02.01"): 2, k("64.02.03"): 2, k("64.02.02"): 7])
        #expect(t.map(\.nama) == ["Selatan", "Timur", "Utara", "Barat"])
        #expect(t.map(\.nilai) == [7, 2, 2, 0])
        #expect(t[0].kode == k("64.02.02"))
    }

    // Needs ../shared/data/geo/*.geojson; skipped when absent.
    @Test("Kukar and Kaltim maps: valid, small, one linked path per region",
          .enabled(if: DataGeo.ada, "membutuhkan data bersama ../shared/data/geo/*.geojson"))
    func petaNyata() throws {
        let kukar = try DataGeo.baca("kukar-kecamatan")
        var nilai: [KodeWilayah: Int] = [:]
        for (i, b) in kukar.enumerated() { nilai[b.kode] = [0, 3, 7, 1, 12, 0, 5, 2, 9, 4][i % 10] }
        let ikn = PenandaPeta.titik(Titik(lng: 116.70, lat: -0.97), label: "Otorita IKN")
        let svg = PetaSVG.render(
            batas: kukar, nilai: nilai, judul: "Potensi kerja sama per kecamatan di Kutai Kartanegara",
            keteranganNilai: "jumlah potensi", tautan: { "/wilayah/\($0.nilai)" }, penanda: [ikn])
        try SVGPeriksa.aman(svg)
        #expect(svg.utf8.count < 60_000, "\(svg.utf8.count) bytes")
        #expect(try paths(svg).count == 20)
        #expect(svg.components(separatedBy: "<a href=\"/wilayah/64.02.").count - 1 == 20)
        #expect(svg.contains(">Otorita IKN</text>"))
        #expect(svg.contains(">Samboja</text>"))
        #expect(svg == PetaSVG.render(
            batas: kukar.reversed(), nilai: nilai, judul: "Potensi kerja sama per kecamatan di Kutai Kartanegara",
            keteranganNilai: "jumlah potensi", tautan: { "/wilayah/\($0.nilai)" }, penanda: [ikn]))

        let kaltim = try DataGeo.baca("kaltim-kabkota")
        let svgKaltim = PetaSVG.render(batas: kaltim, nilai: [k("64.02"): 40], judul: "Kaltim", keteranganNilai: "n")
        try SVGPeriksa.aman(svgKaltim)
        #expect(try paths(svgKaltim).count == 10)
        #expect(svgKaltim.utf8.count < 60_000, "\(svgKaltim.utf8.count) bytes")
        // "Kabupaten" is dropped from visible labels, kept in tooltips.
        #expect(svgKaltim.contains(">Kutai Kartanegara</text>"))
        #expect(svgKaltim.contains("<title>Kabupaten Kutai Kartanegara: n 40</title>"))

        let provinsi = try DataGeo.baca("provinsi")
        let svgProvinsi = PetaSVG.render(batas: provinsi, nilai: [:], judul: "Indonesia", keteranganNilai: "n")
        try SVGPeriksa.aman(svgProvinsi)
        #expect(try paths(svgProvinsi).count == 37)
    }
}
