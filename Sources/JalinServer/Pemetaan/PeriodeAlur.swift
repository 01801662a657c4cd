import Fluent
import Foundation
import JalinDomain
import Vapor

/// Opening a mapping round, setting its criteria, closing and reopening it: validate, then one
/// transaction with the audit.
enum PeriodeAlur {
    struct Data: Codable, Sendable {
        var judul: String
        var tahun: Int
        var batasWaktu: String
        var topN: Int
        var unit: [UUID]
    }

    /// Validates a new round against the caller's pemda.
    static func periksa(_ f: PeriodePage.Isian, pelaku p: Pelaku, on db: any Database) async throws -> Data {
        var v = Pemeriksa()
        let judul = Teks.bersihkan(f.judul, field: "judul", label: "Judul periode", wajib: true, maks: 200, ke: &v)
        let tahun = Int((f.tahun ?? "").trimmingCharacters(in: .whitespaces))
        if tahun == nil || !(2000...2100).contains(tahun!) { v.tambah("tahun", "Tahun harus angka antara 2000 dan 2100.") }
        var batas = ""
        if let s = f.batas_waktu?.trimmingCharacters(in: .whitespaces), !s.isEmpty {
            if let t = Tanggal(iso: s) {
                if t < p.jam.hariIni { v.tambah("batas_waktu", "Batas waktu tidak boleh sebelum hari ini.") }
                batas = t.iso
            } else {
                v.tambah("batas_waktu", "Batas waktu harus tanggal yang sah (TTTT-BB-HH).")
            }
        } else {
            v.tambah("batas_waktu", "Batas waktu wajib diisi.")
        }
        let topN = Int((f.top_n ?? "10").trimmingCharacters(in: .whitespaces)) ?? -1
        if !(1...100).contains(topN) { v.tambah("top_n", "Jumlah usulan teratas harus antara 1 dan 100.") }
        let diminta = Set((f.unit ?? []).compactMap(UUID.init(uuidString:)))
        let milik = Set(try await p.query(UnitKerjaRecord.self, on: db).filter(\.$aktif == true).all().compactMap(\.id))
        if diminta.isEmpty {
            v.tambah("unit", "Pilih setidaknya satu unit kerja yang diundang.")
        } else if !diminta.isSubset(of: milik) || diminta.count != (f.unit ?? []).count {
            v.tambah("unit", "Ada unit kerja yang tidak dikenal di pemda ini.")
        }
        try v.selesai()
        return Data(judul: judul!, tahun: tahun!, batasWaktu: batas, topN: topN, unit: diminta.sorted { $0.uuidString < $1.uuidString })
    }

    /// Parses the criteria textarea: one criterion per line, "kode; nama; keterangan".
    static func bacaKriteria(_ teks: String) throws(KesalahanValidasi) -> [Kriteria] {
        var hasil: [Kriteria] = []
        for (i, baris) in teks.split(whereSeparator: \.isNewline).enumerated() {
            let t = baris.trimmingCharacters(in: .whitespaces)
            if t.isEmpty { continue }
            let bagian = t.split(separator: ";", maxSplits: 2).map { $0.trimmingCharacters(in: .whitespaces) }
            guard bagian.count >= 2 else {
                throw KesalahanValidasi(field: "kriteria", pesan: "Baris \(i + 1): tulis \"kode; nama; keterangan\".")
            }
            hasil.append(Kriteria(kode: bagian[0], nama: bagian[1], keterangan: bagian.count > 2 ? bagian[2] : ""))
        }
        try Kriteria.periksa(hasil)
        return hasil
    }

    /// Opens a new round with the default criteria.
    static func buka(_ d: Data, pelaku p: Pelaku, ip: String?, on db: any Database) async throws -> PeriodePemetaanRecord {
        let x = PeriodePemetaanRecord()
        x.pemdaID = p.pemdaID
        x.judul = d.judul
        x.tahun = d.tahun
        x.batasWaktu = d.batasWaktu
        x.dibuka = true
        x.kriteriaJSON = String(decoding: try JSONEncoder().encode(KriteriaBawaan.semua), as: UTF8.self)
        x.topN = d.topN
        x.unitDiundang = d.unit.map(\.uuidString).joined(separator: ",")
        x.version = 1
        try await db.transaction { db in
            try await x.create(on: db)
            try await Audit.catat("periode.buka", entitas: "periode_pemetaan", id: x.id?.uuidString, sesudah: d, pelaku: p, ip: ip, on: db)
            let batas = Tanggal(iso: d.batasWaktu).map { " paling lambat \($0.panjang)" } ?? ""
            try await Kabar.kirim(
                .init(
                    jenis: .periodeDibuka, judul: "Periode pemetaan dibuka: \(x.judul)",
                    isi: "Ajukan usulan potensi kerja sama unit kerja Anda\(batas).", tautan: "/pemetaan/periode/\(x.id!)"),
                ke: try await Kabar.operatorUnit(p.pemdaID, d.unit, on: db), pelaku: p, on: db)
        }
        return x
    }

    /// Replaces the criteria (typed one per line); refused once a member has scored or compared, unless unchanged.
    static func ubahKriteria(_ x: PeriodePemetaanRecord, teks: String, pelaku p: Pelaku, ip: String?, on db: any Database) async throws {
        let k = try bacaKriteria(teks)
        let sudahDinilai =
            try await p.query(NilaiUsulanRecord.self, on: db).filter(\.$periodeID == x.id!).count()
            + (try await p.query(PerbandinganAnggotaRecord.self, on: db).filter(\.$periodeID == x.id!).count())
        if sudahDinilai > 0 && k != x.kriteria {
            throw KesalahanValidasi(
                field: "kriteria",
                pesan: "Kriteria tidak dapat diubah karena anggota TKKSD sudah mulai menilai atau membandingkan kriteria pada periode ini.")
        }
        let sebelum = x.kriteria
        try await db.transaction { db in
            x.kriteriaJSON = String(decoding: try JSONEncoder().encode(k), as: UTF8.self)
            x.version += 1
            try await x.update(on: db)
            try await Audit.catat(
                "periode.kriteria", entitas: "periode_pemetaan", id: x.id?.uuidString, sebelum: sebelum, sesudah: k,
                pelaku: p, ip: ip, on: db)
        }
    }

    /// Closes an open round, or reopens a closed one.
    static func bukaTutup(_ x: PeriodePemetaanRecord, pelaku p: Pelaku, ip: String?, on db: any Database) async throws {
        try await db.transaction { db in
            x.dibuka.toggle()
            x.version += 1
            try await x.update(on: db)
            try await Audit.catat(
                x.dibuka ? "periode.buka_lagi" : "periode.tutup", entitas: "periode_pemetaan", id: x.id?.uuidString,
                pelaku: p, ip: ip, on: db)
        }
    }
}
