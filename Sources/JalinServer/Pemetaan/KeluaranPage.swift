import Fluent
import Foundation
import JalinDomain
import JalinNaskah
import Vapor

/// Outputs of a round for the planning documents: the mapping matrix (XLSX, CSV), the report
/// "Rancangan Pemetaan Potensi Kerja Sama Daerah" (DOCX), and the map and charts page.
enum KeluaranPage {
    struct BarisMatriks: Sendable {
        let urusanUtama: String
        let urusan: String
        let unit: String
        let jenis: String
        let judul: String
        let deskripsi: String
        let lokasi: String
        let dimiliki: String
        let dibutuhkan: String
        let calonMitra: String
        let jenisKSD: String
        let eksternalitas: String
        let manfaat: String
        let indikator: String
        let biaya: String
        let biayaSen: Int64?
        let sumberDana: String
        let kodeProgram: String
        let namaProgram: String
        let status: String
        let skor: Double?
        let peringkat: Int?
        let kecamatan: [String]
        let statusKode: String
    }

    struct Data: Sendable {
        let periode: PeriodePemetaanRecord
        let pemda: PemdaRecord
        let baris: [BarisMatriks]
        let peringkat: PeringkatPage.Hasil
        let namaWilayah: [String: String]
    }

    /// Query: every submitted (non-draft) submission of the round with its derived columns.
    static func data(_ periode: PeriodePemetaanRecord, pelaku p: Pelaku, on db: any Database) async throws -> Data {
        guard let pemda = try await PemdaRecord.find(p.pemdaID, on: db) else { throw Abort(.notFound) }
        let usulan = try await p.query(UsulanRecord.self, on: db).filter(\.$periodeID == periode.id!)
            .filter(\.$status != StatusUsulan.draf.rawValue).all()
        let unit = try await Pilihan.namaUnit(p, on: db)
        let mitra = try await p.query(MitraRecord.self, on: db).all()
        let namaMitra = Dictionary(uniqueKeysWithValues: mitra.map { ($0.id!, $0.nama) })
        let kodeLokasi = Set(usulan.flatMap { $0.lokasi.split(separator: ",").map(String.init) })
        let kodeKec = Set(
            kodeLokasi.compactMap { KodeWilayah(valid: $0) }.map { $0.tingkat == .desaKelurahan ? $0.induk!.nilai : $0.nilai })
        let wil = try await WilayahRecord.query(on: db).filter(\.$id ~~ Array(kodeLokasi.union(kodeKec))).all()
        let namaWil = Dictionary(uniqueKeysWithValues: wil.map { ($0.id!, $0.nama) })
        let hasil = try await PeringkatPage.hitung(periode, pelaku: p, on: db)
        let skor = Dictionary(uniqueKeysWithValues: hasil.peringkat.map { ($0.id, ($0.total, $0.peringkat)) })
        let analisis = try await Analisis.jenisKSD(usulan, pelaku: p, on: db)
        let baris = usulan.compactMap { r -> BarisMatriks? in
            guard let u = UsulanAlur.isi(r) else { return nil }
            let s = skor[r.id!.uuidString]
            return BarisMatriks(
                urusanUtama: u.urusan.first ?? "",
                urusan: u.bidangUrusan.map { "\($0.kode) \($0.nama)" }.joined(separator: "; "),
                unit: unit[r.unitID] ?? "", jenis: u.jenis?.nama ?? "", judul: u.judul, deskripsi: u.deskripsi ?? "",
                lokasi: u.lokasi.map { "\(namaWil[$0.nilai] ?? $0.nilai) (\($0.nilai))" }.joined(separator: "; "),
                dimiliki: u.sumberDayaDimiliki ?? "", dibutuhkan: u.sumberDayaDibutuhkan ?? "",
                calonMitra: u.calonMitra.compactMap { namaMitra[$0] }.joined(separator: "; "),
                jenisKSD: analisis[r.id!] ?? "", eksternalitas: u.eksternalitas ? "Ya: \(u.eksternalitasDengan ?? "")" : "Tidak",
                manfaat: u.manfaat ?? "", indikator: u.indikator ?? "", biaya: u.perkiraanBiaya.map { Rupiah.format($0) } ?? "",
                biayaSen: u.perkiraanBiaya,
                sumberDana: u.sumberDana?.nama ?? "", kodeProgram: u.kodeProgram ?? "",
                namaProgram: u.namaProgram ?? u.pengecualian.map { "Pengecualian: \($0.nama) — \(u.alasanPengecualian ?? "")" } ?? "",
                status: StatusUsulan(rawValue: r.status)?.nama ?? r.status, skor: s?.0, peringkat: s?.1,
                kecamatan: Array(Set(u.lokasi.map { $0.tingkat == .desaKelurahan ? $0.induk!.nilai : $0.nilai })).sorted(),
                statusKode: r.status)
        }.sorted { ($0.urusanUtama, $0.peringkat ?? Int.max, $0.judul) < ($1.urusanUtama, $1.peringkat ?? Int.max, $1.judul) }
        return Data(periode: periode, pemda: pemda, baris: baris, peringkat: hasil, namaWilayah: namaWil)
    }

    static let kolom: [(String, Double)] = [
        ("No", 6), ("Urusan", 28), ("Perangkat daerah/unit pengusul", 28), ("Jenis", 12), ("Judul", 36), ("Uraian", 48),
        ("Lokasi", 28), ("Sumber daya dimiliki", 30), ("Sumber daya dibutuhkan", 30), ("Calon mitra", 30),
        ("Jenis kerja sama", 24), ("Eksternalitas lintas daerah", 22), ("Manfaat", 30), ("Indikator", 24),
        ("Perkiraan biaya (Rp)", 20), ("Sumber dana", 14), ("Kode program RPJMD/Renstra", 18), ("Program / pengecualian", 36),
        ("Status", 16), ("Skor TKKSD", 10), ("Peringkat", 10),
    ]

    static func sel(_ b: BarisMatriks, no: Int) -> [String] {
        [
            String(no), b.urusan, b.unit, b.jenis, b.judul, b.deskripsi, b.lokasi, b.dimiliki, b.dibutuhkan, b.calonMitra, b.jenisKSD,
            b.eksternalitas, b.manfaat, b.indikator, b.biaya, b.sumberDana, b.kodeProgram, b.namaProgram, b.status,
            b.skor.map { BobotPage.angka($0) } ?? "", b.peringkat.map(String.init) ?? "",
        ]
    }

    static func xlsx(_ d: Data) throws -> Foundation.Data {
        let matriks = LembarKerja(
            nama: "Matriks Pemetaan", kolom: kolom.map { Kolom(judul: $0.0, lebar: $0.1) },
            baris: d.baris.enumerated().map { i, b in
                sel(b, no: i + 1).enumerated().map { j, s in
                    if j == 0 { return .bilangan(i + 1) }
                    if j == 14, let x = b.biayaSen { return .angka(Double(x) / 100) }
                    if j == 19, let x = b.skor { return .angka((x * 1000).rounded() / 1000) }
                    if j == 20, let x = b.peringkat { return .bilangan(x) }
                    return .teks(s)
                }
            })
        var perUrusan: [String: Int] = [:]
        for b in d.baris { for k in b.urusan.split(separator: ";") { perUrusan[k.trimmingCharacters(in: .whitespaces), default: 0] += 1 } }
        let ringkasan = LembarKerja(
            nama: "Ringkasan per Urusan", kolom: [Kolom(judul: "Urusan", lebar: 48), Kolom(judul: "Jumlah usulan", lebar: 14)],
            baris: perUrusan.sorted { $0.key < $1.key }.map { [.teks($0.key), .bilangan($0.value)] })
        return try XLSX.tulis(
            [matriks, ringkasan], judul: "Matriks Pemetaan Potensi KSD \(d.pemda.nama) \(d.periode.tahun)", pembuat: "Jalin")
    }

    static func csv(_ d: Data) -> String {
        var out = "\u{FEFF}" + kolom.map { Escape.csv($0.0) }.joined(separator: ",") + "\r\n"
        for (i, b) in d.baris.enumerated() {
            out += sel(b, no: i + 1).map(Escape.csv).joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// A bar drawn with block characters, for charts inside the DOCX (tables instead of images).
    static func bar(_ n: Int, maks: Int) -> String {
        guard maks > 0 else { return "" }
        return String(repeating: "█", count: max(n > 0 ? 1 : 0, Int((Double(n) / Double(maks) * 18).rounded())))
    }

    static func hitungPer(_ kunci: [[String]]) -> [(String, Int)] {
        var m: [String: Int] = [:]
        for ks in kunci { for k in ks where !k.isEmpty { m[k, default: 0] += 1 } }
        return m.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
    }

    static func tabelHitung(_ judul: String, _ data: [(String, Int)]) -> Blok {
        let maks = data.map(\.1).max() ?? 0
        return .tabel(
            Tabel(
                kolom: [KolomTabel(judul, lebar: 7.5), KolomTabel("Jumlah", lebar: 2), KolomTabel("Grafik", lebar: 6.5)],
                baris: data.isEmpty
                    ? [["Belum ada data", "0", ""]]
                    : data.map { [SelTabel($0.0), SelTabel(String($0.1), rata: .kanan), SelTabel(bar($0.1, maks: maks), warna: nil)] }))
    }

    /// The cover and part I (the summary by urusan, kind, unit and kecamatan) of the mapping report.
    static func bagianAwal(_ d: Data, hari: Tanggal) -> [Blok] {
        let pemda = d.pemda.nama
        return [
            .judul("RANCANGAN PEMETAAN POTENSI KERJA SAMA DAERAH"),
            .subjudul(pemda.uppercased()),
            .subjudul("TAHUN \(d.periode.tahun)"),
            .paragraf([Run(d.periode.judul)], rata: .tengah),
            .paragraf(
                [
                    Run(
                        "Disusun oleh Bagian Kerja Sama Sekretariat Daerah selaku sekretariat Tim Koordinasi Kerja Sama Daerah, \(hari.panjang)."
                    )
                ], rata: .tengah),
            .paragraf(
                [
                    Run(
                        "Dokumen ini adalah bahan rancangan untuk diintegrasikan ke dalam RPJMD, Renstra perangkat daerah dan RKPD (PP 28/2018 Pasal 4 ayat (2) dan Pasal 5).",
                        miring: true)
                ], rata: .tengah),
            .pemisahHalaman,
            .heading("I. RINGKASAN", tingkat: 1),
            .paragraf(
                [
                    Run("Jumlah usulan yang masuk (tidak termasuk draf): "), .tebal(String(d.baris.count)),
                    Run(". Diprioritaskan: "), .tebal(String(d.baris.filter { $0.statusKode == "diprioritaskan" }.count)),
                    Run(". Ditolak: "), .tebal(String(d.baris.filter { $0.statusKode == "ditolak" }.count)), Run("."),
                ], rata: .rataKiriKanan),
            .heading("Menurut urusan", tingkat: 3),
            tabelHitung(
                "Urusan", hitungPer(d.baris.map { $0.urusan.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) } })),
            .heading("Menurut jenis kerja sama", tingkat: 3),
            tabelHitung("Jenis kerja sama", hitungPer(d.baris.map { [$0.jenisKSD.isEmpty ? "Belum dapat ditentukan" : $0.jenisKSD] })),
            .heading("Menurut unit pengusul", tingkat: 3),
            tabelHitung("Unit pengusul", hitungPer(d.baris.map { [$0.unit] })),
            .heading("Menurut kecamatan (peta potensi)", tingkat: 3),
            tabelHitung("Kecamatan", hitungPer(d.baris.map { $0.kecamatan.map { d.namaWilayah[$0] ?? $0 } })),
            .pemisahHalaman,
            .heading("II. DAFTAR PRIORITAS HASIL PENILAIAN TKKSD", tingkat: 1),
        ]
    }

    static func docx(_ d: Data, tanggal: Date) throws -> Foundation.Data {
        let pemda = d.pemda.nama
        let judul = "Rancangan Pemetaan Potensi Kerja Sama Daerah \(pemda) Tahun \(d.periode.tahun)"
        let hari = Tanggal(date: tanggal, timeZone: Format.zonaWaktu)
        var b = bagianAwal(d, hari: hari)
        let k = d.peringkat.kelompok
        b.append(
            .paragraf(
                [
                    Run(
                        "Bobot kriteria dari perbandingan berpasangan (AHP) \(k.jumlahAnggota) anggota TKKSD"
                            + (k.hasil.map { ", rasio konsistensi \(BobotPage.angka($0.cr))" } ?? "") + ": "
                            + zip(k.kriteria, k.bobot).map { "\($0.nama) \(BobotPage.angka($1))" }.joined(separator: "; ") + ".")
                ], rata: .rataKiriKanan))
        let urut = d.baris.filter { $0.peringkat != nil }.sorted { $0.peringkat! < $1.peringkat! }
        b.append(
            .tabel(
                Tabel(
                    kolom: [
                        KolomTabel("No", lebar: 1), KolomTabel("Usulan", lebar: 5), KolomTabel("Unit", lebar: 3.3),
                        KolomTabel("Urusan", lebar: 3),
                        KolomTabel("Skor", lebar: 1.4), KolomTabel("Status", lebar: 2.3),
                    ],
                    baris: urut.isEmpty
                        ? [["–", "Belum ada usulan yang dinilai", "", "", "", ""]]
                        : urut.map {
                            [
                                SelTabel(String($0.peringkat!)), SelTabel($0.judul), SelTabel($0.unit), SelTabel($0.urusan),
                                SelTabel(BobotPage.angka($0.skor ?? 0), rata: .kanan),
                                SelTabel($0.status, warna: $0.statusKode == "diprioritaskan" ? "E2F0D9" : nil),
                            ]
                        })))
        b.append(.heading("III. CALON MITRA", tingkat: 1))
        b.append(
            .tabel(
                Tabel(
                    kolom: [
                        KolomTabel("Usulan", lebar: 5.5), KolomTabel("Calon mitra", lebar: 5.5), KolomTabel("Jenis kerja sama", lebar: 5),
                    ],
                    baris: d.baris.filter { !$0.calonMitra.isEmpty }.map {
                        [SelTabel($0.judul), SelTabel($0.calonMitra), SelTabel($0.jenisKSD)]
                    }
                    .ifEmpty([["Belum ada calon mitra", "", ""]]))))
        b.append(.heading("IV. MATRIKS PEMETAAN PER URUSAN", tingkat: 1))
        for (urusan, grup) in Dictionary(grouping: d.baris, by: \.urusanUtama).sorted(by: { $0.key < $1.key }) {
            b.append(.heading(KatalogUrusan.cari(kode: urusan).map { "\($0.kode) \($0.nama)" } ?? urusan, tingkat: 3))
            b.append(
                .tabel(
                    Tabel(
                        kolom: [
                            KolomTabel("Usulan", lebar: 4.5), KolomTabel("Lokasi", lebar: 3.5),
                            KolomTabel("Keterkaitan perencanaan", lebar: 4),
                            KolomTabel("Manfaat dan indikator", lebar: 4),
                        ],
                        baris: grup.map {
                            [
                                SelTabel([.tebal($0.judul), Run("\n\($0.jenis) — \($0.unit)")]), SelTabel($0.lokasi),
                                SelTabel([$0.kodeProgram, $0.namaProgram].filter { !$0.isEmpty }.joined(separator: " ")),
                                SelTabel("\($0.manfaat)\n\($0.indikator)"),
                            ]
                        })))
        }
        let dok = DokumenDOCX(kepala: pemda, judulDokumen: judul, pembuat: "Jalin", dibuat: tanggal, blok: b)
        return try DOCX.tulis(dok)
    }

    static func namaBerkas(_ d: Data, _ ext: String) -> String {
        "pemetaan-potensi-ksd-\(d.pemda.kodeWilayah)-\(d.periode.tahun).\(ext)"
    }

    static func daftarkan(_ app: Application) {
        app.rute(.GET, "pemetaan", "periode", ":periode", "matriks.xlsx", akses: .internalPemda, use: unduhXLSX)
        app.rute(.GET, "pemetaan", "periode", ":periode", "matriks.csv", akses: .internalPemda, use: unduhCSV)
        app.rute(.GET, "pemetaan", "periode", ":periode", "laporan.docx", akses: .internalPemda, use: unduhLaporan)
        app.rute(.GET, "pemetaan", "periode", ":periode", "peta", akses: .internalPemda, use: halamanPeta)
    }

    /// The round of the path, read for the caller.
    static func data(_ req: Request) async throws -> Data {
        try await data(try await PeriodePage.cari(req), pelaku: try req.pelakuWajib(), on: req.database)
    }

    @Sendable static func unduhXLSX(_ req: Request) async throws -> Response {
        let d = try await data(req)
        return Unduhan.respons(try xlsx(d), tipe: Unduhan.xlsx, nama: namaBerkas(d, "xlsx"))
    }

    @Sendable static func unduhCSV(_ req: Request) async throws -> Response {
        let d = try await data(req)
        return Unduhan.respons(Foundation.Data(csv(d).utf8), tipe: Unduhan.csv, nama: namaBerkas(d, "csv"))
    }

    @Sendable static func unduhLaporan(_ req: Request) async throws -> Response {
        let d = try await data(req)
        return Unduhan.respons(
            try docx(d, tanggal: req.jam.sekarang), tipe: Unduhan.docx,
            nama: "rancangan-" + namaBerkas(d, "docx"))
    }

    @Sendable static func halamanPeta(_ req: Request) async throws -> Response {
        let d = try await data(req)
        return try await req.halaman("pemetaan/peta", judul: "Peta dan Grafik", try await petaModel(d, on: req.database))
    }

    struct PetaModel: Encodable {
        let periodeID: String
        let judul: String
        /// SVG made by our renderers, which escape every text through `Escape.xml`.
        let peta: String?
        let tabelPeta: [Tata.Menu]
        let grafikUrusan: String
        let grafikStatus: String
    }

    static func petaModel(_ d: Data, on db: any Database) async throws -> PetaModel {
        var perKec: [String: Int] = [:]
        for b in d.baris { for k in b.kecamatan { perKec[k, default: 0] += 1 } }
        let kec = try await WilayahRecord.query(on: db).filter(\.$induk == d.pemda.kodeWilayah).filter(\.$pensiun == false).sort(\.$id)
            .all()
        let batas = try await BatasRecord.query(on: db).filter(\.$id ~~ kec.compactMap(\.id)).all().compactMap(ImporBatas.batas(dari:))
        var peta: String?
        if !batas.isEmpty {
            var nilai: [KodeWilayah: Int] = [:]
            for (k, n) in perKec { if let kw = KodeWilayah(valid: k) { nilai[kw] = n } }
            // Otorita IKN lies south of Kukar's IKN-bordering kecamatan (UU 21/2023 Pasal 6 ayat (2)); the point is indicative.
            let penanda: [PenandaPeta] =
                d.pemda.kodeWilayah == "64.02" ? [.titik(Titik(lng: 116.70, lat: -0.97), label: "Otorita IKN (perkiraan)")] : []
            peta = PetaSVG.render(
                batas: batas, nilai: nilai, judul: "Potensi per kecamatan — \(d.pemda.nama)", keteranganNilai: "jumlah usulan",
                penanda: penanda)
        }
        let tabel = kec.map { Tata.Menu(label: $0.nama, href: String(perKec[$0.id!] ?? 0), aktif: (perKec[$0.id!] ?? 0) > 0) }
            .sorted { (Int($0.href) ?? 0, $1.label) > (Int($1.href) ?? 0, $0.label) }
        let urusan = hitungPer(d.baris.map { $0.urusan.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) } })
        let status = hitungPer(d.baris.map { [$0.status] })
        return PetaModel(
            periodeID: d.periode.id!.uuidString, judul: d.periode.judul, peta: peta, tabelPeta: tabel,
            grafikUrusan: GrafikSVG.batang(
                judul: "Usulan menurut urusan", data: urusan.map { (label: $0.0, nilai: $0.1) }, satuan: "usulan"),
            grafikStatus: GrafikSVG.batang(
                judul: "Usulan menurut status", data: status.map { (label: $0.0, nilai: $0.1) }, satuan: "usulan"))
    }
}
