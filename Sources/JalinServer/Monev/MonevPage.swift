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
        let semua = try await p.query(PeriodeMonevRecord.self, on: req.database).sort(\.$mulai, .descending).all()
        var baris: [PeriodeBaris] = []
        for x in semua {
            var ev = try await p.query(EvaluasiMonevRecord.self, on: req.database).filter(\.$periodeID == x.id!).all()
            ev = ev.filter { MonevAlur.terlihat($0, oleh: p) }
            let nilai = MonevAlur.indeksTerlihat(x, oleh: p) ? ev.compactMap(\.indeks) : []
            baris.append(
                PeriodeBaris(
                    id: x.id!.uuidString, nama: x.nama, rentang: rentang(x), dibuka: x.dibuka, tugas: ev.count, dinilai: nilai.count,
                    rata: nilai.isEmpty ? "–" : Format.angka1(nilai.reduce(0, +) / Double(nilai.count))))
        }
        let r = try await MonevAlur.rubrikBerlaku(p, on: req.database)
        return try await req.halaman(
            "monev/index", judul: "Monev dan Laporan",
            IndexModel(
                periode: baris, admin: p.peran == .admin, bolehLaporan: aksesLaporan.mengizinkan(p.peran), rubrik: r.skala,
                rubrikVersi: r.versi,
                isian: isian, galat: Format.petaGalat(galat)), status: galat == nil ? .ok : .unprocessableEntity,
            galat: galat.map { $0.daftar.map(\.pesan).joined(separator: " ") })
    }

    static func rentang(_ x: PeriodeMonevRecord) -> String {
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
        let tampilkanIsian: Bool
    }

    static func periode(_ req: Request, _ x: PeriodeMonevRecord) async throws -> Response {
        let p = try req.pelakuWajib()
        var ev = try await p.query(EvaluasiMonevRecord.self, on: req.database).filter(\.$periodeID == x.id!).all()
        ev = ev.filter { MonevAlur.terlihat($0, oleh: p) }
        let ks = Dictionary(
            uniqueKeysWithValues: try await p.query(KerjaSamaRecord.self, on: req.database).filter(\.$id ~~ ev.map(\.kerjaSamaID)).all().map
            { ($0.id!, $0) })
        let unit = try await Pilihan.namaUnit(p, req: req)
        let mitra = Dictionary(uniqueKeysWithValues: try await p.query(MitraRecord.self, on: req.database).all().map { ($0.id!, $0.nama) })
        let isian = try await p.query(IsianMonevRecord.self, on: req.database).filter(\.$evaluasiID ~~ ev.compactMap(\.id)).all()
        let peran = Dictionary(grouping: isian, by: \.evaluasiID).mapValues { Set($0.map(\.peran)) }
        let lihatIndeks = MonevAlur.indeksTerlihat(x, oleh: p)
        let tugas = ev.map { e in
            let pr = peran[e.id!] ?? []
            let indeks = lihatIndeks ? e.indeks : nil
            return TugasBaris(
                id: e.id!.uuidString, judul: ks[e.kerjaSamaID]?.judul ?? "–", unit: unit[e.unitID] ?? "–",
                mitra: e.idMitra.compactMap { mitra[$0] }.joined(separator: "; "), opd: pr.contains("opd"),
                pihakMitra: pr.contains("mitra"),
                tkksd: pr.contains("tkksd"), akhir: e.nilaiAkhir != nil, indeks: indeks.map(Format.angka1) ?? "–",
                kategori: indeks.map(IndeksMonev.kategori) ?? "", belumDinilai: !x.dibuka && e.indeks == nil)
        }.sorted { ($0.unit, $0.judul) < ($1.unit, $1.judul) }
        return try await req.halaman(
            "monev/periode", judul: x.nama,
            PeriodeModel(
                id: x.id!.uuidString, nama: x.nama, rentang: rentang(x), dibuka: x.dibuka, admin: p.peran == .admin, version: x.version,
                tugas: tugas, rubrikVersi: x.rubrik.versi, tampilkanIsian: x.tampilkanIsian))
    }

    struct ButirTampil: Encodable {
        let kode: String
        let nama: String
        let bobot: String
        let nilai: String
        var galat: String? = nil
    }

    struct IsianTampil: Encodable {
        /// The party: its role and the unit, partner or TKKSD member it speaks for.
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
        let tampilIndeks: Bool
        let indeks: String
        let kategori: String
        let rincian: [Medan]
        let isian: [IsianTampil]
        /// Shown to a party that sees only its own form.
        let catatanIsian: String?
        let peranSaya: String?
        let peranSayaNama: String?
        /// The version of the caller's own form the web form saves against (0: none yet).
        let versiSaya: Int
        /// After a stale save (409): the caller's party's latest saved form, shown beside what was typed.
        let konflik: IsianTampil?
        let butir: [ButirTampil]
        let rekomendasi: [Pilihan]
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

    /// One evaluation: the forms the caller may read, its own form to fill, the index once it may see it.
    /// `ketikan` is what the caller typed (shown again after a 422 or a 409); `konflik` marks a stale save.
    static func evaluasi(
        _ req: Request, _ e: EvaluasiMonevRecord, galat: KesalahanValidasi? = nil, status: HTTPStatus? = nil,
        ketikan: IsianMonev? = nil, konflik: Bool = false
    ) async throws -> Response {
        let p = try req.pelakuWajib()
        guard let x = try await p.query(PeriodeMonevRecord.self, on: req.database).filter(\.$id == e.periodeID).first() else {
            throw Abort(.notFound)
        }
        let ks = try await p.cari(KerjaSamaRecord.self, e.kerjaSamaID, on: req.database)
        let rubrik = x.rubrik
        let unit = try await Pilihan.namaUnit(p, req: req)
        let mitra = try await p.query(MitraRecord.self, on: req.database).filter(\.$id ~~ e.idMitra).all()
        let namaMitra = Dictionary(uniqueKeysWithValues: mitra.map { ($0.id!, $0.nama) })
        let semua = try await p.query(IsianMonevRecord.self, on: req.database).filter(\.$evaluasiID == e.id!).all()
        let saya = try? MonevAlur.pihak(p, untuk: e, ks: ks)
        let milikSaya = saya.flatMap { s in semua.first(where: s.memiliki) }
        let isian = MonevAlur.isianTerlihat(semua, e: e, ks: ks, periode: x, oleh: p)
        let orang = Set(isian.flatMap { [$0.penggunaID, $0.pihakID] } + (milikSaya.map { [$0.penggunaID] } ?? []))
        let pengisi = Dictionary(
            uniqueKeysWithValues: try await p.query(PenggunaRecord.self, on: req.database).filter(\.$id ~~ Array(orang)).all().map {
                ($0.id!, $0.namaLengkap)
            })
        func pihak(_ i: IsianMonevRecord) -> String {
            switch PeranPenilai(rawValue: i.peran) {
            case .opd: "\(PeranPenilai.opd.nama) — \(unit[i.pihakID] ?? "–")"
            case .mitra: "\(PeranPenilai.mitra.nama) — \(namaMitra[i.pihakID] ?? "–")"
            case .tkksd: "\(PeranPenilai.tkksd.nama) — \(pengisi[i.pihakID] ?? "–")"
            case nil: "–"
            }
        }
        func tampil(_ i: IsianMonevRecord) -> IsianTampil? {
            guard let j = i.jawaban else { return nil }
            return IsianTampil(
                peran: pihak(i), pengisi: pengisi[i.penggunaID] ?? "–", waktu: Format.waktu(i.waktu),
                nilai: rubrik.skala.map {
                    ButirTampil(
                        kode: $0.kode, nama: $0.nama, bobot: Format.angka1($0.bobot), nilai: j.nilai[$0.kode].map(String.init) ?? "–")
                },
                skor: IndeksMonev.skorFormulir(j, rubrik: rubrik).map(Format.angka1) ?? "–", permasalahan: j.permasalahan,
                rekomendasi: j.rekomendasi.nama, catatan: j.catatan,
                bukti: i.idBukti.enumerated().map {
                    Tata.Menu(label: "Bukti \($0.offset + 1)", href: "/monev/evaluasi/\(e.id!)/bukti/\($0.element)", aktif: true)
                })
        }
        let urutan = Dictionary(uniqueKeysWithValues: PeranPenilai.allCases.enumerated().map { ($1.rawValue, $0) })
        let daftar = isian.sorted { (urutan[$0.peran] ?? 9, $0.waktu) < (urutan[$1.peran] ?? 9, $1.waktu) }.compactMap(tampil)
        let jawabanSaya = milikSaya?.jawaban
        let tampilIndeks = MonevAlur.indeksTerlihat(x, oleh: p)
        let rincian = tampilIndeks ? Self.rincian(e.rincian) : []
        let catatanIsian = Self.catatanIsian(p, periode: x, pihak: saya != nil)
        func pilih(_ nilai: String?) -> [Pilihan] {
            RekomendasiMonev.allCases.map { .init(nilai: $0.rawValue, label: $0.nama, dipilih: $0.rawValue == nilai) }
        }
        let pesan = galat.map { $0.daftar.map(\.pesan).joined(separator: " ") } ?? (konflik ? KonflikVersi().pesan : nil)
        let namaUnit = ks.idUnit.compactMap { unit[$0] }
        return try await req.halaman(
            "monev/evaluasi", judul: "Evaluasi: \(ks.judul)",
            EvaluasiModel(
                id: e.id!.uuidString, periodeID: x.id!.uuidString, periode: x.nama, dibuka: x.dibuka, judul: ks.judul,
                ksID: ks.id!.uuidString,
                unit: namaUnit.isEmpty ? unit[e.unitID] ?? "–" : namaUnit.joined(separator: "; "),
                mitra: mitra.map(\.nama).joined(separator: "; "), jenis: JenisKerjaSama(rawValue: ks.jenis)?.nama ?? ks.jenis,
                tampilIndeks: tampilIndeks, indeks: tampilIndeks ? e.indeks.map(Format.angka1) ?? "–" : "–",
                kategori: tampilIndeks
                    ? e.indeks.map(IndeksMonev.kategori) ?? "belum dapat dihitung" : "ditetapkan setelah periode ditutup",
                rincian: rincian, isian: daftar, catatanIsian: catatanIsian, peranSaya: saya?.peran.rawValue,
                peranSayaNama: saya?.peran.nama,
                versiSaya: milikSaya?.version ?? 0, konflik: konflik ? milikSaya.flatMap(tampil) : nil,
                butir: rubrik.skala.map { b in
                    ButirTampil(
                        kode: b.kode, nama: b.nama, bobot: Format.angka1(b.bobot),
                        nilai: ketikan.map { $0.nilai[b.kode] ?? "" } ?? jawabanSaya?.nilai[b.kode].map(String.init) ?? "",
                        galat: galat?.pesan(untuk: "n_\(b.kode)"))
                },
                rekomendasi: pilih(ketikan.map { $0.rekomendasi ?? "" } ?? jawabanSaya?.rekomendasi.rawValue),
                permasalahanSaya: ketikan.map { $0.permasalahan ?? "" } ?? jawabanSaya?.permasalahan ?? "",
                catatanSaya: ketikan.map { $0.catatan ?? "" } ?? jawabanSaya?.catatan ?? "",
                admin: p.peran == .admin, nilaiAkhir: e.nilaiAkhir.map(String.init) ?? "",
                rekomendasiAkhir: e.rekomendasiAkhir.flatMap(RekomendasiMonev.init(rawValue:))?.nama ?? "",
                catatanAkhir: e.catatanAkhir ?? "",
                usulanID: e.usulanID?.uuidString, version: e.version, galat: Format.petaGalat(galat)),
            status: status ?? (galat == nil ? .ok : .unprocessableEntity), galat: pesan)
    }

    /// The index breakdown: each party's form score, then the three parts of the index.
    static func rincian(_ r: IndeksMonev.Rincian?) -> [Medan] {
        var rincian: [Medan] = []
        for pr in PeranPenilai.allCases {
            rincian.append(
                .init(
                    label: "Skor formulir \(pr.nama) (bobot \(Format.angka1(IndeksMonev.bobotPihak[pr]!)))",
                    nilai: r?.skorPihak[pr.rawValue].map(Format.angka1) ?? "belum diisi"))
        }
        rincian.append(.init(label: "F — gabungan formulir (bobot 0,6)", nilai: r?.formulir.map(Format.angka1) ?? "–"))
        rincian.append(
            .init(label: "K — kewajiban terpenuhi (bobot 0,2)", nilai: r?.kewajiban.map(Format.angka1) ?? "tidak ada butir kewajiban"))
        rincian.append(.init(label: "A — penilaian akhir admin (bobot 0,2)", nilai: r?.akhir.map(Format.angka1) ?? "belum ada"))
        return rincian
    }

    /// Why the caller sees only some forms (nil when it sees every form).
    static func catatanIsian(_ p: Pelaku, periode x: PeriodeMonevRecord, pihak: Bool) -> String? {
        MonevAlur.pengawas(p) || (!x.dibuka && x.tampilkanIsian)
            ? nil
            : pihak
                ? "Anda melihat isian pihak Anda sendiri. Isian pihak lain tidak ditampilkan"
                    + (x.dibuka ? " selama periode evaluasi dibuka." : " karena admin tidak menampilkannya kepada para pihak.")
                : "Isian para pihak hanya dapat dilihat oleh pihak yang mengisinya dan oleh admin."
    }

    static func daftarkan(_ app: Application) {
        app.rute(.GET, "monev", akses: aksesMonev, use: halaman)
        app.rute(.POST, "monev", "periode", akses: .admin, use: bukaPeriode)
        app.rute(.POST, "monev", "rubrik", akses: .admin, use: simpanRubrik)
        app.rute(.GET, "monev", "periode", ":periode", akses: aksesMonev, use: halamanPeriode)
        app.rute(.POST, "monev", "periode", ":periode", "tutup", akses: .admin, use: tutupPeriode)
        app.rute(.POST, "monev", "periode", ":periode", "tampilan", akses: .admin, use: aturTampilan)
        app.rute(.GET, "monev", "evaluasi", ":evaluasi", akses: aksesMonev, use: halamanEvaluasi)
        app.rute(
            .POST, "monev", "evaluasi", ":evaluasi", "isian", akses: .peran([.operator, .mitra, .tkksd]), maksBody: .formUnggah,
            use: simpanIsian)
        app.rute(.POST, "monev", "evaluasi", ":evaluasi", "akhir", akses: .admin, use: nilaiAkhir)
        app.rute(.POST, "monev", "evaluasi", ":evaluasi", "usulan", akses: .admin, use: usulkan)
        app.rute(.GET, "monev", "evaluasi", ":evaluasi", "bukti", ":lampiran", akses: aksesMonev, use: unduhBukti)
    }
}
