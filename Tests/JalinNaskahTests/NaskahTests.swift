import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import JalinDomain
@testable import JalinNaskah
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Inputs shaped like Scenario B: Kukar and Kabupaten Penajam Paser Utara on the river–road transport potential.
enum ContohNaskah {
    static let kukar = Pihak(instansi: "Pemerintah Kabupaten Kutai Kartanegara", nama: "Nama Bupati Kutai Kartanegara", jabatan: "Bupati Kutai Kartanegara",
                             alamat: "Tenggarong", nomorDokumen: "100.3.7/12/KS/V/2024")
    static let ppu = Pihak(instansi: "Pemerintah Kabupaten Penajam Paser Utara", nama: "Nama Bupati Penajam Paser Utara", jabatan: "Bupati Penajam Paser Utara",
                           alamat: "Penajam", nomorDokumen: "180/45/Pem/2024")
    static let pt = Pihak(instansi: "PT Angkutan Sungai Mahakam", nama: "Direktur Contoh", jabatan: "Direktur Utama", alamat: "Samarinda",
                          nomorDokumen: "01/ASM/2024", pemerintah: false)
    static let usulan = KonteksUsulan(
        judul: "Integrasi angkutan sungai dan darat Tenggarong–IKN", deskripsi: "Rute terpadu angkutan sungai dan darat dari Tenggarong ke kawasan IKN.",
        urusan: ["Perhubungan"], lokasi: ["Tenggarong", "Loa Janan"], dimiliki: "dermaga sungai, armada angkutan sungai",
        dibutuhkan: "penyusunan rencana integrasi rute angkutan sungai dan darat, integrasi tiket, pendanaan sarana",
        manfaat: "Meningkatkan keterhubungan layanan angkutan di kawasan penyangga IKN", indikator: "Jumlah penumpang per bulan",
        unitPengusul: "Dinas Perhubungan", sumberDana: "APBD")

    static func isian(_ jenis: JenisDokumen, _ ks: JenisKerjaSama? = .ksddWajib, pihak: [Pihak]? = nil) -> IsianTemplat {
        IsianTemplat(
            jenis: jenis, jenisKerjaSama: ks, pihak: pihak ?? [kukar, ppu],
            pengusul: Pihak(instansi: "Dinas Perhubungan Kabupaten Kutai Kartanegara", nama: "Kepala Dinas Contoh", jabatan: "Kepala Dinas Perhubungan"),
            tentang: "Integrasi Layanan Angkutan Sungai dan Darat di Kawasan Penyangga Ibu Kota Nusantara",
            tanggal: try! Tanggal(tahun: 2024, bulan: 5, hari: 3), tempat: "Samarinda", jangkaWaktuTahun: 5, hariKeadaanKahar: 14,
            pelaksana: ["Dinas Perhubungan Kabupaten Kutai Kartanegara", "Dinas Perhubungan Kabupaten Penajam Paser Utara"],
            usulan: usulan, berbatasan: true, provinsi: "Kalimantan Timur",
            rujukan: jenis == .perjanjianKerjaSama || jenis == .adendum
                ? RujukanNaskah(jenis: .kesepakatanBersama, judul: "Integrasi Layanan Angkutan Sungai dan Darat", nomor: ["100.3.7/12/KS/V/2024", "180/45/Pem/2024"],
                                tanggal: try! Tanggal(tahun: 2024, bulan: 5, hari: 3))
                : nil,
            paraf: ["Kepala Bagian Kerja Sama", "Kepala Bagian Hukum"])
    }

    static func kb() throws -> Naskah { try Templat.buat(isian(.kesepakatanBersama)) }

    /// The text of `word/document.xml` without markup, for searching.
    static func teksDOCX(_ data: Data) throws -> (xml: String, teks: String) {
        let xml = String(decoding: try #require(try OOXMLBaca.entri(data)["word/document.xml"]), as: UTF8.self)
        let doc = try XMLDocument(data: Data(xml.utf8), options: [])
        let teks = try doc.nodes(forXPath: "//*[local-name()='t']").compactMap(\.stringValue).joined()
        return (xml, teks)
    }
}

@Suite("Naskah model, templates and rendering")
struct NaskahTests {
    @Test("The KB template has the shape of contoh-naskah.md: title block, both numbers, date in words, eleven Pasal")
    func bentukKB() throws {
        let n = try ContohNaskah.kb()
        #expect(n.judul == "KESEPAKATAN BERSAMA")
        #expect(n.pasal.map(\.judul) == ["MAKSUD DAN TUJUAN", "RUANG LINGKUP", "PELAKSANAAN", "PEMBIAYAAN", "JANGKA WAKTU", "PEMANTAUAN DAN EVALUASI",
                                         "KEADAAN KAHAR", "PENYELESAIAN PERSELISIHAN", "PENGAKHIRAN", "LAIN-LAIN", "PENUTUP"])
        #expect(n.urutanTandaTangan == [1, 0])
        let blok = SusunNaskah.blok(n).map(\.blok)
        #expect(blok.prefix(9) == [.judul("KESEPAKATAN BERSAMA"), .subjudul("ANTARA"), .judul("PEMERINTAH KABUPATEN KUTAI KARTANEGARA"), .subjudul("DAN"),
                                   .judul("PEMERINTAH KABUPATEN PENAJAM PASER UTARA"), .subjudul("TENTANG"),
                                   .judul("INTEGRASI LAYANAN ANGKUTAN SUNGAI DAN DARAT DI KAWASAN PENYANGGA IBU KOTA NUSANTARA"), .paragraf([], rata: .tengah),
                                   .subjudul("NOMOR : 100.3.7/12/KS/V/2024\nNOMOR : 180/45/Pem/2024")])
        let (xml, teks) = try ContohNaskah.teksDOCX(try SusunNaskah.docx(n))
        #expect(teks.contains("Pada hari ini Jumat tanggal tiga bulan Mei tahun dua ribu dua puluh empat, bertempat di Samarinda, yang bertanda tangan di bawah ini:"))
        #expect(teks.contains("selanjutnya disebut PIHAK KESATU;"))
        #expect(teks.contains("berlaku untuk jangka waktu 5 (lima) tahun"))
        #expect(teks.contains("paling lambat 14 (empat belas) hari"))
        #expect(teks.contains("penyelesaian perselisihan antardaerah"))
        #expect(teks.contains("dibuat dalam rangkap 2 (dua) asli"))
        for i in 1...11 { #expect(xml.contains("<w:t>Pasal \(i)</w:t><w:br/>"), "Pasal \(i)") }
        // Signatures: PIHAK KEDUA on the left, no meterai between governments; the paraf in the footer.
        let ttd = try #require(blok.last)
        guard case .tandaTangan(let t) = ttd else { Issue.record("no signature table"); return }
        #expect(t.map(\.pihak) == ["PIHAK KEDUA,", "PIHAK KESATU,"])
        #expect(t.allSatisfy { $0.catatanMeterai == nil })
        #expect(SusunNaskah.dokumen(n).kaki?.contains("Kepala Bagian Hukum") == true)
        // Every Pasal comes from the library except scope and implementation, with its variant and version.
        #expect(n.pasal.first { $0.judul == "PENYELESAIAN PERSELISIHAN" }?.klausul == RujukanKlausul(kode: "penyelesaian-perselisihan", varian: "ksdd", versi: 1))
        #expect(n.pasal.first { $0.judul == "KEADAAN KAHAR" }?.klausul?.nilai == ["hariPemberitahuan": "14"])
    }

    @Test("Stored as JSON with versiSkema; an unknown schema version is refused")
    func json() throws {
        let n = try ContohNaskah.kb()
        let data = try n.json()
        let teks = String(decoding: data, as: UTF8.self)
        #expect(teks.contains("\"versiSkema\":1"))
        #expect(teks.contains("\"jenis\":\"ayat\""))
        #expect(try Naskah.dariJSON(data) == n)
        let masaDepan = teks.replacingOccurrences(of: "\"versiSkema\":1", with: "\"versiSkema\":99")
        #expect(throws: DecodingError.self) { try Naskah.dariJSON(Data(masaDepan.utf8)) }
    }

    @Test("Hostile text: <, &, emoji kept; control characters removed; a 5 MB Pasal refused with a field message")
    func masukanBuruk() throws {
        var n = try ContohNaskah.kb()
        n.pasal[2].isi = [.paragraf("PARA PIHAK <script>alert('x')</script> & \"kutip\" 🤝🇮🇩 nul\u{0}bel\u{7}vt\u{B}ff\u{C} selesai")]
        n.pihak[1].nama = "Nama\u{1F} <b>Bupati</b> & 🙂"
        let bersih = try n.diperiksa()
        guard case .paragraf(let s)? = bersih.pasal[2].isi.first else { Issue.record("no paragraph"); return }
        #expect(s == "PARA PIHAK <script>alert('x')</script> & \"kutip\" 🤝🇮🇩 nulbelvtff selesai")
        #expect(bersih.pihak[1].nama == "Nama <b>Bupati</b> & 🙂")
        let docx = try SusunNaskah.docx(bersih, opsi: OpsiCetak(kertas: .f4, tandaAir: "SIMULASI <&>"))
        for (nama, isi) in try OOXMLBaca.entri(docx) where nama.hasSuffix(".xml") || nama.hasSuffix(".rels") {
            #expect(throws: Never.self, "\(nama) is valid XML") { _ = try XMLDocument(data: isi, options: []) }
        }
        let (xml, teks) = try ContohNaskah.teksDOCX(docx)
        #expect(!xml.contains("<script>"))
        #expect(teks.contains("<script>alert('x')</script> & \"kutip\" 🤝🇮🇩"))
        // 5 MB in one Pasal.
        var besar = try ContohNaskah.kb()
        besar.pasal[3].isi = [.paragraf(String(repeating: "a", count: 5 * 1024 * 1024))]
        do {
            _ = try besar.diperiksa()
            Issue.record("a 5 MB Pasal was accepted")
        } catch {
            #expect(error.pesan(untuk: "pasal[3].isi")?.contains("Isi Pasal 4 paling banyak 50.000 karakter (saat ini 5.242.880)") == true)
        }
    }

    @Test("The textarea notation reads back into the same blocks")
    func teksPasal() {
        let isi: [Unsur] = [
            .paragraf("Ruang lingkup meliputi:"),
            .ayat([Butir("Ayat satu."), Butir("Ayat dua meliputi:", rincian: ["rincian a;", "rincian b."]), Butir("Ayat tiga.")]),
            .huruf([Butir("jangka waktu berakhir;"), Butir("tujuan tercapai.")]),
            .angka([Butir("Butir satu")]),
            .tabel(TabelNaskah(kolom: ["No", "Kegiatan"], baris: [["1", "Survei | rute"], ["2", "Laporan"]])),
        ]
        let teks = TeksPasal.tulis(isi)
        #expect(teks.contains("(2) Ayat dua meliputi:\n    a. rincian a;\n    b. rincian b."))
        var dibaca = TeksPasal.urai(teks)
        // A "|" inside a cell is written as "/" (the only lossy character of the notation).
        if case .tabel(var t) = dibaca[4] { t.baris[0][1] = "Survei | rute"; dibaca[4] = .tabel(t) }
        #expect(dibaca == isi)
        // Typed numbers are ignored; a wrapped line continues its item; a blank line starts a paragraph.
        #expect(TeksPasal.urai("(7) Satu\nlanjutan baris\n(9) Dua\n\nParagraf") == [.ayat([Butir("Satu lanjutan baris"), Butir("Dua")]), .paragraf("Paragraf")])
    }

    @Test("Clause library: variants per regime, parameters within their range, the version recorded")
    func pustaka() throws {
        let lib = PustakaKlausul.bawaan
        let ksdd = try lib.terapkan("penyelesaian-perselisihan", kelompok: .ksdd, dokumen: .perjanjianKerjaSama)
        let ksdpk = try lib.terapkan("penyelesaian-perselisihan", kelompok: .ksdpk, dokumen: .perjanjianKerjaSama)
        let ln = try lib.terapkan("penyelesaian-perselisihan", kelompok: .luarNegeri, dokumen: .naskahLN)
        #expect(ksdd.klausul?.varian == "ksdd")
        #expect(ksdpk.klausul?.varian == "ksdpk")
        #expect(ln.klausul?.varian == "luar-negeri")
        #expect(TeksPasal.tulis(ksdd.isi).contains("antardaerah"))
        #expect(TeksPasal.tulis(ksdpk.isi).contains("Pengadilan Negeri Tenggarong"))
        #expect(TeksPasal.tulis(ln.isi).contains("negosiasi dan konsultasi"))
        let kahar = try lib.terapkan("keadaan-kahar", nilai: ["hariPemberitahuan": "30"], dokumen: .perjanjianKerjaSama)
        #expect(TeksPasal.tulis(kahar.isi).contains("paling lambat 30 (tiga puluh) hari"))
        #expect(kahar.klausul == RujukanKlausul(kode: "keadaan-kahar", varian: "umum", versi: 1, nilai: ["hariPemberitahuan": "30"]))
        for buruk in ["0", "91", "empat belas", "-3"] {
            do {
                _ = try lib.terapkan("keadaan-kahar", nilai: ["hariPemberitahuan": buruk], dokumen: .perjanjianKerjaSama)
                Issue.record("\(buruk) accepted")
            } catch {
                #expect(error.pesan(untuk: "nilai.hariPemberitahuan")?.contains("antara 1 dan 90 hari") == true)
            }
        }
        // An edited variant is a new version; unknown placeholders are refused.
        var v = try #require(lib.cari("keadaan-kahar", varian: "umum"))
        v.isi = [.paragraf("Pemberitahuan paling lambat {{hariPemberitahuan}} hari, {{tidakAda}}.")]
        #expect(throws: KesalahanValidasi.self) { try v.periksa() }
    }

    @Test("Checker: a PKS with a pihak ketiga lacking the four statutory clauses, each with its legal basis")
    func pemeriksaPKS() throws {
        var pks = try Templat.buat(ContohNaskah.isian(.perjanjianKerjaSama, .ksdpkPelayananPublik, pihak: [ContohNaskah.kukar, ContohNaskah.pt]))
        let lengkap = PemeriksaUnsur.periksa(pks)
        #expect(!lengkap.contains { $0.tingkat == .wajib }, "\(lengkap)")
        #expect(SusunNaskah.blok(pks).contains { if case .tandaTangan(let t) = $0.blok { return t.contains { $0.catatanMeterai != nil } }; return false })
        pks.pasal.removeAll { ["hak-kewajiban", "jangka-waktu", "penyelesaian-perselisihan", "sanksi"].contains($0.klausul?.kode ?? "") }
        let t = PemeriksaUnsur.periksa(pks).filter { $0.tingkat == .wajib }
        #expect(Set(t.map(\.kode)) == ["hak-kewajiban", "jangka-waktu", "penyelesaian-perselisihan", "sanksi"])
        #expect(t.allSatisfy { $0.dasarHukum.contains("UU 23/2014 Pasal 366 ayat (2)") && $0.dasarHukum.contains("PP 28/2018 Pasal 19 ayat (2)") && $0.status == .terverifikasi })
        // A Pasal with only blanks counts as empty.
        var kosong = try Templat.buat(ContohNaskah.isian(.perjanjianKerjaSama, .ksdpkPelayananPublik, pihak: [ContohNaskah.kukar, ContohNaskah.pt]))
        let i = try #require(kosong.pasal.firstIndex { $0.klausul?.kode == "sanksi" })
        kosong.pasal[i].isi = [.paragraf("……")]
        #expect(PemeriksaUnsur.periksa(kosong).contains { $0.kode == "sanksi" && $0.pesan.contains("masih kosong") })
    }

    @Test("Checker: term over the configured maximum, a PKS not citing its KB, desa and luar negeri minimum content")
    func pemeriksaLain() throws {
        var i = ContohNaskah.isian(.kesepakatanBersama)
        i.jangkaWaktuTahun = 7
        let kb = try Templat.buat(i)
        let t = PemeriksaUnsur.periksa(kb)
        let jangka = try #require(t.first { $0.kode == "jangka-waktu-maksimum" })
        #expect(jangka.pesan.contains("7 tahun melebihi batas 5 tahun"))
        #expect(jangka.dasarHukum == AturanKSD.bawaan.jangkaWaktuMaksimumTahun.sumber)
        var aturan = AturanKSD.bawaan
        aturan.jangkaWaktuMaksimumTahun.nilai = 10
        #expect(!PemeriksaUnsur.periksa(kb, aturanKSD: aturan).contains { $0.kode == "jangka-waktu-maksimum" })
        // A PKS whose considerations no longer cite the KB.
        var pks = try Templat.buat(ContohNaskah.isian(.perjanjianKerjaSama))
        #expect(!PemeriksaUnsur.periksa(pks).contains { $0.kode == "rujukan" })
        pks.pertimbangan = ["bahwa PARA PIHAK sepakat bekerja sama;"]
        #expect(PemeriksaUnsur.periksa(pks).contains { $0.kode == "rujukan" && $0.pesan.contains("Kesepakatan Bersama") })
        // Desa: PP 43/2014 Pasal 143(4); a Pasal removed is reported with its letter.
        var desa = try Templat.buat(ContohNaskah.isian(.peraturanBersamaDesa, .desaAntarDesa,
                                                       pihak: [Pihak(instansi: "Pemerintah Desa Karya Jaya", nama: "Kades A", jabatan: "Kepala Desa Karya Jaya", alamat: "Karya Jaya", nomorDokumen: "1"),
                                                               Pihak(instansi: "Pemerintah Desa Bakungan", nama: "Kades B", jabatan: "Kepala Desa Bakungan", alamat: "Bakungan", nomorDokumen: "2")]))
        #expect(!PemeriksaUnsur.periksa(desa).contains { $0.tingkat == .wajib })
        desa.pasal.removeAll { $0.klausul?.kode == "pembiayaan" }
        let pendanaan = try #require(PemeriksaUnsur.periksa(desa).first { $0.kode == "pendanaan" })
        #expect(pendanaan.dasarHukum == "PP 43/2014 Pasal 143 ayat (4) huruf f")
        // Rencana kerja sama luar negeri: PP 28/2018 Pasal 30(3).
        var ln = try Templat.buat(ContohNaskah.isian(.rencanaKerjaSamaLN, .ksdpl))
        #expect(!PemeriksaUnsur.periksa(ln).contains { $0.tingkat == .wajib })
        ln.pasal.removeAll { $0.kunci == "subjek" || $0.kunci == "objek" }
        let lnT = PemeriksaUnsur.periksa(ln).filter { $0.tingkat == .wajib }.map(\.dasarHukum)
        #expect(lnT == ["PP 28/2018 Pasal 30 ayat (3) huruf a", "PP 28/2018 Pasal 30 ayat (3) huruf d"])
        // [U] rules are data: switched off, they are not reported.
        var aturanUnsur = AturanUnsur.bawaan
        let kbTanpaBiaya = { var x = kb; x.pasal.removeAll { $0.klausul?.kode == "pembiayaan" }; return x }()
        #expect(PemeriksaUnsur.periksa(kbTanpaBiaya).contains { $0.kode == "pembiayaan" && $0.status == .belumDiverifikasi })
        for j in aturanUnsur.unsur.indices where aturanUnsur.unsur[j].kode == "pembiayaan" { aturanUnsur.unsur[j].aktif = false }
        #expect(!PemeriksaUnsur.periksa(kbTanpaBiaya, aturan: aturanUnsur).contains { $0.kode == "pembiayaan" })
        // Blanks: numbers, date and names.
        var kosong = ContohNaskah.isian(.kesepakatanBersama)
        kosong.pihak[1].nomorDokumen = nil
        kosong.tanggal = nil
        let tk = PemeriksaUnsur.periksa(try Templat.buat(kosong))
        #expect(tk.contains { $0.kode == "pihak[1].nomorDokumen" && $0.tingkat == .isian })
        #expect(tk.contains { $0.kode == "tanggal" })
    }

    @Test("Obligations of the hak dan kewajiban Pasal become items with owners and dates")
    func kewajiban() throws {
        var pks = try Templat.buat(ContohNaskah.isian(.perjanjianKerjaSama))
        let k = Kewajiban.daftar(pks)
        #expect(k.count == 6)
        #expect(k.first?.pemilik == "Pemerintah Kabupaten Kutai Kartanegara")
        #expect(k.last?.sebutan == "PIHAK KEDUA")
        let i = try #require(pks.pasal.firstIndex { $0.klausul?.kode == "hak-kewajiban" })
        if case .ayat(var b) = pks.pasal[i].isi[0] {
            b[1].rincian.append("menyusun kajian rute paling lambat tanggal 31 Desember 2025.")
            pks.pasal[i].isi[0] = .ayat(b)
        }
        #expect(Kewajiban.daftar(pks).contains { $0.batasWaktu == (try? Tanggal(tahun: 2025, bulan: 12, hari: 31)) })
    }

    @Test("Word diff per Pasal: insertions and deletions, moved Pasal matched, two 20-Pasal versions compared word by word")
    func diff() throws {
        let a = "PARA PIHAK sepakat melaksanakan kewajiban dengan itikad baik."
        let b = "PARA PIHAK sepakat melaksanakan kewajiban dengan itikad baik dan tepat waktu."
        let d = DiffKata.bandingkan(a, b)
        #expect(d.filter { $0.jenis == .tambah }.map(\.teks) == [" dan tepat waktu"])
        #expect(!d.contains { $0.jenis == .hapus })
        let e = DiffKata.bandingkan("Pasal 3 ayat (2) dihapus seluruhnya.", "Pasal 3 ayat (1) dihapus.")
        #expect(e.filter { $0.jenis == .hapus }.map(\.teks) == ["2", " seluruhnya"])
        #expect(e.filter { $0.jenis == .tambah }.map(\.teks) == ["1"])
        #expect(d.filter { $0.jenis != .hapus }.map(\.teks).joined() == b)
        #expect(d.filter { $0.jenis != .tambah }.map(\.teks).joined() == a)
        var v1 = try ContohNaskah.kb()
        var v2 = v1
        v2.pasal.swapAt(0, 1)
        v2.pasal[2].isi.append(.paragraf("Tim teknis bersama dibentuk."))
        v2.pasal.remove(at: 10)
        let bagian = DiffKata.bandingkan(v1, v2)
        #expect(bagian.first { $0.kunci == "pelaksanaan" }?.status == .diubah)
        #expect(bagian.first { $0.kunci == "maksud-tujuan" }?.status == .tetap)
        #expect(bagian.first { $0.kunci == "penutup" }?.status == .dihapus)
        // 20 Pasal of 4 ayat each, one phrase changed in every ayat: each Pasal is compared word by word.
        // (Its time is measured in Benchmarks, "Diff kata per Pasal, dua versi PKS 20 Pasal": no timing in unit tests.)
        v1.pasal = (1...20).map { n in Pasal(kunci: "p\(n)", judul: "KETENTUAN \(n)", isi: [.ayat((1...4).map { Butir("Ayat \($0) Pasal \(n): PARA PIHAK sepakat melaksanakan kewajiban sebagaimana diatur dalam perjanjian ini dengan itikad baik dan sesuai ketentuan peraturan perundang-undangan.") })]) }
        v2 = v1
        for i in v2.pasal.indices { if case .ayat(let b) = v2.pasal[i].isi[0] { v2.pasal[i].isi[0] = .ayat(b.map { Butir($0.teks.replacingOccurrences(of: "itikad baik", with: "itikad baik dan tepat waktu")) }) } }
        let duaPuluh = DiffKata.bandingkan(v1, v2).filter { $0.status == .diubah }
        #expect(duaPuluh.count == 20)
        #expect(duaPuluh.allSatisfy { b in b.satuan == nil && b.jumlahHapus == 0 && b.jumlahTambah == 4 && b.potongan.filter { $0.jenis == .tambah }.allSatisfy { $0.teks.contains("tepat waktu") } })
    }

    @Test("Markdown export of the same blocks")
    func markdown() throws {
        let md = MarkdownNaskah.tulis(try ContohNaskah.kb())
        #expect(md.hasPrefix("**KESEPAKATAN BERSAMA**"))
        #expect(md.contains("### Pasal 1 — MAKSUD DAN TUJUAN"))
        #expect(md.contains("(1) Kesepakatan Bersama ini dimaksudkan"))
        #expect(md.contains("a. penyusunan rencana integrasi rute"))
    }
}

@Suite("Templates of every document kind")
struct TemplatNaskahTests {
    static func naskah(_ j: JenisDokumen) throws -> Naskah {
        switch j {
        case .perjanjianBersamaDesa:
            return try Templat.buat(ContohNaskah.isian(j, .desaPihakKetiga, pihak: [
                Pihak(instansi: "Pemerintah Desa Karya Jaya", nama: "Kepala Desa Contoh", jabatan: "Kepala Desa Karya Jaya", alamat: "Karya Jaya", nomorDokumen: "1/KJ/2024"),
                ContohNaskah.pt]))
        case .peraturanBersamaDesa:
            return try Templat.buat(ContohNaskah.isian(j, .desaAntarDesa, pihak: [
                Pihak(instansi: "Pemerintah Desa Karya Jaya", nama: "Kades A", jabatan: "Kepala Desa Karya Jaya", alamat: "Karya Jaya", nomorDokumen: "1"),
                Pihak(instansi: "Pemerintah Desa Bakungan", nama: "Kades B", jabatan: "Kepala Desa Bakungan", alamat: "Bakungan", nomorDokumen: "2")]))
        case .notaKesepakatan, .rencanaKerja:
            return try Templat.buat(ContohNaskah.isian(j, .sinergi, pihak: [
                Pihak(instansi: "Kementerian Perhubungan", nama: "Menteri Contoh", jabatan: "Menteri Perhubungan", alamat: "Jakarta", nomorDokumen: "KP 1/2024"),
                ContohNaskah.kukar]))
        case .pernyataanKehendak, .naskahLN, .rencanaKerjaSamaLN:
            return try Templat.buat(ContohNaskah.isian(j, .ksdpl, pihak: [ContohNaskah.kukar,
                Pihak(instansi: "Pemerintah Kota Contoh, Malaysia", nama: "Datuk Bandar", jabatan: "Datuk Bandar", alamat: "Kuching", nomorDokumen: "MoU-1")]))
        case .studiKelayakan:
            return try Templat.buat(ContohNaskah.isian(j, .ksdpkPelayananPublik, pihak: [ContohNaskah.kukar, ContohNaskah.pt]))
        default:
            return try Templat.buat(ContohNaskah.isian(j))
        }
    }

    @Test("Every kind builds, lays out and writes a valid DOCX; written to $JALIN_NASKAH_OUT when set",
          arguments: [UkuranKertas.a4, .f4])
    func tulisDOCXSetiapTemplat(kertas: UkuranKertas) throws {
        let folder = ProcessInfo.processInfo.environment["JALIN_NASKAH_OUT"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0, isDirectory: true) }
        if let folder { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        for j in Templat.jenis {
            let n = try Self.naskah(j)
            #expect(!n.pasal.isEmpty, "\(j)")
            #expect(!PemeriksaUnsur.periksa(n).contains { $0.tingkat == .wajib }, "\(j): \(PemeriksaUnsur.periksa(n).filter { $0.tingkat == .wajib })")
            let data = try SusunNaskah.docx(n, opsi: OpsiCetak(kertas: kertas, tandaAir: j == .kesepakatanBersama ? "SIMULASI" : nil))
            let bagian = try OOXMLBaca.entri(data)
            for nama in ["[Content_Types].xml", "word/document.xml", "word/styles.xml", "word/numbering.xml", "docProps/core.xml"] {
                #expect(bagian[nama] != nil, "\(j): \(nama)")
            }
            for (nama, isi) in bagian where nama.hasSuffix(".xml") || nama.hasSuffix(".rels") {
                #expect(throws: Never.self, "\(j) \(nama)") { _ = try XMLDocument(data: isi, options: []) }
            }
            if n.lampiran.isEmpty == false {
                #expect(String(decoding: bagian["word/document.xml"]!, as: UTF8.self).contains("<w:br w:type=\"page\"/>"), "\(j): lampiran on a new page")
            }
            if let folder, kertas == .a4 || j == .kesepakatanBersama {
                let nama = "naskah-\(j.rawValue)\(kertas == .f4 ? "-f4" : "").docx"
                try data.write(to: folder.appendingPathComponent(nama))
                try Data(MarkdownNaskah.tulis(n).utf8).write(to: folder.appendingPathComponent(nama.replacingOccurrences(of: ".docx", with: ".md")))
            }
        }
    }

    @Test("The PKS template cites the KB and carries the four clauses of PP 28/2018 Pasal 19(2)")
    func pks() throws {
        let n = try Self.naskah(.perjanjianKerjaSama)
        #expect(n.pertimbangan[0].contains("Kesepakatan Bersama Nomor 100.3.7/12/KS/V/2024 dan Nomor 180/45/Pem/2024 tanggal 3 Mei 2024"))
        let kode = Set(n.pasal.compactMap(\.klausul?.kode))
        #expect(kode.isSuperset(of: ["hak-kewajiban", "jangka-waktu", "penyelesaian-perselisihan", "sanksi"]))
        #expect(n.lampiran.first?.judul == "RENCANA KERJA")
    }

    @Test("A surat penawaran has Nomor, Perihal, addressee and tembusan to the Gubernur")
    func surat() throws {
        let n = try Self.naskah(.suratPenawaran)
        let (_, teks) = try ContohNaskah.teksDOCX(try SusunNaskah.docx(n))
        #expect(teks.contains("Perihal"))
        #expect(teks.contains("Penawaran Kerja Sama Integrasi Layanan"))
        #expect(teks.contains("Yth. Bupati Penajam Paser Utara"))
        #expect(teks.contains("Gubernur Kalimantan Timur"))
    }
}

extension Error {
    func pesan(untuk field: String) -> String? { (self as? KesalahanValidasi)?.pesan(untuk: field) }
}
