import Fluent
import Foundation
import Testing
import VaporTesting

@testable import JalinServer

@Suite("Start-up and demo seed")
struct MulaiTests {
    @Test("A second start neither duplicates nor loses anything")
    func seedIdempoten() async throws {
        try await denganJalin { app in
            func hitung() async throws -> [Int] {
                [
                    try await PemdaRecord.query(on: app.db).count(), try await PenggunaRecord.query(on: app.db).count(),
                    try await UnitKerjaRecord.query(on: app.db).count(), try await MitraRecord.query(on: app.db).count(),
                    try await BidangUrusanRecord.query(on: app.db).count(), try await WilayahRecord.query(on: app.db).count(),
                ]
            }
            let pertama = try await hitung()
            #expect(pertama == [2, 10, 55, 11, 32, 38])  // wilayah: Kaltim subset + two Samarinda kecamatan
            try await siapkanDatabase(app)
            try await siapkanDatabase(app)
            #expect(try await hitung() == pertama)
        }
    }

    @Test("The demo pemda has at least 25 perangkat daerah, each with urusan codes, marked as example data")
    func perangkatDaerah() async throws {
        try await denganJalin { app in
            let kukar = try await app.pemda("64.02")
            let opd = try await UnitKerjaRecord.query(on: app.db).filter(\.$pemdaID == kukar.id!).filter(\.$jenis == .opd).all()
            #expect(opd.count >= 25)
            #expect(opd.allSatisfy { !$0.daftarUrusan.isEmpty && $0.contoh })
            let kec = try await UnitKerjaRecord.query(on: app.db).filter(\.$pemdaID == kukar.id!).filter(\.$jenis == .kecamatan).count()
            #expect(kec == 20)
            let ikn = try await MitraRecord.query(on: app.db).filter(\.$jenis == .otoritaIKN).all()
            #expect(ikn.count == 1 && ikn[0].kodeWilayah == nil)
        }
    }

    @Test("Every demo login works and lands on its role's home page")
    func loginDemo() async throws {
        try await denganJalin { app in
            for a in DemoSeed.akun {
                var b = Peramban(app)
                let res = try await b.masuk(a.namaPengguna)
                #expect(res.status == .seeOther)
                #expect(res.headers.first(name: .location) == a.peran.beranda)
            }
        }
    }

    @Test("Health check answers")
    func sehat() async throws {
        try await denganJalin(demo: false) { app in
            try await app.testing().test(.GET, "/sehat") { res in
                #expect(res.status == .ok)
                #expect(res.body.string.contains("ok"))
            }
        }
    }
    @Test("Settings from the environment: PostgreSQL connections and the reminder job's first delay, bounded")
    func konfigurasi() {
        let bawaan = Konfigurasi.dariLingkungan([:])
        #expect(bawaan.koneksiPostgres == 8 && bawaan.jedaPengingat == 30)
        let k = Konfigurasi.dariLingkungan(["JALIN_PG_KONEKSI": "500", "JALIN_PENGINGAT_JEDA": "3600"])
        #expect(k.koneksiPostgres == 64 && k.jedaPengingat == 3600)
        #expect(Konfigurasi.dariLingkungan(["JALIN_PENGINGAT_JEDA": "-5"]).jedaPengingat == 0)
        #expect(Konfigurasi.dariLingkungan(["JALIN_PENGINGAT_JEDA": "x"]).jedaPengingat == 30)
    }
}
