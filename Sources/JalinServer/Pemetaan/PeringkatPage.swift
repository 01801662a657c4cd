import Fluent
import Foundation
import JalinDomain
import Vapor

/// The group ranking of a round with its sensitivity check.
enum PeringkatPage {
    static let statusDinilai: Set<String> = ["terverifikasi", "dinilai", "diprioritaskan"]

    struct Hasil: Sendable {
        let kelompok: BobotPage.Kelompok
        let usulan: [UUID: UsulanRecord]
        let items: [ItemSkor]
        let peringkat: [HasilPeringkat]
        let sensitivitas: [HasilSensitivitas]
        let belumDinilai: [UsulanRecord]
        let topN: Int
    }

    /// Query + decision: scores of every verified submission, aggregated per member, ranked.
    static func hitung(_ periode: PeriodePemetaanRecord, pelaku p: Pelaku, on db: any Database) async throws -> Hasil {
        let g = try await BobotPage.kelompok(periode, pelaku: p, on: db)
        let usulan = try await p.query(UsulanRecord.self, on: db).filter(\.$periodeID == periode.id!)
            .filter(\.$status ~~ Array(statusDinilai)).all()
        let peta = Dictionary(uniqueKeysWithValues: usulan.map { ($0.id!, $0) })
        let nilai = try await p.query(NilaiUsulanRecord.self, on: db).filter(\.$periodeID == periode.id!).all()
        let anggota = nilai.compactMap { n -> NilaiAnggota? in
            guard peta[n.usulanID] != nil,
                let skor = try? JSONDecoder().decode([String: Double].self, from: Data(n.nilaiJSON.utf8))
            else { return nil }
            return try? NilaiAnggota(anggota: n.penggunaID.uuidString, usulan: n.usulanID.uuidString, nilai: skor, alasan: n.alasan)
        }
        let items = PenilaianKelompok.gabung(anggota, kriteria: g.kriteria)
        let dinilai = Set(items.map(\.id))
        let topN = min(periode.topN, max(items.count, 1))
        let peringkat = items.isEmpty ? [] : try Pemeringkatan.peringkat(items: items, bobot: g.bobot)
        let sens = items.isEmpty ? [] : try Pemeringkatan.sensitivitas(items: items, bobot: g.bobot, topN: topN)
        return Hasil(
            kelompok: g, usulan: peta, items: items, peringkat: peringkat, sensitivitas: sens,
            belumDinilai: usulan.filter { !dinilai.contains($0.id!.uuidString) }.sorted { $0.judul < $1.judul }, topN: topN)
    }

    struct Baris: Encodable {
        let peringkat: Int
        let id: String
        let judul: String
        let total: String
        let skor: [String]
        let penilai: Int
        let status: String
        let teratas: Bool
        /// For the admin: open the cooperation started from it, or start one (prioritised).
        let lanjutan: Tata.Menu?
    }

    struct BarisSensitivitas: Encodable {
        let kriteria: String
        let perubahan: String
        let stabil: Bool
        let uraian: String
    }

    struct Model: Encodable {
        let periodeID: String
        let judul: String
        let kriteria: [String]
        let bobot: [String]
        let cr: String?
        let jumlahAnggota: Int
        let baris: [Baris]
        let topN: Int
        let sensitivitas: [BarisSensitivitas]
        let jumlahStabil: Int
        let belumDinilai: [Tata.Menu]
        let admin: Bool
    }

    static func model(periode: PeriodePemetaanRecord, pelaku p: Pelaku, on db: any Database) async throws -> Model {
        let h = try await hitung(periode, pelaku: p, on: db)
        let itemPerID = Dictionary(uniqueKeysWithValues: h.items.map { ($0.id, $0) })
        let nama: (String) -> String = { id in UUID(uuidString: id).flatMap { h.usulan[$0]?.judul } ?? id }
        let k = h.kelompok.kriteria
        let ks = try await KerjaSamaAlur.dariUsulan(Array(h.usulan.keys), pelaku: p, on: db)
        let baris = h.peringkat.map { r -> Baris in
            let item = itemPerID[r.id]
            let usulan = UUID(uuidString: r.id).flatMap { h.usulan[$0] }
            return Baris(
                peringkat: r.peringkat, id: r.id, judul: nama(r.id), total: BobotPage.angka(r.total),
                skor: (item?.skor ?? []).map { BobotPage.angka($0, 2) }, penilai: item?.jumlahPenilai.max() ?? 0,
                status: UUID(uuidString: r.id).flatMap { h.usulan[$0] }.flatMap { StatusUsulan(rawValue: $0.status)?.nama } ?? "",
                teratas: r.peringkat <= h.topN,
                lanjutan: usulan.flatMap { u in KerjaSamaAlur.lanjutanUsulan(u, ks: ks[u.id!], pelaku: p).first })
        }
        let sens = h.sensitivitas.map {
            BarisSensitivitas(
                kriteria: k[$0.kriteria].nama, perubahan: ($0.perubahan > 0 ? "+" : "−") + "\(Int(abs($0.perubahan * 100).rounded())) %",
                stabil: $0.stabil, uraian: $0.uraian(namaKriteria: k.map(\.nama), namaUsulan: nama))
        }
        return Model(
            periodeID: periode.id!.uuidString, judul: periode.judul, kriteria: k.map(\.nama),
            bobot: h.kelompok.bobot.map { BobotPage.angka($0) },
            cr: h.kelompok.hasil.map { BobotPage.angka($0.cr) }, jumlahAnggota: h.kelompok.jumlahAnggota, baris: baris, topN: h.topN,
            sensitivitas: sens, jumlahStabil: sens.filter(\.stabil).count,
            belumDinilai: h.belumDinilai.map { .init(label: $0.judul, href: "/pemetaan/usulan/\($0.id!)", aktif: false) },
            admin: p.peran == .admin)
    }

    static func daftarkan(_ app: Application) {
        app.rute(.GET, "pemetaan", "periode", ":periode", "peringkat", akses: .internalPemda, use: halaman)
        app.rute(.POST, "pemetaan", "periode", ":periode", "prioritaskan", akses: .admin, use: prioritaskan)
    }

    @Sendable static func halaman(_ req: Request) async throws -> Response {
        let x = try await PeriodePage.cari(req)
        return try await req.halaman(
            "pemetaan/peringkat", judul: "Peringkat Usulan",
            try await model(periode: x, pelaku: try req.pelakuWajib(), on: req.database))
    }

    @Sendable static func prioritaskan(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let x = try await PeriodePage.cari(req)
        let lewat = try await prioritaskanTeratas(x, pelaku: p, ip: req.alamatKlien, on: req.database)
        return req.redirect(to: "/pemetaan/periode/\(x.id!)/peringkat?pesan=\(lewat > 0 ? "prioritas-sebagian" : "prioritas")")
    }

    /// Prioritises the top of the ranking in one transaction; returns how many scored ones were passed over.
    static func prioritaskanTeratas(_ x: PeriodePemetaanRecord, pelaku p: Pelaku, ip: String?, on db: any Database) async throws -> Int {
        let h = try await hitung(x, pelaku: p, on: db)
        let teratas = h.peringkat.prefix(h.topN).compactMap { UUID(uuidString: $0.id).flatMap { h.usulan[$0] } }
        // Only those ready: scored, and linked to the plan or with an exception (PP 28/2018 Pasal 4).
        let siap = teratas.filter { u in u.status == "dinilai" && ((try? UsulanAlur.isi(u)?.periksaSiapDiprioritaskan()) != nil) }
        try await db.transaction { db in
            for u in siap {
                try await UsulanAlur.ubahStatus(u, aksi: .prioritaskan, pelaku: p, ip: ip, on: db)
            }
        }
        return teratas.filter { $0.status == "dinilai" }.count - siap.count
    }
}
