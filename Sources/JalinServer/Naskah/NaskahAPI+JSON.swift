import Foundation
import JalinDomain
import JalinNaskah
import Vapor

/// The JSON bodies of the naskah API: what it answers and what it reads. Their keys are the API's
/// contract (described in `NaskahAPI+OpenAPI`): renaming a field changes the API.
extension NaskahAPI {
    struct NaskahJSON: Content {
        let id: UUID
        let jenis: JenisDokumen
        let jenisKerjaSama: JenisKerjaSama?
        let judul: String
        let status: String
        let dibagikan: Bool
        let versi: Int
        let version: Int
        let mitraID: UUID?
        let unitID: UUID?
        let usulanID: UUID?
        let indukID: UUID?
        let kerjaSamaId: UUID?
        let ditandatanganiPada: String?
        let isi: Naskah

        init(_ r: NaskahRecord) throws {
            id = r.id!
            jenis = r.jenisDokumen
            jenisKerjaSama = r.jenisKerjaSama.flatMap(JenisKerjaSama.init(rawValue:))
            judul = r.judul
            status = r.status
            dibagikan = r.dibagikan
            versi = r.versiTerkini
            version = r.version
            mitraID = r.mitraID
            unitID = r.unitID
            usulanID = r.usulanID
            indukID = r.indukID
            kerjaSamaId = r.kerjaSamaID
            ditandatanganiPada = r.ditandatanganiPada
            isi = try NaskahAlur.isi(r)
        }
    }

    struct SimpanMasukan: Content {
        let isi: Naskah
        let version: Int
        let catatan: String?
    }

    struct AksiMasukan: Content { let aksi: String }

    struct VersiJSON: Content {
        let nomor: Int
        let waktu: Date
        let pengguna: String
        let sumber: String
        let catatan: String?
        let isi: Naskah?

        init(nomor: Int, waktu: Date, pengguna: String, sumber: String, catatan: String?, isi: Naskah?) {
            self.nomor = nomor
            self.waktu = waktu
            self.pengguna = pengguna
            self.sumber = sumber
            self.catatan = catatan
            self.isi = isi
        }

        /// A version as the caller may read it (its note is internal), with or without its body.
        init(_ v: VersiNaskahRecord, oleh p: Pelaku, isi: Naskah?) {
            self.init(
                nomor: v.nomor, waktu: v.waktu, pengguna: v.pengguna, sumber: v.sumber, catatan: NaskahAlur.catatan(v, oleh: p), isi: isi)
        }
    }

    struct PulihkanMasukan: Content { let version: Int }

    struct DiffJSON: Content {
        let dari: Int
        let ke: Int
        let bagian: [DiffKata.Bagian]
    }

    struct KomentarJSON: Content {
        let id: UUID
        let indukID: UUID?
        let pasalKunci: String
        let pasalLabel: String
        let versi: Int
        let nama: String
        let asal: String
        let dariMitra: Bool
        let isi: String
        let selesai: Bool
        let waktu: Date

        init(_ c: KomentarNaskahRecord) {
            id = c.id!
            indukID = c.indukID
            pasalKunci = c.pasalKunci
            pasalLabel = c.pasalLabel
            versi = c.versi
            nama = c.nama
            asal = c.asal
            dariMitra = c.dariMitra
            isi = c.isi
            selesai = c.selesai
            waktu = c.waktu
        }
    }

    struct KomentarMasukan: Content {
        let pasal: String?
        let isi: String?
        let induk: UUID?
    }

    struct StatusKomentarMasukan: Content { let selesai: Bool }

    struct PemeriksaanJSON: Content {
        let temuan: [Temuan]
        let kewajiban: [KewajibanTerlacak]
        let halanganTandaTangan: [String]
    }

    struct KlausulMasukan: Content {
        let kode: String
        let varian: String?
        let nilai: [String: String]?
        let version: Int
    }

    struct PustakaJSON: Content {
        let klausul: [Klausul]
    }

    struct VarianJSON: Content {
        let varian: VarianKlausul
    }

    /// The body of a 409 on save: the message and the newer version, so nothing typed is lost.
    struct KonflikJSON: Content {
        let error: GalatAPI.Isi
        let terbaru: NaskahJSON
    }
}
