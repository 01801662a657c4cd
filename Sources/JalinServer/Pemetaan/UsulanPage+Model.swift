import Foundation
import JalinDomain

/// The submission pages' models: plain values built from the query results, without a `Request`.
extension UsulanPage {
    // MARK: Form

    struct FormModel: Encodable {
        let baru: Bool
        let aksi: String
        let periodeID: String
        let periodeJudul: String
        let pilihUnit: Bool
        let namaUnit: String
        let unit: [Pilihan]
        let isian: IsianUsulan
        let version: Int
        let jenis: [Pilihan]
        let urusan: [Pilihan]
        let lokasi: [Pilihan]
        let lokasiLain: String
        let bentuk: [Pilihan]
        let mitra: [Pilihan]
        let eksternalitasYa: Bool
        let sumberDana: [Pilihan]
        let pengecualian: [Pilihan]
        let galat: [String: String]
        let konflik: Int?
    }

    /// The options of a string enum, the one equal to `nilai` chosen; `kosong` adds an empty first option.
    static func pilih<T: RawRepresentable>(
        _ semua: [T], _ nilai: String?, nama: (T) -> String, kosong: String? = nil
    )
        -> [Pilihan] where T.RawValue == String
    {
        (kosong.map { [Pilihan(nilai: "", label: $0, dipilih: (nilai ?? "").isEmpty)] } ?? [])
            + semua.map { Pilihan(nilai: $0.rawValue, label: nama($0), dipilih: $0.rawValue == nilai) }
    }

    static func formModel(
        _ d: DataForm, periode: PeriodePemetaanRecord, record: UsulanRecord?, isian: IsianUsulan, unitID: UUID?, version: Int,
        pelaku p: Pelaku, galat: KesalahanValidasi?, konflik: Int?
    ) -> FormModel {
        let unitTerpilih = record?.unitID ?? unitID ?? p.unitID
        let kecKode = Set(d.kecamatan.compactMap(\.id))
        let lokasiDipilih = Set(isian.lokasi ?? [])
        let mitraDipilih = Set(isian.calonMitra ?? [])
        let urusanDipilih = Set(isian.urusan ?? [])
        return FormModel(
            baru: record == nil,
            aksi: record.map { "/pemetaan/usulan/\($0.id!)/ubah" } ?? "/pemetaan/periode/\(periode.id!)/usulan/baru",
            periodeID: periode.id!.uuidString, periodeJudul: periode.judul,
            pilihUnit: p.peran == .admin && record == nil,
            namaUnit: d.unit.first { $0.id == unitTerpilih }?.nama ?? "–",
            unit: d.unit.map { .init(nilai: $0.id!.uuidString, label: "\($0.nama) (\($0.jenis.nama))", dipilih: $0.id == unitTerpilih) },
            isian: isian, version: version,
            jenis: pilih(JenisUsulan.allCases, isian.jenis, nama: \.nama),
            urusan: KatalogUrusan.semua.map {
                .init(nilai: $0.kode, label: "\($0.kode) \($0.nama)", dipilih: urusanDipilih.contains($0.kode))
            },
            lokasi: d.kecamatan.map { .init(nilai: $0.id!, label: $0.nama, dipilih: lokasiDipilih.contains($0.id!)) },
            lokasiLain: (isian.lokasi ?? []).filter { !kecKode.contains($0) }.joined(separator: ", "),
            bentuk: pilih(BentukKegiatan.allCases, isian.bentuk ?? BentukKegiatan.belumDitentukan.rawValue, nama: \.nama),
            mitra: d.mitra.map {
                .init(
                    nilai: $0.id!.uuidString, label: $0.nama.contains($0.jenis.nama) ? $0.nama : "\($0.nama) — \($0.jenis.nama)",
                    dipilih: mitraDipilih.contains($0.id!.uuidString))
            },
            eksternalitasYa: Kotak.dicentang(isian.eksternalitas),
            sumberDana: pilih(SumberDana.allCases, isian.sumberDana, nama: \.nama, kosong: "— belum ditentukan —"),
            pengecualian: pilih(
                PengecualianPerencanaan.allCases, isian.pengecualian, nama: \.nama,
                kosong: "— tidak ada (sudah ada dalam perencanaan) —"),
            galat: Format.petaGalat(galat), konflik: konflik)
    }

    // MARK: Detail

    struct SkorKriteria: Encodable {
        let kode: String
        let nama: String
        let keterangan: String
        let pilihan: [Pilihan]
        let galat: String?
    }

    struct NilaiTampil: Encodable {
        let anggota: String
        let nilai: String
        let alasan: String
    }

    struct DetailModel: Encodable {
        let id: String
        let periodeID: String
        let periodeJudul: String
        let judul: String
        let status: String
        let statusKode: String
        let catatan: String?
        let unit: String
        let medan: [Medan]
        let deskripsi: String
        let riwayat: [BarisRiwayat]
        let bolehUbah: Bool
        let aksiPemilik: [Tata.Menu]
        let aksiAdmin: [Tata.Menu]
        let bolehKembalikan: Bool
        let bolehTolak: Bool
        let bolehNilai: Bool
        let skor: [SkorKriteria]
        let alasanSaya: String
        let nilaiAnggota: [NilaiTampil]
        let kelayakan: KelayakanTampil?
        let rekomendasi: [RekomendasiTampil]
        let kekurangan: [String]
        let galat: [String: String]
        let version: Int
        let lampiran: [LampiranTampil]
        let bolehLampir: Bool
        /// Published to the other pemda on this installation (title, urusan, resources only).
        var publik = false
        /// The admin may publish or withdraw it (submitted, not rejected).
        var bolehPublikasi = false
        /// What comes next: the cooperation started from it, or starting one (issue 18.1).
        var lanjutan: [Tata.Menu] = []
    }

    struct LampiranTampil: Encodable {
        let id: String
        let nama: String
        let jenis: String
        let ukuran: String
        let sha: String
        let oleh: String
        let waktu: String
    }

    struct KelayakanTampil: Encodable {
        let ksd: String
        let kelas: String
        let jenis: String?
        let alasan: String
        let dasarHukum: String
        let catatan: [String]
        let perluKonsultasiHukum: Bool
        let perMitra: [Medan]
    }

    struct RekomendasiTampil: Encodable {
        let nama: String
        let skor: Int
        let alasan: [String]
        let jenis: String?
    }

    static func detailModel(
        _ r: UsulanRecord, _ d: DataDetail, pelaku p: Pelaku, galat: KesalahanValidasi?, skorIsian: [String: String]?
    ) -> DetailModel {
        let u = d.isi
        let st = StatusUsulan(rawValue: r.status) ?? .draf
        let pemilik = UsulanAlur.pemilik(r, p)
        let petaGalat = Format.petaGalat(galat)
        let (aksiPemilik, aksiAdmin) = tombolAksi(st, pemilik: pemilik, pelaku: p)
        return DetailModel(
            id: r.id!.uuidString, periodeID: d.periode.id!.uuidString, periodeJudul: d.periode.judul, judul: r.judul, status: st.nama,
            statusKode: st.rawValue, catatan: r.catatan, unit: d.unit.nama, medan: u.map { medan($0, d) } ?? [],
            deskripsi: u?.deskripsi ?? "", riwayat: d.riwayat.map(riwayat),
            bolehUbah: pemilik && st.dapatDisuntingPengusul, aksiPemilik: aksiPemilik, aksiAdmin: aksiAdmin,
            bolehKembalikan: p.peran == .admin && st == .diajukan,
            bolehTolak: p.peran == .admin && [.diajukan, .terverifikasi, .dinilai].contains(st),
            bolehNilai: p.peran == .tkksd && (st == .terverifikasi || st == .dinilai),
            skor: skor(d, pelaku: p, skorIsian: skorIsian, petaGalat: petaGalat),
            alasanSaya: skorIsian?["alasan"] ?? d.nilai.first { $0.penggunaID == p.penggunaID }?.alasan ?? "",
            nilaiAnggota: melihatNilaiAnggota(p) ? nilaiAnggota(d) : [],
            kelayakan: d.analisis.kelayakan, rekomendasi: d.analisis.rekomendasi,
            kekurangan: st.dapatDisuntingPengusul ? (u?.kekuranganUntukDiajukan.map(\.pesan) ?? []) : [],
            galat: petaGalat, version: r.version, lampiran: d.lampiran.map(lampiran), bolehLampir: pemilik && !st.final,
            publik: r.publik, bolehPublikasi: p.peran == .admin && st != .draf && st != .ditolak)
    }

    /// The fields of the submission as label and value.
    static func medan(_ u: UsulanPotensi, _ d: DataDetail) -> [Medan] {
        [
            Medan(label: "Jenis", nilai: u.jenis?.nama ?? "–"),
            Medan(label: "Bidang urusan", nilai: u.bidangUrusan.map { "\($0.kode) \($0.nama)" }.joined(separator: "; ")),
            Medan(label: "Lokasi", nilai: u.lokasi.map { "\(d.namaWilayah[$0.nilai] ?? "") (\($0.nilai))" }.joined(separator: "; ")),
            Medan(label: "Bentuk kegiatan", nilai: u.bentuk.nama),
            Medan(label: "Sumber daya dimiliki", nilai: u.sumberDayaDimiliki ?? "–"),
            Medan(label: "Sumber daya dibutuhkan", nilai: u.sumberDayaDibutuhkan ?? "–"),
            Medan(label: "Calon mitra", nilai: u.calonMitra.compactMap { d.namaMitra[$0] }.joined(separator: "; ")),
            Medan(label: "Eksternalitas lintas daerah", nilai: u.eksternalitas ? "Ya — \(u.eksternalitasDengan ?? "")" : "Tidak"),
            Medan(label: "Manfaat", nilai: u.manfaat ?? "–"),
            Medan(label: "Indikator", nilai: u.indikator ?? "–"),
            Medan(label: "Perkiraan biaya", nilai: u.perkiraanBiaya.map { Rupiah.format($0) } ?? "–"),
            Medan(label: "Sumber dana", nilai: u.sumberDana?.nama ?? "–"),
            Medan(
                label: "Keterkaitan perencanaan",
                nilai: u.kodeProgram.map { "\($0) \(u.namaProgram ?? "")" }
                    ?? u.pengecualian.map { "Pengecualian: \($0.nama) — \(u.alasanPengecualian ?? "")" } ?? "–"),
        ]
    }

    static func riwayat(_ h: RiwayatUsulanRecord) -> BarisRiwayat {
        BarisRiwayat(
            waktu: Format.waktu(h.waktu), pengguna: h.pengguna, aksi: namaAksi(h.aksi),
            ke: StatusUsulan(rawValue: h.ke)?.nama ?? h.ke, catatan: h.catatan)
    }

    /// The status buttons: the proposer's, and the admin's.
    static func tombolAksi(_ st: StatusUsulan, pemilik: Bool, pelaku p: Pelaku) -> (pemilik: [Tata.Menu], admin: [Tata.Menu]) {
        var aksiPemilik: [Tata.Menu] = []
        if pemilik && st.dapatDisuntingPengusul { aksiPemilik.append(.init(label: "Ajukan", href: "ajukan", aktif: false)) }
        if pemilik && st == .diajukan { aksiPemilik.append(.init(label: "Tarik kembali", href: "tarikKembali", aktif: false)) }
        var aksiAdmin: [Tata.Menu] = []
        if p.peran == .admin {
            if st == .diajukan { aksiAdmin.append(.init(label: "Verifikasi", href: "verifikasi", aktif: false)) }
            if st == .dinilai { aksiAdmin.append(.init(label: "Prioritaskan", href: "prioritaskan", aktif: false)) }
        }
        return (aksiPemilik, aksiAdmin)
    }

    static func skorTersimpan(_ n: NilaiUsulanRecord) -> [String: Double]? {
        try? JSONDecoder().decode([String: Double].self, from: Data(n.nilaiJSON.utf8))
    }

    /// The caller's score per criterion: as typed (after a refused post), else as stored.
    static func skor(_ d: DataDetail, pelaku p: Pelaku, skorIsian: [String: String]?, petaGalat: [String: String]) -> [SkorKriteria] {
        let nilaiSaya = d.nilai.first { $0.penggunaID == p.penggunaID }.flatMap(skorTersimpan) ?? [:]
        return d.periode.kriteria.map { k in
            let dipilih = skorIsian?["n_\(k.kode)"] ?? nilaiSaya[k.kode].map { String(Int($0)) } ?? ""
            return SkorKriteria(
                kode: k.kode, nama: k.nama, keterangan: k.keterangan,
                pilihan: (1...5).map { .init(nilai: "\($0)", label: "\($0)", dipilih: "\($0)" == dipilih) },
                galat: petaGalat["n_\(k.kode)"] ?? petaGalat["nilai.\(k.kode)"])
        }
    }

    static func nilaiAnggota(_ d: DataDetail) -> [NilaiTampil] {
        let kriteria = d.periode.kriteria
        return d.nilai.map { n in
            let s = skorTersimpan(n) ?? [:]
            return NilaiTampil(
                anggota: d.namaAnggota[n.penggunaID] ?? "–",
                nilai: kriteria.map { "\($0.nama): \(s[$0.kode].map { String(Int($0)) } ?? "–")" }.joined(separator: "; "),
                alasan: n.alasan)
        }
    }

    static func lampiran(_ l: LampiranRecord) -> LampiranTampil {
        LampiranTampil(
            id: l.id!.uuidString, nama: l.namaAsli, jenis: l.tipe.uppercased(), ukuran: "\(max(1, l.ukuran / 1024)) KB",
            sha: String(l.sha256.prefix(16)), oleh: l.diunggahOleh, waktu: Format.waktu(l.waktu))
    }

    static func namaAksi(_ a: String) -> String {
        switch a {
        case "buat": "Dibuat"
        case "ubah": "Diubah"
        default: AksiUsulan.Jenis(rawValue: a)?.nama ?? a
        }
    }
}
