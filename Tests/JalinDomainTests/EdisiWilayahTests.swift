import Foundation
import Testing
import JalinDomain

/// Builds rows with line numbers starting at 2 (line 1 is the header).
private func baris(_ pasangan: [(String, String)]) -> [BarisWilayah] {
    pasangan.enumerated().map { BarisWilayah(baris: $0.offset + 2, kode: $0.element.0, nama: $0.element.1) }
}

private func kode(_ s: String) -> KodeWilayah {
    KodeWilayah(valid: s)!
}

private func masalah(_ hasil: Result<[EntriWilayah], GagalPeriksa>) -> [MasalahBaris] {
    if case .failure(let gagal) = hasil { return gagal.masalah }
    return []
}

@Suite("Impor edisi kode wilayah: pemeriksaan")
struct PeriksaEdisiWilayahTests {
    @Test("Edisi yang sah diterima utuh, dengan urutan berkas")
    func edisiSah() throws {
        let hasil = EdisiWilayah.periksa(baris([
            ("64", "Kalimantan Timur"),
            ("64.02", "Kabupaten Kutai Kartanegara"),
            ("64.02.06", "Tenggarong"),
            ("64.02.06.1001", "Jahab"),
            ("64.71", "Kota Balikpapan"),
        ]))
        let entri = try hasil.get()
        #expect(entri.map(\.kode.nilai) == ["64", "64.02", "64.02.06", "64.02.06.1001", "64.71"])
        #expect(entri[3].nama == "Jahab")
    }

    @Test("Nama dirapikan: spasi di tepi dibuang, deret spasi di tengah menjadi satu")
    func namaDirapikan() throws {
        let entri = try EdisiWilayah.periksa(baris([
            ("64", "  Kalimantan   Timur "),
            ("64.02", "Kabupaten\tKutai \u{00A0} Kartanegara\r\n"),
            (" 64.02.06 ", "Tenggarong"),
        ])).get()
        #expect(entri.map(\.nama) == ["Kalimantan Timur", "Kabupaten Kutai Kartanegara", "Tenggarong"])
        #expect(entri[2].kode.nilai == "64.02.06")
        #expect(EdisiWilayah.rapikanNama("Regapu’u") == "Regapu’u")
    }

    @Test("Kode tidak sah dilaporkan")
    func kodeTidakSah() {
        let m = masalah(EdisiWilayah.periksa(baris([("64", "Kalimantan Timur"), ("64.2", "Kutai")])))
        #expect(m == [MasalahBaris(baris: 3, kode: "64.2", alasan: "kode tidak sah")])
    }

    @Test("Kode ganda dilaporkan dengan baris kemunculan pertamanya")
    func kodeGanda() {
        let m = masalah(EdisiWilayah.periksa(baris([
            ("64", "Kalimantan Timur"), ("64.02", "Kutai Kartanegara"), ("64.02", "Kutai Lagi"),
        ])))
        #expect(m == [MasalahBaris(baris: 4, kode: "64.02", alasan: "kode ganda (sudah ada di baris 3)")])
    }

    @Test("Anak tanpa induk di berkas maupun di kode yang dikenal dilaporkan")
    func indukHilang() throws {
        let rows = baris([("64", "Kalimantan Timur"), ("64.99.01", "Entah")])
        #expect(masalah(EdisiWilayah.periksa(rows))
            == [MasalahBaris(baris: 3, kode: "64.99.01", alasan: "induk 64.99 tidak ditemukan")])
        // A parent already stored is enough.
        let entri = try EdisiWilayah.periksa(rows, kodeDikenal: [kode("64.99")]).get()
        #expect(entri.count == 2)
        // The parent may come after its child in the file.
        #expect(throws: Never.self) {
            try EdisiWilayah.periksa(baris([("64.02", "Kutai Kartanegara"), ("64", "Kalimantan Timur")])).get()
        }
    }

    @Test("Nama kosong dilaporkan")
    func namaKosong() {
        let m = masalah(EdisiWilayah.periksa(baris([("64", "   ")])))
        #expect(m == [MasalahBaris(baris: 2, kode: "64", alasan: "nama kosong")])
    }

    @Test("Nama yang memuat karakter kendali dilaporkan",
          arguments: ["Kutai\u{0}Kartanegara", "Kutai\nKartanegara", "Kutai\u{1B}", "Kutai\u{7F}", "Kutai\u{2028}Barat"])
    func karakterKendali(_ nama: String) {
        let m = masalah(EdisiWilayah.periksa(baris([("64", nama)])))
        #expect(m == [MasalahBaris(baris: 2, kode: "64", alasan: "nama memuat karakter kendali")])
    }

    @Test("Nama lebih dari 200 karakter dilaporkan; tepat 200 karakter diterima")
    func namaPanjang() {
        let m = masalah(EdisiWilayah.periksa(baris([("64", String(repeating: "a", count: 201))])))
        #expect(m == [MasalahBaris(baris: 2, kode: "64", alasan: "nama lebih dari 200 karakter")])
        #expect(throws: Never.self) {
            try EdisiWilayah.periksa(baris([("64", String(repeating: "é", count: 200))])).get()
        }
    }

    @Test("Semua masalah dilaporkan sekaligus, terurut menurut baris")
    func semuaMasalah() {
        let m = masalah(EdisiWilayah.periksa(baris([
            ("64", "Kalimantan Timur"),  // 2
            ("64.02.01", "Muara Muntai"),  // 3: parent 64.02 missing
            ("6A", ""),  // 4: bad code and empty name
            ("64", "Kaltim"),  // 5: duplicate
            ("64.71", "Kota\u{7}Balikpapan"),  // 6: control character
            ("64.72", "Kota Samarinda"),  // 7: fine
        ])))
        #expect(m == [
            MasalahBaris(baris: 3, kode: "64.02.01", alasan: "induk 64.02 tidak ditemukan"),
            MasalahBaris(baris: 4, kode: "6A", alasan: "kode tidak sah"),
            MasalahBaris(baris: 4, kode: "6A", alasan: "nama kosong"),
            MasalahBaris(baris: 5, kode: "64", alasan: "kode ganda (sudah ada di baris 2)"),
            MasalahBaris(baris: 6, kode: "64.71", alasan: "nama memuat karakter kendali"),
        ])
    }

    @Test("Edisi kosong ditolak, karena mengimpornya akan mempensiunkan semua kode")
    func edisiKosong() {
        #expect(masalah(EdisiWilayah.periksa([])).count == 1)
    }
}

@Suite("Impor edisi kode wilayah: rencana perubahan")
struct RencanaImporTests {
    private func e(_ k: String, _ n: String) -> EntriWilayah { EntriWilayah(kode: kode(k), nama: n) }
    private func t(_ k: String, _ n: String, pensiun: Bool = false) -> WilayahTersimpan {
        WilayahTersimpan(kode: kode(k), nama: n, pensiun: pensiun)
    }

    @Test("Terhadap simpanan kosong semua kode ditambahkan")
    func simpananKosong() {
        let baru = [e("64", "Kalimantan Timur"), e("64.02", "Kabupaten Kutai Kartanegara")]
        let r = EdisiWilayah.rencana(baru: baru, tersimpan: [])
        #expect(r == RencanaImpor(tambah: baru))
        #expect(!r.tanpaPerubahan)
    }

    @Test("Kode baru ditambah, nama yang berubah diperbarui, kode yang hilang dipensiunkan, bukan dihapus")
    func tambahUbahPensiun() {
        let r = EdisiWilayah.rencana(
            baru: [
                e("64", "Kalimantan Timur"),
                e("64.02", "Kabupaten Kutai Kartanegara"),
                e("64.02.13", "Samboja Baru"),
                e("64.02.21", "Kecamatan Baru"),
            ],
            tersimpan: [
                t("64.02.20", "Samboja Barat"),
                t("64", "Kalimantan Timur"),
                t("64.02", "Kabupaten Kutai Kartanegara"),
                t("64.02.13", "Samboja"),
                t("64.02.19", "Kota Bangun Darat"),
            ])
        #expect(r.tambah == [e("64.02.21", "Kecamatan Baru")])
        #expect(r.ubahNama == [PerubahanNama(entri: e("64.02.13", "Samboja Baru"), namaLama: "Samboja")])
        #expect(r.ubahNama.first?.namaBaru == "Samboja Baru")
        #expect(r.pensiunkan.map(\.nilai) == ["64.02.19", "64.02.20"])
        #expect(r.aktifkanLagi.isEmpty)
        #expect(r.tetap == 2)
    }

    @Test("Kode pensiun yang muncul lagi diaktifkan kembali, dan namanya diperbarui bila berubah")
    func aktifkanLagi() {
        let r = EdisiWilayah.rencana(
            baru: [e("64", "Kalimantan Timur"), e("64.02.03", "Loa Janan"), e("64.02.02", "Loa Kulu Baru")],
            tersimpan: [
                t("64", "Kalimantan Timur"),
                t("64.02.02", "Loa Kulu", pensiun: true),
                t("64.02.03", "Loa Janan", pensiun: true),
                t("64.02.04", "Anggana", pensiun: true),
            ])
        #expect(r.aktifkanLagi.map(\.nilai) == ["64.02.03", "64.02.02"])
        #expect(r.ubahNama == [PerubahanNama(entri: e("64.02.02", "Loa Kulu Baru"), namaLama: "Loa Kulu")])
        #expect(r.tambah.isEmpty)
        // Already retired and still absent: nothing to do.
        #expect(r.pensiunkan.isEmpty)
        #expect(r.tetap == 1)
    }

    @Test("Edisi yang sama dengan simpanan tidak mengubah apa pun")
    func tanpaPerubahan() {
        let baru = [e("64", "Kalimantan Timur"), e("64.02", "Kabupaten Kutai Kartanegara")]
        let r = EdisiWilayah.rencana(baru: baru, tersimpan: baru.map { t($0.kode.nilai, $0.nama) })
        #expect(r.tanpaPerubahan)
        #expect(r.tetap == 2)
    }
}

// MARK: - Real data

/// The shared reference data, located relative to this file: `<repo>/../shared/data/wilayah/wilayah.csv`.
private enum DataBersama {
    static let berkasWilayah: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // JalinDomainTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // repository root
        .appendingPathComponent("../shared/data/wilayah/wilayah.csv")
        .standardizedFileURL

    static var ada: Bool { FileManager.default.fileExists(atPath: berkasWilayah.path) }

    /// All data rows of the file, with their line numbers.
    static func bacaBaris() throws -> [BarisWilayah] {
        let data = try Data(contentsOf: berkasWilayah)
        let rekaman = CSVUji.pisah(data)
        #expect(rekaman.first?.kolom == ["kode", "nama"])
        return rekaman.dropFirst().map { r in
            BarisWilayah(baris: r.baris, kode: r.kolom[0], nama: r.kolom.count > 1 ? r.kolom[1] : "")
        }
    }
}

/// Minimal quote-aware CSV splitter for the tests only (the server uses a CSV library):
/// comma-separated, `"` quotes with `""` escapes, LF or CRLF line ends.
private enum CSVUji {
    struct Rekaman { let baris: Int; let kolom: [String] }

    static func pisah(_ data: Data) -> [Rekaman] {
        var hasil: [Rekaman] = []
        var kolom: [String] = []
        var medan: [UInt8] = []
        var dalamKutip = false
        var baris = 1
        var barisAwal = 1
        let bytes = [UInt8](data)
        var i = 0
        func tutupMedan() {
            kolom.append(String(decoding: medan, as: UTF8.self))
            medan.removeAll(keepingCapacity: true)
        }
        while i < bytes.count {
            let b = bytes[i]
            if dalamKutip {
                if b == UInt8(ascii: "\"") {
                    if i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\"") {
                        medan.append(b)
                        i += 1
                    } else {
                        dalamKutip = false
                    }
                } else {
                    if b == UInt8(ascii: "\n") { baris += 1 }
                    medan.append(b)
                }
            } else if b == UInt8(ascii: "\"") {
                dalamKutip = true
            } else if b == UInt8(ascii: ",") {
                tutupMedan()
            } else if b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") {
                if b == UInt8(ascii: "\r") && i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\n") { i += 1 }
                tutupMedan()
                hasil.append(Rekaman(baris: barisAwal, kolom: kolom))
                kolom.removeAll(keepingCapacity: true)
                baris += 1
                barisAwal = baris
            } else {
                medan.append(b)
            }
            i += 1
        }
        if !medan.isEmpty || !kolom.isEmpty {
            tutupMedan()
            hasil.append(Rekaman(baris: barisAwal, kolom: kolom))
        }
        return hasil
    }
}

@Suite("Data wilayah Kemendagri yang sebenarnya")
struct DataWilayahNyataTests {
    @Test("Pemisah CSV uji memahami kutip, koma di dalam kutip, dan CRLF")
    func pemisahCSV() {
        let r = CSVUji.pisah(Data("kode,nama\r\n12.07.28.1007,\"Lubuk Pakam I,II\"\r\n64,\"Kal \"\"Tim\"\"\"\n".utf8))
        #expect(r.map(\.kolom) == [["kode", "nama"], ["12.07.28.1007", "Lubuk Pakam I,II"], ["64", "Kal \"Tim\""]])
        #expect(r.map(\.baris) == [1, 2, 3])
    }

    // Needs the shared reference data at ../shared/data/wilayah/wilayah.csv (next to the repository);
    // skipped when it is absent.
    @Test("Edisi Kepmendagri 300.2.2-2138/2025 diterima utuh: 91.599 baris, 38/514/7.285/83.762 per tingkat",
          .enabled(if: DataBersama.ada, "membutuhkan data bersama ../shared/data/wilayah/wilayah.csv"))
    func edisiNyata() throws {
        let rows = try DataBersama.bacaBaris()
        #expect(rows.count == 91_599)
        #expect(rows.first?.baris == 2)

        let entri = try EdisiWilayah.periksa(rows).get()
        #expect(entri.count == 91_599)
        var perTingkat: [TingkatWilayah: Int] = [:]
        for e in entri { perTingkat[e.kode.tingkat, default: 0] += 1 }
        #expect(perTingkat == [.provinsi: 38, .kabupatenKota: 514, .kecamatan: 7_285, .desaKelurahan: 83_762])

        let rencana = EdisiWilayah.rencana(baru: entri, tersimpan: [])
        #expect(rencana.tambah.count == 91_599)
        #expect(rencana.ubahNama.isEmpty && rencana.aktifkanLagi.isEmpty && rencana.pensiunkan.isEmpty)
        #expect(rencana.tetap == 0)

        // Re-importing the same edition over itself changes nothing (timings: BENCHMARKS.md).
        let tersimpan = entri.map { WilayahTersimpan(kode: $0.kode, nama: $0.nama) }
        let ulang = EdisiWilayah.rencana(baru: entri, tersimpan: tersimpan)
        #expect(ulang.tanpaPerubahan)
        #expect(ulang.tetap == 91_599)
    }

    // Needs the shared reference data at ../shared/data/wilayah/wilayah.csv; skipped when absent.
    @Test("Pola kode pada data nyata: urutan berkas, Kota berawalan 7, desa/kelurahan/desa adat, Kukar",
          .enabled(if: DataBersama.ada, "membutuhkan data bersama ../shared/data/wilayah/wilayah.csv"))
    func polaDataNyata() throws {
        let entri = try EdisiWilayah.periksa(try DataBersama.bacaBaris()).get()
        let kodeKode = entri.map(\.kode)
        // The file is sorted in the same order as KodeWilayah.
        #expect(kodeKode == kodeKode.sorted())

        // Every kab/kota whose KK starts with 7 is named "Kota …", and only those.
        for e in entri where e.kode.tingkat == .kabupatenKota {
            #expect(e.kode.isKota == e.nama.hasPrefix("Kota "), "\(e.kode) \(e.nama)")
        }

        var jenis: [JenisDesa: Int] = [:]
        for e in entri { if let j = e.kode.jenisDesa { jenis[j, default: 0] += 1 } }
        #expect(jenis == [.kelurahan: 8_496, .desa: 75_252, .desaAdat: 14])

        let kukar = kode("64.02")
        #expect(entri.first { $0.kode == kukar }?.nama == "Kabupaten Kutai Kartanegara")
        let diKukar = entri.filter { kukar.mengandung($0.kode) }
        #expect(diKukar.filter { $0.kode.tingkat == .kecamatan }.count == 20)
        #expect(diKukar.filter { $0.kode.jenisDesa == .desa }.count == 193)
        #expect(diKukar.filter { $0.kode.jenisDesa == .kelurahan }.count == 44)
        // Names with commas come through the quoted CSV intact.
        #expect(entri.first { $0.kode == kode("12.07.28.1007") }?.nama == "Lubuk Pakam I,II")
    }
}
