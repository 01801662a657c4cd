import Fluent
import Foundation
import JalinDomain
import Vapor

/// Criteria weights by pairwise comparison (AHP): each TKKSD member compares alone; the group
/// matrix is the element-wise geometric mean of the members' matrices (Aczél–Saaty).
enum BobotPage {
    struct Kelompok: Sendable {
        let kriteria: [Kriteria]
        let bobot: [Double]
        let hasil: HasilAHP?
        let jumlahAnggota: Int
    }

    /// Query: the group weights of a round (equal weights while nobody has compared).
    static func kelompok(_ periode: PeriodePemetaanRecord, pelaku p: Pelaku, on db: any Database) async throws -> Kelompok {
        let k = periode.kriteria
        let rows = try await p.query(PerbandinganAnggotaRecord.self, on: db).filter(\.$periodeID == periode.id!).all()
        let matriks = rows.compactMap { try? JSONDecoder().decode(MatriksPerbandingan.self, from: Data($0.matriksJSON.utf8)) }
            .filter { $0.ukuran == k.count }
        guard !matriks.isEmpty, let gabungan = try? AHP.gabung(matriks) else {
            return Kelompok(
                kriteria: k, bobot: Array(repeating: 1.0 / Double(max(k.count, 1)), count: k.count), hasil: nil, jumlahAnggota: 0)
        }
        let h = AHP.hitung(gabungan)
        return Kelompok(kriteria: k, bobot: h.bobot, hasil: h, jumlahAnggota: matriks.count)
    }

    /// The Saaty scale offered for each pair: "kiri" is the criterion on the left.
    static let skala: [(String, String)] = [
        ("9", "9 — kiri mutlak lebih penting"), ("8", "8 — antara 7 dan 9 (kiri)"), ("7", "7 — kiri sangat lebih penting"),
        ("6", "6 — antara 5 dan 7 (kiri)"), ("5", "5 — kiri lebih penting"), ("4", "4 — antara 3 dan 5 (kiri)"),
        ("3", "3 — kiri sedikit lebih penting"), ("2", "2 — antara 1 dan 3 (kiri)"), ("1", "1 — sama penting"),
        ("1/2", "1/2 — antara 1 dan 3 (kanan)"), ("1/3", "1/3 — kanan sedikit lebih penting"), ("1/4", "1/4 — antara 3 dan 5 (kanan)"),
        ("1/5", "1/5 — kanan lebih penting"), ("1/6", "1/6 — antara 5 dan 7 (kanan)"), ("1/7", "1/7 — kanan sangat lebih penting"),
        ("1/8", "1/8 — antara 7 dan 9 (kanan)"), ("1/9", "1/9 — kanan mutlak lebih penting"),
    ]

    static func bacaNilai(_ s: String) -> Double? {
        let t = s.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        if let slash = t.firstIndex(of: "/") {
            guard let a = Double(t[..<slash]), let b = Double(t[t.index(after: slash)...]), b != 0 else { return nil }
            return a / b
        }
        return Double(t)
    }

    static func teksNilai(_ v: Double) -> String {
        if v >= 1 { return v.rounded() == v ? String(Int(v)) : String(format: "%.2f", v) }
        let r = (1 / v).rounded()
        return abs(1 / v - r) < 1e-6 ? "1/\(Int(r))" : String(format: "%.3f", v)
    }

    // MARK: Model

    struct Pasangan: Encodable {
        let nama: String
        let kiri: String
        let kanan: String
        let pilihan: [Pilihan]
        let galat: String?
    }

    struct BarisBobot: Encodable {
        let kriteria: String
        let bobot: String
        let persen: String
    }

    struct Model: Encodable {
        let periodeID: String
        let judul: String
        let kelompok: [BarisBobot]
        let crKelompok: String?
        let peringatanKelompok: String?
        let jumlahAnggota: Int
        let bolehMengisi: Bool
        let pasangan: [Pasangan]
        let milikSaya: [BarisBobot]
        let crSaya: String?
        let peringatanSaya: String?
    }

    static func angka(_ x: Double, _ d: Int = 3) -> String { String(format: "%.\(d)f", x).replacingOccurrences(of: ".", with: ",") }

    static func model(
        periode: PeriodePemetaanRecord, pelaku p: Pelaku, on db: any Database, isian: [String: String]? = nil,
        galat: KesalahanValidasi? = nil
    ) async throws -> Model {
        let g = try await kelompok(periode, pelaku: p, on: db)
        let k = g.kriteria
        let milik = try await p.query(PerbandinganAnggotaRecord.self, on: db).filter(\.$periodeID == periode.id!)
            .filter(\.$penggunaID == p.penggunaID).first()
            .flatMap { try? JSONDecoder().decode(MatriksPerbandingan.self, from: Data($0.matriksJSON.utf8)) }
            .flatMap { $0.ukuran == k.count ? $0 : nil }
        let hasilSaya = milik.map(AHP.hitung)
        var pasangan: [Pasangan] = []
        let petaGalat = Format.petaGalat(galat)
        for i in 0..<k.count {
            for j in (i + 1)..<k.count {
                let nama = "p_\(i)_\(j)"
                let nilai = isian?[nama] ?? milik.map { teksNilai($0[i, j]) } ?? "1"
                pasangan.append(
                    Pasangan(
                        nama: nama, kiri: k[i].nama, kanan: k[j].nama,
                        pilihan: skala.map { .init(nilai: $0.0, label: $0.1, dipilih: $0.0 == nilai) },
                        galat: petaGalat["perbandingan[\(i)][\(j)]"] ?? petaGalat[nama]))
            }
        }
        func baris(_ b: [Double]) -> [BarisBobot] {
            zip(k, b).map { BarisBobot(kriteria: $0.nama, bobot: angka($1), persen: angka($1 * 100, 1) + " %") }
        }
        return Model(
            periodeID: periode.id!.uuidString, judul: periode.judul, kelompok: baris(g.bobot), crKelompok: g.hasil.map { angka($0.cr) },
            peringatanKelompok: g.hasil?.peringatan(nama: k.map(\.nama)), jumlahAnggota: g.jumlahAnggota,
            bolehMengisi: p.peran == .tkksd, pasangan: pasangan, milikSaya: hasilSaya.map { baris($0.bobot) } ?? [],
            crSaya: hasilSaya.map { angka($0.cr) }, peringatanSaya: hasilSaya?.peringatan(nama: k.map(\.nama)))
    }

    /// Builds a member's matrix from the form's pair fields (`p_i_j`).
    static func matriks(dari isian: [String: String], ukuran n: Int) throws(KesalahanValidasi) -> MatriksPerbandingan {
        var pasangan: [PerbandinganPasangan] = []
        var v = Pemeriksa()
        for i in 0..<n {
            for j in (i + 1)..<n {
                let nama = "p_\(i)_\(j)"
                guard let s = isian[nama], let x = bacaNilai(s) else {
                    v.tambah(nama, "Pilih nilai perbandingan untuk pasangan ini.")
                    continue
                }
                pasangan.append(PerbandinganPasangan(i: i, j: j, nilai: x))
            }
        }
        try v.selesai()
        return try MatriksPerbandingan(ukuran: n, pasangan: pasangan)
    }

    static func simpan(
        _ m: MatriksPerbandingan, periode: PeriodePemetaanRecord, pelaku p: Pelaku, ip: String?, on db: any Database
    ) async throws {
        try await db.transaction { db in
            let row =
                try await p.query(PerbandinganAnggotaRecord.self, on: db).filter(\.$periodeID == periode.id!)
                .filter(\.$penggunaID == p.penggunaID).first() ?? PerbandinganAnggotaRecord()
            let sebelum = row.id == nil ? nil : row.matriksJSON
            row.pemdaID = p.pemdaID
            row.periodeID = periode.id!
            row.penggunaID = p.penggunaID
            row.matriksJSON = String(decoding: try JSONEncoder().encode(m), as: UTF8.self)
            try await row.save(on: db)
            try await Audit.catat(
                "periode.bobot", entitas: "perbandingan_ahp", id: row.id?.uuidString, sebelum: sebelum,
                sesudah: row.matriksJSON, pelaku: p, ip: ip, on: db)
        }
    }

    static func daftarkan(_ app: Application) {
        app.rute(.GET, "pemetaan", "periode", ":periode", "bobot", akses: .internalPemda, use: halaman)
        app.rute(.POST, "pemetaan", "periode", ":periode", "bobot", akses: .peran([.tkksd]), use: simpanIsian)
    }

    @Sendable static func halaman(_ req: Request) async throws -> Response {
        let x = try await PeriodePage.cari(req)
        return try await req.halaman(
            "pemetaan/bobot", judul: "Bobot Kriteria", try await model(periode: x, pelaku: try req.pelakuWajib(), on: req.database))
    }

    @Sendable static func simpanIsian(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let x = try await PeriodePage.cari(req)
        let isian = try req.content.decode([String: String].self)
        do {
            let m = try matriks(dari: isian, ukuran: x.kriteria.count)
            try await simpan(m, periode: x, pelaku: p, ip: req.alamatKlien, on: req.database)
            return req.redirect(to: "/pemetaan/periode/\(x.id!)/bobot?pesan=tersimpan")
        } catch let v as KesalahanValidasi {
            return try await req.halaman(
                "pemetaan/bobot", judul: "Bobot Kriteria", try await model(periode: x, pelaku: p, on: req.database, isian: isian, galat: v),
                status: .unprocessableEntity, galat: v.daftar.first?.pesan)
        }
    }
}
