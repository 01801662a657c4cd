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

}

extension UsulanPage {
    struct DetailRingkas: Encodable {
        let id: String
        let judul: String
        let medan: [Medan]
    }
}
