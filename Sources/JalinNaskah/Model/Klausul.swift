import Foundation
import JalinDomain

/// A parameter inside a clause: a whole number within a range (days, years, times a year) or a short text.
public struct ParameterKlausul: Sendable, Codable, Equatable, Hashable {
    public enum Jenis: String, Sendable, Codable, Hashable {
        /// Written as "14 (empat belas)".
        case bilangan
        case teks
    }

    public var kode: String
    public var label: String
    public var jenis: Jenis
    public var minimum: Int?
    public var maksimum: Int?
    /// "hari", "tahun", "kali" — shown in messages and forms.
    public var satuan: String?
    public var bawaan: String

    public init(kode: String, label: String, jenis: Jenis, minimum: Int? = nil, maksimum: Int? = nil, satuan: String? = nil,
                bawaan: String) {
        self.kode = kode
        self.label = label
        self.jenis = jenis
        self.minimum = minimum
        self.maksimum = maksimum
        self.satuan = satuan
        self.bawaan = bawaan
    }

    public static func bilangan(_ kode: String, _ label: String, _ rentang: ClosedRange<Int>, satuan: String, bawaan: Int) -> ParameterKlausul {
        ParameterKlausul(kode: kode, label: label, jenis: .bilangan, minimum: rentang.lowerBound, maksimum: rentang.upperBound,
                         satuan: satuan, bawaan: String(bawaan))
    }

    public static func teks(_ kode: String, _ label: String, maks: Int = 500, bawaan: String) -> ParameterKlausul {
        ParameterKlausul(kode: kode, label: label, jenis: .teks, maksimum: maks, bawaan: bawaan)
    }

    /// The value as it appears in the text, or the field's error message.
    public func nilaiTeks(_ masukan: String?, field: String) -> Result<String, KesalahanIsian> {
        let t = (masukan ?? bawaan).trimmingCharacters(in: .whitespacesAndNewlines)
        switch jenis {
        case .bilangan:
            let lo = minimum ?? 0, hi = maksimum ?? 1_000_000
            guard let n = Int(t), (lo...hi).contains(n) else {
                return .failure(KesalahanIsian(field: field, pesan: "\(label) harus bilangan bulat antara \(lo) dan \(hi)\(satuan.map { " " + $0 } ?? "") (isian: \"\(String(t.prefix(20)))\")."))
            }
            return .success(Terbilang.denganAngka(n))
        case .teks:
            let maks = maksimum ?? 500
            if t.isEmpty { return .failure(KesalahanIsian(field: field, pesan: "\(label) wajib diisi.")) }
            if t.count > maks { return .failure(KesalahanIsian(field: field, pesan: "\(label) paling banyak \(maks) karakter.")) }
            if t.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                return .failure(KesalahanIsian(field: field, pesan: "\(label) memuat karakter kendali yang tidak diizinkan."))
            }
            return .success(t)
        }
    }
}

/// One approved wording of a clause, for the kinds of cooperation it suits.
public struct VarianKlausul: Sendable, Codable, Equatable, Hashable {
    public var kode: String
    public var nama: String
    /// The regimes this variant is for; empty for all.
    public var berlaku: [KelompokKerjaSama]
    public var dasarHukum: String
    public var status: StatusSumber
    /// Every edit by the admin makes a new version; a draft records the version it used.
    public var versi: Int
    public var parameter: [ParameterKlausul]
    /// The text, with `{{parameter}}` placeholders and `{{dokumen}}` for the document's name.
    public var isi: [Unsur]

    public init(kode: String, nama: String, berlaku: [KelompokKerjaSama] = [], dasarHukum: String, status: StatusSumber,
                versi: Int = 1, parameter: [ParameterKlausul] = [], isi: [Unsur]) {
        self.kode = kode
        self.nama = nama
        self.berlaku = berlaku
        self.dasarHukum = dasarHukum
        self.status = status
        self.versi = versi
        self.parameter = parameter
        self.isi = isi
    }

    public func cocokUntuk(_ k: KelompokKerjaSama?) -> Bool {
        berlaku.isEmpty || k.map(berlaku.contains) ?? false
    }

    /// Checks an edited variant: placeholders refer to declared parameters, ranges make sense.
    public func periksa() throws(KesalahanValidasi) {
        var v = Pemeriksa()
        if nama.trimmingCharacters(in: .whitespaces).isEmpty { v.tambah("nama", "Nama varian wajib diisi.") }
        if isi.isEmpty { v.tambah("isi", "Isi klausul wajib diisi.") }
        if Naskah.panjang(isi) > BatasNaskah.isiPasal { v.tambah("isi", "Isi klausul paling banyak \(Angka.ribuan(BatasNaskah.isiPasal)) karakter.") }
        let dikenal = Set(parameter.map(\.kode) + ["dokumen", "dokumenKapital"])
        let dipakai = Set(isi.flatMap(\.semuaTeks).flatMap(PustakaKlausul.tempat))
        for x in dipakai.subtracting(dikenal).sorted() {
            v.tambah("isi", "Tempat isian {{\(x)}} tidak dikenal; parameter yang tersedia: \(dikenal.sorted().joined(separator: ", ")).")
        }
        for (i, p) in parameter.enumerated() where p.jenis == .bilangan {
            if let lo = p.minimum, let hi = p.maksimum, lo > hi {
                v.tambah("parameter[\(i)]", "Batas bawah \(p.label) tidak boleh melebihi batas atas.")
            }
            if case .failure(let e) = p.nilaiTeks(p.bawaan, field: "parameter[\(i)].bawaan") { v.tambah(e.field, "Nilai bawaan: " + e.pesan) }
        }
        try v.selesai()
    }
}

/// A standard clause with its approved variants (ksd-rules.md §5.5).
public struct Klausul: Sendable, Codable, Equatable, Hashable {
    public var kode: String
    /// The Pasal heading: "PENYELESAIAN PERSELISIHAN".
    public var judul: String
    public var keterangan: String
    public var varian: [VarianKlausul]

    public init(kode: String, judul: String, keterangan: String, varian: [VarianKlausul]) {
        self.kode = kode
        self.judul = judul
        self.keterangan = keterangan
        self.varian = varian
    }

    /// The variant for a regime: the first that names it, else the first general one.
    public func varianUntuk(_ k: KelompokKerjaSama?) -> VarianKlausul? {
        varian.first { k != nil && $0.berlaku.contains(k!) } ?? varian.first { $0.berlaku.isEmpty } ?? varian.first
    }
}

/// The clause library of a pemda: the built-in clauses, overlaid with the admin's newer versions.
public struct PustakaKlausul: Sendable, Codable, Equatable {
    public var klausul: [Klausul]

    public init(klausul: [Klausul]) { self.klausul = klausul }

    public func cari(_ kode: String) -> Klausul? { klausul.first { $0.kode == kode } }

    public func cari(_ kode: String, varian: String) -> VarianKlausul? { cari(kode)?.varian.first { $0.kode == varian } }

    /// The library with an edited variant in place of the stored one (or added when new).
    public func dengan(_ v: VarianKlausul, klausul kode: String) -> PustakaKlausul {
        var p = self
        guard let i = p.klausul.firstIndex(where: { $0.kode == kode }) else { return p }
        if let j = p.klausul[i].varian.firstIndex(where: { $0.kode == v.kode }) {
            p.klausul[i].varian[j] = v
        } else {
            p.klausul[i].varian.append(v)
        }
        return p
    }

    /// The `{{names}}` used in a text.
    static func tempat(_ s: String) -> [String] {
        var hasil: [String] = []
        var sisa = Substring(s)
        while let a = sisa.range(of: "{{") {
            guard let b = sisa[a.upperBound...].range(of: "}}") else { break }
            hasil.append(String(sisa[a.upperBound..<b.lowerBound]).trimmingCharacters(in: .whitespaces))
            sisa = sisa[b.upperBound...]
        }
        return hasil
    }

    static func isi(_ s: String, _ nilai: [String: String]) -> String {
        var out = s
        for (k, v) in nilai { out = out.replacingOccurrences(of: "{{\(k)}}", with: v) }
        return out
    }

    /// Fills a variant's parameters and returns the Pasal. A value out of range is refused with a
    /// message naming the field `nilai.<parameter>`.
    public func terapkan(
        _ kode: String, varian: String? = nil, kelompok: KelompokKerjaSama? = nil, nilai: [String: String] = [:],
        dokumen: JenisDokumen, kunci: String? = nil
    ) throws(KesalahanValidasi) -> Pasal {
        guard let k = cari(kode) else { throw KesalahanValidasi(field: "klausul", pesan: "Klausul \"\(kode)\" tidak ada dalam pustaka klausul.") }
        let v: VarianKlausul
        if let varian {
            guard let x = k.varian.first(where: { $0.kode == varian }) else {
                throw KesalahanValidasi(field: "varian", pesan: "Varian \"\(varian)\" tidak ada untuk klausul \(k.judul.lowercased()).")
            }
            v = x
        } else {
            guard let x = k.varianUntuk(kelompok) else { throw KesalahanValidasi(field: "varian", pesan: "Klausul \(k.judul.lowercased()) belum memiliki varian.") }
            v = x
        }
        var pemeriksa = Pemeriksa()
        var isian: [String: String] = ["dokumen": dokumen.nama, "dokumenKapital": dokumen.nama.uppercased()]
        var tersimpan: [String: String] = [:]
        for p in v.parameter {
            switch p.nilaiTeks(nilai[p.kode], field: "nilai.\(p.kode)") {
            case .success(let s):
                isian[p.kode] = s
                tersimpan[p.kode] = (nilai[p.kode] ?? p.bawaan).trimmingCharacters(in: .whitespacesAndNewlines)
            case .failure(let e): pemeriksa.tambah(e.field, e.pesan)
            }
        }
        try pemeriksa.selesai()
        func f(_ s: String) -> String { PustakaKlausul.isi(s, isian) }
        let isi = v.isi.map { u -> Unsur in
            switch u {
            case .paragraf(let s): .paragraf(f(s))
            case .ayat(let b): .ayat(b.map { Butir(f($0.teks), rincian: $0.rincian.map(f)) })
            case .huruf(let b): .huruf(b.map { Butir(f($0.teks), rincian: $0.rincian.map(f)) })
            case .angka(let b): .angka(b.map { Butir(f($0.teks), rincian: $0.rincian.map(f)) })
            case .tabel(let t): .tabel(TabelNaskah(kolom: t.kolom.map(f), baris: t.baris.map { $0.map(f) }))
            }
        }
        return Pasal(kunci: kunci ?? k.kode, judul: k.judul, isi: isi,
                     klausul: RujukanKlausul(kode: k.kode, varian: v.kode, versi: v.versi, nilai: tersimpan))
    }
}

// MARK: - The built-in library

extension PustakaKlausul {
    private static func a(_ s: String, _ r: [String] = []) -> Butir { Butir(s, rincian: r) }

    /// Standard clauses of ksd-rules.md §5.5, with variants per regime where the law differs.
    public static let bawaan = PustakaKlausul(klausul: [
        Klausul(
            kode: "maksud-tujuan", judul: "MAKSUD DAN TUJUAN", keterangan: "Maksud dan tujuan kerja sama.",
            varian: [VarianKlausul(
                kode: "umum", nama: "Umum", dasarHukum: "Praktik penyusunan naskah kerja sama [S]; PP 50/2007 Pasal 7 (dicabut) sebagai daftar periksa",
                status: .sekunder,
                parameter: [.teks("maksud", "Maksud (pedoman bagi PARA PIHAK dalam …)", bawaan: "……"),
                            .teks("tujuan", "Tujuan (bertujuan untuk …)", bawaan: "……")],
                isi: [.ayat([a("{{dokumen}} ini dimaksudkan sebagai pedoman bagi PARA PIHAK dalam {{maksud}}."),
                             a("{{dokumen}} ini bertujuan untuk {{tujuan}}.")])])]),
        Klausul(
            kode: "hak-kewajiban", judul: "HAK DAN KEWAJIBAN",
            keterangan: "Hak dan kewajiban para pihak; wajib dalam perjanjian dengan pihak ketiga. Kewajiban menjadi butir yang dipantau.",
            varian: [VarianKlausul(
                kode: "umum", nama: "Dua pihak", dasarHukum: "UU 23/2014 Pasal 366 ayat (2) huruf a; PP 28/2018 Pasal 19 ayat (2) huruf a",
                status: .terverifikasi,
                parameter: [.teks("sumberDayaKesatu", "Yang disediakan PIHAK KESATU", bawaan: "……"),
                            .teks("sumberDayaKedua", "Yang disediakan PIHAK KEDUA", bawaan: "……"),
                            .bilangan("laporanPerTahun", "Frekuensi laporan pelaksanaan", 1...12, satuan: "kali setahun", bawaan: 2)],
                isi: [.ayat([
                    a("PIHAK KESATU berhak:", ["memperoleh data dan informasi yang diperlukan dari PIHAK KEDUA dalam pelaksanaan {{dokumen}} ini; dan",
                                                "memperoleh manfaat dari pelaksanaan {{dokumen}} ini sesuai dengan kesepakatan."]),
                    a("PIHAK KESATU berkewajiban:", ["menyediakan {{sumberDayaKesatu}};",
                                                      "menugaskan perangkat daerah pelaksana; dan",
                                                      "menyampaikan laporan pelaksanaan kepada PIHAK KEDUA paling sedikit {{laporanPerTahun}} kali dalam 1 (satu) tahun."]),
                    a("PIHAK KEDUA berhak:", ["memperoleh data dan informasi yang diperlukan dari PIHAK KESATU dalam pelaksanaan {{dokumen}} ini; dan",
                                               "memperoleh manfaat dari pelaksanaan {{dokumen}} ini sesuai dengan kesepakatan."]),
                    a("PIHAK KEDUA berkewajiban:", ["menyediakan {{sumberDayaKedua}};",
                                                     "menugaskan perangkat daerah atau unit pelaksana; dan",
                                                     "menyampaikan laporan pelaksanaan kepada PIHAK KESATU paling sedikit {{laporanPerTahun}} kali dalam 1 (satu) tahun."]),
                ])])]),
        Klausul(
            kode: "pembiayaan", judul: "PEMBIAYAAN", keterangan: "Sumber biaya; menentukan perlu tidaknya persetujuan DPRD.",
            varian: [
                VarianKlausul(
                    kode: "apbd-masing-masing", nama: "APBD masing-masing pihak", berlaku: [.ksdd, .sinergi, .luarNegeri],
                    dasarHukum: "PP 28/2018 Pasal 6 ayat (2) (persetujuan DPRD bila belum dianggarkan); praktik [S]", status: .sekunder,
                    isi: [.paragraf("Biaya yang timbul dari pelaksanaan {{dokumen}} ini dibebankan pada Anggaran Pendapatan dan Belanja Daerah masing-masing PARA PIHAK dan sumber lain yang sah dan tidak mengikat sesuai dengan ketentuan peraturan perundang-undangan.")]),
                VarianKlausul(
                    kode: "pihak-ketiga", nama: "Dibiayai pihak ketiga", berlaku: [.ksdpk],
                    dasarHukum: "PP 28/2018 Pasal 18 ayat (1) huruf c (kemampuan pembiayaan pihak ketiga); Pasal 20", status: .terverifikasi,
                    isi: [.ayat([a("Biaya yang timbul dari pelaksanaan {{dokumen}} ini dibebankan kepada PIHAK KEDUA."),
                                 a("Pelaksanaan {{dokumen}} ini tidak membebani Anggaran Pendapatan dan Belanja Daerah PIHAK KESATU kecuali telah dianggarkan sesuai dengan ketentuan peraturan perundang-undangan.")])]),
                VarianKlausul(
                    kode: "desa", nama: "APB Desa", berlaku: [.desa],
                    dasarHukum: "PP 43/2014 Pasal 143 ayat (4) huruf f", status: .terverifikasi,
                    isi: [.paragraf("Pendanaan pelaksanaan {{dokumen}} ini bersumber dari Anggaran Pendapatan dan Belanja Desa masing-masing pihak dan sumber lain yang sah sesuai dengan ketentuan peraturan perundang-undangan.")]),
            ]),
        Klausul(
            kode: "hasil-kerja-sama", judul: "HASIL KERJA SAMA", keterangan: "Hasil berupa uang masuk kas daerah; barang dicatat sebagai aset.",
            varian: [VarianKlausul(
                kode: "umum", nama: "Umum", dasarHukum: "PP 28/2018 Pasal 20", status: .terverifikasi,
                isi: [.ayat([a("Hasil kerja sama berupa uang disetorkan ke kas daerah sebagai pendapatan daerah sesuai dengan ketentuan peraturan perundang-undangan."),
                             a("Hasil kerja sama berupa barang dicatat sebagai aset Pemerintah Daerah sesuai dengan ketentuan peraturan perundang-undangan.")])])]),
        Klausul(
            kode: "jangka-waktu", judul: "JANGKA WAKTU", keterangan: "Masa berlaku dan perpanjangan; wajib dalam perjanjian dengan pihak ketiga.",
            varian: [VarianKlausul(
                kode: "umum", nama: "Umum", dasarHukum: "UU 23/2014 Pasal 366 ayat (2) huruf b; PP 28/2018 Pasal 19 ayat (2) huruf b; paling lama 5 tahun [S]",
                status: .terverifikasi,
                parameter: [.bilangan("tahun", "Jangka waktu", 1...30, satuan: "tahun", bawaan: 5),
                            .bilangan("bulanPemberitahuan", "Pemberitahuan perpanjangan sebelum berakhir", 1...12, satuan: "bulan", bawaan: 3)],
                isi: [.ayat([a("{{dokumen}} ini berlaku untuk jangka waktu {{tahun}} tahun terhitung sejak tanggal ditandatangani."),
                             a("{{dokumen}} ini dapat diperpanjang atas persetujuan PARA PIHAK, dengan pemberitahuan tertulis paling lambat {{bulanPemberitahuan}} bulan sebelum berakhir.")])])]),
        Klausul(
            kode: "pemantauan-evaluasi", judul: "PEMANTAUAN DAN EVALUASI", keterangan: "Frekuensi pemantauan dan evaluasi bersama.",
            varian: [VarianKlausul(
                kode: "umum", nama: "Umum", dasarHukum: "UU 23/2014 Pasal 368; praktik evaluasi dua kali setahun [S]", status: .sekunder,
                parameter: [.bilangan("kali", "Frekuensi pemantauan dan evaluasi", 1...12, satuan: "kali setahun", bawaan: 2)],
                isi: [.paragraf("PARA PIHAK melakukan pemantauan dan evaluasi atas pelaksanaan {{dokumen}} ini paling sedikit {{kali}} kali dalam 1 (satu) tahun.")])]),
        Klausul(
            kode: "keadaan-kahar", judul: "KEADAAN KAHAR", keterangan: "Peristiwa di luar kemampuan para pihak dan jangka waktu pemberitahuannya.",
            varian: [VarianKlausul(
                kode: "umum", nama: "Umum", dasarHukum: "PP 50/2007 Pasal 7 (dicabut) sebagai daftar periksa; templat PKS Kota Makassar (14 hari) [S]",
                status: .sekunder,
                parameter: [.bilangan("hariPemberitahuan", "Jangka waktu pemberitahuan keadaan kahar", 1...90, satuan: "hari", bawaan: 14)],
                isi: [.ayat([a("Keadaan kahar adalah keadaan di luar kemampuan PARA PIHAK, antara lain bencana alam, kebakaran, wabah penyakit, huru-hara, dan kebijakan pemerintah di bidang moneter."),
                             a("Pihak yang mengalami keadaan kahar memberitahukan secara tertulis kepada pihak lainnya paling lambat {{hariPemberitahuan}} hari sejak terjadinya keadaan kahar."),
                             a("Keterlambatan atau tidak terlaksananya kewajiban karena keadaan kahar tidak dianggap sebagai pelanggaran {{dokumen}} ini.")])])]),
        Klausul(
            kode: "penyelesaian-perselisihan", judul: "PENYELESAIAN PERSELISIHAN",
            keterangan: "Varian menurut jenis kerja sama: antardaerah, dengan pihak ketiga, luar negeri, desa (ksd-rules.md §6).",
            varian: [
                VarianKlausul(
                    kode: "ksdd", nama: "Antardaerah (KSDD)", berlaku: [.ksdd, .sinergi],
                    dasarHukum: "PP 28/2018 Pasal 8; UU 23/2014 Pasal 370", status: .terverifikasi,
                    isi: [.ayat([a("Perselisihan yang timbul dalam pelaksanaan {{dokumen}} ini diselesaikan secara musyawarah untuk mufakat."),
                                 a("Dalam hal musyawarah tidak mencapai mufakat, penyelesaian perselisihan dilakukan sesuai dengan ketentuan peraturan perundang-undangan mengenai penyelesaian perselisihan antardaerah.")])]),
                VarianKlausul(
                    kode: "ksdpk", nama: "Dengan pihak ketiga (KSDPK)", berlaku: [.ksdpk],
                    dasarHukum: "UU 23/2014 Pasal 366 ayat (2) huruf c; PP 28/2018 Pasal 19 ayat (2) huruf c dan Pasal 21", status: .terverifikasi,
                    parameter: [.teks("forum", "Forum penyelesaian bila musyawarah gagal", bawaan: "Pengadilan Negeri Tenggarong")],
                    isi: [.ayat([a("Perselisihan yang timbul dalam pelaksanaan {{dokumen}} ini diselesaikan secara musyawarah untuk mufakat."),
                                 a("Dalam hal musyawarah tidak mencapai mufakat dalam waktu 30 (tiga puluh) hari, PARA PIHAK sepakat menyelesaikan perselisihan melalui {{forum}} sesuai dengan ketentuan peraturan perundang-undangan.")])]),
                VarianKlausul(
                    kode: "luar-negeri", nama: "Luar negeri", berlaku: [.luarNegeri],
                    dasarHukum: "PP 28/2018 Pasal 34 dan Pasal 41", status: .terverifikasi,
                    isi: [.paragraf("Setiap perbedaan penafsiran atau perselisihan yang timbul dari pelaksanaan {{dokumen}} ini diselesaikan secara damai melalui negosiasi dan konsultasi antara PARA PIHAK.")]),
                VarianKlausul(
                    kode: "desa", nama: "Desa", berlaku: [.desa],
                    dasarHukum: "PP 43/2014 Pasal 148", status: .terverifikasi,
                    isi: [.ayat([a("Perselisihan yang timbul dalam pelaksanaan {{dokumen}} ini diselesaikan secara musyawarah serta dilandasi semangat kekeluargaan."),
                                 a("Dalam hal musyawarah tidak mencapai mufakat, penyelesaian perselisihan dalam satu kecamatan difasilitasi dan diselesaikan oleh camat, dan penyelesaian perselisihan antardesa di kecamatan yang berbeda dalam satu kabupaten difasilitasi dan diselesaikan oleh bupati."),
                                 a("Perselisihan dengan pihak ketiga yang tidak dapat diselesaikan secara musyawarah diselesaikan melalui pengadilan.")])]),
            ]),
        Klausul(
            kode: "sanksi", judul: "SANKSI", keterangan: "Sanksi bagi pihak yang tidak memenuhi perjanjian; wajib dalam perjanjian dengan pihak ketiga.",
            varian: [VarianKlausul(
                kode: "umum", nama: "Teguran bertahap", dasarHukum: "UU 23/2014 Pasal 366 ayat (2) huruf d; PP 28/2018 Pasal 19 ayat (2) huruf d",
                status: .terverifikasi,
                parameter: [.bilangan("teguran", "Jumlah teguran tertulis", 1...5, satuan: "kali", bawaan: 2),
                            .bilangan("hariTeguran", "Tenggang waktu setiap teguran", 1...90, satuan: "hari", bawaan: 14)],
                isi: [.ayat([a("Dalam hal salah satu pihak tidak memenuhi kewajiban sebagaimana diatur dalam {{dokumen}} ini, pihak lainnya memberikan teguran tertulis paling banyak {{teguran}} kali dengan tenggang waktu masing-masing {{hariTeguran}} hari."),
                             a("Dalam hal teguran sebagaimana dimaksud pada ayat (1) tidak dipenuhi, pihak yang dirugikan dapat menghentikan sementara pelaksanaan kewajibannya atau mengakhiri {{dokumen}} ini."),
                             a("Kerugian yang timbul akibat tidak dipenuhinya kewajiban menjadi tanggung jawab pihak yang lalai sesuai dengan ketentuan peraturan perundang-undangan.")])])]),
        Klausul(
            kode: "pengakhiran", judul: "PENGAKHIRAN", keterangan: "Alasan berakhirnya kerja sama (ksd-rules.md §6).",
            varian: [
                VarianKlausul(
                    kode: "ksdd", nama: "Antardaerah (Pasal 9)", berlaku: [.ksdd, .sinergi, .luarNegeri],
                    dasarHukum: "PP 28/2018 Pasal 9", status: .terverifikasi,
                    isi: [.paragraf("{{dokumen}} ini berakhir apabila:"),
                          .huruf([a("jangka waktu berakhir;"), a("tujuan telah tercapai;"), a("PARA PIHAK sepakat mengakhiri;"),
                                  a("terdapat perubahan kebijakan atau peraturan perundang-undangan yang mengakibatkan {{dokumen}} tidak dapat dilaksanakan; atau"),
                                  a("objek kerja sama hilang atau musnah.")]),
                          .paragraf("Pergantian kepala daerah atau pejabat penanda tangan tidak mengakhiri {{dokumen}} ini.")]),
                VarianKlausul(
                    kode: "ksdpk", nama: "Dengan pihak ketiga (Pasal 22)", berlaku: [.ksdpk],
                    dasarHukum: "PP 28/2018 Pasal 22", status: .terverifikasi,
                    isi: [.paragraf("{{dokumen}} ini berakhir apabila:"),
                          .huruf([a("jangka waktu berakhir;"), a("tujuan telah tercapai;"), a("PARA PIHAK sepakat mengakhiri;"),
                                  a("terdapat perubahan kebijakan atau peraturan perundang-undangan yang mengakibatkan {{dokumen}} tidak dapat dilaksanakan;"),
                                  a("objek kerja sama hilang atau musnah;"),
                                  a("terdapat putusan pengadilan yang telah memperoleh kekuatan hukum tetap; atau"),
                                  a("pihak ketiga dinyatakan pailit.")])]),
                VarianKlausul(
                    kode: "desa", nama: "Desa (Pasal 147)", berlaku: [.desa],
                    dasarHukum: "PP 43/2014 Pasal 147", status: .terverifikasi,
                    isi: [.paragraf("{{dokumen}} ini berakhir apabila:"),
                          .huruf([a("terdapat kesepakatan para pihak melalui prosedur yang ditetapkan dalam {{dokumen}} ini;"), a("tujuan telah tercapai;"),
                                  a("terdapat keadaan luar biasa yang mengakibatkan {{dokumen}} tidak dapat dilaksanakan;"),
                                  a("salah satu pihak tidak melaksanakan atau melanggar ketentuan {{dokumen}} ini;"),
                                  a("dibuat perjanjian baru yang menggantikan {{dokumen}} ini;"),
                                  a("bertentangan dengan ketentuan peraturan perundang-undangan;"), a("objek hilang;"),
                                  a("terdapat hal yang merugikan kepentingan masyarakat Desa, daerah, atau nasional; atau"), a("masa berlaku berakhir.")])]),
            ]),
        Klausul(
            kode: "perubahan", judul: "PERUBAHAN", keterangan: "Tata cara perubahan, penundaan dan pembatalan.",
            varian: [
                VarianKlausul(
                    kode: "umum", nama: "Adendum", dasarHukum: "Praktik (adendum atas kesepakatan PARA PIHAK) [S]", status: .sekunder,
                    isi: [.paragraf("Hal-hal yang belum diatur atau perubahan atas {{dokumen}} ini diatur kemudian oleh PARA PIHAK dalam Adendum yang merupakan bagian tidak terpisahkan dari {{dokumen}} ini.")]),
                VarianKlausul(
                    kode: "desa", nama: "Desa (musyawarah)", berlaku: [.desa], dasarHukum: "PP 43/2014 Pasal 143 ayat (4) huruf g, Pasal 145 dan 146",
                    status: .terverifikasi,
                    isi: [.paragraf("Perubahan, penundaan, atau pembatalan {{dokumen}} ini dimusyawarahkan dengan melibatkan seluruh pihak dan dituangkan secara tertulis sebagai bagian yang tidak terpisahkan dari {{dokumen}} ini.")]),
            ]),
        Klausul(
            kode: "penutup", judul: "PENUTUP", keterangan: "Rangkap naskah asli dan saat mulai berlaku.",
            varian: [VarianKlausul(
                kode: "umum", nama: "Umum", dasarHukum: "Praktik penyusunan naskah kerja sama [S]", status: .sekunder,
                parameter: [.bilangan("rangkap", "Jumlah rangkap asli", 1...20, satuan: "rangkap", bawaan: 2)],
                isi: [.paragraf("{{dokumen}} ini dibuat dalam rangkap {{rangkap}} asli, masing-masing mempunyai kekuatan hukum yang sama, dan mulai berlaku sejak tanggal ditandatangani oleh PARA PIHAK.")])]),
    ])
}
