import Fluent
import Foundation
import JalinDomain
import Vapor

/// Pages of monev: the periods, one period's evaluation tasks, and one evaluation with its forms and index.
enum MonevPage {
    static let aksesMonev = Akses.semuaPengguna
    static let aksesLaporan = Akses.peran([.admin, .pimpinan])

    struct PeriodeBaris: Encodable {
        let id: String
        let nama: String
        let rentang: String
        let dibuka: Bool
        let tugas: Int
        let dinilai: Int
        let rata: String
    }

    struct TugasBaris: Encodable {
        let id: String
        let judul: String
        let unit: String
        let mitra: String
        let opd: Bool
        let pihakMitra: Bool
        let tkksd: Bool
        let akhir: Bool
        let indeks: String
        let kategori: String
        let belumDinilai: Bool
    }

    struct IndexModel: Encodable {
        let periode: [PeriodeBaris]
        let admin: Bool
        let bolehLaporan: Bool
        let rubrik: [ButirRubrik]
        let rubrikVersi: Int
        let isian: [String: String]
        let galat: [String: String]
    }

    static func index(_ req: Request, galat: KesalahanValidasi? = nil, isian: [String: String] = [:]) async throws -> Response {
        let p = try req.pelakuWajib()
        let semua = try await p.query(PeriodeMonev.self, on: req.database).sort(\.$mulai, .descending).all()
        var baris: [PeriodeBaris] = []
        for x in semua {
            var ev = try await p.query(EvaluasiMonev.self, on: req.database).filter(\.$periodeID == x.id!).all()
            ev = ev.filter { MonevAlur.terlihat($0, oleh: p) }
            let nilai = ev.compactMap(\.indeks)
            baris.append(PeriodeBaris(
                id: x.id!.uuidString, nama: x.nama, rentang: rentang(x), dibuka: x.dibuka, tugas: ev.count, dinilai: nilai.count,
                rata: nilai.isEmpty ? "–" : Format.angka1(nilai.reduce(0, +) / Double(nilai.count))))
        }
        let r = try await MonevAlur.rubrikBerlaku(p, on: req.database)
        return try await req.halaman("monev/index", judul: "Monev dan Laporan", IndexModel(
            periode: baris, admin: p.peran == .admin, bolehLaporan: aksesLaporan.mengizinkan(p.peran), rubrik: r.skala, rubrikVersi: r.versi,
            isian: isian, galat: Format.petaGalat(galat)), status: galat == nil ? .ok : .unprocessableEntity,
            galat: galat.map { $0.daftar.map(\.pesan).joined(separator: " ") })
    }

    static func rentang(_ x: PeriodeMonev) -> String {
        [x.mulai, x.selesai].map { Tanggal(iso: $0)?.panjang ?? $0 }.joined(separator: " – ")
    }

    struct PeriodeModel: Encodable {
        let id: String
        let nama: String
        let rentang: String
        let dibuka: Bool
        let admin: Bool
        let version: Int
        let tugas: [TugasBaris]
        let rubrikVersi: Int
    }

    static func periode(_ req: Request, _ x: PeriodeMonev) async throws -> Response {
        let p = try req.pelakuWajib()
        var ev = try await p.query(EvaluasiMonev.self, on: req.database).filter(\.$periodeID == x.id!).all()
        ev = ev.filter { MonevAlur.terlihat($0, oleh: p) }
        let ks = Dictionary(uniqueKeysWithValues: try await p.query(KerjaSamaRecord.self, on: req.database).filter(\.$id ~~ ev.map(\.kerjaSamaID)).all().map { ($0.id!, $0) })
        let unit = try await PenggunaAdmin.namaUnit(p, req: req)
        let mitra = Dictionary(uniqueKeysWithValues: try await p.query(Mitra.self, on: req.database).all().map { ($0.id!, $0.nama) })
        let isian = try await p.query(IsianMonevRecord.self, on: req.database).filter(\.$evaluasiID ~~ ev.compactMap(\.id)).all()
        let peran = Dictionary(grouping: isian, by: \.evaluasiID).mapValues { Set($0.map(\.peran)) }
        let tugas = ev.map { e in
            let pr = peran[e.id!] ?? []
            return TugasBaris(
                id: e.id!.uuidString, judul: ks[e.kerjaSamaID]?.judul ?? "–", unit: unit[e.unitID] ?? "–",
                mitra: e.idMitra.compactMap { mitra[$0] }.joined(separator: "; "), opd: pr.contains("opd"), pihakMitra: pr.contains("mitra"),
                tkksd: pr.contains("tkksd"), akhir: e.nilaiAkhir != nil, indeks: e.indeks.map(Format.angka1) ?? "–",
                kategori: e.indeks.map(IndeksMonev.kategori) ?? "", belumDinilai: !x.dibuka && e.indeks == nil)
        }.sorted { ($0.unit, $0.judul) < ($1.unit, $1.judul) }
        return try await req.halaman("monev/periode", judul: x.nama, PeriodeModel(
            id: x.id!.uuidString, nama: x.nama, rentang: rentang(x), dibuka: x.dibuka, admin: p.peran == .admin, version: x.version,
            tugas: tugas, rubrikVersi: x.rubrik.versi))
    }

    struct ButirTampil: Encodable {
        let kode: String
        let nama: String
        let bobot: String
        let nilai: String
        var galat: String? = nil
    }

    struct IsianTampil: Encodable {
        let peran: String
        let pengisi: String
        let waktu: String
        let nilai: [ButirTampil]
        let skor: String
        let permasalahan: String?
        let rekomendasi: String
        let catatan: String?
        let bukti: [Tata.Menu]
    }

    struct EvaluasiModel: Encodable {
        let id: String
        let periodeID: String
        let periode: String
        let dibuka: Bool
        let judul: String
        let ksID: String
        let unit: String
        let mitra: String
        let jenis: String
        let indeks: String
        let kategori: String
        let rincian: [Usulan.Medan]
        let isian: [IsianTampil]
        let peranSaya: String?
        let peranSayaNama: String?
        let butir: [ButirTampil]
        let rekomendasi: [PenggunaAdmin.Pilihan]
        let permasalahanSaya: String
        let catatanSaya: String
        let admin: Bool
        let nilaiAkhir: String
        let rekomendasiAkhir: String
        let catatanAkhir: String
        let usulanID: String?
        let version: Int
        let galat: [String: String]
    }

    static func evaluasi(_ req: Request, _ e: EvaluasiMonev, galat: KesalahanValidasi? = nil, status: HTTPStatus? = nil) async throws -> Response {
        let p = try req.pelakuWajib()
        guard let x = try await p.query(PeriodeMonev.self, on: req.database).filter(\.$id == e.periodeID).first() else { throw Abort(.notFound) }
        let ks = try await p.cari(KerjaSamaRecord.self, e.kerjaSamaID, on: req.database)
        let rubrik = x.rubrik
        let unit = try await PenggunaAdmin.namaUnit(p, req: req)
        let mitra = try await p.query(Mitra.self, on: req.database).filter(\.$id ~~ e.idMitra).all()
        var isian = try await p.query(IsianMonevRecord.self, on: req.database).filter(\.$evaluasiID == e.id!).all()
        // A partner sees only its own form; the pemda's staff see all three.
        if p.peran == .mitra { isian = isian.filter { $0.peran == PeranPenilai.mitra.rawValue } }
        let pengisi = Dictionary(uniqueKeysWithValues: try await p.query(Pengguna.self, on: req.database).filter(\.$id ~~ isian.map(\.penggunaID)).all().map { ($0.id!, $0.namaLengkap) })
        let tampil = isian.sorted { $0.peran < $1.peran }.compactMap { i -> IsianTampil? in
            guard let j = i.jawaban else { return nil }
            return IsianTampil(
                peran: PeranPenilai(rawValue: i.peran)?.nama ?? i.peran, pengisi: pengisi[i.penggunaID] ?? "–", waktu: Format.waktu(i.waktu),
                nilai: rubrik.skala.map { ButirTampil(kode: $0.kode, nama: $0.nama, bobot: Format.angka1($0.bobot), nilai: j.nilai[$0.kode].map(String.init) ?? "–") },
                skor: IndeksMonev.skorFormulir(j, rubrik: rubrik).map(Format.angka1) ?? "–", permasalahan: j.permasalahan,
                rekomendasi: j.rekomendasi.nama, catatan: j.catatan,
                bukti: i.idBukti.enumerated().map { Tata.Menu(label: "Bukti \($0.offset + 1)", href: "/monev/evaluasi/\(e.id!)/bukti/\($0.element)", aktif: true) })
        }
        let peranSaya = try? MonevAlur.peran(p, untuk: e, ks: ks)
        let milikSaya = try await peranSaya.asyncMap { r in
            try await p.query(IsianMonevRecord.self, on: req.database).filter(\.$evaluasiID == e.id!).filter(\.$peran == r.rawValue).first()?.jawaban
        } ?? nil
        let r = e.rincian
        var rincian: [Usulan.Medan] = []
        for pr in PeranPenilai.allCases {
            rincian.append(.init(label: "Skor formulir \(pr.nama) (bobot \(Format.angka1(IndeksMonev.bobotPihak[pr]!)))",
                                 nilai: r?.skorPihak[pr.rawValue].map(Format.angka1) ?? "belum diisi"))
        }
        rincian.append(.init(label: "F — gabungan formulir (bobot 0,6)", nilai: r?.formulir.map(Format.angka1) ?? "–"))
        rincian.append(.init(label: "K — kewajiban terpenuhi (bobot 0,2)", nilai: r?.kewajiban.map(Format.angka1) ?? "tidak ada butir kewajiban"))
        rincian.append(.init(label: "A — penilaian akhir admin (bobot 0,2)", nilai: r?.akhir.map(Format.angka1) ?? "belum ada"))
        func pilih(_ nilai: String?) -> [PenggunaAdmin.Pilihan] {
            RekomendasiMonev.allCases.map { .init(nilai: $0.rawValue, label: $0.nama, dipilih: $0.rawValue == nilai) }
        }
        let isianForm = (try? req.content.decode([String: String].self)) ?? [:]
        return try await req.halaman("monev/evaluasi", judul: "Evaluasi: \(ks.judul)", EvaluasiModel(
            id: e.id!.uuidString, periodeID: x.id!.uuidString, periode: x.nama, dibuka: x.dibuka, judul: ks.judul, ksID: ks.id!.uuidString,
            unit: unit[e.unitID] ?? "–", mitra: mitra.map(\.nama).joined(separator: "; "), jenis: JenisKerjaSama(rawValue: ks.jenis)?.nama ?? ks.jenis,
            indeks: e.indeks.map(Format.angka1) ?? "–", kategori: e.indeks.map(IndeksMonev.kategori) ?? "belum dapat dihitung",
            rincian: rincian, isian: tampil, peranSaya: peranSaya?.rawValue, peranSayaNama: peranSaya?.nama,
            butir: rubrik.skala.map { b in
                ButirTampil(kode: b.kode, nama: b.nama, bobot: Format.angka1(b.bobot),
                            nilai: isianForm["n_\(b.kode)"] ?? milikSaya?.nilai[b.kode].map(String.init) ?? "", galat: galat?.pesan(untuk: "n_\(b.kode)"))
            },
            rekomendasi: pilih(isianForm["rekomendasi"] ?? milikSaya?.rekomendasi.rawValue),
            permasalahanSaya: isianForm["permasalahan"] ?? milikSaya?.permasalahan ?? "", catatanSaya: isianForm["catatan"] ?? milikSaya?.catatan ?? "",
            admin: p.peran == .admin, nilaiAkhir: e.nilaiAkhir.map(String.init) ?? "",
            rekomendasiAkhir: e.rekomendasiAkhir.flatMap(RekomendasiMonev.init(rawValue:))?.nama ?? "", catatanAkhir: e.catatanAkhir ?? "",
            usulanID: e.usulanID?.uuidString, version: e.version, galat: Format.petaGalat(galat)),
            status: status ?? (galat == nil ? .ok : .unprocessableEntity), galat: galat.map { $0.daftar.map(\.pesan).joined(separator: " ") })
    }

    static func daftarkan(_ app: Application) {
        app.rute(.GET, "monev", akses: aksesMonev) { req async throws -> Response in try await index(req) }
        app.rute(.POST, "monev", "periode", akses: .admin) { req async throws -> Response in
            let p = try req.pelakuWajib()
            struct F: Content { var nama: String?; var mulai: String?; var selesai: String? }
            let f = try req.content.decode(F.self)
            do {
                let x = try await MonevAlur.buka(nama: f.nama, mulai: f.mulai, selesai: f.selesai, pelaku: p, ip: req.alamatKlien, on: req.database)
                return req.redirect(to: "/monev/periode/\(x.id!)?pesan=dibuat")
            } catch let v as KesalahanValidasi {
                return try await index(req, galat: v, isian: ["nama": f.nama ?? "", "mulai": f.mulai ?? "", "selesai": f.selesai ?? ""])
            }
        }
        app.rute(.POST, "monev", "rubrik", akses: .admin) { req async throws -> Response in
            let p = try req.pelakuWajib()
            var r = try await MonevAlur.rubrikBerlaku(p, on: req.database)
            var v = Pemeriksa()
            for (i, b) in r.butir.enumerated() where b.jenis == .skala {
                let t = ((try? req.content.get(String.self, at: "bobot_\(b.kode)")) ?? "").replacingOccurrences(of: ",", with: ".")
                guard let w = Double(t) else { v.tambah("bobot_\(b.kode)", "Bobot \(b.nama) harus angka."); continue }
                r.butir[i].bobot = w
            }
            do {
                try v.selesai()
                _ = try await MonevAlur.simpanRubrik(r, pelaku: p, ip: req.alamatKlien, on: req.database)
                return req.redirect(to: "/monev?pesan=tersimpan")
            } catch let e as KesalahanValidasi {
                return try await index(req, galat: e)
            }
        }
        app.rute(.GET, "monev", "periode", ":periode", akses: aksesMonev) { req async throws -> Response in
            try await periode(req, try await MonevAlur.cariPeriode(req))
        }
        app.rute(.POST, "monev", "periode", ":periode", "tutup", akses: .admin) { req async throws -> Response in
            let p = try req.pelakuWajib()
            let x = try await MonevAlur.cariPeriode(req)
            try await MonevAlur.tutup(x, versi: try? req.content.get(Int.self, at: "version"), pelaku: p, ip: req.alamatKlien, on: req.database)
            return req.redirect(to: "/monev/periode/\(x.id!)?pesan=tersimpan")
        }
        app.rute(.GET, "monev", "evaluasi", ":evaluasi", akses: aksesMonev) { req async throws -> Response in
            try await evaluasi(req, try await MonevAlur.cariEvaluasi(req))
        }
        app.rute(.POST, "monev", "evaluasi", ":evaluasi", "isian", akses: .peran([.operator, .mitra, .tkksd]), maksBody: "12mb") { req async throws -> Response in
            let e = try await MonevAlur.cariEvaluasi(req)
            guard let x = try await req.pelakuWajib().query(PeriodeMonev.self, on: req.database).filter(\.$id == e.periodeID).first() else { throw Abort(.notFound) }
            do {
                try await MonevAlur.simpanIsian(e, isian: MonevAlur.isian(req, rubrik: x.rubrik), bukti: try? req.content.get(File.self, at: "bukti"),
                                                versi: nil, req: req)
                return req.redirect(to: "/monev/evaluasi/\(e.id!)?pesan=tersimpan")
            } catch let v as KesalahanValidasi {
                return try await evaluasi(req, e, galat: v)
            }
        }
        app.rute(.POST, "monev", "evaluasi", ":evaluasi", "akhir", akses: .admin) { req async throws -> Response in
            let e = try await MonevAlur.cariEvaluasi(req)
            struct F: Content { var nilaiAkhir: String?; var rekomendasi: String?; var catatan: String?; var version: Int? }
            let f = try req.content.decode(F.self)
            do {
                try await MonevAlur.nilaiAkhir(e, nilai: f.nilaiAkhir, rekomendasi: f.rekomendasi, catatan: f.catatan, versi: f.version, req: req)
                return req.redirect(to: "/monev/evaluasi/\(e.id!)?pesan=tersimpan")
            } catch let v as KesalahanValidasi {
                return try await evaluasi(req, e, galat: v)
            }
        }
        app.rute(.POST, "monev", "evaluasi", ":evaluasi", "usulan", akses: .admin) { req async throws -> Response in
            let p = try req.pelakuWajib()
            let e = try await MonevAlur.cariEvaluasi(req)
            do {
                let u = try await MonevAlur.usulkan(e, pelaku: p, ip: req.alamatKlien, on: req.database)
                return req.redirect(to: "/pemetaan/usulan/\(u.id!)?pesan=dibuat")
            } catch let v as KesalahanValidasi {
                return try await evaluasi(req, e, galat: v)
            }
        }
        app.rute(.GET, "monev", "evaluasi", ":evaluasi", "bukti", ":lampiran", akses: aksesMonev) { req async throws -> Response in
            let p = try req.pelakuWajib()
            let e = try await MonevAlur.cariEvaluasi(req)
            let l = try await p.cari(Lampiran.self, req.parameters.get("lampiran", as: UUID.self), on: req.database)
            var isian = try await p.query(IsianMonevRecord.self, on: req.database).filter(\.$evaluasiID == e.id!).all()
            if p.peran == .mitra { isian = isian.filter { $0.peran == PeranPenilai.mitra.rawValue } }
            guard isian.flatMap(\.idBukti).contains(l.id!) else { throw Abort(.notFound) }
            return try Unggah.unduh(l, req: req)
        }
    }
}


