import Fluent
import Foundation
import JalinDomain
import Vapor

/// Two past evaluation periods of the demo pemda, closed, with the three parties' forms, the admin's final
/// assessment and the index for every running demo cooperation (example data; called only on the first seed).
enum DemoMonev {
    static func pastikan(app: Application, on tujuan: (any Database)? = nil) async throws {
        let db = tujuan ?? app.db
        guard let pemda = try await PemdaRecord.query(on: db).filter(\.$kodeWilayah == "64.02").first(), pemda.demo,
            try await PeriodeMonevRecord.query(on: db).filter(\.$pemdaID == pemda.id!).count() == 0,
            let admin = try await PenggunaRecord.query(on: db).filter(\.$namaPengguna == "admin.kukar").first(),
            let tkksd = try await PenggunaRecord.query(on: db).filter(\.$namaPengguna == "tkksd.kukar").first()
        else { return }
        let operatorUnit = try await PenggunaRecord.query(on: db).filter(\.$pemdaID == pemda.id!).filter(\.$peran == .operator).all()
        let mitraAkun = try await PenggunaRecord.query(on: db).filter(\.$pemdaID == pemda.id!).filter(\.$peran == .mitra).all()
        let p = try Pelaku(pengguna: admin, pemda: pemda, csrf: nil, sesiID: nil, jam: .sistem)
        let hari = Jam.sistem.hariIni
        let rentang = [
            (hari.tambahHari(-365), hari.tambahHari(-183), "Monev Semester I (contoh)"),
            (hari.tambahHari(-182), hari.tambahHari(-1), "Monev Semester II (contoh)"),
        ]
        for (k, (mulai, selesai, nama)) in rentang.enumerated() {
            let x = try await MonevAlur.buka(nama: nama, mulai: mulai.iso, selesai: selesai.iso, pelaku: p, ip: nil, contoh: true, on: db)
            // In a fixed order (by the cooperation's title), so that the same seed gives the same answers.
            let semua = try await EvaluasiMonevRecord.query(on: db).filter(\.$periodeID == x.id!).all()
            let judul = Dictionary(
                try await KerjaSamaRecord.query(on: db).filter(\.$id ~~ semua.map(\.kerjaSamaID)).all().map { ($0.id!, $0.judul) },
                uniquingKeysWith: { a, _ in a })
            let ev = semua.sorted { (judul[$0.kerjaSamaID] ?? "", $0.urusan) < (judul[$1.kerjaSamaID] ?? "", $1.urusan) }
            try await db.transaction { db in
                for (i, e) in ev.enumerated() {
                    // One cooperation is left unevaluated in the latest period, to show the flag.
                    if k == 1 && i == ev.count - 1 { continue }
                    let dasar = 2 + (i + k) % 3
                    func jawab(_ geser: Int, _ masalah: String?) -> JawabanMonev {
                        let kode = ["output", "anggaran", "waktu", "koordinasi", "manfaat", "relevansi"]
                        return JawabanMonev(
                            nilai: Dictionary(
                                uniqueKeysWithValues: kode.enumerated().map { ($1, min(5, max(1, dasar + geser + ($0 % 2)))) }),
                            permasalahan: masalah, rekomendasi: dasar + geser >= 3 ? .lanjutkan : .adendum)
                    }
                    let masalah = dasar <= 2 ? "Realisasi anggaran mitra terlambat; rapat koordinasi dijadwalkan ulang (contoh)." : nil
                    // (role, party: the unit, the partner or the TKKSD member, author, answers)
                    var isian: [(PeranPenilai, UUID, UUID, JawabanMonev)] = [
                        (.opd, e.unitID, operatorUnit.first { $0.unitID == e.unitID }?.id ?? admin.id!, jawab(0, masalah)),
                        (.tkksd, tkksd.id!, tkksd.id!, jawab(k, masalah)),
                    ]
                    if let m = mitraAkun.first(where: { $0.mitraID.map(e.idMitra.contains) == true }), let mitraID = m.mitraID {
                        isian.append((.mitra, mitraID, m.id!, jawab(-1 + k, masalah ?? "Perlu kejelasan jadwal (contoh).")))
                    }
                    for (peran, pihak, uid, j) in isian {
                        let r = IsianMonevRecord()
                        r.pemdaID = pemda.id!
                        r.evaluasiID = e.id!
                        r.peran = peran.rawValue
                        r.pihakID = pihak
                        r.penggunaID = uid
                        r.jawabanJSON = MonevAlur.json(j)
                        r.bukti = ""
                        r.waktu = Date()
                        r.version = 1
                        try await r.create(on: db)
                    }
                    e.nilaiAkhir = min(5, dasar + k)
                    e.rekomendasiAkhir = (dasar + k >= 3 ? RekomendasiMonev.lanjutkan : .adendum).rawValue
                    e.catatanAkhir = "Penilaian akhir contoh."
                    try await MonevAlur.hitungUlang(e, periode: x, on: db)
                }
            }
            try await MonevAlur.tutup(x, versi: x.version, pelaku: p, ip: nil, on: db)
        }
    }
}
