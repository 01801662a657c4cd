import Fluent
import Foundation
import JalinDomain
import JalinNaskah
import NIOConcurrencyHelpers
import SQLKit
import Vapor

/// The leadership dashboard: aggregate SQL only (GROUP BY on indexed columns, never a load of every record),
/// server-rendered SVG charts and map with table alternatives, readable without JavaScript.
enum DasborMonevPage {
    struct Hitung: Encodable, Sendable {
        let label: String
        let jumlah: Int
    }

    struct Segera: Encodable, Sendable {
        let id: String
        let judul: String
        let berakhir: String
        let sisaHari: Int
    }

    struct IndeksOPD: Encodable, Sendable {
        let unit: String
        let indeks: String
        let jumlah: Int
        let tren: String
    }

    struct Model: Encodable, Sendable {
        let pemda: String
        let potensiUrusan: [Hitung]
        let potensiStatus: [Hitung]
        let ksTahap: [Hitung]
        let ksJenis: [Hitung]
        let ksMitra: [Hitung]
        let segera: [Segera]
        let jumlahSegera: Int
        let periodeMonev: String?
        let indeksOPD: [IndeksOPD]
        let tidakDievaluasi: Int
        let kecamatan: [Hitung]
        /// SVG made by our renderers (`GrafikSVG`, `PetaSVG`), which escape every text through `Escape.xml`.
        let grafikUrusan: String
        let grafikTahap: String
        let grafikJenis: String
        let grafikMitra: String
        let grafikIndeks: String
        let peta: String?
    }

    static func kelompok(
        _ db: any Database, tabel: String, kolom: [String], pemdaID: UUID,
        saring: ((SQLSelectBuilder) -> SQLSelectBuilder)? = nil
    ) async throws -> [([String], Int)] {
        var q = db.sql.select()
        for k in kolom { q = q.column(k) }
        q = q.column(SQLAlias(SQLFunction("COUNT", args: SQLLiteral.all), as: SQLIdentifier("n")))
            .from(tabel).where("pemda_id", .equal, pemdaID)
        if let saring { q = saring(q) }
        for k in kolom { q = q.groupBy(k) }
        return try await q.all().map { row in
            (try kolom.map { try row.decode(column: $0, as: String?.self) ?? "" }, try row.decode(column: "n", as: Int.self))
        }
    }

    /// Splits comma-separated keys and sums the counts per key (`peta` runs once per distinct key).
    static func pecah(_ baris: [([String], Int)], kolom: Int = 0, peta: (String) -> String = { $0 }) -> [String: Int] {
        var mentah: [Substring: Int] = [:]
        for (k, n) in baris { for x in k[kolom].split(separator: ",") { mentah[x, default: 0] += n } }
        var m: [String: Int] = [:]
        for (x, n) in mentah { m[peta(String(x)), default: 0] += n }
        return m
    }

    /// A bar chart, drawn once per distinct content: the SVG is a pure function of the title, the bars
    /// and the unit, and the dashboard is read far more often than its numbers change. The memory is
    /// bounded and there is nothing to invalidate.
    enum Grafik {
        struct Kunci: Hashable {
            let judul: String
            let label: [String]
            let nilai: [Int]
            let satuan: String
        }

        static let batas = 500
        private static let ingatan = NIOLockedValueBox<[Kunci: String]>([:])

        static func batang(judul: String, data: [(label: String, nilai: Int)], satuan: String) -> String {
            let k = Kunci(judul: judul, label: data.map(\.label), nilai: data.map(\.nilai), satuan: satuan)
            if let svg = ingatan.withLockedValue({ $0[k] }) { return svg }
            let svg = GrafikSVG.batang(judul: judul, data: data, satuan: satuan)
            ingatan.withLockedValue {
                if $0.count >= batas { $0.removeAll(keepingCapacity: true) }
                $0[k] = svg
            }
            return svg
        }
    }

    static func urut(_ m: [String: Int]) -> [Hitung] {
        m.map { Hitung(label: $0.key, jumlah: $0.value) }.sorted { $0.jumlah != $1.jumlah ? $0.jumlah > $1.jumlah : $0.label < $1.label }
    }

    static func model(pelaku p: Pelaku, on db: any Database, denganPeta: Bool = true) async throws -> Model {
        guard let pemda = try await PemdaRecord.find(p.pemdaID, on: db) else { throw Abort(.notFound) }
        let hari = p.jam.hariIni
        // Potentials (submitted, not drafts) by urusan and status.
        let usulan = try await kelompok(db, tabel: UsulanRecord.schema, kolom: ["urusan", "status", "lokasi"], pemdaID: p.pemdaID) {
            $0.where("status", .notEqual, StatusUsulan.draf.rawValue)
        }
        let namaUrusan = { (k: String) in KatalogUrusan.cari(kode: k).map { "\($0.kode) \($0.nama)" } ?? k }
        let potUrusan = urut(pecah(usulan, kolom: 0, peta: namaUrusan))
        var potStatus: [String: Int] = [:]
        for (k, n) in usulan { potStatus[StatusUsulan(rawValue: k[1])?.nama ?? k[1], default: 0] += n }
        // Cooperation by stage, kind and partner.
        let ks = try await kelompok(db, tabel: KerjaSamaRecord.schema, kolom: ["tahap", "jenis", "mitra", "lokasi"], pemdaID: p.pemdaID)
        var tahap: [String: Int] = [:]
        var jenis: [String: Int] = [:]
        for (k, n) in ks {
            tahap[Tahap.nama(kode: k[0], untuk: nil) ?? "Di luar tahapan KSD", default: 0] += n
            jenis[JenisKerjaSama(rawValue: k[1])?.singkatan ?? k[1], default: 0] += n
        }
        let namaMitra = Pilihan.petaTeks(try await Pilihan.daftar(MitraRecord.schema, pemda: p.pemdaID, on: db))
        let mitra = urut(pecah(ks.filter { $0.0[0] != Tahap.berakhir.rawValue }, kolom: 2) { namaMitra[$0] ?? "Mitra lain" })
        let (jumlahSegera, segera) = try await segeraBerakhir(pelaku: p, hariIni: hari, on: db)
        let (periode, indeks, tidak) = try await indeksOPD(pelaku: p, on: db)
        // Map: potentials and cooperation per kecamatan.
        let kecamatanDari = { (k: String) -> String in
            KodeWilayah(valid: k).map { $0.tingkat == .desaKelurahan ? $0.induk!.nilai : $0.nilai } ?? k
        }
        var perKec = pecah(usulan, kolom: 2, peta: kecamatanDari)
        for (k, n) in pecah(ks, kolom: 3, peta: kecamatanDari) { perKec[k, default: 0] += n }
        let kec = try await WilayahRecord.query(on: db).filter(\.$induk == pemda.kodeWilayah).filter(\.$pensiun == false).sort(\.$id).all()
        let peta = denganPeta ? try await petaKecamatan(pemda, kecamatan: kec, nilai: perKec, on: db) : nil
        let tabelKec = kec.map { Hitung(label: $0.nama, jumlah: perKec[$0.id!] ?? 0) }.sorted {
            $0.jumlah != $1.jumlah ? $0.jumlah > $1.jumlah : $0.label < $1.label
        }
        func g(_ judul: String, _ h: [Hitung], _ satuan: String) -> String {
            Grafik.batang(judul: judul, data: h.prefix(25).map { (label: $0.label, nilai: $0.jumlah) }, satuan: satuan)
        }
        return Model(
            pemda: pemda.nama, potensiUrusan: potUrusan, potensiStatus: urut(potStatus), ksTahap: urut(tahap), ksJenis: urut(jenis),
            ksMitra: mitra,
            segera: segera, jumlahSegera: jumlahSegera, periodeMonev: periode?.nama, indeksOPD: indeks, tidakDievaluasi: tidak,
            kecamatan: tabelKec,
            grafikUrusan: g("Potensi menurut urusan", potUrusan, "potensi"),
            grafikTahap: g("Kerja sama menurut tahap", urut(tahap), "kerja sama"),
            grafikJenis: g("Kerja sama menurut jenis", urut(jenis), "kerja sama"),
            grafikMitra: g("Kerja sama berjalan menurut mitra", mitra, "kerja sama"),
            grafikIndeks: Grafik.batang(
                judul: "Indeks monev menurut perangkat daerah",
                data: indeks.map {
                    (label: $0.unit, nilai: Int((Double($0.indeks.replacingOccurrences(of: ",", with: ".")) ?? 0).rounded()))
                }, satuan: "indeks"),
            peta: peta)
    }

    /// The running cooperation ending within 90 days: how many, and the first 20 by end date.
    static func segeraBerakhir(pelaku p: Pelaku, hariIni hari: Tanggal, on db: any Database) async throws -> (Int, [Segera]) {
        let batas = hari.tambahHari(90).iso
        func segeraQ() -> SQLSelectBuilder {
            db.sql.select().from(KerjaSamaRecord.schema).where("pemda_id", .equal, p.pemdaID).where(
                "tahap", .notEqual, Tahap.berakhir.rawValue
            )
            .where("tanggal_berakhir", .greaterThanOrEqual, hari.iso).where("tanggal_berakhir", .lessThanOrEqual, batas)
        }
        let jumlahSegera =
            try await segeraQ().column(SQLAlias(SQLFunction("COUNT", args: SQLLiteral.all), as: SQLIdentifier("n")))
            .first()?.decode(column: "n", as: Int.self) ?? 0
        let segera = try await segeraQ().columns("id", "judul", "tanggal_berakhir").orderBy("tanggal_berakhir").orderBy("judul").orderBy(
            "id"
        ).limit(20).all().map { r in
            let t = try r.decode(column: "tanggal_berakhir", as: String?.self).flatMap(Tanggal.init(iso:))
            return Segera(
                id: try r.decode(column: "id", as: UUID.self).uuidString, judul: try r.decode(column: "judul", as: String.self),
                berakhir: t?.panjang ?? "–", sisaHari: t.map { hari.selisihHari(ke: $0) } ?? 0)
        }
        return (jumlahSegera, segera)
    }

    /// The monev index by OPD in the latest closed period, with the trend from the one before, and how many
    /// evaluations of that period got no index.
    static func indeksOPD(pelaku p: Pelaku, on db: any Database) async throws -> (PeriodeMonevRecord?, [IndeksOPD], Int) {
        let periode = try await p.query(PeriodeMonevRecord.self, on: db).filter(\.$dibuka == false).sort(\.$selesai, .descending).limit(2)
            .all()
        var indeks: [IndeksOPD] = []
        var tidak = 0
        let unit = try await Pilihan.namaUnit(p, on: db)
        func rata(_ x: PeriodeMonevRecord) async throws -> [String: (Double, Int)] {
            let rows = try await db.sql.select().column("unit_id")
                .column(SQLAlias(SQLFunction("AVG", args: SQLIdentifier("indeks")), as: SQLIdentifier("r")))
                .column(SQLAlias(SQLFunction("COUNT", args: SQLLiteral.all), as: SQLIdentifier("n")))
                .from(EvaluasiMonevRecord.schema).where("pemda_id", .equal, p.pemdaID).where("periode_id", .equal, x.id!)
                .where("indeks", .isNot, SQLLiteral.null).groupBy("unit_id").all()
            var m: [String: (Double, Int)] = [:]
            for row in rows {
                let u = try row.decode(column: "unit_id", as: UUID.self)
                m[unit[u] ?? "–"] = (try row.decode(column: "r", as: Double.self), try row.decode(column: "n", as: Int.self))
            }
            return m
        }
        if let akhir = periode.first {
            let kini = try await rata(akhir)
            var lalu: [String: (Double, Int)] = [:]
            if periode.count > 1 { lalu = try await rata(periode[1]) }
            indeks = kini.map { k, v in
                IndeksOPD(
                    unit: k, indeks: Format.angka1(v.0), jumlah: v.1,
                    tren: IndeksMonev.tren([lalu[k]?.0, v.0]).map { ($0 > 0 ? "+" : "") + Format.angka1($0) } ?? "–")
            }.sorted { $0.unit < $1.unit }
            tidak = try await p.query(EvaluasiMonevRecord.self, on: db).filter(\.$periodeID == akhir.id!).filter(\.$indeks == nil).count()
        }
        return (periode.first, indeks, tidak)
    }

    /// The map of potentials and cooperation per kecamatan, when the boundaries are imported.
    static func petaKecamatan(
        _ pemda: PemdaRecord, kecamatan kec: [WilayahRecord], nilai perKec: [String: Int], on db: any Database
    ) async throws -> String? {
        var peta: String?
        let batasWil = try await BatasRecord.query(on: db).filter(\.$id ~~ kec.compactMap(\.id)).all().compactMap(ImporBatas.batas(dari:))
        if !batasWil.isEmpty {
            var nilai: [KodeWilayah: Int] = [:]
            for (k, n) in perKec { if let kw = KodeWilayah(valid: k) { nilai[kw] = n } }
            let penanda: [PenandaPeta] =
                pemda.kodeWilayah == "64.02" ? [.titik(Titik(lng: 116.70, lat: -0.97), label: "Otorita IKN (perkiraan)")] : []
            peta = PetaSVG.render(
                batas: batasWil, nilai: nilai, judul: "Potensi dan kerja sama per kecamatan — \(pemda.nama)",
                keteranganNilai: "jumlah potensi dan kerja sama", penanda: penanda)
        }
        return peta
    }

    static func daftarkan(_ app: Application) {
        app.ingatanDasbor = IngatanData<Model>()
        app.rute(.GET, "monev", "dasbor", akses: MonevPage.aksesLaporan, use: halaman)
    }

    /// `GET /monev/dasbor`: the same for every reader of the pemda, remembered until the data may have changed.
    @Sendable static func halaman(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let ingatan = req.application.ingatanDasbor
        let m = try await ingatan.nilai(req.kunciIngatan(p), cache: req.application.cacheHalaman, simulasi: req.simulasi?.pesertaID) {
            try await model(pelaku: p, on: req.database)
        }
        return try await req.halaman("monev/dasbor", judul: "Dasbor Pimpinan", m)
    }
}

extension Application {
    private struct IngatanDasborKey: StorageKey { typealias Value = IngatanData<DasborMonevPage.Model> }

    /// Dashboard models, per pemda, until the data may have changed (see `IngatanData`). One per application,
    /// made when the routes are registered, as the data generation it follows is.
    var ingatanDasbor: IngatanData<DasborMonevPage.Model> {
        get { storage[IngatanDasborKey.self]! }
        set { storage[IngatanDasborKey.self] = newValue }
    }
}
