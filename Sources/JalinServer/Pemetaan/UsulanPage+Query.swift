import Fluent
import Foundation
import JalinDomain
import Vapor

/// The submission pages' queries: everything the form and the detail show, read for one `Pelaku`.
extension UsulanPage {
    /// What the form offers: the invited units, the pemda's kecamatan, the partner directory.
    struct DataForm {
        let unit: [UnitKerjaRecord]
        let kecamatan: [WilayahRecord]
        let mitra: [MitraRecord]
    }

    static func dataForm(periode: PeriodePemetaanRecord, pelaku p: Pelaku, on db: any Database) async throws -> DataForm {
        let pemda = try await PemdaRecord.find(p.pemdaID, on: db)
        let undangan = Set(periode.idUnitDiundang)
        let unit = try await p.query(UnitKerjaRecord.self, on: db).filter(\.$aktif == true).sort(\.$jenis).sort(\.$nama).all()
            .filter { undangan.contains($0.id!) }
        let kec = try await WilayahRecord.query(on: db).filter(\.$induk == pemda?.kodeWilayah).filter(\.$pensiun == false).sort(\.$id).all()
        let mitra = try await p.query(MitraRecord.self, on: db).sort(\.$nama).all()
        return DataForm(unit: unit, kecamatan: kec, mitra: mitra)
    }

    /// Everything the detail shows of one submission.
    struct DataDetail {
        let periode: PeriodePemetaanRecord
        let isi: UsulanPotensi?
        let unit: UnitKerjaRecord
        let namaMitra: [UUID: String]
        let namaWilayah: [String: String]
        let riwayat: [RiwayatUsulanRecord]
        /// Every member's scores of this submission.
        let nilai: [NilaiUsulanRecord]
        /// The scoring members' names (only for those who see the members' scores).
        let namaAnggota: [UUID: String]
        let analisis: Analisis.Hasil
        let lampiran: [LampiranRecord]
    }

    /// Whether this caller sees every member's scores.
    static func melihatNilaiAnggota(_ p: Pelaku) -> Bool {
        p.peran == .admin || p.peran == .tkksd || p.peran == .pimpinan
    }

    static func dataDetail(_ r: UsulanRecord, pelaku p: Pelaku, on db: any Database) async throws -> DataDetail {
        let periode = try await p.cari(PeriodePemetaanRecord.self, r.periodeID, on: db)
        let u = UsulanAlur.isi(r)
        let unit = try await p.cari(UnitKerjaRecord.self, r.unitID, on: db)
        let mitra = try await p.query(MitraRecord.self, on: db).all()
        let wil = try await WilayahRecord.query(on: db).filter(\.$id ~~ (u?.lokasi.map(\.nilai) ?? [])).all()
        let riwayat = try await p.query(RiwayatUsulanRecord.self, on: db).filter(\.$usulanID == r.id!).sort(\.$waktu).all()
        let nilai = try await p.query(NilaiUsulanRecord.self, on: db).filter(\.$usulanID == r.id!).all()
        var namaAnggota: [UUID: String] = [:]
        if melihatNilaiAnggota(p) {
            let orang = try await p.query(PenggunaRecord.self, on: db).filter(\.$id ~~ nilai.map(\.penggunaID)).all()
            namaAnggota = Dictionary(uniqueKeysWithValues: orang.map { ($0.id!, $0.namaLengkap) })
        }
        let analisis = try await Analisis.untuk(r, isi: u, unit: unit, pelaku: p, on: db)
        let lampiran = try await p.query(LampiranRecord.self, on: db).filter(\.$entitas == "usulan_potensi").filter(\.$entitasID == r.id!)
            .sort(\.$waktu).all()
        return DataDetail(
            periode: periode, isi: u, unit: unit, namaMitra: Dictionary(uniqueKeysWithValues: mitra.map { ($0.id!, $0.nama) }),
            namaWilayah: Dictionary(uniqueKeysWithValues: wil.map { ($0.id!, $0.nama) }), riwayat: riwayat, nilai: nilai,
            namaAnggota: namaAnggota, analisis: analisis, lampiran: lampiran)
    }
}
