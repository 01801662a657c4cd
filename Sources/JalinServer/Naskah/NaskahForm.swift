import Foundation
import JalinDomain
import JalinNaskah
import Vapor

/// The editor form without JavaScript: every field of the document as a flat form field
/// (`p3_isi` is the text of the fourth Pasal in the `TeksPasal` notation), read back into a `Naskah`.
enum NaskahForm {
    struct FPihak: Encodable {
        let i: Int
        let label: String
        let instansi: String
        let nama: String
        let jabatan: String
        let dasar: String
        let alamat: String
        let nomor: String
        let swasta: Bool
        let nip: String
        let galat: [String: String]
    }

    struct FBagian: Encodable {
        let i: Int
        let label: String
        let kunci: String
        let judul: String
        let isi: String
        let baris: Int
        let klausul: String?
        let urutan: Int
        let baru: Bool
        let galatJudul: String?
        let galatIsi: String?
    }

    struct Konflik: Encodable {
        let versi: Int
        let oleh: String
        let waktu: String
        let bagian: [Medan]
    }

    struct Model: Encodable {
        let id: String
        let judulHalaman: String
        let jenis: String
        let version: Int
        let catatan: String
        let judul: String
        let tentang: String
        let tempat: String
        let tanggal: String
        let ttd: String
        let pihak: [FPihak]
        let pengantarPertimbangan: String
        let pertimbangan: String
        let mengingat: String
        let pengantarPasal: String
        let penutup: String
        let tembusan: String
        let paraf: String
        let surat: Bool
        let suratSifat: String
        let suratLampiran: String
        let suratPerihal: String
        let suratKepada: String
        let pasal: [FBagian]
        let lampiran: [FBagian]
        let jumlahPihak: Int
        let jumlahPasal: Int
        let jumlahLampiran: Int
        let galat: [String: String]
        let konflik: Konflik?
        let labelBagian: String
    }

    static func baris(_ s: String) -> Int { min(max(s.split(separator: "\n", omittingEmptySubsequences: false).count + 1, 4), 30) }

    static func model(
        _ r: NaskahRecord, _ n: Naskah, version: Int, catatan: String = "", tanggalMentah: String? = nil,
        galat: [KesalahanIsian] = [], konflik: Konflik? = nil
    ) -> Model {
        var g: [String: String] = [:]
        for e in galat where g[e.field] == nil { g[e.field] = e.pesan }
        let pihak = n.pihak.enumerated().map { i, p in
            FPihak(
                i: i, label: UrutanPihak.sebutan(i + 1), instansi: p.instansi, nama: p.nama, jabatan: p.jabatan,
                dasar: p.dasarKewenangan ?? "",
                alamat: p.alamat, nomor: p.nomorDokumen ?? "", swasta: !p.pemerintah, nip: p.nip ?? "",
                galat: g.filter { $0.key.hasPrefix("pihak[\(i)].") }.reduce(into: [:]) {
                    $0[String($1.key.dropFirst("pihak[\(i)].".count))] = $1.value
                })
        }
        var pasal = n.pasal.enumerated().map { i, p -> FBagian in
            let isi = TeksPasal.tulis(p.isi)
            let label = n.labelPasal(i).isEmpty ? "Bagian \(i + 1)" : n.labelPasal(i)
            return FBagian(
                i: i, label: label, kunci: p.kunci, judul: p.judul, isi: isi, baris: baris(isi),
                klausul: p.klausul.map { "Dari pustaka klausul: \($0.kode), varian \($0.varian), versi \($0.versi)" },
                urutan: i + 1, baru: false, galatJudul: g["pasal[\(i)].judul"], galatIsi: g["pasal[\(i)].isi"])
        }
        pasal.append(
            FBagian(
                i: n.pasal.count, label: "Pasal baru (opsional)", kunci: "", judul: "", isi: "", baris: 4, klausul: nil,
                urutan: n.pasal.count + 1, baru: true, galatJudul: nil, galatIsi: nil))
        var lampiran = n.lampiran.enumerated().map { i, l -> FBagian in
            let isi = TeksPasal.tulis(l.isi)
            return FBagian(
                i: i, label: "Lampiran \(i + 1)", kunci: "", judul: l.judul, isi: isi, baris: baris(isi), klausul: nil, urutan: i + 1,
                baru: false, galatJudul: g["lampiran[\(i)].judul"], galatIsi: g["lampiran[\(i)].isi"])
        }
        lampiran.append(
            FBagian(
                i: n.lampiran.count, label: "Lampiran baru (opsional)", kunci: "", judul: "", isi: "", baris: 4, klausul: nil,
                urutan: n.lampiran.count + 1, baru: true, galatJudul: nil, galatIsi: nil))
        return Model(
            id: r.id!.uuidString, judulHalaman: "Ubah \(n.jenis.nama)", jenis: n.jenis.nama, version: version, catatan: catatan,
            judul: n.judul, tentang: n.tentang, tempat: n.tempat ?? "", tanggal: tanggalMentah ?? n.tanggal?.iso ?? "",
            ttd: n.urutanTandaTangan.map { String($0 + 1) }.joined(separator: ","), pihak: pihak,
            pengantarPertimbangan: n.pengantarPertimbangan ?? "", pertimbangan: n.pertimbangan.joined(separator: "\n"),
            mengingat: n.mengingat.joined(separator: "\n"), pengantarPasal: n.pengantarPasal ?? "", penutup: n.penutup ?? "",
            tembusan: n.tembusan.joined(separator: "\n"), paraf: n.paraf.joined(separator: "\n"), surat: n.gaya == .surat,
            suratSifat: n.surat?.sifat ?? "", suratLampiran: n.surat?.lampiran ?? "", suratPerihal: n.surat?.perihal ?? "",
            suratKepada: n.surat?.kepada ?? "", pasal: pasal, lampiran: lampiran, jumlahPihak: n.pihak.count,
            jumlahPasal: pasal.count, jumlahLampiran: lampiran.count, galat: g, konflik: konflik,
            labelBagian: n.gaya == .bab ? "Bab" : (n.gaya == .surat || n.gaya == .beritaAcara ? "Bagian" : "Pasal"))
    }

    static func daftar(_ s: String?) -> [String] {
        (s ?? "").replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter
        { !$0.isEmpty }
    }

    /// Reads the posted fields over the stored document (jenis, references and clause links stay).
    /// Returns the document as typed, the raw date and the problems that stop reading (a bad date).
    static func baca(_ f: [String: String], dasar: Naskah) -> (Naskah, String, [KesalahanIsian]) {
        var n = dasar
        var galat: [KesalahanIsian] = []
        func s(_ k: String) -> String { f[k] ?? "" }
        if f["judul"] != nil { n.judul = s("judul") }
        if f["tentang"] != nil { n.tentang = s("tentang") }
        if f["tempat"] != nil { n.tempat = s("tempat") }
        let tanggal = s("tanggal").trimmingCharacters(in: .whitespaces)
        if f["tanggal"] != nil {
            if tanggal.isEmpty {
                n.tanggal = nil
            } else if let t = Tanggal(iso: tanggal) {
                n.tanggal = t
            } else {
                galat.append(KesalahanIsian(field: "tanggal", pesan: "Tanggal harus tanggal yang sah (TTTT-BB-HH), misalnya 2024-05-03."))
            }
        }
        let jumlahPihak = min(Int(s("jumlahPihak")) ?? dasar.pihak.count, BatasNaskah.pihak)
        var pihak: [Pihak] = []
        for i in 0..<jumlahPihak {
            let lama = i < dasar.pihak.count ? dasar.pihak[i] : Pihak(instansi: "", jabatan: "")
            guard f["h\(i)_instansi"] != nil else {
                pihak.append(lama)
                continue
            }
            pihak.append(
                Pihak(
                    instansi: s("h\(i)_instansi"), nama: s("h\(i)_nama"), jabatan: s("h\(i)_jabatan"), dasarKewenangan: s("h\(i)_dasar"),
                    alamat: s("h\(i)_alamat"), nomorDokumen: s("h\(i)_nomor"), pemerintah: s("h\(i)_swasta") != "1", nip: s("h\(i)_nip")))
        }
        n.pihak = pihak
        if f["ttd"] != nil {
            let urut = s("ttd").split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" }).compactMap { Int($0) }.map { $0 - 1 }
            if !urut.isEmpty && (urut.contains { !n.pihak.indices.contains($0) } || Set(urut).count != urut.count) {
                galat.append(
                    KesalahanIsian(
                        field: "ttd",
                        pesan:
                            "Urutan tanda tangan berisi nomor pihak 1 sampai \(n.pihak.count), dipisahkan koma, tanpa pengulangan (misalnya 2,1)."
                    ))
            } else if !urut.isEmpty {
                n.urutanTandaTangan = urut
            }
        }
        if f["pengantarPertimbangan"] != nil { n.pengantarPertimbangan = s("pengantarPertimbangan") }
        if f["pertimbangan"] != nil { n.pertimbangan = daftar(f["pertimbangan"]) }
        if f["mengingat"] != nil { n.mengingat = daftar(f["mengingat"]) }
        if f["pengantarPasal"] != nil { n.pengantarPasal = s("pengantarPasal") }
        if f["penutup"] != nil { n.penutup = s("penutup") }
        if f["tembusan"] != nil { n.tembusan = daftar(f["tembusan"]) }
        if f["paraf"] != nil { n.paraf = daftar(f["paraf"]) }
        if f["surat_perihal"] != nil {
            n.surat = KepalaSurat(
                sifat: s("surat_sifat"), lampiran: s("surat_lampiran"), perihal: s("surat_perihal"), kepada: s("surat_kepada"))
        }
        if let pasal = bacaPasal(f, dasar: dasar) { n.pasal = pasal }
        if let lampiran = bacaLampiran(f) { n.lampiran = lampiran }
        return (n, tanggal, galat)
    }

    /// The Pasal as typed: in the order of their "urutan", without the deleted ones; the empty new slot is
    /// ignored; a Pasal keeps its clause link by its key. Nil when the form has no Pasal fields.
    static func bacaPasal(_ f: [String: String], dasar: Naskah) -> [Pasal]? {
        func s(_ k: String) -> String { f[k] ?? "" }
        guard let jumlah = Int(s("jumlahPasal")) else { return nil }
        let klausulLama = Dictionary(dasar.pasal.map { ($0.kunci, $0.klausul) }, uniquingKeysWith: { a, _ in a })
        var bagian: [(Double, Int, Pasal)] = []
        for i in 0..<min(jumlah, BatasNaskah.pasal + 1) {
            guard f["p\(i)_judul"] != nil || f["p\(i)_isi"] != nil else { continue }
            if s("p\(i)_hapus") == "1" { continue }
            let judul = s("p\(i)_judul")
            let isi = s("p\(i)_isi")
            let kunci = s("p\(i)_kunci")
            if kunci.isEmpty && judul.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
                && isi.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            {
                continue
            }
            let urutan = Double(s("p\(i)_urutan").replacingOccurrences(of: ",", with: ".")) ?? Double(i + 1)
            bagian.append(
                (
                    urutan, i,
                    Pasal(
                        kunci: kunci.isEmpty ? Naskah.slug(judul) : kunci, judul: judul.uppercased(),
                        isi: TeksPasal.urai(isi), klausul: kunci.isEmpty ? nil : klausulLama[kunci] ?? nil)
                ))
        }
        return bagian.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
    }

    /// The annexes as typed, without the deleted and the empty ones. Nil when the form has none.
    static func bacaLampiran(_ f: [String: String]) -> [LampiranNaskah]? {
        func s(_ k: String) -> String { f[k] ?? "" }
        guard let jumlah = Int(s("jumlahLampiran")) else { return nil }
        var xs: [LampiranNaskah] = []
        for i in 0..<min(jumlah, BatasNaskah.lampiran + 1) {
            guard f["l\(i)_judul"] != nil, s("l\(i)_hapus") != "1" else { continue }
            let judul = s("l\(i)_judul")
            let isi = s("l\(i)_isi")
            if judul.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
                && isi.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            {
                continue
            }
            xs.append(LampiranNaskah(judul: judul.uppercased(), isi: TeksPasal.urai(isi)))
        }
        return xs
    }
}
