import Foundation
import JalinDomain
import JalinNaskah
import LeafKit

/// The guided form of a new naskah as its template shows it.
extension NaskahPage {
    struct FormBaruModel: Encodable {
        let isian: NaskahBaru.Isian
        let jenis: [Pilihan]
        let jenisKerjaSama: [Pilihan]
        let mitra: [Pilihan]
        let usulan: UsulanPage.DetailRingkas?
        /// The cooperation record it is drafted for: its title, kind and stage.
        let kerjaSama: Medan?
        let gaya: String
        let galat: [String: String]

        init(_ isian: NaskahBaru.Isian, _ d: DataFormBaru, galat: KesalahanValidasi?) {
            kerjaSama = d.kerjaSama.map { k in
                Medan(
                    label: k.judul,
                    nilai: [JenisKerjaSama(rawValue: k.jenis)?.nama, Tahap.nama(kode: k.tahap, untuk: JenisKerjaSama(rawValue: k.jenis))]
                        .compactMap { $0 }.joined(separator: " · "))
            }
            let jenisDipilih = JenisDokumen(rawValue: isian.jenis ?? "") ?? .kesepakatanBersama
            self.isian = isian
            jenis = Templat.jenis.map { .init(nilai: $0.rawValue, label: $0.nama, dipilih: $0 == jenisDipilih) }
            jenisKerjaSama =
                [.init(nilai: "", label: "— menurut mitra —", dipilih: (isian.jenisKerjaSama ?? "").isEmpty)]
                + JenisKerjaSama.allCases.filter { $0 != .kemitraanLain }.map {
                    .init(nilai: $0.rawValue, label: $0.singkatan + " — " + $0.nama, dipilih: $0.rawValue == isian.jenisKerjaSama)
                }
            mitra =
                [.init(nilai: "", label: "— tanpa mitra —", dipilih: (isian.mitra ?? "").isEmpty)]
                + d.mitra.map {
                    .init(nilai: $0.id!.uuidString, label: "\($0.nama) — \($0.jenis.nama)", dipilih: $0.id!.uuidString == isian.mitra)
                }
            usulan = d.usulan.map { r, k in
                UsulanPage.DetailRingkas(
                    id: r.id!.uuidString, judul: r.judul,
                    medan: [
                        Medan(label: "Unit pengusul", nilai: k.unitPengusul ?? "–"),
                        Medan(label: "Urusan", nilai: k.urusan.joined(separator: ", ")),
                        Medan(label: "Lokasi", nilai: k.lokasi.joined(separator: ", ")),
                        Medan(label: "Sumber daya dibutuhkan (ruang lingkup)", nilai: k.dibutuhkan ?? "–"),
                        Medan(label: "Manfaat (tujuan)", nilai: k.manfaat ?? "–"),
                    ])
            }
            gaya = GayaNaskah.untuk(jenisDipilih).rawValue
            self.galat = Format.petaGalat(galat)
        }
    }

    // MARK: The editor

    /// What the editor shows when a newer version was saved meanwhile: who saved it, and its text.
    static func konflikTampil(_ terbaru: NaskahRecord, _ n: Naskah, oleh: VersiNaskahRecord?) -> NaskahForm.Konflik {
        NaskahForm.Konflik(
            versi: terbaru.versiTerkini, oleh: oleh?.pengguna ?? "–", waktu: Format.waktu(oleh?.waktu),
            bagian: n.pasal.enumerated().map { i, x in
                Medan(
                    label: [n.labelPasal(i), x.judul].filter { !$0.isEmpty }.joined(separator: " "), nilai: TeksPasal.tulis(x.isi))
            })
    }

    // MARK: Diff

    struct DiffModel: Encodable {
        struct Potong: Encodable {
            let jenis: String
            let teks: String
        }
        struct Bagian: Encodable {
            let kunci: String
            let label: String
            let status: String
            let statusKode: String
            let potongan: [Potong]
            let tambah: Int
            let hapus: Int
            /// Why the change is shown by line or whole, when it is too large to compare word by word.
            let catatan: String?
        }
        let id: String
        let judul: String
        let dari: Int
        let ke: Int
        let pilihan: [Int]
        let bagian: [Bagian]
        let hanyaBerubah: Bool
    }

    static func catatanSatuan(_ s: DiffKata.Satuan) -> String {
        switch s {
        case .baris: "Perubahan pada bagian ini terlalu besar untuk dibandingkan per kata, sehingga ditampilkan per baris."
        case .utuh:
            "Perubahan pada bagian ini terlalu besar untuk dibandingkan per kata, sehingga teks lama ditampilkan utuh sebagai dihapus dan teks baru sebagai ditambahkan."
        }
    }

    static func diffModel(_ r: NaskahRecord, dari: Int, ke: Int, pilihan: [Int], _ h: HitungDiff.Hasil, semua: Bool) -> DiffModel {
        let nama: [DiffKata.Status: String] = [.tetap: "Tidak berubah", .diubah: "Diubah", .ditambah: "Ditambahkan", .dihapus: "Dihapus"]
        return DiffModel(
            id: r.id!.uuidString, judul: r.judul, dari: dari, ke: ke, pilihan: pilihan,
            bagian: h.bagian.filter { semua || $0.status != .tetap }.map { x in
                .init(
                    kunci: x.kunci, label: x.label, status: nama[x.status] ?? "", statusKode: x.status.rawValue,
                    potongan: x.potongan.map { .init(jenis: $0.jenis.rawValue, teks: $0.teks) }, tambah: x.jumlahTambah,
                    hapus: x.jumlahHapus,
                    catatan: x.satuan.map(catatanSatuan))
            },
            hanyaBerubah: !semua)
    }

    // MARK: Clause insertion

    struct SisipModel: Encodable {
        struct Param: Encodable {
            let kode: String
            let label: String
            let nilai: String
            let keterangan: String
            let galat: String?
        }
        struct Varian: Encodable {
            let kode: String
            let nama: String
            let dasarHukum: String
            let status: String
            let versi: Int
            let cocok: Bool
            let pratinjau: String
            let parameter: [Param]
            let dipilih: Bool
        }
        struct Klausul: Encodable {
            let kode: String
            let judul: String
            let keterangan: String
            let varian: [Varian]
        }
        let id: String
        let judul: String
        let version: Int
        let klausul: [Klausul]
        let galat: [String: String]
    }

    /// The library's clauses for the naskah, the posted choice and values kept after a refusal.
    static func sisipModel(
        _ r: NaskahRecord, _ n: Naskah, _ lib: PustakaKlausul, isian: [String: String], galat: KesalahanValidasi?
    ) -> SisipModel {
        let g = Format.petaGalat(galat)
        let dipilih = (isian["kode"] ?? "") + "/" + (isian["varian"] ?? "")
        return SisipModel(
            id: r.id!.uuidString, judul: r.judul, version: Int(isian["version"] ?? "") ?? r.version,
            klausul: lib.klausul.map { k in
                .init(
                    kode: k.kode, judul: k.judul, keterangan: k.keterangan,
                    varian: k.varian.map { v in
                        let pilih = dipilih == "\(k.kode)/\(v.kode)"
                        return .init(
                            kode: v.kode, nama: v.nama, dasarHukum: v.dasarHukum, status: "[\(v.status.rawValue)]", versi: v.versi,
                            cocok: v.cocokUntuk(n.jenisKerjaSama?.kelompok), pratinjau: TeksPasal.tulis(v.isi),
                            parameter: v.parameter.map { x in
                                .init(
                                    kode: x.kode, label: x.label, nilai: pilih ? (isian["nilai.\(x.kode)"] ?? x.bawaan) : x.bawaan,
                                    keterangan: x.jenis == .bilangan
                                        ? "bilangan bulat \(x.minimum ?? 0)–\(x.maksimum ?? 0)\(x.satuan.map { " " + $0 } ?? "")" : "teks",
                                    galat: pilih ? g["nilai.\(x.kode)"] : nil)
                            }, dipilih: pilih)
                    })
            }, galat: g)
    }
}
