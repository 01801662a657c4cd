import Fluent
import Foundation
import JalinDomain
import Vapor

/// Two pemda on one installation (Scenario E.3): Kota Samarinda runs its own mapping round with two
/// submissions it publishes, and Kukar publishes three of its own; their offers and needs match.
enum DemoLintasPemda {
    static let kukarDipublikasikan = [
        "Integrasi angkutan sungai dan darat Tenggarong–IKN",
        "Festival Erau sebagai agenda wisata bersama Kalimantan Timur",
        "Pengelolaan sampah regional Tenggarong–Samarinda",
    ]

    static func pastikan(app: Application, hash: String, on db: any Database) async throws {
        guard let kukar = try await PemdaRecord.query(on: db).filter(\.$kodeWilayah == "64.02").first(),
            let smd = try await PemdaRecord.query(on: db).filter(\.$kodeWilayah == "64.72").first(),
            try await PeriodePemetaanRecord.query(on: db).filter(\.$pemdaID == smd.id!).count() == 0,
            let adminSmd = try await PenggunaRecord.query(on: db).filter(\.$namaPengguna == "admin.samarinda").first()
        else { return }
        let pelaku = try Pelaku(pengguna: adminSmd, pemda: smd, csrf: nil, sesiID: nil, jam: .sistem)
        let unit = try await UnitKerjaRecord.query(on: db).filter(\.$pemdaID == smd.id!).all()
        let unitID = Dictionary(uniqueKeysWithValues: unit.map { ($0.nama, $0.id!) })
        try await db.transaction { db in
            let x = PeriodePemetaanRecord()
            x.pemdaID = smd.id!
            x.judul = "Pemetaan Potensi KSD Kota Samarinda 2026"
            x.tahun = 2026
            x.batasWaktu = "2026-12-31"
            x.dibuka = true
            x.kriteriaJSON = String(decoding: try JSONEncoder().encode(KriteriaBawaan.semua), as: UTF8.self)
            x.topN = 5
            x.unitDiundang = unit.compactMap { $0.id?.uuidString }.sorted().joined(separator: ",")
            x.version = 1
            try await x.create(on: db)
            let usulan: [(String, String, [String], [String], String, String)] = [
                (
                    "Dinas Perhubungan", "Angkutan sungai terjadwal Samarinda–Tenggarong", ["2.15"], ["64.72.06"],
                    "dermaga Sungai Kunjang, data penumpang sungai", "armada angkutan sungai, terminal Tenggarong, jadwal terpadu"
                ),
                (
                    "Dinas Kebudayaan dan Pariwisata", "Paket wisata Samarinda–Tenggarong pada Festival Erau", ["3.26"], ["64.72.04"],
                    "hotel dan biro perjalanan, Bandara APT Pranoto", "Festival Erau, paket wisata bersama, promosi"
                ),
            ]
            for (namaUnit, judul, urusan, lokasi, dimiliki, dibutuhkan) in usulan {
                guard let uid = unitID[namaUnit] else { continue }
                let isian = IsianUsulan(
                    jenis: JenisUsulan.potensi.rawValue, judul: judul,
                    deskripsi: "\(judul). Usulan contoh Kota Samarinda untuk demonstrasi padanan lintas pemda; bukan data resmi.",
                    urusan: urusan, lokasi: lokasi, bentuk: BentukKegiatan.kerjaSamaDaerahLain.rawValue, sumberDayaDimiliki: dimiliki,
                    sumberDayaDibutuhkan: dibutuhkan, eksternalitas: "ya", eksternalitasDengan: "Kabupaten Kutai Kartanegara",
                    manfaat: "Pelayanan publik lintas daerah yang lebih baik bagi warga Samarinda dan Kutai Kartanegara.",
                    indikator: "Jumlah penumpang dan wisatawan lintas daerah", sumberDana: SumberDana.apbd.rawValue,
                    pengecualian: PengecualianPerencanaan.programStrategisNasional.rawValue,
                    alasanPengecualian: "Mendukung konektivitas kawasan penyangga Ibu Kota Nusantara.")
                let r = try await UsulanAlur.buat(isian, unitID: uid, periode: x, ajukan: true, pelaku: pelaku, ip: nil, on: db)
                r.contoh = true
                r.publik = true
                try await r.update(on: db)
            }
            for r in try await UsulanRecord.query(on: db).filter(\.$pemdaID == kukar.id!).filter(\.$judul ~~ kukarDipublikasikan).all()
            where r.status != StatusUsulan.draf.rawValue && r.status != StatusUsulan.ditolak.rawValue {
                r.publik = true
                try await r.update(on: db)
            }
        }
    }
}
