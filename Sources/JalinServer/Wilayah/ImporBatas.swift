import Fluent
import Foundation
import JalinDomain
import JalinNaskah
import Vapor

/// Boundaries (GeoJSON) for the maps, and the border pairs computed from them.
enum ImporBatas {
    struct Ringkasan: Sendable {
        let wilayah: Int
        let tetanggaBaru: Int
    }

    static func geometriJSON(_ b: BatasWilayah) -> String {
        let rings = b.cincin.map { poly in poly.map { ring in ring.map { [$0.lng, $0.lat] } } }
        return String(decoding: (try? JSONEncoder().encode(rings)) ?? Data("[]".utf8), as: UTF8.self)
    }

    static func batas(dari r: BatasRecord) -> BatasWilayah? {
        guard let kode = KodeWilayah(valid: r.id ?? ""),
              let rings = try? JSONDecoder().decode([[[[Double]]]].self, from: Data(r.geometri.utf8)) else { return nil }
        let cincin = rings.map { poly in poly.map { ring in ring.compactMap { $0.count >= 2 ? Titik(lng: $0[0], lat: $0[1]) : nil } } }
        let label = r.labelLng.flatMap { lng in r.labelLat.map { Titik(lng: lng, lat: $0) } }
        return BatasWilayah(kode: kode, nama: r.nama, cincin: cincin, titikLabel: label)
    }

    /// Stores every boundary (replacing earlier ones of the same code) and adds computed border pairs,
    /// in one transaction.
    static func jalankan(data: Data, on db: any Database) async throws -> Ringkasan {
        let batas = try GeoJSON.baca(data)
        let pasangan = Ketetanggaan.hitung(batas)
        let baru = try await db.transaction { db -> Int in
            var baru = 0
            for b in batas {
                let r = try await BatasRecord.find(b.kode.nilai, on: db) ?? BatasRecord()
                r.id = b.kode.nilai
                r.nama = b.nama
                r.tingkat = b.kode.tingkat.rawValue
                r.geometri = geometriJSON(b)
                r.labelLng = b.titikLabel?.lng
                r.labelLat = b.titikLabel?.lat
                try await r.save(on: db)
            }
            for p in pasangan.sorted() {
                let ada = try await TetanggaRecord.query(on: db).filter(\.$kodeA == p.a.nilai).filter(\.$kodeB == p.b.nilai).first()
                if ada == nil {
                    let t = TetanggaRecord()
                    t.kodeA = p.a.nilai
                    t.kodeB = p.b.nilai
                    t.sumber = "geometri"
                    try await t.create(on: db)
                    baru += 1
                }
            }
            try await Audit.catat("batas.impor", entitas: "batas_wilayah", id: nil,
                                  sesudah: ["wilayah": "\(batas.count)", "tetangga_baru": "\(baru)"], pelaku: nil, on: db)
            return baru
        }
        return Ringkasan(wilayah: batas.count, tetanggaBaru: baru)
    }

    /// All stored border pairs, for the eligibility screen and recommendations.
    static func pasangan(on db: any Database) async throws -> Set<PasanganBatas> {
        var hasil = Set<PasanganBatas>()
        for t in try await TetanggaRecord.query(on: db).all() {
            if let a = KodeWilayah(valid: t.kodeA), let b = KodeWilayah(valid: t.kodeB) { hasil.insert(PasanganBatas(a, b)) }
        }
        return hasil
    }
}
