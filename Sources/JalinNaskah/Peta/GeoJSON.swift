import Foundation
import JalinDomain

/// A point in geographic coordinates (degrees, WGS84), longitude first as in GeoJSON.
public struct Titik: Sendable, Hashable {
    public var lng: Double
    public var lat: Double

    public init(lng: Double, lat: Double) {
        self.lng = lng
        self.lat = lat
    }
}

/// The boundary of one region as read from a GeoJSON feature.
public struct BatasWilayah: Sendable {
    public var kode: KodeWilayah
    public var nama: String
    /// Polygons → rings (the first ring of a polygon is its outer boundary, the others holes) → points.
    /// Rings are stored as in the file (usually closed: the last point repeats the first).
    public var cincin: [[[Titik]]]
    /// Where the name should be written, when the file provides one (properties `lng`, `lat`).
    public var titikLabel: Titik?

    public init(kode: KodeWilayah, nama: String, cincin: [[[Titik]]], titikLabel: Titik? = nil) {
        self.kode = kode
        self.nama = nama
        self.cincin = cincin
        self.titikLabel = titikLabel
    }

    /// Number of points over all rings.
    public var jumlahTitik: Int {
        cincin.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count } }
    }
}

/// Reads region boundaries from a GeoJSON `FeatureCollection` whose features carry the
/// Kemendagri code in property `kode` and the name in property `nama` (optionally a label point
/// in `lng`/`lat`). Geometry must be `Polygon` or `MultiPolygon` in [lng, lat] order.
public enum GeoJSON {
    /// Largest accepted file, in bytes (50 MB).
    public static let ukuranMaksimum = 50 * 1024 * 1024
    /// Largest accepted number of coordinate points over the whole file.
    public static let titikMaksimum = 2_000_000
    /// Field name used in validation errors.
    public static let namaField = "geojson"

    /// Errors reported at most; after that the reader stops looking.
    private static let kesalahanMaksimum = 20

    /// Parses and validates the file. Every problem is reported with the feature's number
    /// (counting from 1, as a person would) in one `KesalahanValidasi` for field `"geojson"`;
    /// nothing is returned unless the whole file is acceptable.
    ///
    /// `ukuranMaksimum` and `titikMaksimum` can only tighten the built-in limits (50 MB,
    /// 2,000,000 points), e.g. for uploads.
    public static func baca(
        _ data: Data, ukuranMaksimum: Int = GeoJSON.ukuranMaksimum, titikMaksimum: Int = GeoJSON.titikMaksimum
    ) throws(KesalahanValidasi) -> [BatasWilayah] {
        func tolak(_ pesan: String) -> KesalahanValidasi {
            KesalahanValidasi(field: namaField, pesan: pesan)
        }
        let batasUkuran = max(0, min(ukuranMaksimum, Self.ukuranMaksimum))
        let titikMaksimum = max(0, min(titikMaksimum, Self.titikMaksimum))
        guard !data.isEmpty else { throw tolak("Berkas GeoJSON kosong.") }
        guard data.count <= batasUkuran else {
            throw tolak("Berkas GeoJSON terlalu besar (\(ukuranTerbaca(data.count))); paling besar \(ukuranTerbaca(batasUkuran)).")
        }
        let akar: Any
        do {
            akar = try JSONSerialization.jsonObject(with: data, options: [])
        } catch {
            throw tolak("Berkas bukan JSON yang sah, sehingga tidak dapat dibaca sebagai GeoJSON.")
        }
        guard let koleksi = akar as? [String: Any] else {
            throw tolak("Berkas GeoJSON harus berupa objek FeatureCollection.")
        }
        guard (koleksi["type"] as? String) == "FeatureCollection" else {
            throw tolak("Berkas GeoJSON harus bertipe FeatureCollection.")
        }
        guard let fitur = koleksi["features"] as? [Any] else {
            throw tolak("FeatureCollection tidak memuat daftar \"features\".")
        }
        guard !fitur.isEmpty else { throw tolak("FeatureCollection tidak memuat satu fitur pun.") }

        var pemeriksa = Pemeriksa()
        var hasil: [BatasWilayah] = []
        hasil.reserveCapacity(fitur.count)
        var totalTitik = 0
        var nomorPerKode: [KodeWilayah: Int] = [:]

        for (indeks, mentah) in fitur.enumerated() {
            if pemeriksa.kesalahan.count >= kesalahanMaksimum { break }
            let nomor = indeks + 1
            let awalan = "Fitur ke-\(nomor)"
            guard let f = mentah as? [String: Any], (f["type"] as? String) == "Feature" else {
                pemeriksa.tambah(namaField, "\(awalan) bukan objek Feature.")
                continue
            }
            let properti = f["properties"] as? [String: Any] ?? [:]
            guard let teksKode = properti["kode"] as? String else {
                pemeriksa.tambah(namaField, "\(awalan) tidak memiliki properti \"kode\" berupa teks.")
                continue
            }
            guard let kode = KodeWilayah(valid: teksKode) else {
                pemeriksa.tambah(
                    namaField,
                    "\(awalan): kode wilayah \"\(ringkas(teksKode))\" tidak sah; gunakan bentuk PP, PP.KK, "
                        + "PP.KK.CC, atau PP.KK.CC.DDDD.")
                continue
            }
            if let sebelumnya = nomorPerKode[kode] {
                pemeriksa.tambah(
                    namaField, "\(awalan): kode wilayah \(kode.nilai) sudah dipakai oleh fitur ke-\(sebelumnya).")
                continue
            }
            nomorPerKode[kode] = nomor
            let nama = (properti["nama"] as? String)?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            guard !nama.isEmpty else {
                pemeriksa.tambah(namaField, "\(awalan) (\(kode.nilai)) tidak memiliki properti \"nama\".")
                continue
            }
            guard let geometri = f["geometry"] as? [String: Any], let tipe = geometri["type"] as? String else {
                pemeriksa.tambah(namaField, "\(awalan) (\(kode.nilai)) tidak memiliki geometri.")
                continue
            }
            let poligonMentah: [Any]
            switch tipe {
            case "Polygon":
                poligonMentah = [geometri["coordinates"] as Any]
            case "MultiPolygon":
                guard let daftar = geometri["coordinates"] as? [Any] else {
                    pemeriksa.tambah(namaField, "\(awalan) (\(kode.nilai)): koordinat MultiPolygon tidak sah.")
                    continue
                }
                poligonMentah = daftar
            default:
                pemeriksa.tambah(
                    namaField,
                    "\(awalan) (\(kode.nilai)): geometri \(ringkas(tipe)) tidak didukung; "
                        + "hanya Polygon atau MultiPolygon.")
                continue
            }
            var poligon: [[[Titik]]] = []
            poligon.reserveCapacity(poligonMentah.count)
            var masalah: String?
            bacaPoligon: for p in poligonMentah {
                guard let cincinMentah = p as? [Any], !cincinMentah.isEmpty else {
                    masalah = "poligon tanpa cincin koordinat"
                    break
                }
                var cincin: [[Titik]] = []
                cincin.reserveCapacity(cincinMentah.count)
                for c in cincinMentah {
                    guard let titikMentah = c as? [Any] else {
                        masalah = "cincin koordinat tidak sah"
                        break bacaPoligon
                    }
                    guard titikMentah.count >= 4 else {
                        masalah = "cincin koordinat kurang dari 4 titik"
                        break bacaPoligon
                    }
                    totalTitik += titikMentah.count
                    if totalTitik > titikMaksimum {
                        throw tolak(
                            "Berkas GeoJSON memuat lebih dari \(Angka.ribuan(titikMaksimum)) titik koordinat; "
                                + "sederhanakan batas wilayah terlebih dahulu.")
                    }
                    var titik: [Titik] = []
                    titik.reserveCapacity(titikMentah.count)
                    for t in titikMentah {
                        guard let pasangan = t as? [Any], pasangan.count >= 2,
                              let lng = angka(pasangan[0]), let lat = angka(pasangan[1])
                        else {
                            masalah = "titik koordinat bukan pasangan angka [bujur, lintang]"
                            break bacaPoligon
                        }
                        guard (-180...180).contains(lng), (-90...90).contains(lat) else {
                            masalah = "koordinat di luar jangkauan (bujur −180 s.d. 180, lintang −90 s.d. 90)"
                            break bacaPoligon
                        }
                        titik.append(Titik(lng: lng, lat: lat))
                    }
                    cincin.append(titik)
                }
                poligon.append(cincin)
            }
            if let masalah {
                pemeriksa.tambah(namaField, "\(awalan) (\(kode.nilai)): \(masalah).")
                continue
            }
            guard !poligon.isEmpty else {
                pemeriksa.tambah(namaField, "\(awalan) (\(kode.nilai)): geometri tidak memuat poligon.")
                continue
            }
            var label: Titik?
            if let lng = properti["lng"].flatMap(angka), let lat = properti["lat"].flatMap(angka),
               (-180...180).contains(lng), (-90...90).contains(lat) {
                label = Titik(lng: lng, lat: lat)
            }
            hasil.append(BatasWilayah(kode: kode, nama: nama, cincin: poligon, titikLabel: label))
        }
        try pemeriksa.selesai()
        return hasil
    }

    /// A finite JSON number (not a boolean, which Foundation also hands out as NSNumber).
    private static func angka(_ x: Any) -> Double? {
        guard let n = x as? NSNumber else { return nil }
        // Booleans come back as NSNumber with Objective-C type "c" on both Darwin and Linux.
        if String(cString: n.objCType) == "c" { return nil }
        let d = n.doubleValue
        return d.isFinite ? d : nil
    }

    /// "50 MB", "1,5 MB", "800 KB".
    private static func ukuranTerbaca(_ n: Int) -> String {
        if n >= 1024 * 1024 {
            let persepuluh = (n * 10 + 512 * 1024) / (1024 * 1024)
            return persepuluh % 10 == 0 ? "\(persepuluh / 10) MB" : "\(persepuluh / 10),\(persepuluh % 10) MB"
        }
        return "\(max(1, (n + 1023) / 1024)) KB"
    }

    /// User text quoted in a message, cut to a readable length.
    private static func ringkas(_ s: String) -> String {
        s.count > 40 ? String(s.prefix(40)) + "…" : s
    }
}
