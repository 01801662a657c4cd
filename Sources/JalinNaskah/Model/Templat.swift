import Foundation
import JalinDomain

/// What the mapping already knows about the potential a document comes from.
public struct KonteksUsulan: Sendable, Codable, Equatable {
    public var judul: String
    public var deskripsi: String?
    /// Names of the bidang urusan: "Perhubungan".
    public var urusan: [String]
    /// Names of the locations: "Tenggarong", "Loa Janan".
    public var lokasi: [String]
    public var dimiliki: String?
    public var dibutuhkan: String?
    public var manfaat: String?
    public var indikator: String?
    /// The proposing unit: "Dinas Perhubungan".
    public var unitPengusul: String?
    public var sumberDana: String?

    public init(judul: String, deskripsi: String? = nil, urusan: [String] = [], lokasi: [String] = [], dimiliki: String? = nil,
                dibutuhkan: String? = nil, manfaat: String? = nil, indikator: String? = nil, unitPengusul: String? = nil,
                sumberDana: String? = nil) {
        self.judul = judul
        self.deskripsi = deskripsi
        self.urusan = urusan
        self.lokasi = lokasi
        self.dimiliki = dimiliki
        self.dibutuhkan = dibutuhkan
        self.manfaat = manfaat
        self.indikator = indikator
        self.unitPengusul = unitPengusul
        self.sumberDana = sumberDana
    }
}

/// Everything a template is filled from: what is known (the pemda, the partner, the mapping
/// submission, the KB a PKS follows) and what the guided form asked (numbers, date, place,
/// signatories, term).
public struct IsianTemplat: Sendable {
    public var jenis: JenisDokumen
    public var jenisKerjaSama: JenisKerjaSama?
    /// The pemda first, then the partner(s), with the signatories, numbers and addresses entered.
    public var pihak: [Pihak]
    /// The signatory of a planning document (KAK, studi kelayakan): the head of the proposing unit.
    public var pengusul: Pihak?
    public var tentang: String
    public var tanggal: Tanggal?
    public var tempat: String?
    public var jangkaWaktuTahun: Int?
    /// Days to notify force majeure (`AturanKSD.pemberitahuanKeadaanKaharHari`).
    public var hariKeadaanKahar: Int?
    /// The implementing units, one per party: "Dinas Perhubungan Kabupaten Kutai Kartanegara".
    public var pelaksana: [String]
    public var usulan: KonteksUsulan?
    /// The pemda and the partner share a border.
    public var berbatasan: Bool
    /// "Kalimantan Timur" — the province of the pemda (for the tembusan of an offer).
    public var provinsi: String?
    /// The KB a PKS implements; the agreement an adendum amends.
    public var rujukan: RujukanNaskah?
    /// The document a PKS or an adendum is drafted from (its scope and parties are reused).
    public var sumber: Naskah?
    public var paraf: [String]

    public init(jenis: JenisDokumen, jenisKerjaSama: JenisKerjaSama? = nil, pihak: [Pihak], pengusul: Pihak? = nil, tentang: String,
                tanggal: Tanggal? = nil, tempat: String? = nil, jangkaWaktuTahun: Int? = nil, hariKeadaanKahar: Int? = nil,
                pelaksana: [String] = [], usulan: KonteksUsulan? = nil, berbatasan: Bool = false, provinsi: String? = nil,
                rujukan: RujukanNaskah? = nil, sumber: Naskah? = nil, paraf: [String] = []) {
        self.jenis = jenis
        self.jenisKerjaSama = jenisKerjaSama
        self.pihak = pihak
        self.pengusul = pengusul
        self.tentang = tentang
        self.tanggal = tanggal
        self.tempat = tempat
        self.jangkaWaktuTahun = jangkaWaktuTahun
        self.hariKeadaanKahar = hariKeadaanKahar
        self.pelaksana = pelaksana
        self.usulan = usulan
        self.berbatasan = berbatasan
        self.provinsi = provinsi
        self.rujukan = rujukan
        self.sumber = sumber
        self.paraf = paraf
    }
}

/// The templates of every document kind of ksd-rules.md §5, filled from an `IsianTemplat` and the
/// clause library. The Kesepakatan Bersama follows `contoh-naskah.md` Pasal by Pasal.
public enum Templat {
    /// The mark of a blank that still has to be filled (the checker lists every one left).
    public static let kosong = "……"

    /// Kinds that have a template (all of them).
    public static let jenis: [JenisDokumen] = JenisDokumen.allCases

    public static func buat(_ i: IsianTemplat, pustaka: PustakaKlausul = .bawaan) throws(KesalahanValidasi) -> Naskah {
        var v = Pemeriksa()
        if i.tentang.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { v.tambah("tentang", "Isian \"tentang\" wajib diisi.") }
        if i.pihak.isEmpty { v.tambah("pihak", "Naskah memerlukan paling sedikit satu pihak.") }
        let perluDuaPihak: Set<JenisDokumen> = [.kesepakatanBersama, .perjanjianKerjaSama, .notaKesepakatan, .pernyataanKehendak, .naskahLN,
                                                 .peraturanBersamaDesa, .perjanjianBersamaDesa, .adendum, .suratPenawaran]
        if perluDuaPihak.contains(i.jenis) && i.pihak.count < 2 {
            v.tambah("mitraID", "\(i.jenis.nama) memerlukan mitra sebagai pihak kedua; pilih mitra dari direktori.")
        }
        if let t = i.jangkaWaktuTahun, !(1...30).contains(t) { v.tambah("jangkaWaktuTahun", "Jangka waktu harus antara 1 dan 30 tahun.") }
        try v.selesai()
        let b = Pembangun(i, pustaka)
        let n: Naskah
        switch i.jenis {
        case .kesepakatanBersama: n = try b.kesepakatanBersama()
        case .perjanjianKerjaSama: n = try b.perjanjianKerjaSama()
        case .notaKesepakatan: n = try b.notaKesepakatan()
        case .rencanaKerja: n = try b.rencanaKerja()
        case .pernyataanKehendak: n = try b.pernyataanKehendak()
        case .naskahLN: n = try b.naskahLN()
        case .rencanaKerjaSamaLN: n = try b.rencanaLN()
        case .kak: n = try b.kak()
        case .studiKelayakan: n = try b.studiKelayakan()
        case .suratPenawaran: n = try b.suratPenawaran()
        case .peraturanBersamaDesa: n = try b.peraturanBersamaDesa()
        case .perjanjianBersamaDesa: n = try b.perjanjianBersamaDesa()
        case .adendum: n = try b.adendum()
        case .beritaAcara: n = try b.beritaAcara()
        }
        return try n.diperiksa()
    }

    // MARK: Small helpers (public: the server reuses them for pre-filling forms)

    /// "Pemerintah Kabupaten Kutai Kartanegara" → "Kabupaten Kutai Kartanegara".
    public static func namaDaerah(_ instansi: String) -> String {
        for awalan in ["Pemerintah Daerah ", "Pemerintah "] where instansi.hasPrefix(awalan) {
            return String(instansi.dropFirst(awalan.count))
        }
        return instansi
    }

    /// The usual office of the head of a body: "Pemerintah Kabupaten X" → "Bupati X", "Pemerintah Kota Y" → "Wali Kota Y",
    /// "Pemerintah Provinsi Z" → "Gubernur Z", "Desa W" → "Kepala Desa W".
    public static func jabatanKepala(_ instansi: String) -> String {
        let d = namaDaerah(instansi)
        if d.hasPrefix("Kabupaten ") { return "Bupati " + d.dropFirst("Kabupaten ".count) }
        if d.hasPrefix("Kota ") { return "Wali Kota " + d.dropFirst("Kota ".count) }
        if d.hasPrefix("Provinsi ") { return "Gubernur " + d.dropFirst("Provinsi ".count) }
        if d.hasPrefix("Desa ") { return "Kepala " + d }
        if d.hasPrefix("Otorita ") { return "Kepala " + d }
        if d.hasPrefix("Kementerian ") { return "Menteri " + d.dropFirst("Kementerian ".count) }
        if d.hasPrefix("PT ") || d.hasPrefix("CV ") { return "Direktur Utama " + d }
        return "Pimpinan " + d
    }

    /// Lower-cases the first letter unless the first word is an acronym or a name in capitals.
    static func kecilAwal(_ s: String) -> String {
        guard let first = s.first else { return s }
        let kata = s.split(separator: " ").first.map(String.init) ?? ""
        if kata.count > 1 && kata == kata.uppercased() { return s }
        return first.lowercased() + s.dropFirst()
    }

    /// Items of an enumeration, punctuated as in legal drafting: "…;", "…; dan", "….".
    static func butirDaftar(_ xs: [String], penghubung: String = "dan") -> [Butir] {
        let bersih = xs.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " .;,")) }.filter { !$0.isEmpty }
        return bersih.enumerated().map { i, s in
            if i == bersih.count - 1 { return Butir(s + ".") }
            if i == bersih.count - 2 { return Butir(s + "; \(penghubung)") }
            return Butir(s + ";")
        }
    }

    static func pisah(_ s: String?) -> [String] {
        (s ?? "").split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\n" }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// "PIHAK KESATU dan PIHAK KEDUA", "PIHAK KESATU, PIHAK KEDUA, dan PIHAK KETIGA".
    public static func sebutanSemua(_ n: Int) -> String {
        let s = (1...max(n, 1)).map(UrutanPihak.sebutan)
        if s.count <= 2 { return s.joined(separator: " dan ") }
        return s.dropLast().joined(separator: ", ") + ", dan " + s.last!
    }
}

/// Builds one document; holds the input and the library.
struct Pembangun {
    let i: IsianTemplat
    let pustaka: PustakaKlausul
    let k = Templat.kosong

    init(_ i: IsianTemplat, _ pustaka: PustakaKlausul) {
        self.i = i
        self.pustaka = pustaka
    }

    var kelompok: KelompokKerjaSama? { i.jenisKerjaSama?.kelompok }
    /// The subject inside a sentence: the submission's title (written as a sentence) when known, else "tentang".
    var tentangKecil: String { Templat.kecilAwal(i.usulan?.judul ?? i.tentang) }
    var sebutan: String { Templat.sebutanSemua(i.pihak.count) }
    var urusanTeks: String {
        let u = i.usulan?.urusan.map { $0.lowercased() } ?? []
        return u.isEmpty ? k : u.joined(separator: " dan ")
    }
    var lingkup: [String] {
        var xs = Templat.pisah(i.usulan?.dibutuhkan)
        if xs.isEmpty { xs = [k] }
        return xs + ["pertukaran data dan informasi", "hal lain yang disepakati oleh PARA PIHAK"]
    }
    var pelaksanaTeks: String {
        let p = i.pelaksana.filter { !$0.isEmpty }
        return p.isEmpty ? k : p.joined(separator: " dan ")
    }
    /// "Kecamatan Tenggarong dan Kecamatan Loa Janan" (desa/kelurahan names are given as they are).
    func lokasiTeks(_ l: [String]) -> String {
        let xs = l.map { $0.hasPrefix("Kecamatan") || $0.hasPrefix("Desa") || $0.hasPrefix("Kelurahan") ? $0 : "Kecamatan \($0)" }
        if xs.count <= 2 { return xs.joined(separator: " dan ") }
        return xs.dropLast().joined(separator: ", ") + ", dan " + xs.last!
    }

    var manfaat: String { i.usulan?.manfaat.map { Templat.kecilAwal($0.trimmingCharacters(in: CharacterSet(charactersIn: " ."))) } ?? k }

    /// A Pasal from the library.
    func klausul(_ kode: String, varian: String? = nil, nilai: [String: String] = [:], judul: String? = nil, dokumen: JenisDokumen? = nil) throws(KesalahanValidasi) -> Pasal {
        var p = try pustaka.terapkan(kode, varian: varian, kelompok: kelompok, nilai: nilai, dokumen: dokumen ?? i.jenis)
        if let judul { p.judul = judul }
        return p
    }

    var nilaiJangka: [String: String] { i.jangkaWaktuTahun.map { ["tahun": String($0)] } ?? [:] }
    var nilaiKahar: [String: String] { i.hariKeadaanKahar.map { ["hariPemberitahuan": String($0)] } ?? [:] }
    var nilaiRangkap: [String: String] { ["rangkap": String(max(i.pihak.count, 1))] }

    /// The Pasal of the source document with this anchor (a PKS reuses the KB's scope).
    func dariSumber(_ kunci: String) -> [Unsur]? { i.sumber?.pasal.first { $0.kunci == kunci }?.isi }

    func dasar(_ n: Naskah) -> Naskah {
        var n = n
        n.tanggal = i.tanggal
        n.tempat = i.tempat
        n.paraf = i.paraf
        return n
    }

    /// PIHAK KEDUA left, PIHAK KESATU right (contoh-naskah.md); a setting of the document.
    var urutanDuaPihak: [Int]? { i.pihak.count == 2 ? [1, 0] : nil }

    var pertimbanganDasar: String {
        switch kelompok {
        case .ksdpk: "bahwa berdasarkan Peraturan Pemerintah Nomor 28 Tahun 2018 tentang Kerja Sama Daerah, daerah dapat melakukan kerja sama dengan pihak ketiga dalam rangka penyediaan pelayanan publik, pengelolaan aset, investasi, dan bentuk kerja sama lainnya;"
        case .sinergi: "bahwa berdasarkan Peraturan Pemerintah Nomor 28 Tahun 2018 tentang Kerja Sama Daerah, sinergi perencanaan dan pelaksanaan pembangunan antara Pemerintah Pusat dan Pemerintah Daerah dituangkan dalam dokumen kesepakatan;"
        case .luarNegeri: "bahwa berdasarkan Peraturan Pemerintah Nomor 28 Tahun 2018 tentang Kerja Sama Daerah, daerah dapat melakukan kerja sama dengan pemerintah daerah atau lembaga di luar negeri;"
        case .desa: "bahwa berdasarkan Undang-Undang Nomor 6 Tahun 2014 tentang Desa, Desa dapat mengadakan kerja sama dengan Desa lain dan/atau kerja sama dengan pihak ketiga;"
        default: "bahwa berdasarkan Peraturan Pemerintah Nomor 28 Tahun 2018 tentang Kerja Sama Daerah, kerja sama daerah dengan daerah lain diawali dengan kesepakatan bersama;"
        }
    }

    // MARK: Kesepakatan Bersama — contoh-naskah.md

    func kesepakatanBersama() throws(KesalahanValidasi) -> Naskah {
        let kedua = i.pihak.count > 1 ? "PIHAK KESATU dan PIHAK KEDUA" : "PIHAK KESATU"
        var ayat = [
            Butir("Pelaksanaan Kesepakatan Bersama ini dituangkan lebih lanjut dalam Perjanjian Kerja Sama yang disusun oleh perangkat daerah teknis PARA PIHAK."),
            Butir("Perangkat daerah pelaksana: \(pelaksanaTeks)."),
        ]
        if let l = i.usulan?.lokasi, !l.isEmpty { ayat.append(Butir("Lokasi pelaksanaan meliputi \(lokasiTeks(l)).")) }
        var pelaksanaan = Pasal(kunci: "pelaksanaan", judul: "PELAKSANAAN", isi: [.ayat(ayat)])
        if kelompok == .ksdpk {
            pelaksanaan.isi = [.ayat([
                Butir("Pelaksanaan Kesepakatan Bersama ini dituangkan lebih lanjut dalam Perjanjian Kerja Sama yang memuat hak dan kewajiban PARA PIHAK."),
                Butir("Pelaksana: \(pelaksanaTeks)."),
            ])]
        }
        let n = Naskah(
            jenis: .kesepakatanBersama, jenisKerjaSama: i.jenisKerjaSama, judul: "KESEPAKATAN BERSAMA", tentang: i.tentang,
            pihak: i.pihak,
            pengantarPertimbangan: "\(sebutan) yang selanjutnya secara bersama-sama disebut PARA PIHAK, terlebih dahulu menerangkan hal-hal sebagai berikut:",
            pertimbangan: [
                i.berbatasan
                    ? "bahwa \(kedua) merupakan daerah yang berbatasan dan memiliki kepentingan bersama dalam \(tentangKecil);"
                    : "bahwa \(kedua) memiliki kepentingan bersama dalam \(tentangKecil);",
                "bahwa penyelenggaraan urusan pemerintahan bidang \(urusanTeks) akan lebih efektif dan efisien apabila dilaksanakan melalui kerja sama daerah;",
                pertimbanganDasar,
            ],
            pengantarPasal: "Berdasarkan hal-hal tersebut di atas, PARA PIHAK sepakat untuk mengadakan Kesepakatan Bersama dengan ketentuan sebagai berikut:",
            pasal: [
                try klausul("maksud-tujuan", nilai: ["maksud": "melaksanakan kerja sama \(tentangKecil)", "tujuan": manfaat]),
                Pasal(kunci: "ruang-lingkup", judul: "RUANG LINGKUP", isi: [
                    .paragraf("Ruang lingkup Kesepakatan Bersama ini meliputi:"), .huruf(Templat.butirDaftar(lingkup))]),
                pelaksanaan,
                try klausul("pembiayaan"),
                try klausul("jangka-waktu", nilai: nilaiJangka),
                try klausul("pemantauan-evaluasi"),
                try klausul("keadaan-kahar", nilai: nilaiKahar),
                try klausul("penyelesaian-perselisihan"),
                try klausul("pengakhiran"),
                try klausul("perubahan", judul: "LAIN-LAIN"),
                try klausul("penutup", nilai: nilaiRangkap),
            ],
            urutanTandaTangan: urutanDuaPihak)
        return dasar(n)
    }

    // MARK: Perjanjian Kerja Sama — from the KB, with the four clauses of PP 28/2018 Pasal 19(2)

    var lampiranRencanaKerja: LampiranNaskah {
        let kegiatan = Templat.pisah(i.usulan?.dibutuhkan).ifEmpty(dariSumber("ruang-lingkup").flatMap(Pembangun.butirHuruf) ?? [k])
        return LampiranNaskah(judul: "RENCANA KERJA", isi: [
            .paragraf("Rencana kerja pelaksanaan \(i.jenis.nama) tentang \(i.tentang):"),
            .tabel(TabelNaskah(kolom: ["No", "Kegiatan", "Keluaran", "Waktu", "Penanggung Jawab"],
                               baris: kegiatan.enumerated().map { n, x in
                                   [String(n + 1), Templat.kecilAwal(x).trimmingCharacters(in: CharacterSet(charactersIn: ";. ")), k, k, k]
                               })),
        ])
    }

    static func butirHuruf(_ isi: [Unsur]) -> [String]? {
        for u in isi { if case .huruf(let b) = u { return b.map { $0.teks.replacingOccurrences(of: "; dan", with: "") } } }
        return nil
    }

    func perjanjianKerjaSama() throws(KesalahanValidasi) -> Naskah {
        let r = i.rujukan
        var pasal: [Pasal] = [
            try klausul("maksud-tujuan", nilai: ["maksud": "melaksanakan \(r.map { "\($0.jenis.nama) tentang \($0.judul)" } ?? "kerja sama \(tentangKecil)")",
                                                 "tujuan": manfaat]),
            Pasal(kunci: "ruang-lingkup", judul: "OBJEK DAN RUANG LINGKUP", isi: [
                .paragraf("Objek Perjanjian Kerja Sama ini adalah \(tentangKecil), dengan ruang lingkup meliputi:"),
                .huruf(dariSumber("ruang-lingkup").flatMap(Pembangun.butirHuruf).map { Templat.butirDaftar($0) } ?? Templat.butirDaftar(lingkup)),
            ]),
            Pasal(kunci: "pelaksanaan", judul: "PELAKSANAAN", isi: [.ayat([
                Butir("Pelaksanaan Perjanjian Kerja Sama ini dilakukan oleh \(pelaksanaTeks)."),
                Butir("Rincian kegiatan, keluaran, waktu dan penanggung jawab tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Perjanjian Kerja Sama ini."),
            ])]),
            try klausul("hak-kewajiban", nilai: [
                "sumberDayaKesatu": i.usulan?.dimiliki.map { Templat.kecilAwal($0) } ?? k,
                "sumberDayaKedua": k,
            ]),
            try klausul("pembiayaan"),
        ]
        if kelompok == .ksdpk { pasal.append(try klausul("hasil-kerja-sama")) }
        pasal += [
            try klausul("jangka-waktu", nilai: nilaiJangka),
            try klausul("pemantauan-evaluasi"),
            try klausul("keadaan-kahar", nilai: nilaiKahar),
            try klausul("penyelesaian-perselisihan"),
            try klausul("sanksi"),
            try klausul("pengakhiran"),
            try klausul("perubahan"),
            try klausul("penutup", nilai: nilaiRangkap),
        ]
        let n = Naskah(
            jenis: .perjanjianKerjaSama, jenisKerjaSama: i.jenisKerjaSama, judul: "PERJANJIAN KERJA SAMA", tentang: i.tentang, pihak: i.pihak,
            pengantarPertimbangan: "\(sebutan) yang selanjutnya secara bersama-sama disebut PARA PIHAK, terlebih dahulu menerangkan hal-hal sebagai berikut:",
            pertimbangan: [
                r.map { "bahwa PARA PIHAK telah menandatangani \($0.uraian);" } ?? "bahwa PARA PIHAK telah menandatangani Kesepakatan Bersama Nomor \(k) tentang \(i.tentang);",
                "bahwa sebagai tindak lanjut Kesepakatan Bersama sebagaimana dimaksud dalam huruf a, perlu menyusun Perjanjian Kerja Sama yang mengatur hak dan kewajiban PARA PIHAK;",
            ],
            pengantarPasal: "Berdasarkan pertimbangan sebagaimana dimaksud di atas, PARA PIHAK sepakat untuk mengadakan Perjanjian Kerja Sama dengan ketentuan sebagai berikut:",
            pasal: pasal, urutanTandaTangan: urutanDuaPihak, lampiran: [lampiranRencanaKerja], rujukan: r)
        return dasar(n)
    }

    // MARK: Nota Kesepakatan (sinergi) with its Rencana Kerja

    func notaKesepakatan() throws(KesalahanValidasi) -> Naskah {
        let tugas = i.pihak.enumerated().map { n, p in
            Butir("\(UrutanPihak.sebutan(n + 1)) bertugas dan bertanggung jawab:", rincian: ["melaksanakan kegiatan sesuai Rencana Kerja sesuai dengan kewenangannya;", "menyediakan data dan informasi yang diperlukan; dan", "melaporkan pelaksanaan kegiatan kepada pihak lainnya."])
        }
        let n = Naskah(
            jenis: .notaKesepakatan, jenisKerjaSama: i.jenisKerjaSama ?? .sinergi, judul: "NOTA KESEPAKATAN", tentang: i.tentang, pihak: i.pihak,
            pengantarPertimbangan: "\(sebutan) yang selanjutnya secara bersama-sama disebut PARA PIHAK, terlebih dahulu menerangkan hal-hal sebagai berikut:",
            pertimbangan: [
                "bahwa \(tentangKecil) memerlukan dukungan program Pemerintah Pusat dan Pemerintah Daerah;",
                "bahwa berdasarkan Pasal 46 Peraturan Pemerintah Nomor 28 Tahun 2018 tentang Kerja Sama Daerah, sinergi perencanaan dan pelaksanaan pembangunan dituangkan dalam dokumen kesepakatan yang mengikat;",
            ],
            pengantarPasal: "Berdasarkan hal-hal tersebut di atas, PARA PIHAK sepakat untuk menandatangani Nota Kesepakatan dengan ketentuan sebagai berikut:",
            pasal: [
                try klausul("maksud-tujuan", nilai: ["maksud": "mensinergikan perencanaan dan pelaksanaan pembangunan dalam \(tentangKecil)", "tujuan": manfaat]),
                Pasal(kunci: "ruang-lingkup", judul: "RUANG LINGKUP", isi: [.paragraf("Ruang lingkup Nota Kesepakatan ini meliputi:"), .huruf(Templat.butirDaftar(lingkup))]),
                Pasal(kunci: "tugas-tanggung-jawab", judul: "TUGAS DAN TANGGUNG JAWAB", isi: [.ayat(tugas)]),
                Pasal(kunci: "rencana-kerja", judul: "RENCANA KERJA", isi: [.paragraf("Pelaksanaan Nota Kesepakatan ini dijabarkan dalam Rencana Kerja sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Nota Kesepakatan ini.")]),
                Pasal(kunci: "pembiayaan", judul: "PEMBIAYAAN", isi: [.paragraf("Biaya pelaksanaan Nota Kesepakatan ini dibebankan pada Anggaran Pendapatan dan Belanja Negara dan Anggaran Pendapatan dan Belanja Daerah sesuai dengan kewenangan masing-masing PARA PIHAK.")]),
                try klausul("jangka-waktu", nilai: nilaiJangka),
                try klausul("pemantauan-evaluasi"),
                try klausul("penyelesaian-perselisihan", varian: "ksdd"),
                try klausul("perubahan"),
                try klausul("penutup", nilai: nilaiRangkap),
            ],
            urutanTandaTangan: urutanDuaPihak, lampiran: [lampiranRencanaKerja])
        return dasar(n)
    }

    func rencanaKerja() throws(KesalahanValidasi) -> Naskah {
        let n = Naskah(
            jenis: .rencanaKerja, jenisKerjaSama: i.jenisKerjaSama ?? .sinergi, judul: "RENCANA KERJA", tentang: i.tentang, pihak: i.pihak,
            pasal: [
                Pasal(kunci: "pendahuluan", judul: "PENDAHULUAN", isi: [.paragraf("Rencana Kerja ini merupakan penjabaran \(i.rujukan?.uraian ?? "Nota Kesepakatan tentang \(i.tentang)").")]),
                Pasal(kunci: "kegiatan", judul: "KEGIATAN", isi: lampiranRencanaKerja.isi),
                Pasal(kunci: "pembiayaan", judul: "PEMBIAYAAN", isi: [.paragraf("Kegiatan dibiayai dari anggaran masing-masing pihak sesuai dengan kewenangannya.")]),
                Pasal(kunci: "jangka-waktu", judul: "JANGKA WAKTU PELAKSANAAN", isi: [.paragraf("Rencana Kerja ini dilaksanakan dalam jangka waktu \(Terbilang.denganAngka(i.jangkaWaktuTahun ?? 1)) tahun.")]),
                Pasal(kunci: "pemantauan-evaluasi", judul: "PEMANTAUAN DAN EVALUASI", isi: [.paragraf("Pelaksanaan Rencana Kerja dipantau dan dievaluasi bersama paling sedikit 2 (dua) kali dalam 1 (satu) tahun.")]),
            ],
            urutanTandaTangan: urutanDuaPihak)
        return dasar(n)
    }

    // MARK: Luar negeri: LoI, rencana kerja sama (PP 28/2018 Pasal 30(3)), naskah (MoU)

    func pernyataanKehendak() throws(KesalahanValidasi) -> Naskah {
        let n = Naskah(
            jenis: .pernyataanKehendak, jenisKerjaSama: i.jenisKerjaSama ?? .ksdpl, judul: "PERNYATAAN KEHENDAK KERJA SAMA (LETTER OF INTENT)",
            tentang: i.tentang, pihak: i.pihak,
            pengantarPasal: "\(sebutan) menyatakan kehendak untuk menjajaki kerja sama dengan ketentuan sebagai berikut:",
            pasal: [
                Pasal(kunci: "maksud", judul: "MAKSUD", isi: [.paragraf("Pernyataan kehendak ini dimaksudkan untuk menjajaki peluang kerja sama di bidang \(tentangKecil).")]),
                Pasal(kunci: "bidang", judul: "BIDANG KERJA SAMA", isi: [.huruf(Templat.butirDaftar(lingkup, penghubung: "dan/atau"))]),
                Pasal(kunci: "tindak-lanjut", judul: "TINDAK LANJUT", isi: [.paragraf("PARA PIHAK akan menyusun rencana kerja sama setelah berkonsultasi dengan Menteri Dalam Negeri dan Menteri Luar Negeri sesuai dengan ketentuan peraturan perundang-undangan.")]),
                Pasal(kunci: "sifat", judul: "SIFAT", isi: [.paragraf("Pernyataan kehendak ini tidak menimbulkan hak dan kewajiban yang mengikat secara hukum bagi PARA PIHAK.")]),
            ],
            urutanTandaTangan: urutanDuaPihak)
        return dasar(n)
    }

    func rencanaLN() throws(KesalahanValidasi) -> Naskah {
        let pihakTeks = i.pihak.map(\.instansi).joined(separator: " dan ")
        let n = Naskah(
            jenis: .rencanaKerjaSamaLN, jenisKerjaSama: i.jenisKerjaSama ?? .ksdpl, judul: "RENCANA KERJA SAMA", tentang: i.tentang, pihak: i.pihak,
            pasal: [
                Pasal(kunci: "subjek", judul: "SUBJEK KERJA SAMA", isi: [.paragraf("Subjek kerja sama adalah \(pihakTeks.isEmpty ? k : pihakTeks).")]),
                Pasal(kunci: "latar-belakang", judul: "LATAR BELAKANG", isi: [.paragraf(i.usulan?.deskripsi ?? k)]),
                Pasal(kunci: "maksud-tujuan", judul: "MAKSUD, TUJUAN DAN SASARAN", isi: [.ayat([
                    Butir("Maksud kerja sama adalah \(tentangKecil)."), Butir("Tujuan kerja sama adalah \(manfaat)."),
                    Butir("Sasaran kerja sama adalah \(i.usulan?.indikator.map(Templat.kecilAwal) ?? k)."),
                ])]),
                Pasal(kunci: "objek", judul: "OBJEK KERJA SAMA", isi: [.paragraf("Objek kerja sama adalah \(tentangKecil), yang termasuk objek sebagaimana dimaksud dalam Pasal 367 ayat (1) Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah.")]),
                Pasal(kunci: "ruang-lingkup", judul: "RUANG LINGKUP", isi: [.huruf(Templat.butirDaftar(lingkup))]),
                Pasal(kunci: "pembiayaan", judul: "SUMBER PEMBIAYAAN", isi: [.paragraf(i.usulan?.sumberDana.map { "Kerja sama dibiayai dari \($0)." } ?? "Kerja sama dibiayai dari \(k).")]),
                Pasal(kunci: "jangka-waktu", judul: "JANGKA WAKTU PELAKSANAAN", isi: [.paragraf("Kerja sama dilaksanakan dalam jangka waktu \(i.jangkaWaktuTahun.map { Terbilang.denganAngka($0) } ?? k) tahun.")]),
            ],
            urutanTandaTangan: [0])
        return dasar(n)
    }

    func naskahLN() throws(KesalahanValidasi) -> Naskah {
        let n = Naskah(
            jenis: .naskahLN, jenisKerjaSama: i.jenisKerjaSama ?? .ksdpl, judul: "NOTA KESEPAHAMAN", tentang: i.tentang, pihak: i.pihak,
            pengantarPertimbangan: "\(sebutan) yang selanjutnya secara bersama-sama disebut PARA PIHAK,",
            pertimbangan: [
                "bahwa PARA PIHAK berkeinginan mempererat hubungan persahabatan dan kerja sama yang saling menguntungkan;",
                "bahwa rencana kerja sama telah mendapat persetujuan Dewan Perwakilan Rakyat Daerah dan Pemerintah Pusat sesuai dengan Pasal 29 sampai dengan Pasal 33 Peraturan Pemerintah Nomor 28 Tahun 2018 tentang Kerja Sama Daerah;",
            ],
            pengantarPasal: "telah mencapai kesepahaman sebagai berikut:",
            pasal: [
                try klausul("maksud-tujuan", nilai: ["maksud": "mengembangkan kerja sama di bidang \(tentangKecil)", "tujuan": manfaat]),
                Pasal(kunci: "ruang-lingkup", judul: "RUANG LINGKUP", isi: [.paragraf("Kerja sama meliputi:"), .huruf(Templat.butirDaftar(lingkup))]),
                Pasal(kunci: "pelaksanaan", judul: "PELAKSANAAN", isi: [.paragraf("Pelaksanaan Nota Kesepahaman ini dituangkan dalam rencana kegiatan yang disepakati PARA PIHAK, dengan memperhatikan alih pengetahuan kepada sumber daya manusia Indonesia.")]),
                try klausul("pembiayaan", varian: "apbd-masing-masing"),
                try klausul("jangka-waktu", nilai: nilaiJangka),
                try klausul("penyelesaian-perselisihan", varian: "luar-negeri"),
                try klausul("perubahan"),
                try klausul("pengakhiran", varian: "ksdd"),
                Pasal(kunci: "penutup", judul: "PENUTUP", isi: [.paragraf("Nota Kesepahaman ini dibuat dalam rangkap \(Terbilang.denganAngka(max(i.pihak.count, 2))) asli dalam bahasa Indonesia dan bahasa Inggris, yang keduanya mempunyai kekuatan hukum yang sama, dan mulai berlaku sejak tanggal ditandatangani.")]),
            ],
            urutanTandaTangan: urutanDuaPihak)
        return dasar(n)
    }

    // MARK: Planning documents: KAK (KSDD, Sinergi) and studi kelayakan (KSDPK)

    var pengusul: Pihak { i.pengusul ?? i.pihak.first ?? Pihak(instansi: k, jabatan: k) }
    var mitraTeks: String { i.pihak.dropFirst().map(\.instansi).joined(separator: ", ").ifEmpty(k) }

    func kak() throws(KesalahanValidasi) -> Naskah {
        let u = i.usulan
        let n = Naskah(
            jenis: .kak, jenisKerjaSama: i.jenisKerjaSama, judul: "KERANGKA ACUAN KERJA", tentang: i.tentang,
            pihak: [pengusul] + i.pihak.dropFirst(),
            pasal: [
                Pasal(kunci: "latar-belakang", judul: "LATAR BELAKANG", isi: [.paragraf(u?.deskripsi ?? k)]),
                Pasal(kunci: "tujuan-target", judul: "TUJUAN DAN TARGET", isi: [.ayat([Butir("Tujuan: \(manfaat)."), Butir("Target: \(u?.indikator.map(Templat.kecilAwal) ?? k).")])]),
                Pasal(kunci: "manfaat", judul: "MANFAAT", isi: [.paragraf(u?.manfaat ?? k)]),
                Pasal(kunci: "ruang-lingkup", judul: "RUANG LINGKUP", isi: [.huruf(Templat.butirDaftar(lingkup))]),
                Pasal(kunci: "kegiatan", judul: "KEGIATAN (OBJEK KERJA SAMA)", isi: [.paragraf("Objek kerja sama adalah \(tentangKecil) pada urusan pemerintahan bidang \(urusanTeks).")]),
                Pasal(kunci: "peran-para-pihak", judul: "PERAN PARA PIHAK", isi: [.angka([
                    Butir("\(pengusul.instansi): menyediakan \(u?.dimiliki.map(Templat.kecilAwal) ?? k)."),
                    Butir("\(mitraTeks): \(k)."),
                ])]),
                Pasal(kunci: "pembiayaan", judul: "PEMBIAYAAN", isi: [.paragraf("Sumber pembiayaan: \(u?.sumberDana ?? k).")]),
                Pasal(kunci: "lokasi", judul: "LOKASI", isi: [.paragraf(u.map { $0.lokasi.isEmpty ? k : "Kecamatan " + $0.lokasi.joined(separator: ", ") + "." } ?? k)]),
                Pasal(kunci: "jangka-waktu", judul: "JANGKA WAKTU", isi: [.paragraf("Jangka waktu kerja sama \(i.jangkaWaktuTahun.map { Terbilang.denganAngka($0) } ?? k) tahun, paling lama 5 (lima) tahun, dengan alasan \(k).")]),
                Pasal(kunci: "mitigasi-risiko", judul: "MITIGASI RISIKO", isi: [.tabel(TabelNaskah(kolom: ["Risiko", "Dampak", "Mitigasi"], baris: [[k, k, k]]))]),
            ],
            urutanTandaTangan: [0])
        return dasar(n)
    }

    func studiKelayakan() throws(KesalahanValidasi) -> Naskah {
        let u = i.usulan
        let bab: [(String, String, [Unsur])] = [
            ("nama-kegiatan", "NAMA KEGIATAN", [.paragraf(i.tentang)]),
            ("tujuan-target", "TUJUAN DAN TARGET", [.ayat([Butir("Tujuan: \(manfaat)."), Butir("Target: \(u?.indikator.map(Templat.kecilAwal) ?? k).")])]),
            ("rincian-kegiatan", "RINCIAN KEGIATAN", [.angka(Templat.butirDaftar(lingkup))]),
            ("peran-para-pihak", "PERAN PARA PIHAK", [.angka([Butir("\(pengusul.instansi): \(k)."), Butir("\(mitraTeks): \(k).")])]),
            ("aspek-legalitas", "ASPEK LEGALITAS", [.paragraf("Akta pendirian, perizinan berusaha, dan susunan pengurus pihak ketiga: \(k).")]),
            ("aspek-regulasi", "ASPEK REGULASI", [.paragraf("Kesesuaian dengan Peraturan Pemerintah Nomor 28 Tahun 2018 Pasal 18 ayat (1) dan peraturan sektoral: \(k).")]),
            ("aspek-ekonomi", "ASPEK EKONOMI DAN FINANSIAL", [.tabel(TabelNaskah(kolom: ["Uraian", "Jumlah (Rp)", "Sumber"], baris: [["Ketersediaan anggaran", k, u?.sumberDana ?? k], ["Dampak ekonomi", k, k]]))]),
            ("aspek-teknis", "ASPEK TEKNIS", [.paragraf("Teknologi, sumber daya manusia dan pengalaman: \(k).")]),
            ("aspek-operasional", "ASPEK OPERASIONAL", [.paragraf("Tenaga, kantor, prosedur operasional, dan penggunaan barang milik daerah: \(k).")]),
            ("aspek-lokasi", "ASPEK LOKASI DAN HUBUNGAN MASYARAKAT", [.paragraf(u.map { $0.lokasi.isEmpty ? k : "Lokasi: Kecamatan " + $0.lokasi.joined(separator: ", ") + "." } ?? k)]),
            ("jangka-waktu", "JANGKA WAKTU", [.paragraf("Jangka waktu kerja sama \(i.jangkaWaktuTahun.map { Terbilang.denganAngka($0) } ?? k) tahun.")]),
            ("mitigasi-risiko", "MITIGASI RISIKO", [.tabel(TabelNaskah(kolom: ["Risiko", "Dampak", "Mitigasi"], baris: [[k, k, k]]))]),
            ("kesimpulan", "KESIMPULAN", [.paragraf("Berdasarkan kajian di atas, kerja sama ini dinyatakan \(k).")]),
        ]
        let n = Naskah(
            jenis: .studiKelayakan, jenisKerjaSama: i.jenisKerjaSama ?? .ksdpkPelayananPublik, judul: "STUDI KELAYAKAN", tentang: i.tentang,
            pihak: [pengusul] + i.pihak.dropFirst(),
            pasal: bab.map { Pasal(kunci: $0.0, judul: $0.1, isi: $0.2) },
            urutanTandaTangan: [0],
            lampiran: [LampiranNaskah(judul: "LAMPIRAN STUDI KELAYAKAN", isi: [.angka([Butir("Rencana kerja dan anggaran (bila sudah dianggarkan)."), Butir("Surat keputusan pengangkatan kepala perangkat daerah pengusul.")])])])
        return dasar(n)
    }

    // MARK: Surat penawaran

    func suratPenawaran() throws(KesalahanValidasi) -> Naskah {
        let pengirim = i.pihak.first?.instansi ?? k
        let tujuan = i.pihak.dropFirst().first
        let lampiranTeks = kelompok == .ksdpk ? "studi kelayakan dan rancangan Kesepakatan Bersama" : "Kerangka Acuan Kerja dan rancangan Kesepakatan Bersama"
        var tembusan: [String] = []
        if kelompok == .ksdd || kelompok == nil { tembusan.append("Gubernur \(i.provinsi ?? k)") }
        tembusan += ["Sekretaris Daerah \(Templat.namaDaerah(pengirim))", "Kepala Bagian Kerja Sama Sekretariat Daerah \(Templat.namaDaerah(pengirim))"]
        if let unit = i.usulan?.unitPengusul { tembusan.append("Kepala \(unit) \(Templat.namaDaerah(pengirim))") }
        let n = Naskah(
            jenis: .suratPenawaran, jenisKerjaSama: i.jenisKerjaSama, judul: pengirim.uppercased(), tentang: i.tentang, pihak: i.pihak,
            pasal: [
                Pasal(kunci: "maksud", judul: "", isi: [.paragraf("Dalam rangka meningkatkan efektivitas dan efisiensi penyelenggaraan urusan pemerintahan bidang \(urusanTeks), serta berdasarkan Peraturan Pemerintah Nomor 28 Tahun 2018 tentang Kerja Sama Daerah, \(pengirim) bermaksud menawarkan kerja sama kepada \(tujuan?.instansi ?? k) mengenai \(tentangKecil).")]),
                Pasal(kunci: "objek", judul: "", isi: [.paragraf("Objek kerja sama yang ditawarkan meliputi:"), .huruf(Templat.butirDaftar(lingkup))]),
                Pasal(kunci: "lampiran", judul: "", isi: [.paragraf("Sebagai bahan pertimbangan, bersama ini kami lampirkan \(lampiranTeks).")]),
                Pasal(kunci: "penghubung", judul: "", isi: [.paragraf("Petugas penghubung kerja sama yang dapat dihubungi:"), .angka([Butir(k), Butir(k)])]),
            ],
            penutup: "Demikian penawaran ini kami sampaikan. Atas perhatian dan kerja sama yang baik, kami ucapkan terima kasih.",
            urutanTandaTangan: [0],
            surat: KepalaSurat(sifat: "Penting", lampiran: "1 (satu) berkas", perihal: "Penawaran Kerja Sama \(i.tentang)",
                               kepada: "Yth. \(tujuan?.jabatan ?? k)\ndi \(tujuan.map { $0.alamat.isEmpty ? Templat.namaDaerah($0.instansi) : $0.alamat } ?? k)"),
            tembusan: tembusan)
        return dasar(n)
    }

    // MARK: Desa (PP 43/2014 Pasal 143(4))

    func pasalDesa(_ dokumen: JenisDokumen) throws(KesalahanValidasi) -> [Pasal] {
        [
            Pasal(kunci: "ruang-lingkup", judul: "RUANG LINGKUP", isi: [.paragraf("Ruang lingkup \(dokumen.nama) ini meliputi:"), .huruf(Templat.butirDaftar(lingkup))]),
            Pasal(kunci: "bidang", judul: "BIDANG", isi: [.paragraf("Bidang kerja sama adalah \(urusanTeks == k ? k : urusanTeks).")]),
            Pasal(kunci: "tata-cara-pelaksanaan", judul: "TATA CARA DAN KETENTUAN PELAKSANAAN", isi: [.ayat([
                Butir("Pelaksanaan kerja sama dilakukan oleh \(pelaksanaTeks)."),
                Butir("Tata cara pelaksanaan dimusyawarahkan dan dituangkan dalam rencana kegiatan yang disepakati."),
            ])]),
            try klausul("jangka-waktu", nilai: nilaiJangka, dokumen: dokumen),
            try klausul("hak-kewajiban", nilai: ["sumberDayaKesatu": i.usulan?.dimiliki.map(Templat.kecilAwal) ?? k, "sumberDayaKedua": k], dokumen: dokumen),
            try klausul("pembiayaan", varian: "desa", judul: "PENDANAAN", dokumen: dokumen),
            try klausul("perubahan", varian: "desa", judul: "TATA CARA PERUBAHAN, PENUNDAAN DAN PEMBATALAN", dokumen: dokumen),
            try klausul("penyelesaian-perselisihan", varian: "desa", dokumen: dokumen),
            try klausul("pengakhiran", varian: "desa", dokumen: dokumen),
        ]
    }

    func peraturanBersamaDesa() throws(KesalahanValidasi) -> Naskah {
        let kepala = i.pihak.map { $0.jabatan.uppercased() }.joined(separator: " DAN ")
        let n = Naskah(
            jenis: .peraturanBersamaDesa, jenisKerjaSama: i.jenisKerjaSama ?? .desaAntarDesa, judul: "PERATURAN BERSAMA", tentang: i.tentang,
            pihak: i.pihak,
            pengantarPertimbangan: "\(kepala),",
            pertimbangan: [
                "bahwa untuk \(tentangKecil) perlu dilaksanakan kerja sama antar-Desa;",
                "bahwa kerja sama antar-Desa telah disepakati dalam musyawarah antar-Desa;",
                "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Peraturan Bersama Kepala Desa tentang \(i.tentang);",
            ],
            mengingat: [
                "Undang-Undang Nomor 6 Tahun 2014 tentang Desa sebagaimana telah diubah terakhir dengan Undang-Undang Nomor 3 Tahun 2024;",
                "Peraturan Pemerintah Nomor 43 Tahun 2014 tentang Peraturan Pelaksanaan Undang-Undang Nomor 6 Tahun 2014 tentang Desa sebagaimana telah diubah beberapa kali;",
                "Peraturan Menteri Dalam Negeri Nomor 96 Tahun 2017 tentang Tata Cara Kerja Sama Desa di Bidang Pemerintahan Desa;",
            ],
            pengantarPasal: "Dengan Kesepakatan Bersama Badan Permusyawaratan Desa masing-masing,\nMEMUTUSKAN:\nMenetapkan: PERATURAN BERSAMA \(kepala) TENTANG \(i.tentang.uppercased()).",
            pasal: try pasalDesa(.peraturanBersamaDesa) + [Pasal(kunci: "penutup", judul: "KETENTUAN PENUTUP", isi: [.paragraf("Peraturan Bersama ini mulai berlaku pada tanggal ditetapkan.")])],
            urutanTandaTangan: Array(i.pihak.indices))
        return dasar(n)
    }

    func perjanjianBersamaDesa() throws(KesalahanValidasi) -> Naskah {
        let n = Naskah(
            jenis: .perjanjianBersamaDesa, jenisKerjaSama: i.jenisKerjaSama ?? .desaPihakKetiga, judul: "PERJANJIAN BERSAMA", tentang: i.tentang,
            pihak: i.pihak,
            pengantarPertimbangan: "\(sebutan) yang selanjutnya secara bersama-sama disebut PARA PIHAK, terlebih dahulu menerangkan hal-hal sebagai berikut:",
            pertimbangan: [
                "bahwa kerja sama Desa dengan pihak ketiga dilakukan untuk mempercepat dan meningkatkan penyelenggaraan Pemerintahan Desa, pelaksanaan Pembangunan Desa, pembinaan kemasyarakatan Desa, dan pemberdayaan masyarakat Desa;",
                "bahwa kerja sama ini telah dimusyawarahkan dalam Musyawarah Desa sesuai dengan Pasal 93 ayat (2) Undang-Undang Nomor 6 Tahun 2014 tentang Desa;",
                pertimbanganDasar,
            ],
            pengantarPasal: "Berdasarkan hal-hal tersebut di atas, PARA PIHAK sepakat untuk mengadakan Perjanjian Bersama dengan ketentuan sebagai berikut:",
            pasal: try pasalDesa(.perjanjianBersamaDesa) + [try klausul("penutup", nilai: nilaiRangkap)],
            urutanTandaTangan: urutanDuaPihak)
        return dasar(n)
    }

    // MARK: Adendum and berita acara

    func adendum() throws(KesalahanValidasi) -> Naskah {
        let r = i.rujukan
        let induk = r?.jenis.nama ?? "Kesepakatan Bersama"
        let n = Naskah(
            jenis: .adendum, jenisKerjaSama: i.jenisKerjaSama, judul: "ADENDUM KESATU ATAS \(induk.uppercased())", tentang: r?.judul ?? i.tentang,
            pihak: i.pihak,
            pengantarPertimbangan: "\(sebutan) yang selanjutnya secara bersama-sama disebut PARA PIHAK, terlebih dahulu menerangkan hal-hal sebagai berikut:",
            pertimbangan: [
                "bahwa PARA PIHAK telah menandatangani \(r?.uraian ?? "\(induk) Nomor \(k)");",
                "bahwa untuk \(k), perlu dilakukan perubahan atas \(induk) sebagaimana dimaksud dalam huruf a;",
            ],
            pengantarPasal: "Berdasarkan hal-hal tersebut di atas, PARA PIHAK sepakat untuk mengadakan Adendum Kesatu atas \(induk) dengan ketentuan sebagai berikut:",
            pasal: [
                Pasal(kunci: "perubahan", judul: "PERUBAHAN", isi: [.paragraf("Ketentuan Pasal \(k) \(induk) sebagaimana dimaksud dalam huruf a konsiderans diubah sehingga berbunyi sebagai berikut:"), .paragraf(k)]),
                Pasal(kunci: "ketentuan-lain", judul: "KETENTUAN LAIN", isi: [.paragraf("Ketentuan lain dalam \(induk) yang tidak diubah dalam Adendum ini dinyatakan tetap berlaku.")]),
                Pasal(kunci: "penutup", judul: "PENUTUP", isi: [.paragraf("Adendum ini merupakan bagian yang tidak terpisahkan dari \(induk), dibuat dalam rangkap \(Terbilang.denganAngka(max(i.pihak.count, 2))) asli yang masing-masing mempunyai kekuatan hukum yang sama, dan mulai berlaku sejak tanggal ditandatangani oleh PARA PIHAK.")]),
            ],
            urutanTandaTangan: urutanDuaPihak, rujukan: r)
        return dasar(n)
    }

    func beritaAcara() throws(KesalahanValidasi) -> Naskah {
        let n = Naskah(
            jenis: .beritaAcara, jenisKerjaSama: i.jenisKerjaSama, judul: "BERITA ACARA", tentang: i.tentang, pihak: i.pihak,
            pengantarPasal: "telah melaksanakan \(tentangKecil) dengan hasil sebagai berikut:",
            pasal: [Pasal(kunci: "hasil", judul: "", isi: [.angka([Butir(k), Butir(k)])])],
            penutup: "Demikian Berita Acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.",
            urutanTandaTangan: urutanDuaPihak, rujukan: i.rujukan)
        return dasar(n)
    }
}

extension Array {
    func ifEmpty(_ lain: [Element]) -> [Element] { isEmpty ? lain : self }
}

extension String {
    func ifEmpty(_ lain: String) -> String { isEmpty ? lain : self }
}
