import Foundation
import JalinDomain

// MARK: - The document model of a naskah kerja sama

/// How a document is laid out (ksd-rules.md §5; contoh-naskah.md).
public enum GayaNaskah: String, Sendable, Codable, CaseIterable {
    /// An agreement between parties: title block with both numbers, "Pada hari ini …", komparisi,
    /// considerations, Pasal, signatures (KB, PKS, NK, LoI, naskah LN, perjanjian bersama desa, adendum).
    case perjanjian
    /// A regulation of village heads: "DENGAN RAHMAT TUHAN YANG MAHA ESA", Menimbang, Mengingat,
    /// MEMUTUSKAN, Pasal, "Ditetapkan di …" (Peraturan Bersama Kepala Desa).
    case peraturan
    /// A planning document in chapters: I. LATAR BELAKANG, II. … (KAK, studi kelayakan, rencana LN, RK).
    case bab
    /// An official letter: kop, Nomor/Sifat/Lampiran/Perihal, addressee, body, signature, tembusan.
    case surat
    /// A record of an event: "Pada hari ini …, kami yang bertanda tangan di bawah ini", items, signatures.
    case beritaAcara

    public static func untuk(_ j: JenisDokumen) -> GayaNaskah {
        switch j {
        case .kesepakatanBersama, .perjanjianKerjaSama, .notaKesepakatan, .pernyataanKehendak, .naskahLN,
            .perjanjianBersamaDesa, .adendum:
            .perjanjian
        case .peraturanBersamaDesa: .peraturan
        case .kak, .studiKelayakan, .rencanaKerjaSamaLN, .rencanaKerja: .bab
        case .suratPenawaran: .surat
        case .beritaAcara: .beritaAcara
        }
    }
}

/// One party as it appears in the komparisi and the signature table.
public struct Pihak: Sendable, Codable, Equatable, Hashable {
    /// The body the signatory acts for: "Pemerintah Kabupaten Kutai Kartanegara".
    public var instansi: String
    /// The signatory's name.
    public var nama: String
    /// The signatory's office: "Bupati Kutai Kartanegara".
    public var jabatan: String
    /// Legal capacity beyond the office, e.g. "berdasarkan Surat Kuasa Bupati Nomor …" (optional).
    public var dasarKewenangan: String?
    /// Seat of the party: "Jalan Wolter Monginsidi Nomor 1, Tenggarong".
    public var alamat: String
    /// This party's number of the document (each party numbers it in its own register).
    public var nomorDokumen: String?
    /// A government party. A non-government party signs over a meterai (UU 10/2020 Bea Meterai).
    public var pemerintah: Bool
    public var nip: String?

    public init(instansi: String, nama: String = "", jabatan: String, dasarKewenangan: String? = nil, alamat: String = "",
                nomorDokumen: String? = nil, pemerintah: Bool = true, nip: String? = nil) {
        self.instansi = instansi
        self.nama = nama
        self.jabatan = jabatan
        self.dasarKewenangan = dasarKewenangan
        self.alamat = alamat
        self.nomorDokumen = nomorDokumen
        self.pemerintah = pemerintah
        self.nip = nip
    }
}

/// An item of a numbered list, with optional sub-items (a lettered list under an ayat).
public struct Butir: Sendable, Codable, Equatable, Hashable {
    public var teks: String
    public var rincian: [String]

    public init(_ teks: String, rincian: [String] = []) {
        self.teks = teks
        self.rincian = rincian
    }

    private enum CodingKeys: String, CodingKey { case teks, rincian }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        teks = try c.decode(String.self, forKey: .teks)
        rincian = try c.decodeIfPresent([String].self, forKey: .rincian) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(teks, forKey: .teks)
        if !rincian.isEmpty { try c.encode(rincian, forKey: .rincian) }
    }
}

/// A table inside a Pasal or a lampiran (e.g. the Rencana Kerja of a Nota Kesepakatan).
public struct TabelNaskah: Sendable, Codable, Equatable, Hashable {
    public var kolom: [String]
    public var baris: [[String]]

    public init(kolom: [String], baris: [[String]]) {
        self.kolom = kolom
        self.baris = baris
    }
}

/// One block of a Pasal's body.
public enum Unsur: Sendable, Equatable, Hashable {
    case paragraf(String)
    /// (1), (2), … — the ayat of a Pasal.
    case ayat([Butir])
    /// a., b., c.
    case huruf([Butir])
    /// 1., 2., 3.
    case angka([Butir])
    case tabel(TabelNaskah)

    /// Every text of the block, for searching and size checks.
    public var semuaTeks: [String] {
        switch self {
        case .paragraf(let s): [s]
        case .ayat(let b), .huruf(let b), .angka(let b): b.flatMap { [$0.teks] + $0.rincian }
        case .tabel(let t): t.kolom + t.baris.flatMap { $0 }
        }
    }
}

extension Unsur: Codable {
    private enum CodingKeys: String, CodingKey { case jenis, teks, butir, tabel }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let jenis = try c.decode(String.self, forKey: .jenis)
        switch jenis {
        case "paragraf": self = .paragraf(try c.decode(String.self, forKey: .teks))
        case "ayat": self = .ayat(try c.decode([Butir].self, forKey: .butir))
        case "huruf": self = .huruf(try c.decode([Butir].self, forKey: .butir))
        case "angka": self = .angka(try c.decode([Butir].self, forKey: .butir))
        case "tabel": self = .tabel(try c.decode(TabelNaskah.self, forKey: .tabel))
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .jenis, in: c, debugDescription: "Jenis unsur \"\(jenis)\" tidak dikenal (paragraf, ayat, huruf, angka, tabel).")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .paragraf(let s): try c.encode("paragraf", forKey: .jenis); try c.encode(s, forKey: .teks)
        case .ayat(let b): try c.encode("ayat", forKey: .jenis); try c.encode(b, forKey: .butir)
        case .huruf(let b): try c.encode("huruf", forKey: .jenis); try c.encode(b, forKey: .butir)
        case .angka(let b): try c.encode("angka", forKey: .jenis); try c.encode(b, forKey: .butir)
        case .tabel(let t): try c.encode("tabel", forKey: .jenis); try c.encode(t, forKey: .tabel)
        }
    }
}

/// Which clause of the library a Pasal came from: the variant and the version used, and the
/// parameter values filled in.
public struct RujukanKlausul: Sendable, Codable, Equatable, Hashable {
    public var kode: String
    public var varian: String
    public var versi: Int
    public var nilai: [String: String]

    public init(kode: String, varian: String, versi: Int, nilai: [String: String] = [:]) {
        self.kode = kode
        self.varian = varian
        self.versi = versi
        self.nilai = nilai
    }
}

/// A Pasal (or, in chapter-style documents, a chapter; in letters, a part of the body).
public struct Pasal: Sendable, Codable, Equatable, Hashable {
    /// A stable anchor within the document (comments and the diff follow it when Pasal move).
    public var kunci: String
    /// The heading: "MAKSUD DAN TUJUAN".
    public var judul: String
    public var isi: [Unsur]
    public var klausul: RujukanKlausul?

    public init(kunci: String, judul: String, isi: [Unsur], klausul: RujukanKlausul? = nil) {
        self.kunci = kunci
        self.judul = judul
        self.isi = isi
        self.klausul = klausul
    }
}

/// A lampiran: its own page at the end, with a title and a body.
public struct LampiranNaskah: Sendable, Codable, Equatable, Hashable {
    public var judul: String
    public var isi: [Unsur]

    public init(judul: String, isi: [Unsur]) {
        self.judul = judul
        self.isi = isi
    }
}

/// The letter head fields of a surat (Nomor, Sifat, Lampiran, Perihal, addressee).
public struct KepalaSurat: Sendable, Codable, Equatable, Hashable {
    public var sifat: String
    public var lampiran: String
    public var perihal: String
    /// "Yth. Bupati Penajam Paser Utara\ndi Penajam"
    public var kepada: String

    public init(sifat: String = "Penting", lampiran: String = "-", perihal: String, kepada: String) {
        self.sifat = sifat
        self.lampiran = lampiran
        self.perihal = perihal
        self.kepada = kepada
    }
}

/// The document another one rests on: the KB a PKS implements, the agreement an adendum amends.
public struct RujukanNaskah: Sendable, Codable, Equatable, Hashable {
    public var jenis: JenisDokumen
    public var judul: String
    public var nomor: [String]
    public var tanggal: Tanggal?

    public init(jenis: JenisDokumen, judul: String, nomor: [String], tanggal: Tanggal? = nil) {
        self.jenis = jenis
        self.judul = judul
        self.nomor = nomor
        self.tanggal = tanggal
    }

    /// "Kesepakatan Bersama Nomor 100.3.7/12/KS/V/2024 dan Nomor 180/45/Pem/2024 tanggal 3 Mei 2024 tentang …"
    public var uraian: String {
        let nomorTeks = nomor.filter { !$0.isEmpty }.map { "Nomor \($0)" }.joined(separator: " dan ")
        var s = jenis.nama
        if !nomorTeks.isEmpty { s += " " + nomorTeks }
        if let tanggal { s += " tanggal \(tanggal.panjang)" }
        if !judul.isEmpty { s += " tentang \(judul)" }
        return s
    }
}

/// A naskah kerja sama: pure value, stored as JSON (one JSON per version) and rendered on demand.
public struct Naskah: Sendable, Codable, Equatable, Hashable {
    /// The version of this JSON shape; readers refuse newer shapes they do not know.
    public static let versiSkemaKini = 1

    public var versiSkema: Int
    public var jenis: JenisDokumen
    public var jenisKerjaSama: JenisKerjaSama?
    /// "KESEPAKATAN BERSAMA", "ADENDUM KESATU ATAS KESEPAKATAN BERSAMA", "KERANGKA ACUAN KERJA" …
    public var judul: String
    /// What it is about: "Integrasi Layanan Angkutan Sungai dan Darat di Kawasan Penyangga Ibu Kota Nusantara".
    public var tentang: String
    public var tempat: String?
    public var tanggal: Tanggal?
    public var pihak: [Pihak]
    /// "PIHAK KESATU dan PIHAK KEDUA … terlebih dahulu menerangkan hal-hal sebagai berikut:"
    public var pengantarPertimbangan: String?
    /// Menimbang a., b., …
    public var pertimbangan: [String]
    /// Mengingat 1., 2., … (legal basis; regulations and some agreements).
    public var mengingat: [String]
    /// "Berdasarkan hal-hal tersebut di atas, PARA PIHAK sepakat …:"
    public var pengantarPasal: String?
    public var pasal: [Pasal]
    /// A closing paragraph after the Pasal (letters, berita acara).
    public var penutup: String?
    /// The order of the signature columns, left to right, as indices into `pihak`.
    public var urutanTandaTangan: [Int]
    /// Officials who initial the draft (paraf berjenjang), shown in the footer.
    public var paraf: [String]
    public var surat: KepalaSurat?
    public var tembusan: [String]
    public var lampiran: [LampiranNaskah]
    public var rujukan: RujukanNaskah?

    public init(
        jenis: JenisDokumen, jenisKerjaSama: JenisKerjaSama? = nil, judul: String, tentang: String, tempat: String? = nil,
        tanggal: Tanggal? = nil, pihak: [Pihak] = [], pengantarPertimbangan: String? = nil, pertimbangan: [String] = [],
        mengingat: [String] = [], pengantarPasal: String? = nil, pasal: [Pasal] = [], penutup: String? = nil,
        urutanTandaTangan: [Int]? = nil, paraf: [String] = [], surat: KepalaSurat? = nil, tembusan: [String] = [],
        lampiran: [LampiranNaskah] = [], rujukan: RujukanNaskah? = nil
    ) {
        self.versiSkema = Naskah.versiSkemaKini
        self.jenis = jenis
        self.jenisKerjaSama = jenisKerjaSama
        self.judul = judul
        self.tentang = tentang
        self.tempat = tempat
        self.tanggal = tanggal
        self.pihak = pihak
        self.pengantarPertimbangan = pengantarPertimbangan
        self.pertimbangan = pertimbangan
        self.mengingat = mengingat
        self.pengantarPasal = pengantarPasal
        self.pasal = pasal
        self.penutup = penutup
        self.urutanTandaTangan = urutanTandaTangan ?? Array(pihak.indices)
        self.paraf = paraf
        self.surat = surat
        self.tembusan = tembusan
        self.lampiran = lampiran
        self.rujukan = rujukan
    }

    public var gaya: GayaNaskah { GayaNaskah.untuk(jenis) }

    /// The number shown before a Pasal's heading: "Pasal 3" (an adendum numbers its Pasal in Roman numerals).
    public func labelPasal(_ indeks: Int) -> String {
        switch gaya {
        case .perjanjian, .peraturan:
            jenis == .adendum ? "Pasal \(Angka.romawi(indeks + 1))" : "Pasal \(indeks + 1)"
        case .bab: "BAB \(Angka.romawi(indeks + 1))"
        case .surat, .beritaAcara: ""
        }
    }

    /// The index of the Pasal with this anchor.
    public func indeksPasal(kunci: String) -> Int? { pasal.firstIndex { $0.kunci == kunci } }

    /// Every text in the document, for searches and size checks.
    public var semuaTeks: [String] {
        var t = [judul, tentang, tempat ?? "", pengantarPertimbangan ?? "", pengantarPasal ?? "", penutup ?? ""]
        for p in pihak { t += [p.instansi, p.nama, p.jabatan, p.dasarKewenangan ?? "", p.alamat, p.nomorDokumen ?? "", p.nip ?? ""] }
        t += pertimbangan + mengingat + paraf + tembusan
        for p in pasal { t.append(p.judul); t += p.isi.flatMap(\.semuaTeks) }
        for l in lampiran { t.append(l.judul); t += l.isi.flatMap(\.semuaTeks) }
        if let s = surat { t += [s.sifat, s.lampiran, s.perihal, s.kepada] }
        return t
    }

    // MARK: Codable (tolerant of missing optional keys; refuses unknown schema versions)

    private enum CodingKeys: String, CodingKey {
        case versiSkema, jenis, jenisKerjaSama, judul, tentang, tempat, tanggal, pihak, pengantarPertimbangan, pertimbangan,
            mengingat, pengantarPasal, pasal, penutup, urutanTandaTangan, paraf, surat, tembusan, lampiran, rujukan
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        versiSkema = try c.decodeIfPresent(Int.self, forKey: .versiSkema) ?? Naskah.versiSkemaKini
        guard (1...Naskah.versiSkemaKini).contains(versiSkema) else {
            throw DecodingError.dataCorruptedError(
                forKey: .versiSkema, in: c,
                debugDescription: "Versi skema naskah \(versiSkema) tidak dikenal; versi yang didukung 1 sampai \(Naskah.versiSkemaKini).")
        }
        jenis = try c.decode(JenisDokumen.self, forKey: .jenis)
        jenisKerjaSama = try c.decodeIfPresent(JenisKerjaSama.self, forKey: .jenisKerjaSama)
        judul = try c.decodeIfPresent(String.self, forKey: .judul) ?? jenis.nama.uppercased()
        tentang = try c.decodeIfPresent(String.self, forKey: .tentang) ?? ""
        tempat = try c.decodeIfPresent(String.self, forKey: .tempat)
        tanggal = try c.decodeIfPresent(Tanggal.self, forKey: .tanggal)
        pihak = try c.decodeIfPresent([Pihak].self, forKey: .pihak) ?? []
        pengantarPertimbangan = try c.decodeIfPresent(String.self, forKey: .pengantarPertimbangan)
        pertimbangan = try c.decodeIfPresent([String].self, forKey: .pertimbangan) ?? []
        mengingat = try c.decodeIfPresent([String].self, forKey: .mengingat) ?? []
        pengantarPasal = try c.decodeIfPresent(String.self, forKey: .pengantarPasal)
        pasal = try c.decodeIfPresent([Pasal].self, forKey: .pasal) ?? []
        penutup = try c.decodeIfPresent(String.self, forKey: .penutup)
        urutanTandaTangan = try c.decodeIfPresent([Int].self, forKey: .urutanTandaTangan) ?? Array(pihak.indices)
        paraf = try c.decodeIfPresent([String].self, forKey: .paraf) ?? []
        surat = try c.decodeIfPresent(KepalaSurat.self, forKey: .surat)
        tembusan = try c.decodeIfPresent([String].self, forKey: .tembusan) ?? []
        lampiran = try c.decodeIfPresent([LampiranNaskah].self, forKey: .lampiran) ?? []
        rujukan = try c.decodeIfPresent(RujukanNaskah.self, forKey: .rujukan)
    }

    /// JSON with sorted keys (stable for storage and comparison).
    public func json() throws -> Data {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        return try e.encode(self)
    }

    public static func dariJSON(_ data: Data) throws -> Naskah {
        try JSONDecoder().decode(Naskah.self, from: data)
    }
}
