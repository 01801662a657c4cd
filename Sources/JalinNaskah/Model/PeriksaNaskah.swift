import Foundation
import JalinDomain

/// Size limits of a naskah. A Pasal longer than a few pages is almost always a paste gone wrong;
/// the limits keep one version's JSON well under a megabyte in practice.
public enum BatasNaskah {
    public static let judul = 500
    public static let tentang = 1_000
    public static let isianPendek = 500
    public static let alamat = 1_000
    public static let pihak = 10
    public static let butirDaftar = 60
    public static let teksButir = 5_000
    public static let pasal = 200
    public static let judulPasal = 300
    /// Characters of one Pasal's body (all its paragraphs, ayat, items and table cells).
    public static let isiPasal = 50_000
    public static let lampiran = 20
    public static let isiLampiran = 200_000
    public static let kolomTabel = 20
    public static let barisTabel = 1_000
    /// Characters of the whole document.
    public static let total = 2_000_000
}

extension Naskah {
    /// Removes what must never be stored — control characters (other than line feed and tab), carriage
    /// returns, the non-characters U+FFFE/U+FFFF — and trims every field. `<`, `&`, quotes and emoji stay:
    /// every output escapes them in one place (Leaf, `Escape.xml`).
    public func dibersihkan() -> Naskah {
        var n = self
        let b = Naskah.bersih
        n.judul = b(judul, false)
        n.tentang = b(tentang, false)
        n.tempat = tempat.map { b($0, false) }.flatMap { $0.isEmpty ? nil : $0 }
        n.pihak = pihak.map { p in
            var p = p
            p.instansi = b(p.instansi, false); p.nama = b(p.nama, false); p.jabatan = b(p.jabatan, false)
            p.dasarKewenangan = p.dasarKewenangan.map { b($0, false) }.flatMap { $0.isEmpty ? nil : $0 }
            p.alamat = b(p.alamat, false)
            p.nomorDokumen = p.nomorDokumen.map { b($0, false) }.flatMap { $0.isEmpty ? nil : $0 }
            p.nip = p.nip.map { b($0, false) }.flatMap { $0.isEmpty ? nil : $0 }
            return p
        }
        n.pengantarPertimbangan = pengantarPertimbangan.map { b($0, true) }.flatMap { $0.isEmpty ? nil : $0 }
        n.pertimbangan = pertimbangan.map { b($0, true) }.filter { !$0.isEmpty }
        n.mengingat = mengingat.map { b($0, true) }.filter { !$0.isEmpty }
        n.pengantarPasal = pengantarPasal.map { b($0, true) }.flatMap { $0.isEmpty ? nil : $0 }
        n.pasal = pasal.map { p in
            var p = p
            p.judul = b(p.judul, false)
            p.isi = Naskah.bersihkan(p.isi)
            return p
        }
        n.penutup = penutup.map { b($0, true) }.flatMap { $0.isEmpty ? nil : $0 }
        n.paraf = paraf.map { b($0, false) }.filter { !$0.isEmpty }
        n.tembusan = tembusan.map { b($0, false) }.filter { !$0.isEmpty }
        n.lampiran = lampiran.map { LampiranNaskah(judul: b($0.judul, false), isi: Naskah.bersihkan($0.isi)) }
        if let s = surat {
            n.surat = KepalaSurat(sifat: b(s.sifat, false), lampiran: b(s.lampiran, false), perihal: b(s.perihal, false),
                                  kepada: b(s.kepada, true))
        }
        if var r = rujukan {
            r.judul = b(r.judul, false)
            r.nomor = r.nomor.map { b($0, false) }
            n.rujukan = r
        }
        // Anchors: a slug, unique; a missing or duplicate one gets a fresh one.
        var dipakai = Set<String>()
        for i in n.pasal.indices {
            var k = Naskah.slug(n.pasal[i].kunci)
            if k.isEmpty { k = Naskah.slug(n.pasal[i].judul) }
            if k.isEmpty { k = "pasal" }
            var calon = k
            var x = 2
            while dipakai.contains(calon) { calon = "\(k)-\(x)"; x += 1 }
            dipakai.insert(calon)
            n.pasal[i].kunci = calon
        }
        // Signature order: a permutation of (a subset of) the parties; anything else falls back to the list order.
        let sah = n.urutanTandaTangan.allSatisfy { n.pihak.indices.contains($0) } && Set(n.urutanTandaTangan).count == n.urutanTandaTangan.count
        if !sah || n.urutanTandaTangan.isEmpty { n.urutanTandaTangan = Array(n.pihak.indices) }
        n.versiSkema = Naskah.versiSkemaKini
        return n
    }

    public static func bersihkan(_ isi: [Unsur]) -> [Unsur] {
        let b = Naskah.bersih
        return isi.compactMap { u -> Unsur? in
            switch u {
            case .paragraf(let s):
                let t = b(s, true)
                return t.isEmpty ? nil : .paragraf(t)
            case .ayat(let x): return x.isEmpty ? nil : .ayat(x.map { Butir(b($0.teks, true), rincian: $0.rincian.map { b($0, true) }.filter { !$0.isEmpty }) })
            case .huruf(let x): return x.isEmpty ? nil : .huruf(x.map { Butir(b($0.teks, true), rincian: $0.rincian.map { b($0, true) }.filter { !$0.isEmpty }) })
            case .angka(let x): return x.isEmpty ? nil : .angka(x.map { Butir(b($0.teks, true), rincian: $0.rincian.map { b($0, true) }.filter { !$0.isEmpty }) })
            case .tabel(let t):
                return .tabel(TabelNaskah(kolom: t.kolom.map { b($0, false) }, baris: t.baris.map { $0.map { b($0, false) } }))
            }
        }
    }

    /// Drops control characters and non-characters; keeps line feeds (and tabs) only in long texts.
    static func bersih(_ s: String, _ banyakBaris: Bool) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if u == "\n" || u == "\t" {
                out.append(banyakBaris ? u : " ")
                continue
            }
            if u.properties.generalCategory == .control || u.value == 0xFFFE || u.value == 0xFFFF { continue }
            out.append(u)
        }
        return String(out).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// "Maksud dan Tujuan" → "maksud-dan-tujuan"; at most 60 characters of a–z, 0–9 and hyphens.
    public static func slug(_ s: String) -> String {
        var hasil = ""
        var strip = false
        for ch in s.lowercased().folding(options: .diacriticInsensitive, locale: nil).unicodeScalars {
            if ("a"..."z").contains(ch) || ("0"..."9").contains(ch) {
                hasil.unicodeScalars.append(ch)
                strip = false
            } else if !strip && !hasil.isEmpty {
                hasil += "-"
                strip = true
            }
            if hasil.count >= 60 { break }
        }
        while hasil.hasSuffix("-") { hasil.removeLast() }
        return hasil
    }

    /// Characters in a Pasal's body.
    static func panjang(_ isi: [Unsur]) -> Int { isi.reduce(0) { $0 + $1.semuaTeks.reduce(0) { $0 + $1.count } } }

    /// Cleans the document and checks its limits. Every problem names its field ("pasal[3].isi")
    /// and is written for the user; nothing is cut silently.
    public func diperiksa() throws(KesalahanValidasi) -> Naskah {
        let n = dibersihkan()
        var v = Pemeriksa()
        func batas(_ s: String, _ maks: Int, _ field: String, _ label: String) {
            if s.count > maks { v.tambah(field, "\(label) paling banyak \(Angka.ribuan(maks)) karakter (saat ini \(Angka.ribuan(s.count))).") }
        }
        batas(n.judul, BatasNaskah.judul, "judul", "Judul naskah")
        if n.judul.isEmpty { v.tambah("judul", "Judul naskah wajib diisi.") }
        batas(n.tentang, BatasNaskah.tentang, "tentang", "Isian \"tentang\"")
        batas(n.tempat ?? "", BatasNaskah.isianPendek, "tempat", "Tempat penandatanganan")
        if n.pihak.count > BatasNaskah.pihak { v.tambah("pihak", "Naskah paling banyak memuat \(BatasNaskah.pihak) pihak.") }
        for (i, p) in n.pihak.enumerated() {
            let label = UrutanPihak.sebutan(i + 1)
            batas(p.instansi, BatasNaskah.isianPendek, "pihak[\(i)].instansi", "Nama instansi \(label)")
            batas(p.nama, BatasNaskah.isianPendek, "pihak[\(i)].nama", "Nama penanda tangan \(label)")
            batas(p.jabatan, BatasNaskah.isianPendek, "pihak[\(i)].jabatan", "Jabatan \(label)")
            batas(p.dasarKewenangan ?? "", BatasNaskah.alamat, "pihak[\(i)].dasarKewenangan", "Dasar kewenangan \(label)")
            batas(p.alamat, BatasNaskah.alamat, "pihak[\(i)].alamat", "Alamat \(label)")
            batas(p.nomorDokumen ?? "", BatasNaskah.isianPendek, "pihak[\(i)].nomorDokumen", "Nomor naskah \(label)")
            if p.instansi.isEmpty { v.tambah("pihak[\(i)].instansi", "Nama instansi \(label) wajib diisi.") }
        }
        for (nama, daftar) in [("pertimbangan", n.pertimbangan), ("mengingat", n.mengingat), ("tembusan", n.tembusan), ("paraf", n.paraf)] {
            if daftar.count > BatasNaskah.butirDaftar { v.tambah(nama, "Paling banyak \(BatasNaskah.butirDaftar) butir.") }
            for (i, s) in daftar.enumerated() { batas(s, BatasNaskah.teksButir, "\(nama)[\(i)]", "Butir \(i + 1)") }
        }
        batas(n.pengantarPertimbangan ?? "", BatasNaskah.teksButir, "pengantarPertimbangan", "Kalimat pengantar")
        batas(n.pengantarPasal ?? "", BatasNaskah.teksButir, "pengantarPasal", "Kalimat pengantar Pasal")
        batas(n.penutup ?? "", BatasNaskah.teksButir, "penutup", "Kalimat penutup")
        if n.pasal.count > BatasNaskah.pasal { v.tambah("pasal", "Naskah paling banyak memuat \(BatasNaskah.pasal) Pasal.") }
        for (i, p) in n.pasal.enumerated() {
            let label = n.labelPasal(i).isEmpty ? "Bagian \(i + 1)" : n.labelPasal(i).trimmingCharacters(in: CharacterSet(charactersIn: "."))
            batas(p.judul, BatasNaskah.judulPasal, "pasal[\(i)].judul", "Judul \(label)")
            let pj = Naskah.panjang(p.isi)
            if pj > BatasNaskah.isiPasal {
                v.tambah("pasal[\(i)].isi", "Isi \(label) paling banyak \(Angka.ribuan(BatasNaskah.isiPasal)) karakter (saat ini \(Angka.ribuan(pj))). Pecah menjadi beberapa Pasal atau pindahkan rinciannya ke lampiran.")
            }
            periksaTabel(p.isi, "pasal[\(i)].isi", &v)
        }
        if n.lampiran.count > BatasNaskah.lampiran { v.tambah("lampiran", "Naskah paling banyak memuat \(BatasNaskah.lampiran) lampiran.") }
        for (i, l) in n.lampiran.enumerated() {
            batas(l.judul, BatasNaskah.judulPasal, "lampiran[\(i)].judul", "Judul lampiran \(i + 1)")
            let pj = Naskah.panjang(l.isi)
            if pj > BatasNaskah.isiLampiran {
                v.tambah("lampiran[\(i)].isi", "Isi lampiran \(i + 1) paling banyak \(Angka.ribuan(BatasNaskah.isiLampiran)) karakter (saat ini \(Angka.ribuan(pj))).")
            }
            periksaTabel(l.isi, "lampiran[\(i)].isi", &v)
        }
        if v.kesalahan.isEmpty {
            let total = n.semuaTeks.reduce(0) { $0 + $1.count }
            if total > BatasNaskah.total { v.tambah("naskah", "Naskah paling banyak \(Angka.ribuan(BatasNaskah.total)) karakter (saat ini \(Angka.ribuan(total))).") }
        }
        try v.selesai()
        return n
    }

    private func periksaTabel(_ isi: [Unsur], _ field: String, _ v: inout Pemeriksa) {
        for u in isi {
            if case .tabel(let t) = u {
                if t.kolom.count > BatasNaskah.kolomTabel { v.tambah(field, "Tabel paling banyak \(BatasNaskah.kolomTabel) kolom.") }
                if t.baris.count > BatasNaskah.barisTabel { v.tambah(field, "Tabel paling banyak \(Angka.ribuan(BatasNaskah.barisTabel)) baris.") }
            }
            if case .ayat(let b) = u, b.count > BatasNaskah.butirDaftar { v.tambah(field, "Paling banyak \(BatasNaskah.butirDaftar) ayat dalam satu daftar.") }
        }
    }
}
