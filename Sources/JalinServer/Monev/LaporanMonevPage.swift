import Fluent
import Foundation
import JalinDomain
import JalinNaskah
import Vapor

/// Reports on cooperation for a chosen period: to the Bupati, the DPRD, the Gubernur as wakil Pemerintah Pusat
/// (UU 23/2014 Pasal 368 ayat (1)), and to the Mendagri for luar negeri cooperation (PP 28/2018 Pasal 43).
enum LaporanMonevPage {
    enum Tujuan: String, CaseIterable, Sendable {
        case bupati, dprd, gubernur, mendagri

        func judul(_ pemda: PemdaRecord) -> String {
            switch self {
            case .bupati: "Laporan Pelaksanaan Kerja Sama Daerah kepada Bupati"
            case .dprd: "Laporan Pelaksanaan Kerja Sama Daerah kepada DPRD \(pemda.nama)"
            case .gubernur: "Laporan Pelaksanaan Kerja Sama Daerah kepada Gubernur Kalimantan Timur selaku Wakil Pemerintah Pusat"
            case .mendagri: "Laporan Pelaksanaan Kerja Sama Daerah dengan Pihak Luar Negeri kepada Menteri Dalam Negeri"
            }
        }

        var dasar: String {
            switch self {
            case .bupati: "PP 28/2018 Pasal 44 ayat (3): pembinaan dan pengawasan internal oleh kepala daerah."
            case .dprd: "UU 23/2014 Pasal 363 dan 367; PP 28/2018 Pasal 6 ayat (2)."
            case .gubernur: "UU 23/2014 Pasal 368 ayat (1); PP 28/2018 Pasal 44 ayat (4)."
            case .mendagri:
                "PP 28/2018 Pasal 43: laporan pelaksanaan kerja sama daerah dengan pemerintah daerah atau lembaga di luar negeri."
            }
        }

        var nama: String {
            switch self {
            case .bupati: "Bupati"
            case .dprd: "DPRD"
            case .gubernur: "Gubernur (wakil Pemerintah Pusat)"
            case .mendagri: "Menteri Dalam Negeri (luar negeri)"
            }
        }
    }

    struct BarisKS: Sendable {
        let judul: String
        let jenis: String
        let tahap: String
        let mitra: String
        let unit: String
        let mulai: String
        let berakhir: String
    }

    struct BarisTtd: Sendable {
        let judul: String
        let dokumen: String
        let tanggal: String
        let tempat: String
    }

    struct BarisMonev: Sendable {
        let periode: String
        let judul: String
        let unit: String
        let indeks: Double?
        let kategori: String
        let rincian: String
        let permasalahan: String
        let rekomendasi: String
    }

    struct Data: Sendable {
        let pemda: PemdaRecord
        let tujuan: Tujuan
        let rentang: RentangMonev
        let perJenis: [(String, Int)]
        let perTahap: [(String, Int)]
        let kerjaSama: [BarisKS]
        let ditandatangani: [BarisTtd]
        let segeraBerakhir: [BarisKS]
        let monev: [BarisMonev]
        /// When the report was made (the clock of whoever asked for it).
        var dibuat: Date
    }

    static func data(tujuan: Tujuan, rentang: RentangMonev, pelaku p: Pelaku, on db: any Database) async throws -> Data {
        guard let pemda = try await PemdaRecord.find(p.pemdaID, on: db) else { throw Abort(.notFound) }
        var ks = try await p.query(KerjaSamaRecord.self, on: db).all()
        if tujuan == .mendagri { ks = ks.filter { JenisKerjaSama(rawValue: $0.jenis)?.kelompok == .luarNegeri } }
        let ids = Set(ks.compactMap(\.id))
        let unit = try await Pilihan.namaUnit(p, on: db)
        let mitra = Dictionary(uniqueKeysWithValues: try await p.query(MitraRecord.self, on: db).all().map { ($0.id!, $0.nama) })
        func tahapNama(_ r: KerjaSamaRecord) -> String {
            let j = JenisKerjaSama(rawValue: r.jenis)
            return Tahap.nama(kode: r.tahap, untuk: j) ?? r.tahap
        }
        func baris(_ r: KerjaSamaRecord) -> BarisKS {
            BarisKS(
                judul: r.judul, jenis: JenisKerjaSama(rawValue: r.jenis)?.singkatan ?? r.jenis, tahap: tahapNama(r),
                mitra: r.idMitra.compactMap { mitra[$0] }.joined(separator: "; "),
                unit: r.idUnit.compactMap { unit[$0] }.joined(separator: "; "),
                mulai: r.tanggalMulai.flatMap(Tanggal.init(iso:))?.panjang ?? "–",
                berakhir: r.tanggalBerakhir.flatMap(Tanggal.init(iso:))?.panjang ?? "–")
        }
        let judul = Dictionary(uniqueKeysWithValues: ks.map { ($0.id!, $0.judul) })
        let ttd = try await p.query(PenandatangananRecord.self, on: db).filter(\.$tanggal >= rentang.mulai.iso).filter(
            \.$tanggal <= rentang.selesai.iso
        )
        .sort(\.$tanggal).all().filter { ids.contains($0.kerjaSamaID) }
        .map {
            BarisTtd(
                judul: judul[$0.kerjaSamaID] ?? "", dokumen: JenisDokumen(rawValue: $0.dokumen)?.nama ?? $0.dokumen,
                tanggal: Tanggal(iso: $0.tanggal)?.panjang ?? $0.tanggal, tempat: $0.tempat)
        }
        let batas = rentang.selesai.tambahHari(90).iso
        let segera = ks.filter { r in
            guard r.tahap != Tahap.berakhir.rawValue, let b = r.tanggalBerakhir else { return false }
            return b >= rentang.mulai.iso && b <= batas
        }.sorted { ($0.tanggalBerakhir ?? "") < ($1.tanggalBerakhir ?? "") }.map(baris)
        let periode = try await p.query(PeriodeMonevRecord.self, on: db).filter(\.$mulai <= rentang.selesai.iso).filter(
            \.$selesai >= rentang.mulai.iso
        )
        .sort(\.$mulai).all()
        var monev: [BarisMonev] = []
        for x in periode {
            let ev = try await p.query(EvaluasiMonevRecord.self, on: db).filter(\.$periodeID == x.id!).all().filter {
                ids.contains($0.kerjaSamaID)
            }
            let isian = Dictionary(
                grouping: try await p.query(IsianMonevRecord.self, on: db).filter(\.$evaluasiID ~~ ev.compactMap(\.id)).all(),
                by: \.evaluasiID)
            for e in ev {
                let j = (isian[e.id!] ?? []).compactMap(\.jawaban)
                let r = e.rincian
                let rincian =
                    PeranPenilai.allCases.compactMap { pr in r?.skorPihak[pr.rawValue].map { "\(pr.nama) \(Format.angka1($0))" } }
                    + [r?.kewajiban.map { "kewajiban \(Format.angka1($0))" }, r?.akhir.map { "penilaian akhir \(Format.angka1($0))" }]
                    .compactMap { $0 }
                let rek =
                    e.rekomendasiAkhir.flatMap(RekomendasiMonev.init(rawValue:))?.nama
                    ?? Array(Set(j.map(\.rekomendasi.nama))).sorted().joined(separator: "/")
                monev.append(
                    BarisMonev(
                        periode: x.nama, judul: judul[e.kerjaSamaID] ?? "", unit: unit[e.unitID] ?? "", indeks: e.indeks,
                        kategori: e.indeks.map(IndeksMonev.kategori) ?? "Tidak dievaluasi", rincian: rincian.joined(separator: "; "),
                        permasalahan: j.compactMap(\.permasalahan).joined(separator: " | "), rekomendasi: rek.isEmpty ? "–" : rek))
            }
        }
        return Data(
            pemda: pemda, tujuan: tujuan, rentang: rentang,
            perJenis: KeluaranPage.hitungPer(ks.map { [JenisKerjaSama(rawValue: $0.jenis)?.singkatan ?? $0.jenis] }),
            perTahap: KeluaranPage.hitungPer(ks.map { [tahapNama($0)] }),
            kerjaSama: ks.sorted { ($0.jenis, $0.judul) < ($1.jenis, $1.judul) }.map(baris),
            ditandatangani: ttd, segeraBerakhir: segera, monev: monev, dibuat: p.jam.sekarang)
    }

    /// The report as a Word document, dated `tanggal` (by default when its data was read).
    static func docx(_ d: Data, tanggal: Date? = nil) throws -> Foundation.Data {
        let tanggal = tanggal ?? d.dibuat
        let hari = Tanggal(date: tanggal, timeZone: Format.zonaWaktu)
        let judul = d.tujuan.judul(d.pemda)
        var b: [Blok] = [
            .judul(judul.uppercased()),
            .subjudul(d.pemda.nama.uppercased()),
            .subjudul("PERIODE \(d.rentang.mulai.panjang.uppercased()) SAMPAI \(d.rentang.selesai.panjang.uppercased())"),
            .paragraf(
                [Run("Disusun oleh Bagian Kerja Sama Sekretariat Daerah, \(hari.panjang). Dasar: \(d.tujuan.dasar)", miring: true)],
                rata: .tengah),
            .heading("I. KERJA SAMA MENURUT JENIS DAN TAHAP", tingkat: 1),
            .paragraf([Run("Jumlah kerja sama yang tercatat: "), .tebal(String(d.kerjaSama.count)), Run(".")], rata: .rataKiriKanan),
            KeluaranPage.tabelHitung("Jenis kerja sama", d.perJenis),
            KeluaranPage.tabelHitung("Tahap", d.perTahap),
            .heading("II. DAFTAR KERJA SAMA", tingkat: 1),
            .tabel(
                Tabel(
                    kolom: [
                        KolomTabel("Kerja sama", lebar: 4.5), KolomTabel("Jenis", lebar: 2), KolomTabel("Tahap", lebar: 2.5),
                        KolomTabel("Mitra", lebar: 3.5),
                        KolomTabel("Jangka waktu", lebar: 3.5),
                    ],
                    baris: d.kerjaSama.map {
                        [
                            SelTabel($0.judul), SelTabel($0.jenis), SelTabel($0.tahap), SelTabel($0.mitra),
                            SelTabel("\($0.mulai) – \($0.berakhir)"),
                        ]
                    }
                    .ifEmpty([["Tidak ada kerja sama", "", "", "", ""]]))),
            .heading("III. NASKAH YANG DITANDATANGANI DALAM PERIODE", tingkat: 1),
            .tabel(
                Tabel(
                    kolom: [
                        KolomTabel("Kerja sama", lebar: 6), KolomTabel("Naskah", lebar: 4.5), KolomTabel("Tanggal", lebar: 3),
                        KolomTabel("Tempat", lebar: 2.5),
                    ],
                    baris: d.ditandatangani.map { [SelTabel($0.judul), SelTabel($0.dokumen), SelTabel($0.tanggal), SelTabel($0.tempat)] }
                        .ifEmpty([["Tidak ada naskah yang ditandatangani dalam periode ini", "", "", ""]]))),
            .heading("IV. KERJA SAMA YANG AKAN BERAKHIR", tingkat: 1),
            .paragraf(
                [Run("Kerja sama yang berakhir dalam periode atau sampai 90 hari sesudahnya (pengingat 90, 60, 30, 7 dan 0 hari).")],
                rata: .rataKiriKanan),
            .tabel(
                Tabel(
                    kolom: [
                        KolomTabel("Kerja sama", lebar: 6), KolomTabel("Mitra", lebar: 4), KolomTabel("Perangkat daerah", lebar: 3.5),
                        KolomTabel("Berakhir", lebar: 2.5),
                    ],
                    baris: d.segeraBerakhir.map { [SelTabel($0.judul), SelTabel($0.mitra), SelTabel($0.unit), SelTabel($0.berakhir)] }
                        .ifEmpty([["Tidak ada", "", "", ""]]))),
            .heading("V. HASIL MONITORING DAN EVALUASI", tingkat: 1),
            .paragraf(
                [
                    Run(
                        "Indeks monev 0–100 dihitung dari formulir perangkat daerah pelaksana (bobot 0,5), TKKSD (0,3) dan mitra (0,2), kewajiban yang terpenuhi dan penilaian akhir Bagian Kerja Sama (rumus lengkap pada docs/indeks-monev.md)."
                    )
                ], rata: .rataKiriKanan),
            .tabel(
                Tabel(
                    kolom: [
                        KolomTabel("Periode", lebar: 2.5), KolomTabel("Kerja sama", lebar: 4), KolomTabel("Perangkat daerah", lebar: 3),
                        KolomTabel("Indeks", lebar: 1.5),
                        KolomTabel("Rincian", lebar: 3.5), KolomTabel("Rekomendasi", lebar: 2),
                    ],
                    baris: d.monev.map {
                        [
                            SelTabel($0.periode), SelTabel($0.judul), SelTabel($0.unit),
                            SelTabel(
                                $0.indeks.map { "\(Format.angka1($0)) (\(IndeksMonev.kategori($0)))" } ?? "Tidak dievaluasi", rata: .kanan),
                            SelTabel($0.rincian), SelTabel($0.rekomendasi),
                        ]
                    }
                    .ifEmpty([["–", "Belum ada hasil evaluasi dalam periode ini", "", "", "", ""]]))),
            .heading("VI. PERMASALAHAN DAN REKOMENDASI", tingkat: 1),
        ]
        let masalah = d.monev.filter { !$0.permasalahan.isEmpty }
        if masalah.isEmpty {
            b.append(.paragraf([Run("Tidak ada permasalahan yang dilaporkan.")], rata: .kiri))
        } else {
            b.append(
                .daftar(masalah.map { [Run.tebal($0.judul), Run(": \($0.permasalahan) Rekomendasi: \($0.rekomendasi).")] }, jenis: .angka))
        }
        b.append(.tandaTangan([BlokTandaTangan(jabatan: "Kepala Bagian Kerja Sama", nama: "(nama)")]))
        return try DOCX.tulis(DokumenDOCX(kepala: d.pemda.nama, judulDokumen: judul, pembuat: "Jalin", dibuat: tanggal, blok: b))
    }

    static func xlsx(_ d: Data) throws -> Foundation.Data {
        let ks = LembarKerja(
            nama: "Kerja Sama",
            kolom: [
                Kolom(judul: "No", lebar: 6), Kolom(judul: "Kerja sama", lebar: 48), Kolom(judul: "Jenis", lebar: 18),
                Kolom(judul: "Tahap", lebar: 30), Kolom(judul: "Mitra", lebar: 40), Kolom(judul: "Perangkat daerah", lebar: 36),
                Kolom(judul: "Mulai", lebar: 18), Kolom(judul: "Berakhir", lebar: 18),
            ],
            baris: d.kerjaSama.enumerated().map { i, r in
                [
                    .bilangan(i + 1), .teks(r.judul), .teks(r.jenis), .teks(r.tahap), .teks(r.mitra), .teks(r.unit), .teks(r.mulai),
                    .teks(r.berakhir),
                ]
            })
        let ringkas = LembarKerja(
            nama: "Ringkasan",
            kolom: [Kolom(judul: "Kelompok", lebar: 16), Kolom(judul: "Nilai", lebar: 48), Kolom(judul: "Jumlah", lebar: 12)],
            baris: d.perJenis.map { [.teks("Jenis"), .teks($0.0), .bilangan($0.1)] }
                + d.perTahap.map { [.teks("Tahap"), .teks($0.0), .bilangan($0.1)] })
        let ttd = LembarKerja(
            nama: "Ditandatangani",
            kolom: [
                Kolom(judul: "Kerja sama", lebar: 48), Kolom(judul: "Naskah", lebar: 36), Kolom(judul: "Tanggal", lebar: 20),
                Kolom(judul: "Tempat", lebar: 20),
            ],
            baris: d.ditandatangani.map { [.teks($0.judul), .teks($0.dokumen), .teks($0.tanggal), .teks($0.tempat)] })
        let segera = LembarKerja(
            nama: "Akan Berakhir",
            kolom: [
                Kolom(judul: "Kerja sama", lebar: 48), Kolom(judul: "Mitra", lebar: 40), Kolom(judul: "Perangkat daerah", lebar: 36),
                Kolom(judul: "Berakhir", lebar: 20),
            ],
            baris: d.segeraBerakhir.map { [.teks($0.judul), .teks($0.mitra), .teks($0.unit), .teks($0.berakhir)] })
        let monev = LembarKerja(
            nama: "Hasil Monev",
            kolom: [
                Kolom(judul: "Periode", lebar: 28), Kolom(judul: "Kerja sama", lebar: 48), Kolom(judul: "Perangkat daerah", lebar: 36),
                Kolom(judul: "Indeks", lebar: 10), Kolom(judul: "Kategori", lebar: 16), Kolom(judul: "Rincian", lebar: 48),
                Kolom(judul: "Permasalahan", lebar: 48), Kolom(judul: "Rekomendasi", lebar: 20),
            ],
            baris: d.monev.map {
                [
                    .teks($0.periode), .teks($0.judul), .teks($0.unit), $0.indeks.map { Sel.angka($0) } ?? Sel.teks("–"),
                    .teks($0.kategori),
                    .teks($0.rincian), .teks($0.permasalahan), .teks($0.rekomendasi),
                ]
            })
        return try XLSX.tulis([ringkas, ks, ttd, segera, monev], judul: d.tujuan.judul(d.pemda), pembuat: "Jalin")
    }

    static func namaBerkas(_ d: Data, _ ext: String) -> String {
        "laporan-ksd-\(d.tujuan.rawValue)-\(d.pemda.kodeWilayah)-\(d.rentang.mulai.iso)-\(d.rentang.selesai.iso).\(ext)"
    }

    /// Reads and checks the report's query (tujuan, mulai, selesai).
    static func permintaan(_ req: Request) throws -> (Tujuan, RentangMonev) {
        let t = (try? req.query.get(String.self, at: "tujuan")) ?? ""
        var v = Pemeriksa()
        let tujuan = Tujuan(rawValue: t)
        if tujuan == nil { v.tambah("tujuan", "Pilih tujuan laporan: bupati, dprd, gubernur atau mendagri.") }
        var rentang: RentangMonev?
        do {
            rentang = try RentangMonev(
                mulai: try? req.query.get(String.self, at: "mulai"), selesai: try? req.query.get(String.self, at: "selesai"))
        } catch { for k in error.daftar { v.tambah(k.field, k.pesan) } }
        try v.selesai()
        return (tujuan!, rentang!)
    }

    struct FormModel: Encodable {
        let tujuan: [Pilihan]
        let mulai: String
        let selesai: String
        let galat: [String: String]
    }

    static func form(_ req: Request, galat: KesalahanValidasi? = nil) async throws -> Response {
        let hari = req.jam.hariIni
        let t = (try? req.query.get(String.self, at: "tujuan")) ?? "bupati"
        return try await req.halaman(
            "monev/laporan", judul: "Laporan Kerja Sama",
            FormModel(
                tujuan: Tujuan.allCases.map { .init(nilai: $0.rawValue, label: $0.nama, dipilih: $0.rawValue == t) },
                mulai: (try? req.query.get(String.self, at: "mulai")) ?? (try? Tanggal(tahun: hari.tahun, bulan: 1, hari: 1))?.iso
                    ?? hari.iso,
                selesai: (try? req.query.get(String.self, at: "selesai")) ?? hari.iso, galat: Format.petaGalat(galat)),
            status: galat == nil ? .ok : .unprocessableEntity, galat: galat.map { $0.daftar.map(\.pesan).joined(separator: " ") })
    }

    static func daftarkan(_ app: Application) {
        app.rute(.GET, "monev", "laporan", akses: MonevPage.aksesLaporan, use: halaman)
        app.rute(.GET, "monev", "laporan.docx", akses: MonevPage.aksesLaporan, use: unduhDOCX)
        app.rute(.GET, "monev", "laporan.xlsx", akses: MonevPage.aksesLaporan, use: unduhXLSX)
    }

    @Sendable static func halaman(_ req: Request) async throws -> Response {
        try await form(req)
    }

    @Sendable static func unduhDOCX(_ req: Request) async throws -> Response {
        try await unduh(req, ext: "docx")
    }

    @Sendable static func unduhXLSX(_ req: Request) async throws -> Response {
        try await unduh(req, ext: "xlsx")
    }

    /// The report file of the query, or the form again with what is wrong with the query.
    static func unduh(_ req: Request, ext: String) async throws -> Response {
        do {
            let (t, r) = try permintaan(req)
            let d = try await data(tujuan: t, rentang: r, pelaku: try req.pelakuWajib(), on: req.database)
            return ext == "docx"
                ? Unduhan.respons(try docx(d), tipe: Unduhan.docx, nama: namaBerkas(d, "docx"))
                : Unduhan.respons(try xlsx(d), tipe: Unduhan.xlsx, nama: namaBerkas(d, "xlsx"))
        } catch let v as KesalahanValidasi {
            return try await form(req, galat: v)
        }
    }
}
