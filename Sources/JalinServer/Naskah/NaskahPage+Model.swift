import Foundation
import JalinDomain
import JalinNaskah
import LeafKit

/// What the naskah pages show: plain values built from the query results (`NaskahPage+Query`) and
/// the caller, without a `Request`, so they can be built and checked without the app.
extension NaskahPage {
    // MARK: Shared pieces (also the partner reviewer's page)

    struct TemuanTampil: Encodable {
        let tingkat: String
        let tingkatKode: String
        let pesan: String
        let dasarHukum: String
        let status: String
        let jangkar: String?
    }

    static func temuanTampil(_ t: [Temuan]) -> [TemuanTampil] {
        t.map {
            TemuanTampil(
                tingkat: $0.tingkat.nama, tingkatKode: $0.tingkat.rawValue, pesan: $0.pesan, dasarHukum: $0.dasarHukum,
                status: "[\($0.status.rawValue)] \($0.status.nama)", jangkar: $0.pasal.map { "pasal-\($0)" })
        }
    }

    struct PesanTampil: Encodable {
        let id: String
        let nama: String
        let asal: String
        let waktu: String
        let isi: String
        let mitra: Bool
        let versi: Int
    }

    struct UtasTampil: Encodable {
        let id: String
        let pasalKunci: String
        let pasalLabel: String
        let selesai: Bool
        let diselesaikanOleh: String?
        let pesan: [PesanTampil]
        let bolehUbahStatus: Bool
    }

    /// The comment threads the caller may read (`NaskahAlur.komentarTerlihat`), each with its replies.
    static func utas(_ semua: [KomentarNaskahRecord], _ n: Naskah, pelaku p: Pelaku) -> [UtasTampil] {
        func tampil(_ c: KomentarNaskahRecord) -> PesanTampil {
            PesanTampil(
                id: c.id!.uuidString, nama: c.nama, asal: c.asal, waktu: Format.waktu(c.waktu), isi: c.isi, mitra: c.dariMitra,
                versi: c.versi)
        }
        let balasan = Dictionary(grouping: semua.filter { $0.indukID != nil }, by: { $0.indukID! })
        return semua.filter { $0.indukID == nil }.map { a in
            let label =
                n.indeksPasal(kunci: a.pasalKunci).map {
                    [n.labelPasal($0), n.pasal[$0].judul].filter { !$0.isEmpty }.joined(separator: " ")
                }
                ?? "\(a.pasalLabel) (sudah dihapus)"
            return UtasTampil(
                id: a.id!.uuidString, pasalKunci: a.pasalKunci, pasalLabel: label, selesai: a.selesai, diselesaikanOleh: a.diselesaikanOleh,
                pesan: [tampil(a)] + (balasan[a.id!] ?? []).map(tampil),
                bolehUbahStatus: NaskahAlur.bolehUbahStatus(utas: a, p))
        }
    }

    static func pilihanPasal(_ n: Naskah) -> [Pilihan] {
        n.pasal.enumerated().map { i, x in
            .init(
                nilai: x.kunci, label: [n.labelPasal(i), x.judul].filter { !$0.isEmpty }.joined(separator: " ").ifEmpty("Bagian \(i + 1)"),
                dipilih: false)
        }
    }

    static func namaSumber(_ s: String) -> String {
        switch s {
        case "buat": "Dibuat dari templat"
        case "simpan": "Disimpan"
        case "klausul": "Klausul disisipkan"
        case "pulihkan": "Dipulihkan"
        default: s
        }
    }

    // MARK: List

    /// A row of the naskah list, handed to Leaf directly (as `RegisterPage.Baris`).
    struct Baris: Encodable, LeafDataRepresentable {
        let id: String
        let judul: String
        let jenis: String
        let status: String
        let statusKode: String
        let mitra: String
        let versi: String
        let diubah: String
        let dibagikan: Bool

        var leafData: LeafData {
            .dictionary([
                "id": .string(id), "judul": .string(judul), "jenis": .string(jenis), "status": .string(status),
                "statusKode": .string(statusKode), "mitra": .string(mitra), "versi": .string(versi), "diubah": .string(diubah),
                "dibagikan": .bool(dibagikan),
            ])
        }
    }

    /// A prioritised submission to start a naskah from.
    struct UsulanTampil: Encodable {
        let id: String
        let judul: String
        let unit: String
    }

    struct DaftarModel: Encodable {
        let naskah: [Baris]
        let usulan: [UsulanTampil]
        let jenis: [Pilihan]
        let bolehBuat: Bool
        let admin: Bool
        let halaman: Int
        let sebelumnya: String?
        let berikutnya: String?

        init(_ d: DataDaftar, pelaku p: Pelaku, nomor: Int, tautan: (sebelumnya: String?, berikutnya: String?)) {
            naskah = d.naskah.map { x in
                Baris(
                    id: x.id.uuidString, judul: x.judul, jenis: (JenisDokumen(rawValue: x.jenis) ?? .kesepakatanBersama).singkatan,
                    status: (StatusNaskah(rawValue: x.status) ?? .draf).nama, statusKode: x.status,
                    mitra: x.mitraID.flatMap { d.namaMitra[$0] } ?? "–",
                    versi: String(x.versi), diubah: Format.waktu(x.diubah), dibagikan: x.dibagikan)
            }
            usulan = d.prioritas.map {
                UsulanTampil(id: $0.id.uuidString, judul: $0.judul, unit: $0.unitID.flatMap { d.namaUnit[$0] } ?? "–")
            }
            jenis = Templat.jenis.map { .init(nilai: $0.rawValue, label: $0.nama, dipilih: $0 == .kesepakatanBersama) }
            bolehBuat = p.peran == .admin || p.peran == .operator
            admin = p.peran == .admin
            halaman = nomor
            sebelumnya = tautan.sebelumnya
            berikutnya = tautan.berikutnya
        }
    }

    // MARK: Detail

    struct VersiTampil: Encodable {
        let nomor: Int
        let waktu: String
        let pengguna: String
        let sumber: String
        let catatan: String?
        let terkini: Bool
    }

    struct KewajibanTampil: Encodable {
        let pemilik: String
        let uraian: String
        let batas: String
    }

    struct DetailModel: Encodable {
        let id: String
        let judul: String
        let jenis: String
        let jenisKode: String
        let jenisKerjaSama: String?
        let status: String
        let statusKode: String
        let versi: Int
        let version: Int
        let dibagikan: Bool
        let mitra: String?
        let unit: String?
        let usulan: Tautan?
        let induk: Tautan?
        let turunan: [Tautan]
        let blok: [BlokTampil]
        let temuan: [TemuanTampil]
        let jumlahWajib: Int
        let jumlahPeriksa: Int
        let jumlahIsian: Int
        let bolehUbah: Bool
        let bolehKomentar: Bool
        let final: Bool
        let aksi: [Tata.Menu]
        let bolehPKS: Bool
        let bolehAdendum: Bool
        let versiDaftar: [VersiTampil]
        let utas: [UtasTampil]
        let pilihanPasal: [Pilihan]
        let kewajiban: [KewajibanTampil]
        let pdfTersedia: Bool
        let galat: [String: String]
        let halangan: [String]
        let dasar: String
        let kerjaSama: PanelKerjaSama?
        /// The partner's acceptance; and whether the admin may record one from the partner's letter.
        var diterima: String? = nil
        var bolehCatatDiterima = false
    }

    /// The status actions the caller may take on the naskah.
    static func menuAksi(_ r: NaskahRecord, pelaku p: Pelaku) -> [Tata.Menu] {
        let final = r.statusNaskah == .ditandatangani
        func menu(_ a: NaskahAlur.Aksi) -> Tata.Menu { .init(label: a.nama, href: a.rawValue, aktif: false) }
        var aksi: [Tata.Menu] = []
        if NaskahAlur.penyunting(r, p) && r.statusNaskah == .draf { aksi.append(menu(.ajukan)) }
        if p.peran == .admin {
            if r.statusNaskah == .ditinjau { aksi.append(menu(.kembalikanDraf)) }
            if r.mitraID != nil && !final { aksi.append(menu(r.dibagikan ? .hentikanBagikan : .bagikan)) }
            if !final { aksi.append(menu(.tandatangani)) }
        }
        return aksi
    }

    static func detailModel(
        _ r: NaskahRecord, _ n: Naskah, _ d: DataDetail, pelaku p: Pelaku, pdfTersedia: Bool,
        galat: KesalahanValidasi?
    ) -> DetailModel {
        let penyunting = NaskahAlur.penyunting(r, p)
        let final = r.statusNaskah == .ditandatangani
        return DetailModel(
            id: r.id!.uuidString, judul: r.judul, jenis: n.jenis.nama, jenisKode: n.jenis.rawValue, jenisKerjaSama: n.jenisKerjaSama?.nama,
            status: r.statusNaskah.nama, statusKode: r.status, versi: r.versiTerkini, version: r.version, dibagikan: r.dibagikan,
            mitra: d.mitra,
            unit: d.unit, usulan: d.usulan.map { Tautan(href: "/pemetaan/usulan/\($0.id!)", label: $0.judul) },
            induk: d.induk.map { Tautan(href: "/naskah/\($0.id!)", label: $0.judul) },
            turunan: d.turunan.map { Tautan(href: "/naskah/\($0.id!)", label: $0.judul) },
            blok: TampilanNaskah.blok(SusunNaskah.blok(n)), temuan: temuanTampil(d.temuan),
            jumlahWajib: d.temuan.filter { $0.tingkat == .wajib }.count, jumlahPeriksa: d.temuan.filter { $0.tingkat == .periksa }.count,
            jumlahIsian: d.temuan.filter { $0.tingkat == .isian }.count,
            bolehUbah: penyunting && !final, bolehKomentar: NaskahAlur.bolehKomentar(r, p), final: final, aksi: menuAksi(r, pelaku: p),
            bolehPKS: penyunting && n.jenis == .kesepakatanBersama, bolehAdendum: penyunting && final,
            versiDaftar: d.versi.map {
                VersiTampil(
                    nomor: $0.nomor, waktu: Format.waktu($0.waktu), pengguna: $0.pengguna, sumber: namaSumber($0.sumber),
                    catatan: $0.catatan, terkini: $0.nomor == r.versiTerkini)
            },
            utas: utas(d.komentar, n, pelaku: p), pilihanPasal: pilihanPasal(n),
            kewajiban: JalinNaskah.Kewajiban.daftar(n).map {
                KewajibanTampil(
                    pemilik: "\($0.sebutan) — \($0.pemilik)", uraian: $0.uraian,
                    batas: $0.batasWaktu?.panjang ?? "Selama jangka waktu kerja sama")
            },
            pdfTersedia: pdfTersedia, galat: Format.petaGalat(galat), halangan: d.halangan,
            dasar: n.jenisKerjaSama?.dasarHukum ?? "", kerjaSama: d.kerjaSama,
            diterima: teksDiterima(r),
            bolehCatatDiterima: p.peran == .admin && r.mitraID != nil && !final && r.diterimaVersi != r.versiTerkini)
    }

    // MARK: The guided form

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

extension UsulanPage {
    struct DetailRingkas: Encodable {
        let id: String
        let judul: String
        let medan: [Medan]
    }
}
