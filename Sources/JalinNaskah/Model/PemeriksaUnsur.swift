import Foundation
import JalinDomain

/// When an element is required.
public enum SyaratUnsur: String, Sendable, Codable, CaseIterable {
    case selalu
    /// Only when a pihak ketiga is a party (KSDPK, or a non-government party).
    case pihakKetiga
    /// Only when no pihak ketiga is a party.
    case tanpaPihakKetiga
}

/// One element a kind of document must contain, found as a Pasal (by its clause, its anchor, or a
/// word in its heading). Rules tagged [S] or [U] are data the admin may switch off or reword.
public struct UnsurWajib: Sendable, Codable, Equatable, Hashable {
    public var kode: String
    public var label: String
    public var jenis: [JenisDokumen]
    public var syarat: SyaratUnsur
    /// Clause codes of the library that satisfy it.
    public var klausul: [String]
    /// Pasal anchors that satisfy it.
    public var kunci: [String]
    /// Words of a Pasal heading that satisfy it (compared in capitals).
    public var kataKunci: [String]
    public var dasarHukum: String
    public var status: StatusSumber
    public var aktif: Bool

    public init(_ kode: String, _ label: String, jenis: [JenisDokumen], syarat: SyaratUnsur = .selalu, klausul: [String] = [],
                kunci: [String] = [], kataKunci: [String], dasarHukum: String, status: StatusSumber, aktif: Bool = true) {
        self.kode = kode
        self.label = label
        self.jenis = jenis
        self.syarat = syarat
        self.klausul = klausul
        self.kunci = kunci
        self.kataKunci = kataKunci
        self.dasarHukum = dasarHukum
        self.status = status
        self.aktif = aktif
    }

    /// An id unique over the rule set: the same element may be required by several kinds.
    public var id: String { "\(kode)@\(jenis.map(\.rawValue).joined(separator: "+"))@\(syarat.rawValue)" }
}

/// The rule set of the checker: versioned, stored per pemda as JSON, defaults from ksd-rules.md §5.
public struct AturanUnsur: Sendable, Codable, Equatable {
    public var versi: String
    public var unsur: [UnsurWajib]

    public init(versi: String, unsur: [UnsurWajib]) {
        self.versi = versi
        self.unsur = unsur
    }

    static let pp50 = "PP 50/2007 Pasal 7 huruf b (dicabut oleh PP 28/2018; dipakai sebagai daftar periksa)"

    public static let bawaan: AturanUnsur = {
        let kb: [JenisDokumen] = [.kesepakatanBersama]
        let pks: [JenisDokumen] = [.perjanjianKerjaSama]
        let desa: [JenisDokumen] = [.peraturanBersamaDesa, .perjanjianBersamaDesa]
        let ln: [JenisDokumen] = [.rencanaKerjaSamaLN]
        let pp366 = "UU 23/2014 Pasal 366 ayat (2); PP 28/2018 Pasal 19 ayat (2)"
        let pp143 = "PP 43/2014 Pasal 143 ayat (4)"
        let pp30 = "PP 28/2018 Pasal 30 ayat (3)"
        var u: [UnsurWajib] = [
            // PKS with a pihak ketiga: the four statutory clauses [V].
            .init("hak-kewajiban", "Hak dan kewajiban para pihak", jenis: pks, syarat: .pihakKetiga, klausul: ["hak-kewajiban"], kataKunci: ["HAK DAN KEWAJIBAN"],
                  dasarHukum: pp366 + " huruf a", status: .terverifikasi),
            .init("jangka-waktu", "Jangka waktu", jenis: pks, syarat: .pihakKetiga, klausul: ["jangka-waktu"], kataKunci: ["JANGKA WAKTU"],
                  dasarHukum: pp366 + " huruf b", status: .terverifikasi),
            .init("penyelesaian-perselisihan", "Penyelesaian perselisihan", jenis: pks, syarat: .pihakKetiga, klausul: ["penyelesaian-perselisihan"],
                  kataKunci: ["PERSELISIHAN"], dasarHukum: pp366 + " huruf c; PP 28/2018 Pasal 21", status: .terverifikasi),
            .init("sanksi", "Sanksi bagi pihak yang tidak memenuhi perjanjian", jenis: pks, syarat: .pihakKetiga, klausul: ["sanksi"], kataKunci: ["SANKSI"],
                  dasarHukum: pp366 + " huruf d", status: .terverifikasi),
            // The same four in a PKS between daerah: good practice, as Scenario B drafts them.
            .init("hak-kewajiban", "Hak dan kewajiban para pihak", jenis: pks, syarat: .tanpaPihakKetiga, klausul: ["hak-kewajiban"], kataKunci: ["HAK DAN KEWAJIBAN"],
                  dasarHukum: "Definisi PKS sebagai dokumen yang memuat hak dan kewajiban (Permendagri 22/2020 Pasal 1, dikutip SIKERJA Samarinda) [S]", status: .sekunder),
            .init("jangka-waktu", "Jangka waktu", jenis: pks, syarat: .tanpaPihakKetiga, klausul: ["jangka-waktu"], kataKunci: ["JANGKA WAKTU"],
                  dasarHukum: pp50 + "; batas 5 tahun [S]", status: .sekunder),
            .init("penyelesaian-perselisihan", "Penyelesaian perselisihan", jenis: pks, syarat: .tanpaPihakKetiga, klausul: ["penyelesaian-perselisihan"],
                  kataKunci: ["PERSELISIHAN"], dasarHukum: "PP 28/2018 Pasal 8; UU 23/2014 Pasal 370", status: .terverifikasi),
            .init("sanksi", "Sanksi", jenis: pks, syarat: .tanpaPihakKetiga, klausul: ["sanksi"], kataKunci: ["SANKSI"],
                  dasarHukum: "PP 28/2018 Pasal 19 ayat (2) huruf d diterapkan sebagai praktik baik untuk KSDD [S]", status: .sekunder),
            // PKS historic checklist.
            .init("ruang-lingkup", "Objek dan ruang lingkup", jenis: pks, kunci: ["ruang-lingkup"], kataKunci: ["RUANG LINGKUP", "OBJEK"], dasarHukum: pp50, status: .sekunder),
            .init("keadaan-kahar", "Keadaan kahar (keadaan memaksa)", jenis: pks, klausul: ["keadaan-kahar"], kataKunci: ["KEADAAN KAHAR", "KEADAAN MEMAKSA", "FORCE MAJEURE"],
                  dasarHukum: pp50, status: .sekunder),
            .init("pengakhiran", "Pengakhiran", jenis: pks, klausul: ["pengakhiran"], kataKunci: ["PENGAKHIRAN", "BERAKHIR"], dasarHukum: pp50 + "; PP 28/2018 Pasal 9 dan 22", status: .sekunder),
            // KB: the commonly cited minimum of Permendagri 22/2020, unverified.
            .init("maksud-tujuan", "Maksud dan tujuan", jenis: kb + [.notaKesepakatan, .naskahLN], klausul: ["maksud-tujuan"], kataKunci: ["MAKSUD"],
                  dasarHukum: "Permendagri 22/2020 (isi minimal KB, belum diverifikasi)", status: .belumDiverifikasi),
            .init("ruang-lingkup", "Objek dan ruang lingkup", jenis: kb + [.notaKesepakatan, .naskahLN], kunci: ["ruang-lingkup"], kataKunci: ["RUANG LINGKUP", "OBJEK"],
                  dasarHukum: "Permendagri 22/2020 (isi minimal KB, belum diverifikasi)", status: .belumDiverifikasi),
            .init("pelaksanaan", "Bentuk kerja sama dan pelaksanaan", jenis: kb, kunci: ["pelaksanaan"], kataKunci: ["PELAKSANAAN", "BENTUK KERJA SAMA"],
                  dasarHukum: "Permendagri 22/2020 (isi minimal KB, belum diverifikasi)", status: .belumDiverifikasi),
            .init("pembiayaan", "Sumber biaya", jenis: kb + [.notaKesepakatan], klausul: ["pembiayaan"], kataKunci: ["PEMBIAYAAN", "BIAYA"],
                  dasarHukum: "Permendagri 22/2020 (isi minimal KB, belum diverifikasi); PP 28/2018 Pasal 6 ayat (2)", status: .belumDiverifikasi),
            .init("jangka-waktu", "Jangka waktu berlaku", jenis: kb + [.notaKesepakatan, .naskahLN], klausul: ["jangka-waktu"], kataKunci: ["JANGKA WAKTU"],
                  dasarHukum: "Permendagri 22/2020 (isi minimal KB, belum diverifikasi); batas 5 tahun [S]", status: .belumDiverifikasi),
            .init("penyelesaian-perselisihan", "Penyelesaian perselisihan", jenis: kb, klausul: ["penyelesaian-perselisihan"], kataKunci: ["PERSELISIHAN"],
                  dasarHukum: "PP 28/2018 Pasal 8 dan 21", status: .sekunder),
            // Naskah luar negeri: disputes by negotiation.
            .init("penyelesaian-perselisihan", "Penyelesaian perselisihan melalui negosiasi dan konsultasi", jenis: [.naskahLN], klausul: ["penyelesaian-perselisihan"],
                  kataKunci: ["PERSELISIHAN"], dasarHukum: "PP 28/2018 Pasal 34 dan 41", status: .terverifikasi),
            // Nota Kesepakatan of a sinergi: tasks and responsibilities.
            .init("tugas-tanggung-jawab", "Tugas dan tanggung jawab Pemerintah Pusat dan Pemerintah Daerah", jenis: [.notaKesepakatan], kunci: ["tugas-tanggung-jawab"],
                  kataKunci: ["TUGAS", "TANGGUNG JAWAB"], dasarHukum: "Definisi Nota Kesepakatan (Permendagri 22/2020 Pasal 1, dikutip SIKERJA Samarinda) [S]; PP 28/2018 Pasal 46",
                  status: .sekunder),
            // Rencana kerja sama luar negeri [V].
            .init("subjek", "Subjek kerja sama", jenis: ln, kunci: ["subjek"], kataKunci: ["SUBJEK"], dasarHukum: pp30 + " huruf a", status: .terverifikasi),
            .init("latar-belakang", "Latar belakang", jenis: ln, kunci: ["latar-belakang"], kataKunci: ["LATAR BELAKANG"], dasarHukum: pp30 + " huruf b", status: .terverifikasi),
            .init("maksud-tujuan-sasaran", "Maksud, tujuan dan sasaran", jenis: ln, kunci: ["maksud-tujuan"], kataKunci: ["MAKSUD", "TUJUAN", "SASARAN"], dasarHukum: pp30 + " huruf c", status: .terverifikasi),
            .init("objek", "Objek kerja sama", jenis: ln, kunci: ["objek"], kataKunci: ["OBJEK"], dasarHukum: pp30 + " huruf d", status: .terverifikasi),
            .init("ruang-lingkup", "Ruang lingkup", jenis: ln, kunci: ["ruang-lingkup"], kataKunci: ["RUANG LINGKUP"], dasarHukum: pp30 + " huruf e", status: .terverifikasi),
            .init("pembiayaan", "Sumber pembiayaan", jenis: ln, kunci: ["pembiayaan"], kataKunci: ["PEMBIAYAAN"], dasarHukum: pp30 + " huruf f", status: .terverifikasi),
            .init("jangka-waktu", "Jangka waktu pelaksanaan", jenis: ln, kunci: ["jangka-waktu"], kataKunci: ["JANGKA WAKTU"], dasarHukum: pp30 + " huruf g", status: .terverifikasi),
            // Kerja sama desa [V].
            .init("ruang-lingkup", "Ruang lingkup", jenis: desa, kunci: ["ruang-lingkup"], kataKunci: ["RUANG LINGKUP"], dasarHukum: pp143 + " huruf a", status: .terverifikasi),
            .init("bidang", "Bidang", jenis: desa, kunci: ["bidang"], kataKunci: ["BIDANG"], dasarHukum: pp143 + " huruf b", status: .terverifikasi),
            .init("tata-cara-pelaksanaan", "Tata cara dan ketentuan pelaksanaan", jenis: desa, kunci: ["tata-cara-pelaksanaan"], kataKunci: ["TATA CARA DAN KETENTUAN PELAKSANAAN", "PELAKSANAAN"],
                  dasarHukum: pp143 + " huruf c", status: .terverifikasi),
            .init("jangka-waktu", "Jangka waktu", jenis: desa, klausul: ["jangka-waktu"], kataKunci: ["JANGKA WAKTU"], dasarHukum: pp143 + " huruf d", status: .terverifikasi),
            .init("hak-kewajiban", "Hak dan kewajiban", jenis: desa, klausul: ["hak-kewajiban"], kataKunci: ["HAK DAN KEWAJIBAN"], dasarHukum: pp143 + " huruf e", status: .terverifikasi),
            .init("pendanaan", "Pendanaan", jenis: desa, klausul: ["pembiayaan"], kataKunci: ["PENDANAAN", "PEMBIAYAAN"], dasarHukum: pp143 + " huruf f", status: .terverifikasi),
            .init("perubahan", "Tata cara perubahan, penundaan dan pembatalan", jenis: desa, klausul: ["perubahan"], kataKunci: ["PERUBAHAN"], dasarHukum: pp143 + " huruf g", status: .terverifikasi),
            .init("penyelesaian-perselisihan", "Penyelesaian perselisihan", jenis: desa, klausul: ["penyelesaian-perselisihan"], kataKunci: ["PERSELISIHAN"], dasarHukum: pp143 + " huruf h", status: .terverifikasi),
        ]
        // KAK (Samarinda format) and studi kelayakan (PP 28/2018 Pasal 18 criteria, Samarinda format): practice.
        let kak: [(String, String, String)] = [
            ("latar-belakang", "Latar belakang", "LATAR BELAKANG"), ("tujuan-target", "Tujuan dan target", "TUJUAN"), ("manfaat", "Manfaat", "MANFAAT"),
            ("ruang-lingkup", "Ruang lingkup", "RUANG LINGKUP"), ("peran-para-pihak", "Peran para pihak", "PERAN"), ("pembiayaan", "Pembiayaan", "PEMBIAYAAN"),
            ("lokasi", "Lokasi", "LOKASI"), ("jangka-waktu", "Jangka waktu", "JANGKA WAKTU"), ("mitigasi-risiko", "Mitigasi risiko", "RISIKO"),
        ]
        u += kak.map { .init($0.0, $0.1, jenis: [.kak], kunci: [$0.0], kataKunci: [$0.2], dasarHukum: "Format KAK SIKERJA Samarinda; Permendagri 22/2020 Pasal 7 (belum diverifikasi)", status: .sekunder) }
        let sk: [(String, String, String)] = [
            ("aspek-legalitas", "Aspek legalitas", "LEGALITAS"), ("aspek-ekonomi", "Aspek ekonomi dan finansial", "EKONOMI"), ("aspek-teknis", "Aspek teknis", "TEKNIS"),
            ("peran-para-pihak", "Peran para pihak", "PERAN"), ("jangka-waktu", "Jangka waktu", "JANGKA WAKTU"), ("mitigasi-risiko", "Mitigasi risiko", "RISIKO"),
        ]
        u += sk.map { .init($0.0, $0.1, jenis: [.studiKelayakan], kunci: [$0.0], kataKunci: [$0.2], dasarHukum: "PP 28/2018 Pasal 18 ayat (1); format studi kelayakan SIKERJA Samarinda [S]", status: .sekunder) }
        u += [
            .init("objek", "Objek kerja sama yang ditawarkan", jenis: [.suratPenawaran], kunci: ["objek"], kataKunci: [], dasarHukum: "Format surat penawaran SIKERJA Samarinda [S]", status: .sekunder),
            .init("lampiran", "Lampiran (KAK, studi kelayakan atau rancangan naskah)", jenis: [.suratPenawaran], kunci: ["lampiran"], kataKunci: [], dasarHukum: "Format surat penawaran SIKERJA Samarinda [S]", status: .sekunder),
            .init("penghubung", "Petugas penghubung kerja sama", jenis: [.suratPenawaran], kunci: ["penghubung"], kataKunci: [], dasarHukum: "Format surat penawaran SIKERJA Samarinda [S]", status: .sekunder),
        ]
        return AturanUnsur(versi: "Bawaan Jalin (ksd-rules.md §5, November 2026)", unsur: u)
    }()

    /// Tolerant decoding: a stored rule set keeps working when new defaults appear.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        versi = try c.decodeIfPresent(String.self, forKey: .versi) ?? AturanUnsur.bawaan.versi
        unsur = try c.decodeIfPresent([UnsurWajib].self, forKey: .unsur) ?? AturanUnsur.bawaan.unsur
    }

    private enum CodingKeys: String, CodingKey { case versi, unsur }
}

/// One finding of the checker.
public struct Temuan: Sendable, Codable, Equatable {
    public enum Tingkat: String, Sendable, Codable, Comparable {
        /// Required by a verified provision.
        case wajib
        /// Required by practice or an unverified rule: check with Bagian Hukum.
        case periksa
        /// A blank still to fill (numbers, date, names, "……").
        case isian

        var urutan: Int { self == .wajib ? 0 : (self == .periksa ? 1 : 2) }
        public static func < (a: Tingkat, b: Tingkat) -> Bool { a.urutan < b.urutan }

        public var nama: String {
            switch self {
            case .wajib: "Wajib menurut peraturan"
            case .periksa: "Perlu diperiksa"
            case .isian: "Isian belum lengkap"
            }
        }
    }

    public let kode: String
    public let pesan: String
    public let dasarHukum: String
    public let status: StatusSumber
    public let tingkat: Tingkat
    /// The Pasal it concerns, if any.
    public let pasal: String?
}

/// The required-element checker: pure, per kind of document; every finding carries its legal basis.
public enum PemeriksaUnsur {
    static let penanda = [Templat.kosong, "{{", "{…}", "[…]"]

    public static func adaPihakKetiga(_ n: Naskah) -> Bool {
        n.jenisKerjaSama?.isKSDPK == true || n.jenisKerjaSama == .desaPihakKetiga || n.pihak.contains { !$0.pemerintah }
    }

    static func kosong(_ s: String) -> Bool {
        var t = s
        for p in penanda { t = t.replacingOccurrences(of: p, with: "") }
        return t.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters)).isEmpty
    }

    static func adaPenanda(_ s: String) -> Bool { penanda.contains { s.contains($0) } }

    static func cocok(_ p: Pasal, _ u: UnsurWajib) -> Bool {
        if let k = p.klausul?.kode, u.klausul.contains(k) { return true }
        if u.kunci.contains(p.kunci) { return true }
        let j = p.judul.uppercased()
        return u.kataKunci.contains { !$0.isEmpty && j.contains($0.uppercased()) }
    }

    /// The term in years written in a Pasal: "… jangka waktu 5 (lima) tahun …".
    public static func jangkaWaktuTahun(_ teks: String) -> Int? {
        let kata = teks.split(whereSeparator: { $0.isWhitespace })
        for (i, w) in kata.enumerated() {
            guard let n = Int(w.trimmingCharacters(in: .punctuationCharacters)) else { continue }
            // "5 tahun" or "5 (lima) tahun" (the words in brackets may be several)
            var j = i + 1
            if j < kata.count, kata[j].hasPrefix("(") {
                while j < kata.count, !kata[j].contains(")") { j += 1 }
                j += 1
            }
            if j < kata.count, kata[j].lowercased().hasPrefix("tahun") { return n }
        }
        return nil
    }

    public static func periksa(_ n: Naskah, aturan: AturanUnsur = .bawaan, aturanKSD: AturanKSD = .bawaan) -> [Temuan] {
        var out: [Temuan] = []
        let pk = adaPihakKetiga(n)
        func isian(_ kode: String, _ pesan: String, pasal: String? = nil, dasar: String = "Praktik penyusunan naskah kerja sama (ksd-rules.md §5.4–5.5) [S]") {
            out.append(Temuan(kode: kode, pesan: pesan, dasarHukum: dasar, status: .sekunder, tingkat: .isian, pasal: pasal))
        }

        // 1. Required elements of the kind.
        var sudah = Set<String>()
        for u in aturan.unsur where u.aktif && u.jenis.contains(n.jenis) {
            switch u.syarat {
            case .pihakKetiga where !pk: continue
            case .tanpaPihakKetiga where pk: continue
            default: break
            }
            // The same element required twice (e.g. by [V] and by practice) is reported once.
            if sudah.contains(u.kode) { continue }
            sudah.insert(u.kode)
            let tingkat: Temuan.Tingkat = u.status == .terverifikasi ? .wajib : .periksa
            let kandidat = n.pasal.filter { cocok($0, u) }
            if kandidat.isEmpty {
                out.append(Temuan(kode: u.kode, pesan: "\(u.label) belum diatur dalam \(n.jenis.nama.lowercased()) ini.", dasarHukum: u.dasarHukum,
                                  status: u.status, tingkat: tingkat, pasal: nil))
            } else if kandidat.allSatisfy({ p in p.isi.flatMap(\.semuaTeks).allSatisfy(kosong) }) {
                out.append(Temuan(kode: u.kode, pesan: "\(u.label) sudah ada sebagai Pasal, tetapi isinya masih kosong.", dasarHukum: u.dasarHukum,
                                  status: u.status, tingkat: tingkat, pasal: kandidat.first?.kunci))
            }
        }

        // 2. Parties, numbers, date and place.
        let perjanjian = n.gaya == .perjanjian || n.gaya == .peraturan || n.gaya == .beritaAcara
        let perluDua: Set<JenisDokumen> = [.kesepakatanBersama, .perjanjianKerjaSama, .notaKesepakatan, .pernyataanKehendak, .naskahLN,
                                           .peraturanBersamaDesa, .perjanjianBersamaDesa, .adendum]
        if perluDua.contains(n.jenis) && n.pihak.count < 2 {
            out.append(Temuan(kode: "para-pihak", pesan: "\(n.jenis.nama) memerlukan paling sedikit dua pihak.", dasarHukum: "PP 28/2018 Pasal 1 angka 1 (kerja sama adalah usaha bersama)",
                              status: .terverifikasi, tingkat: .wajib, pasal: nil))
        }
        let tandaTangan = Set(n.urutanTandaTangan)
        for (i, p) in n.pihak.enumerated() where perjanjian || tandaTangan.contains(i) {
            let s = UrutanPihak.sebutan(i + 1)
            if kosong(p.nama) { isian("pihak[\(i)].nama", "Nama penanda tangan \(s) belum diisi.") }
            if kosong(p.jabatan) { isian("pihak[\(i)].jabatan", "Jabatan penanda tangan \(s) belum diisi.") }
            if perjanjian && kosong(p.alamat) { isian("pihak[\(i)].alamat", "Alamat kedudukan \(s) belum diisi.") }
            if (perjanjian || (n.gaya == .surat && i == 0)) && kosong(p.nomorDokumen ?? "") {
                isian("pihak[\(i)].nomorDokumen", "Nomor naskah \(s) (\(p.instansi)) belum diisi.",
                      dasar: "Blok judul memuat nomor naskah masing-masing pihak (ksd-rules.md §5.4) [S]")
            }
        }
        if n.tanggal == nil { isian("tanggal", "Tanggal penandatanganan belum diisi (ditulis dengan huruf dalam kalimat pembukaan).") }
        if kosong(n.tempat ?? "") { isian("tempat", "Tempat penandatanganan belum diisi.") }

        // 3. Blanks left in the text.
        for (i, p) in n.pasal.enumerated() where p.isi.flatMap(\.semuaTeks).contains(where: adaPenanda) || adaPenanda(p.judul) {
            let label = n.labelPasal(i).isEmpty ? "Bagian \(i + 1)" : n.labelPasal(i)
            isian("pasal[\(i)]", "\(label)\(p.judul.isEmpty ? "" : " (\(p.judul))") masih memuat isian kosong (\(Templat.kosong)).", pasal: p.kunci)
        }
        if n.pertimbangan.contains(where: adaPenanda) { isian("pertimbangan", "Pertimbangan masih memuat isian kosong (\(Templat.kosong)).") }
        for (i, l) in n.lampiran.enumerated() where l.isi.flatMap(\.semuaTeks).contains(where: adaPenanda) {
            isian("lampiran[\(i)]", "Lampiran \(l.judul) masih memuat isian kosong (\(Templat.kosong)).")
        }

        // 4. The term against the configured maximum (KSD kinds only; desa has no statutory maximum).
        let berlakuBatas = n.jenisKerjaSama.map { $0.dijalankanSiklus && !$0.isDesa } ?? (n.gaya == .perjanjian && n.jenis != .perjanjianBersamaDesa)
        if berlakuBatas {
            let maks = aturanKSD.jangkaWaktuMaksimumTahun.nilai
            for p in n.pasal where p.klausul?.kode == "jangka-waktu" || p.judul.uppercased().contains("JANGKA WAKTU") {
                if let t = jangkaWaktuTahun(p.isi.flatMap(\.semuaTeks).joined(separator: " ")), t > maks {
                    out.append(Temuan(kode: "jangka-waktu-maksimum",
                                      pesan: "Jangka waktu \(t) tahun melebihi batas \(maks) tahun; perpanjangan dilakukan dengan kesepakatan baru.",
                                      dasarHukum: aturanKSD.jangkaWaktuMaksimumTahun.sumber, status: aturanKSD.jangkaWaktuMaksimumTahun.status,
                                      tingkat: aturanKSD.jangkaWaktuMaksimumTahun.status == .terverifikasi ? .wajib : .periksa, pasal: p.kunci))
                }
            }
        }

        // 5. A PKS cites its KB; an adendum cites what it amends.
        if n.jenis == .perjanjianKerjaSama || n.jenis == .adendum || n.jenis == .rencanaKerja {
            let nomor = (n.rujukan?.nomor ?? []).filter { !kosong($0) }
            let teks = (n.pertimbangan + n.mengingat + n.pasal.flatMap { $0.isi.flatMap(\.semuaTeks) }).joined(separator: "\n")
            let dikutip = !nomor.isEmpty && nomor.contains { teks.contains($0) }
            if !dikutip {
                let (apa, dasar) = n.jenis == .adendum
                    ? ("Adendum belum merujuk nomor naskah yang diubahnya.", "Adendum merupakan bagian tidak terpisahkan dari naskah yang diubah (praktik; ksd-rules.md §6) [S]")
                    : n.jenis == .rencanaKerja
                        ? ("Rencana Kerja belum merujuk nomor Nota Kesepakatan yang dijabarkannya.", "PP 28/2018 Pasal 46 ayat (4); praktik Yogyakarta dan Samarinda [S]")
                        : ("Perjanjian Kerja Sama belum merujuk nomor Kesepakatan Bersama yang menjadi dasarnya.",
                           "PP 28/2018 Pasal 6 ayat (1) huruf c–g (KB mendahului PKS); konsiderans PKS merujuk KB (ksd-rules.md §5.5) [S]")
                out.append(Temuan(kode: "rujukan", pesan: apa, dasarHukum: dasar, status: .sekunder, tingkat: .periksa, pasal: nil))
            }
        }

        // 6. A Nota Kesepakatan carries its Rencana Kerja.
        if n.jenis == .notaKesepakatan && !n.lampiran.contains(where: { $0.judul.uppercased().contains("RENCANA KERJA") }) {
            out.append(Temuan(kode: "rencana-kerja", pesan: "Nota Kesepakatan belum dilampiri Rencana Kerja.", dasarHukum: "PP 28/2018 Pasal 46; praktik Yogyakarta dan Samarinda (NK + RK) [S]",
                              status: .sekunder, tingkat: .periksa, pasal: nil))
        }
        return out.enumerated().sorted { ($0.element.tingkat, $0.offset) < ($1.element.tingkat, $1.offset) }.map(\.element)
    }
}
