import Fluent
import Foundation
import JalinDomain
import Vapor

/// The eligibility screen and partner recommendations of submissions, from the stored border pairs,
/// the partner directory, every provinsi and kabupaten/kota, and published submissions of other pemda.
enum Analisis {
    struct Hasil {
        let kelayakan: UsulanPage.KelayakanTampil?
        let rekomendasi: [UsulanPage.RekomendasiTampil]
    }

    struct Konteks: Sendable {
        let kodePemda: KodeWilayah
        let batas: PetaBatas
        let profil: [UUID: ProfilMitra]
        let mitra: [MitraRecord]
        let namaWilayah: [KodeWilayah: String]
        let jenisUnit: [UUID: JenisUnit]
    }

    static func konteks(pelaku p: Pelaku, on db: any Database) async throws -> Konteks {
        guard let pemda = try await PemdaRecord.find(p.pemdaID, on: db), let kode = KodeWilayah(valid: pemda.kodeWilayah) else {
            throw Abort(.notFound)
        }
        let pasangan = try await TetanggaRecord.query(on: db).all().map { ($0.kodeA, $0.kodeB) }
        let mitra = try await p.query(MitraRecord.self, on: db).all()
        let profil = Dictionary(
            uniqueKeysWithValues: mitra.map {
                (
                    $0.id!,
                    ProfilMitra(id: $0.id!, jenis: $0.jenis, kodeWilayah: $0.kodeWilayah.flatMap(KodeWilayah.init(valid:)), nama: $0.nama)
                )
            })
        let kec = try await WilayahRecord.query(on: db).filter(\.$induk == pemda.kodeWilayah).all()
        var nama: [KodeWilayah: String] = [:]
        for w in kec { if let k = KodeWilayah(valid: w.id!) { nama[k] = "Kecamatan \(w.nama)" } }
        let unit = try await p.query(UnitKerjaRecord.self, on: db).all()
        return Konteks(
            kodePemda: kode, batas: PetaBatas(pasanganKode: pasangan), profil: profil, mitra: mitra, namaWilayah: nama,
            jenisUnit: Dictionary(uniqueKeysWithValues: unit.map { ($0.id!, $0.jenis) }))
    }

    static func saring(_ u: UsulanPotensi, unit: JenisUnit, _ k: Konteks) -> HasilPenyaringan {
        Kelayakan.saring(
            MasukanKelayakan(
                usulan: u, unit: unit, kodePemda: k.kodePemda, mitra: u.calonMitra.compactMap { k.profil[$0] }, batas: k.batas,
                namaWilayah: k.namaWilayah))
    }

    static func label(_ h: HasilKelayakan) -> String {
        if h.ksd == false { return "Bukan KSD" }
        if let j = h.jenis { return j.nama }
        if h.ksd == true { return h.pilihanJenis.map(\.nama).joined(separator: " atau ") }
        return "Belum dapat ditentukan"
    }

    /// The KSD kind of each submission as a short label (for the matrix and report).
    static func jenisKSD(_ usulan: [UsulanRecord], pelaku p: Pelaku, on db: any Database) async throws -> [UUID: String] {
        let k = try await konteks(pelaku: p, on: db)
        var hasil: [UUID: String] = [:]
        for r in usulan {
            guard let u = UsulanAlur.isi(r) else { continue }
            hasil[r.id!] = label(saring(u, unit: k.jenisUnit[r.unitID] ?? .opd, k).keseluruhan)
        }
        return hasil
    }

    /// Candidates: the partner directory (its description as what it offers), and every provinsi and
    /// kabupaten/kota not yet in the directory.
    static func calon(_ k: Konteks, on db: any Database) async throws -> [CalonMitra] {
        var hasil = k.mitra.map { m in
            CalonMitra(
                mitraID: m.id, jenis: m.jenis, kodeWilayah: m.kodeWilayah.flatMap(KodeWilayah.init(valid:)), nama: m.nama,
                menawarkan: m.keterangan ?? "")
        }
        let terdaftar = Set(k.mitra.compactMap(\.kodeWilayah))
        let daerah = try await WilayahRecord.query(on: db).filter(\.$tingkat <= 2).filter(\.$pensiun == false).all()
        for w in daerah where !terdaftar.contains(w.id!) {
            guard let kode = KodeWilayah(valid: w.id!) else { continue }
            let nama = kode.tingkat == .provinsi ? "Pemerintah Provinsi \(w.nama)" : "Pemerintah \(w.nama)"
            hasil.append(CalonMitra(jenis: .daerah, kodeWilayah: kode, nama: nama))
        }
        return hasil
    }

    /// Other pemda's published submissions, as offers and needs of their daerah.
    static func usulanPublik(kecuali pemdaID: UUID, on db: any Database) async throws -> [RingkasUsulan] {
        let pemda = try await PemdaRecord.query(on: db).all()
        let kode = Dictionary(uniqueKeysWithValues: pemda.compactMap { p in KodeWilayah(valid: p.kodeWilayah).map { (p.id!, $0) } })
        let rows = try await UsulanRecord.query(on: db).filter(\.$publik == true).filter(\.$pemdaID != pemdaID)
            .filter(\.$status != StatusUsulan.draf.rawValue).all()
        return rows.compactMap { r in
            guard let u = UsulanAlur.isi(r), let k = kode[r.pemdaID] else { return nil }
            return u.ringkas(id: r.id!, kodePemda: k)
        }
    }

    static func untuk(
        _ r: UsulanRecord, isi u: UsulanPotensi?, unit: UnitKerjaRecord, pelaku p: Pelaku, on db: any Database
    ) async throws -> Hasil {
        guard let u else { return Hasil(kelayakan: nil, rekomendasi: []) }
        let k = try await konteks(pelaku: p, on: db)
        let s = saring(u, unit: unit.jenis, k)
        let h = s.keseluruhan
        let kelayakan = UsulanPage.KelayakanTampil(
            ksd: h.ksd == true ? "Termasuk kerja sama daerah" : (h.ksd == false ? "Bukan kerja sama daerah" : "Belum dapat ditentukan"),
            kelas: h.ksd == true ? "ya" : (h.ksd == false ? "tidak" : ""),
            jenis: h.jenis?.nama ?? (h.pilihanJenis.isEmpty ? nil : h.pilihanJenis.map(\.nama).joined(separator: " atau ")),
            alasan: h.alasan, dasarHukum: h.dasarHukum, catatan: h.catatan, perluKonsultasiHukum: h.perluKonsultasiHukum,
            perMitra: s.perMitra.map { Medan(label: $0.mitra.nama, nilai: "\(label($0.hasil)) — \($0.hasil.alasan)") })
        let indeks = IndeksTeks(calon: try await calon(k, on: db), usulanLain: try await usulanPublik(kecuali: p.pemdaID, on: db))
        // Partners the pemda already cooperates with (from the registry) count as openness and trust.
        let terdahulu = Set(try await p.query(KerjaSamaRecord.self, on: db).all().flatMap(\.idMitra))
        let rek = RekomendasiMitra.rekomendasikan(
            usulan: u, kodePemda: k.kodePemda, unit: unit.jenis, indeks: indeks, batas: k.batas, mitraTerdahulu: terdahulu,
            namaWilayah: k.namaWilayah, jumlah: 8)
        return Hasil(
            kelayakan: kelayakan,
            rekomendasi: rek.map {
                UsulanPage.RekomendasiTampil(
                    nama: $0.nama, skor: $0.skor, alasan: $0.alasan, jenis: $0.jenisKerjaSama?.nama ?? label($0.kelayakan))
            })
    }
}
