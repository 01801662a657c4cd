import Foundation
import Testing
import JalinDomain

@Suite("Panduan: isi, dasar hukum, daftar dokumen, dan pencarian")
struct PanduanTests {
    @Test("Setiap bagian memiliki id unik berbentuk slug, judul, ringkasan dan langkah")
    func idUnik() {
        let ids = Panduan.semua.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect((40...70).contains(ids.count), "jumlah bagian \(ids.count)")
        for b in Panduan.semua {
            #expect(b.id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }, "\(b.id)")
            #expect(b.id.hasPrefix(b.kelompok.rawValue + "-"), "\(b.id) tidak diawali nama kelompoknya")
            #expect(!b.judul.isEmpty && !b.ringkas.isEmpty, "\(b.id)")
            #expect(!b.langkah.isEmpty, "\(b.id) tanpa langkah")
            #expect(!b.langkah.contains { $0.trimmingCharacters(in: .whitespaces).isEmpty }, "\(b.id) berisi langkah kosong")
            #expect(Panduan.bagian(id: b.id) == b)
        }
        #expect(Panduan.bagian(id: "tidak-ada") == nil)
    }

    @Test("Setiap tahap siklus memiliki bagian panduan dalam kelompok tahap")
    func setiapTahap() {
        for tahap in Tahap.allCases {
            let b = Panduan.bagian(id: Panduan.idBagian(tahap: tahap))
            #expect(b != nil, "tahap \(tahap.rawValue) tanpa panduan")
            #expect(b?.kelompok == .tahap)
            #expect(Panduan.bagian(tahap: tahap) == b)
        }
        #expect(Panduan.semua.filter { $0.kelompok == .tahap }.count == Tahap.allCases.count)
        #expect(Panduan.idBagian(tahap: .penyusunanKB) == "tahap-penyusunan-kb")
        #expect(Panduan.idBagian(tahap: .persetujuanDPRD) == "tahap-persetujuan-dprd")
        #expect(Panduan.idBagian(tahap: .penandatangananNaskahLN) == "tahap-penandatanganan-naskah-ln")
    }

    @Test("Setiap jenis kerja sama memiliki bagian dan daftar dokumen wajib yang tidak kosong")
    func setiapJenis() {
        for jenis in JenisKerjaSama.allCases {
            let daftar = Panduan.dokumenWajib(jenis)
            #expect(!daftar.isEmpty, "\(jenis.rawValue) tanpa daftar dokumen")
            let b = Panduan.bagian(id: Panduan.idBagian(jenis: jenis))
            #expect(b?.kelompok == .jenis)
            #expect(b?.daftarPeriksa == daftar, "daftar periksa \(jenis.rawValue) harus sama dengan dokumenWajib")
            #expect(Panduan.jenisKerjaSama(bagianID: Panduan.idBagian(jenis: jenis)) == jenis)
            // Every item carries its tag, except a lead-in line that ends with a colon.
            for d in daftar where !d.hasSuffix(":") {
                #expect(d.hasSuffix("[V]") || d.hasSuffix("[S]") || d.hasSuffix("[U]"), "\(jenis.rawValue): \(d)")
            }
        }
        #expect(Panduan.idBagian(jenis: .ksddWajib) == "jenis-ksdd-wajib")
        #expect(Panduan.jenisKerjaSama(bagianID: "tahap-persiapan") == nil)
    }

    @Test("Daftar dokumen memuat naskah pokok menurut jenisnya")
    func isiDaftarDokumen() {
        func ada(_ j: JenisKerjaSama, _ kata: String) -> Bool { Panduan.dokumenWajib(j).contains { $0.contains(kata) } }
        #expect(ada(.ksddWajib, "Kesepakatan Bersama") && ada(.ksddWajib, "Perjanjian Kerja Sama") && ada(.ksddWajib, "berbatasan"))
        #expect(ada(.ksdpkPelayananPublik, "Studi kelayakan") && ada(.ksdpkPelayananPublik, "sanksi"))
        #expect(ada(.ksdpkAset, "Permendagri 19/2016"))
        #expect(ada(.sinergi, "Nota Kesepakatan") && !ada(.sinergi, "Perjanjian Kerja Sama"))
        #expect(ada(.ksdpl, "45 hari kerja") && ada(.ksdpl, "konfirmasi Menteri Luar Negeri"))
        #expect(ada(.ksdll, "Pasal 38") || ada(.ksdll, "Pasal 40"))
        #expect(ada(.desaAntarDesa, "Peraturan Bersama Kepala Desa") && ada(.desaAntarDesa, "camat"))
        #expect(ada(.desaPihakKetiga, "Musyawarah Desa") && !ada(.desaPihakKetiga, "DPRD"))
        #expect(ada(.kemitraanLain, "bukan Kerja Sama Daerah") || ada(.kemitraanLain, "Bukan Kerja Sama Daerah"))
    }

    @Test("Setiap bagian di luar pengantar mencantumkan dasar hukum; tandanya V, S atau U")
    func dasarHukum() {
        // Only the page on Jalin's own user roles has no legal basis: it describes the app, not a rule.
        let tanpaDasarYangDibenarkan: Set<String> = ["umum-peran-pengguna"]
        for b in Panduan.semua {
            if b.kelompok == .umum && tanpaDasarYangDibenarkan.contains(b.id) {
                #expect(b.dasarHukum.isEmpty)
                #expect(b.ringkas.contains("bukan ketentuan peraturan"))
            } else {
                #expect(!b.dasarHukum.isEmpty, "\(b.id) tanpa dasar hukum")
            }
            for r in b.dasarHukum {
                #expect(["V", "S", "U"].contains(r.tanda), "\(b.id): \(r.teks)")
                #expect(!r.teks.isEmpty)
                #expect(r.status != nil)
                #expect((r.peringatan != nil) == (r.tanda == "U"))
            }
        }
        #expect(Panduan.penjelasanTanda.map(\.tanda) == ["V", "S", "U"])
        #expect(Panduan.Rujukan("x", tanda: "U").peringatan?.contains("Belum terverifikasi") == true)
    }

    @Test("Aturan yang belum terverifikasi ditandai U, bukan V")
    func tandaJujur() {
        let semuaRujukan = Panduan.semua.flatMap(\.dasarHukum)
        // Permendagri 22/2020 and 25/2020 were never read in full (ksd-rules.md §17): never [V].
        for r in semuaRujukan where r.teks.contains("Permendagri 22/2020") || r.teks.contains("Permendagri 25/2020") || r.teks.contains("Permendagri 96/2017") {
            #expect(r.tanda != "V", "\(r.teks)")
        }
        // The DPRD time limit for KSDD/KSDPK is unknown.
        let dprd = Panduan.bagian(tahap: .persetujuanDPRD)
        #expect(dprd.dasarHukum.contains { $0.tanda == "U" })
        #expect(dprd.langkah.contains { $0.contains("belum terverifikasi") })
        #expect(dprd.dasarHukum.contains { $0.teks == "PP 28/2018 Pasal 30" && $0.tanda == "V" })
    }

    @Test("Pencarian DPRD menemukan halaman persetujuan DPRD, dengan hasil judul di depan")
    func cariDPRD() {
        let hasil = Panduan.cari("DPRD")
        #expect(!hasil.isEmpty)
        #expect(hasil.first?.id == "tahap-persetujuan-dprd")
        #expect(hasil.contains { $0.id == "jenis-ksdpl" })
        // Title hits come first.
        let judul = hasil.map { $0.judul.uppercased().contains("DPRD") }
        if let pertamaBukan = judul.firstIndex(of: false) {
            #expect(!judul[pertamaBukan...].contains(true))
        }
    }

    @Test("Pencarian tidak membedakan huruf besar-kecil maupun diakritik")
    func cariTanpaBeda() {
        #expect(Panduan.cari("dprd") == Panduan.cari("DPRD"))
        #expect(Panduan.cari("Pérsetujuan DPRD") == Panduan.cari("persetujuan dprd"))
        #expect(!Panduan.cari("pérsetujuan dprd").isEmpty)
        #expect(Panduan.cari("KÉSEPAKATAN bersama").map(\.id) == Panduan.cari("kesepakatan bersama").map(\.id))
        #expect(Panduan.cari("  camat   ").map(\.id) == Panduan.cari("CAMAT").map(\.id))
    }

    @Test("Pencarian memakai semua kata, juga pada dasar hukum dan kata kunci")
    func cariBanyakKata() {
        let hasil = Panduan.cari("camat desa")
        #expect(!hasil.isEmpty)
        #expect(hasil.contains { $0.id == "desa-peran-camat" })
        #expect(Panduan.cari("Pasal 366").contains { $0.id == "tahap-penyusunan-pks" })
        #expect(Panduan.cari("sister city").contains { $0.id == "jenis-ksdpl" })
        #expect(Panduan.cari("ponsel").first?.id == "desa-operator-mengajukan")
        #expect(Panduan.cari("AHP").first?.id == "formulir-bobot-ahp")
    }

    @Test("Pencarian yang tidak cocok atau kosong menghasilkan daftar kosong")
    func cariKosong() {
        #expect(Panduan.cari("zzqxjw").isEmpty)
        #expect(Panduan.cari("DPRD zzqxjw").isEmpty)
        #expect(Panduan.cari("").isEmpty)
        #expect(Panduan.cari("   ").isEmpty)
        #expect(Panduan.cari("?!").isEmpty)
    }

    @Test("Tautan mengarah ke halaman aplikasi yang dikenal atau ke panduan yang ada")
    func tautan() {
        for b in Panduan.semua {
            for t in b.tautan {
                #expect(t.hasPrefix("/"), "\(b.id): \(t)")
                if t.hasPrefix("/panduan/") {
                    #expect(Panduan.bagian(id: String(t.dropFirst("/panduan/".count))) != nil, "\(b.id): \(t)")
                }
                #expect(Panduan.namaTautan(t) != t, "\(b.id): tautan tanpa label \(t)")
            }
        }
        #expect(Panduan.namaTautan("/naskah/baru?jenis=kak") == "Susun Kerangka Acuan Kerja")
    }

    @Test("Kerja sama desa dan operator desa/kecamatan memiliki panduan sendiri")
    func desa() {
        let desa = Panduan.semua.filter { $0.kelompok == .desa }
        #expect(desa.count >= 2)
        #expect(desa.contains { $0.judul.contains("Camat") })
        #expect(desa.contains { $0.kataKunci.contains("ponsel") })
        #expect(desa.allSatisfy { b in b.dasarHukum.contains { $0.teks.contains("PP 43/2014") || $0.teks.contains("PP 28/2018") } })
    }

    @Test("Pengelompokan mengikuti urutan kelompok dan memuat semua bagian")
    func kelompok() {
        let g = Panduan.menurutKelompok()
        #expect(g.map(\.kelompok) == Panduan.Kelompok.allCases)
        #expect(g.flatMap(\.bagian) .count == Panduan.semua.count)
        #expect(g.allSatisfy { !$0.nama.isEmpty && !$0.uraian.isEmpty })
        #expect(Panduan.menurutKelompok(Panduan.cari("DPRD")).flatMap(\.bagian).count == Panduan.cari("DPRD").count)
    }

    @Test("Tahap persetujuan DPRD dipakai KSDD, KSDPK, Sinergi dan luar negeri, tidak oleh desa")
    func jenisYangMemakai() {
        let j = Panduan.jenisYangMemakai(.persetujuanDPRD)
        #expect(j.contains(.ksddWajib) && j.contains(.ksdpkAset) && j.contains(.ksdll) && j.contains(.sinergi))
        #expect(!j.contains(.desaAntarDesa) && !j.contains(.kemitraanLain))
        #expect(Panduan.jenisYangMemakai(.musyawarahDesa) == [.desaAntarDesa, .desaPihakKetiga])
    }

    @Test("Bagian dapat dikodekan ke JSON dan dibaca kembali")
    func kodekJSON() throws {
        let b = Panduan.bagian(tahap: .persiapan)
        let data = try JSONEncoder().encode(b)
        #expect(try JSONDecoder().decode(Panduan.Bagian.self, from: data) == b)
    }
}
