import Foundation
import HitungAlokasi
import JalinDomain
import JalinNaskah
#if canImport(Glibc)
import Glibc
#endif

// A plain release-mode harness: each benchmark runs a warm-up and then N timed runs; the table
// gives the median and the best run, the heap allocations of one run (counted by the HitungAlokasi
// target's malloc wrappers), the target where the issue sets one, and the process's peak RSS after the
// benchmark. `--kecil` runs small sizes (CI uses it so the harness cannot rot; no
// timing assertions anywhere).

let kecil = CommandLine.arguments.contains("--kecil")
let skala = kecil ? 0.05 : 1.0

/// A 20-Pasal PKS built through the naskah model: the PKS template (clauses from the library) and
/// extra Pasal of four ayat each, Kukar and Kabupaten Penajam Paser Utara.
func pks20Pasal() throws -> Naskah {
    let kukar = Pihak(instansi: "Pemerintah Kabupaten Kutai Kartanegara", nama: "Nama Bupati Kutai Kartanegara", jabatan: "Bupati Kutai Kartanegara",
                      alamat: "Tenggarong", nomorDokumen: "100.3.7/20/KS/VI/2024")
    let ppu = Pihak(instansi: "Pemerintah Kabupaten Penajam Paser Utara", nama: "Nama Bupati Penajam Paser Utara", jabatan: "Bupati Penajam Paser Utara",
                    alamat: "Penajam", nomorDokumen: "180/60/Pem/2024")
    var n = try Templat.buat(IsianTemplat(
        jenis: .perjanjianKerjaSama, jenisKerjaSama: .ksddSukarela, pihak: [kukar, ppu],
        tentang: "Integrasi Layanan Angkutan Sungai dan Darat di Kawasan Penyangga Ibu Kota Nusantara",
        tanggal: try Tanggal(tahun: 2024, bulan: 6, hari: 3), tempat: "Samarinda", jangkaWaktuTahun: 5, hariKeadaanKahar: 14,
        pelaksana: ["Dinas Perhubungan Kabupaten Kutai Kartanegara", "Dinas Perhubungan Kabupaten Penajam Paser Utara"],
        usulan: KonteksUsulan(judul: "Integrasi angkutan sungai dan darat Tenggarong–IKN", urusan: ["Perhubungan"],
                              dimiliki: "dermaga sungai, armada angkutan sungai", dibutuhkan: "rute terpadu, integrasi tiket, pendanaan sarana",
                              manfaat: "Meningkatkan keterhubungan layanan angkutan"),
        rujukan: RujukanNaskah(jenis: .kesepakatanBersama, judul: "Integrasi Layanan Angkutan Sungai dan Darat", nomor: ["100.3.7/12/KS/V/2024", "180/45/Pem/2024"])))
    var k = 1
    while n.pasal.count < 20 {
        n.pasal.insert(Pasal(kunci: "tambahan-\(k)", judul: "KETENTUAN PELAKSANAAN \(k)", isi: [.ayat((1...4).map { a in
            Butir("Ayat \(a): PARA PIHAK sepakat melaksanakan kewajiban sebagaimana diatur dalam Perjanjian Kerja Sama ini dengan itikad baik dan sesuai ketentuan peraturan perundang-undangan.")
        })]), at: n.pasal.count - 1)
        k += 1
    }
    return n
}

// `--markdown FILE`: write the 20-Pasal PKS as Markdown (for Benchmarks/pandoc.sh) and stop.
if let i = CommandLine.arguments.firstIndex(of: "--markdown"), i + 1 < CommandLine.arguments.count {
    try MarkdownNaskah.tulis(try pks20Pasal()).write(toFile: CommandLine.arguments[i + 1], atomically: true, encoding: .utf8)
    print("Markdown PKS 20 Pasal ditulis ke \(CommandLine.arguments[i + 1])")
    exit(0)
}

struct Hasil {
    let nama: String
    let ukuran: String
    let median: Double
    let terbaik: Double
    let target: String
    let rssMB: Double
    /// Heap allocations of the last timed run; nil where they cannot be counted.
    let alokasi: Int?
}

var hasil: [Hasil] = []

func rssMaksMB() -> Double {
    var u = rusage()
    getrusage(RUSAGE_SELF.rawValue, &u)
    return Double(u.ru_maxrss) / 1024
}

@MainActor func ukur(_ nama: String, ukuran: String, ulang: Int = 5, target: String = "", _ kerja: () throws -> Void) rethrows {
    try kerja()  // warm-up
    var waktu: [Double] = []
    let jam = ContinuousClock()
    var alokasi = 0
    for _ in 0..<ulang {
        let awal = jalin_jumlah_alokasi()
        let d = try jam.measure { try kerja() }
        alokasi = jalin_jumlah_alokasi() - awal
        waktu.append(Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18)
    }
    waktu.sort()
    hasil.append(Hasil(nama: nama, ukuran: ukuran, median: waktu[waktu.count / 2], terbaik: waktu[0], target: target, rssMB: rssMaksMB(),
                       alokasi: jalin_jumlah_alokasi() < 0 ? nil : alokasi))
    FileHandle.standardError.write(Data("selesai: \(nama)\n".utf8))
}

/// A deterministic generator (xorshift64*).
struct Acak {
    var s: UInt64
    mutating func berikut() -> UInt64 {
        s ^= s >> 12; s ^= s << 25; s ^= s >> 27
        return s &* 2685821657736338717
    }
    mutating func dalam(_ r: ClosedRange<Int>) -> Int { r.lowerBound + Int(berikut() % UInt64(r.count)) }
}

// 1. Scoring and ranking 100,000 submissions with the sensitivity check (target < 0.5 s).
let nUsulan = Int(100_000 * skala)
var g = Acak(s: 42)
let items = (0..<nUsulan).map { i in
    ItemSkor(id: String(format: "u%06d", i), skor: (0..<7).map { _ in 1 + Double(g.dalam(0...400)) / 100 }, jumlahPenilai: Array(repeating: 3, count: 7))
}
let matriks = try MatriksPerbandingan(ukuran: 7, atas: [[1, 0.5, 1, 1.0 / 3, 0.5, 1.0 / 3], [2, 2, 1, 1, 0.5], [1, 0.5, 0.5, 1.0 / 3], [0.5, 0.5, 1.0 / 3], [1, 0.5], [1]])
let bobot = AHP.hitung(matriks).bobot
try ukur("Peringkat + uji sensitivitas (28 skenario, top 10)", ukuran: "\(nUsulan) usulan × 7 kriteria", target: "< 0,5 s") {
    _ = try Pemeringkatan.peringkat(items: items, bobot: bobot)
    _ = try Pemeringkatan.sensitivitas(items: items, bobot: bobot, topN: 10)
}
ukur("AHP 7×7 (vektor eigen + CR)", ukuran: "1 matriks", ulang: 50) { _ = AHP.hitung(matriks) }

// 2. Partner matching across 552 daerah (+ other pemda's submissions) — target < 1 s.
var calon: [CalonMitra] = []
for p in 11...94 {
    for k in 1...7 where calon.count < 552 {
        if let kode = KodeWilayah(valid: String(format: "%02d.%02d", p, k)) {
            calon.append(CalonMitra(jenis: .daerah, kodeWilayah: kode, nama: "Daerah \(kode.nilai)",
                                    menawarkan: "pelabuhan armada dermaga pariwisata pangan", membutuhkan: "investasi pelatihan"))
        }
    }
}
let kata = ["dermaga", "armada", "pelabuhan", "pendanaan", "pelatihan", "beasiswa", "pangan", "irigasi", "benih", "wisata", "promosi",
            "sampah", "lahan", "investasi", "jalan", "jembatan", "air", "minum", "listrik", "internet", "guru", "dokter", "ambulans"]
let lain = (0..<Int(100_000 * skala)).map { i -> RingkasUsulan in
    RingkasUsulan(id: UUID(), kodePemda: calon[i % calon.count].kodeWilayah!, jenis: .potensi, judul: "Usulan \(i)",
                  urusan: [KatalogUrusan.semua[i % 32].kode],
                  dimiliki: (0..<4).map { _ in kata[g.dalam(0...(kata.count - 1))] }.joined(separator: " "),
                  dibutuhkan: (0..<3).map { _ in kata[g.dalam(0...(kata.count - 1))] }.joined(separator: " "))
}
let usulanUji = try UsulanPotensi.periksa(IsianUsulan(
    jenis: "potensi", judul: "Integrasi angkutan sungai", deskripsi: "Uji", urusan: ["2.15"], lokasi: ["64.02.06"], bentuk: "kerjaSamaDaerahLain",
    sumberDayaDimiliki: "dermaga armada sungai", sumberDayaDibutuhkan: "pendanaan pelatihan rute terpadu", eksternalitas: "ya",
    eksternalitasDengan: "PPU", manfaat: "Waktu tempuh", kodeProgram: "2.15.02", namaProgram: "Program"), untukDiajukan: true)
let batas = PetaBatas(pasanganKode: [("64.02", "64.09"), ("64.02", "64.72"), ("64.02", "64.71")])
var indeks: IndeksTeks?
ukur("Indeks teks mitra (sekali per permintaan)", ukuran: "\(calon.count) daerah + \(lain.count) usulan lain", ulang: 3) {
    indeks = IndeksTeks(calon: calon, usulanLain: lain)
}
ukur("Rekomendasi mitra untuk satu usulan", ukuran: "\(calon.count) daerah + \(lain.count) usulan lain", ulang: 20, target: "< 1 s (termasuk indeks)") {
    _ = RekomendasiMitra.rekomendasikan(usulan: usulanUji, kodePemda: KodeWilayah(valid: "64.02")!, indeks: indeks!, batas: batas, jumlah: 20)
}
let padananN = Int(20_000 * skala)
ukur("Padanan kebutuhan–tawaran", ukuran: "\(padananN) usulan", ulang: 3) {
    _ = PadananKebutuhan.cari(usulan: Array(lain.prefix(padananN)), maksimumPerUsulan: 10)
}

// 3. Lifecycle transitions.
ukur("Transisi siklus kerja sama (alur KSDD lengkap)", ukuran: "1.000 alur", ulang: 5) {
    for _ in 0..<Int(1000 * max(skala, 0.1)) {
        guard case .success(var s) = SiklusKerjaSama.mulai(jenis: .ksddSukarela, penilaianDPRD: PenilaianDPRD(membebaniMasyarakatDanDaerah: false, sudahDianggarkanAPBD: true)) else { continue }
        for t in s.alur.dropFirst() {
            for syarat in s.kekurangan(untukMasuk: t) { _ = syarat }
            if case .success(let s2) = s.terapkan(.lanjut(ke: t)) { s = s2 }
        }
    }
}

// 4. Terbilang.
let nTerbilang = Int(1_000_000 * skala)
ukur("Terbilang", ukuran: "\(nTerbilang) bilangan", ulang: 3) {
    var panjang = 0
    for i in 0..<nTerbilang { panjang &+= Terbilang.kata(i &* 7919).utf8.count }
    precondition(panjang > 0)
}

// 5. Documents: DOCX of a 20-Pasal PKS (median) and XLSX of 100,000 rows (target < 3 s, < 200 MB).
var blok: [Blok] = [.judul("PERJANJIAN KERJA SAMA"), .subjudul("ANTARA"), .subjudul("PEMERINTAH KABUPATEN KUTAI KARTANEGARA"),
                    .subjudul("DAN"), .subjudul("PEMERINTAH KABUPATEN PENAJAM PASER UTARA"),
                    .paragraf([Run(try Tanggal(tahun: 2024, bulan: 5, hari: 3).kalimatPembukaan + ", bertempat di Samarinda, yang bertanda tangan di bawah ini:")], rata: .rataKiriKanan)]
for n in 1...20 {
    blok.append(.heading("Pasal \(n)\nKETENTUAN \(n)", tingkat: 2))
    blok.append(.daftar((1...4).map { a in [Run("Ayat \(a) Pasal \(n): PARA PIHAK sepakat melaksanakan kewajiban sebagaimana diatur dalam perjanjian ini dengan itikad baik dan sesuai ketentuan peraturan perundang-undangan.")] }, jenis: .ayat))
}
blok.append(.tandaTangan([BlokTandaTangan(pihak: "PIHAK KEDUA", jabatan: "BUPATI PENAJAM PASER UTARA", nama: "NAMA"),
                          BlokTandaTangan(pihak: "PIHAK KESATU", jabatan: "BUPATI KUTAI KARTANEGARA", nama: "NAMA")]))
let dokumen = DokumenDOCX(judulDokumen: "PKS uji", blok: blok)
var ukuranDocx = 0
try ukur("DOCX PKS 20 Pasal", ukuran: "80 ayat", ulang: 20, target: "≥ 20× lebih cepat dari pandoc") {
    ukuranDocx = try DOCX.tulis(dokumen).count
}
let pks20 = try pks20Pasal()
var ukuranDocxModel = 0
try ukur("DOCX PKS 20 Pasal dari model naskah", ukuran: "\(pks20.pasal.count) Pasal (templat + pustaka klausul)", ulang: 20,
         target: "≥ 20× lebih cepat dari pandoc (Benchmarks/pandoc.sh)") {
    ukuranDocxModel = try SusunNaskah.docx(pks20).count
}
ukur("Pemeriksa unsur PKS 20 Pasal", ukuran: "\(pks20.pasal.count) Pasal", ulang: 20) { _ = PemeriksaUnsur.periksa(pks20) }
let nBaris = Int(100_000 * skala)
let lembar = LembarKerja(nama: "Matriks", kolom: (0..<12).map { Kolom(judul: "Kolom \($0)") },
                         baris: (0..<nBaris).map { i in (0..<12).map { j in j == 0 ? .bilangan(i) : .teks("Isi sel \(i)-\(j) =formula? tidak") } })
try ukur("XLSX matriks", ukuran: "\(nBaris) baris × 12 kolom", ulang: 3, target: "< 3 s, < 200 MB") {
    _ = try XLSX.tulis([lembar], judul: "Uji", pembuat: "Jalin")
}

// 6. Word diff of two 20-Pasal versions (the standard library's CollectionDifference over words).
let v1 = (1...20).flatMap { n in (1...4).map { "Pasal \(n) ayat \($0): PARA PIHAK sepakat melaksanakan kewajiban dengan itikad baik." } }.joined(separator: " ")
let v2 = v1.replacingOccurrences(of: "itikad baik", with: "itikad baik dan tepat waktu").replacingOccurrences(of: "Pasal 7 ", with: "Pasal 7A ")
let k1 = v1.split(separator: " "), k2 = v2.split(separator: " ")
ukur("Diff kata dua versi 20 Pasal", ukuran: "\(k1.count) kata", ulang: 20, target: "< 10 ms") {
    _ = k2.difference(from: k1)
}

var pks20b = pks20
for i in pks20b.pasal.indices {
    if case .ayat(let b)? = pks20b.pasal[i].isi.first {
        pks20b.pasal[i].isi[0] = .ayat(b.map { Butir($0.teks.replacingOccurrences(of: "itikad baik", with: "itikad baik dan tepat waktu"), rincian: $0.rincian) })
    }
}
ukur("Diff kata per Pasal, dua versi PKS 20 Pasal (model naskah)", ukuran: "\(pks20.pasal.count) Pasal", ulang: 20, target: "< 10 ms") {
    _ = DiffKata.bandingkan(pks20, pks20b)
}

// The worst case a draft allows (issue #16.1): 40 Pasal of 24,000 words each, every word changed
// (2,000,000 characters per version, the naskah limit). Myers' search stops at the distance cap or
// the shared budget, then each Pasal is compared by line: bounded time and memory whatever the text.
var terburukA = pks20, terburukB = pks20
terburukA.pasal = (1...40).map { Pasal(kunci: "b\($0)", judul: "BEBAN \($0)", isi: [.paragraf(String(repeating: ". ", count: 24_000))]) }
terburukB.pasal = (1...40).map { Pasal(kunci: "b\($0)", judul: "BEBAN \($0)", isi: [.paragraf(String(repeating: ", ", count: 24_000))]) }
ukur("Diff kata terburuk: 40 Pasal × 24.000 kata, semuanya berubah", ukuran: "2 × 1.920.000 karakter", ulang: 5, target: "< 1 s, terbatas") {
    _ = DiffKata.bandingkan(terburukA, terburukB)
}
var satuA = pks20, satuB = pks20
satuA.pasal = [Pasal(kunci: "b", judul: "BEBAN", isi: [.paragraf(String(repeating: ". ", count: 24_000))])]
satuB.pasal = [Pasal(kunci: "b", judul: "BEBAN", isi: [.paragraf(String(repeating: ", ", count: 24_000))])]
ukur("Diff kata terburuk: satu Pasal × 24.000 kata, semuanya berubah", ukuran: "2 × 48.000 karakter", ulang: 5, target: "terbatas") {
    _ = DiffKata.bandingkan(satuA, satuB)
}

// 7. Wilayah edition plan on the real code list, when ../shared is present.
let csv = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("../shared/data/wilayah/wilayah.csv").standardized
if let teks = try? String(contentsOf: csv, encoding: .utf8) {
    var baris: [BarisWilayah] = []
    for (i, l) in teks.split(whereSeparator: \.isNewline).enumerated().dropFirst() {
        guard let koma = l.firstIndex(of: ",") else { continue }
        baris.append(BarisWilayah(baris: i + 1, kode: String(l[..<koma]), nama: String(l[l.index(after: koma)...]).replacingOccurrences(of: "\"", with: "")))
    }
    try ukur("Periksa + rencana impor kode wilayah", ukuran: "\(baris.count) kode", ulang: 3) {
        switch EdisiWilayah.periksa(baris) {
        case .success(let e): _ = EdisiWilayah.rencana(baru: e, tersimpan: [])
        case .failure(let g): FileHandle.standardError.write(Data("masalah: \(g.masalah.prefix(3))\n".utf8))
        }
    }
} else {
    FileHandle.standardError.write(Data("LEWATI: ../shared/data/wilayah/wilayah.csv tidak ada\n".utf8))
}

// The table.
func detik(_ x: Double) -> String { x < 0.01 ? String(format: "%.3f ms", x * 1000) : String(format: "%.3f s", x) }
print("| Benchmark | Ukuran | Median | Terbaik | Alokasi per run | Target | RSS puncak |")
print("|---|---|---|---|--:|---|---|")
for h in hasil {
    print("| \(h.nama) | \(h.ukuran) | \(detik(h.median)) | \(detik(h.terbaik)) | \(h.alokasi.map { "\($0)" } ?? "–") | \(h.target) | \(String(format: "%.0f MB", h.rssMB)) |")
}
print("\nDOCX PKS 20 Pasal: \(ukuranDocx) bita; dari model naskah: \(ukuranDocxModel) bita. Mode: \(kecil ? "kecil (CI)" : "penuh").")
