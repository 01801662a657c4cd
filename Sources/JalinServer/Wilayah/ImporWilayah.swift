import CSV
import Fluent
import Foundation
import JalinDomain
import SQLKit
import Vapor

/// Imports an edition of the Kemendagri code list (`kode,nama`): validates every line first,
/// then adds new codes, updates names, retires vanished codes (never deletes) — all in one
/// transaction, so a refused or interrupted import changes nothing.
enum ImporWilayah {
    struct Ringkasan: Sendable, Codable {
        let edisi: String
        let jumlahBaris: Int
        let ditambah: Int
        let diubah: Int
        let dipensiunkan: Int
        let diaktifkan: Int
        let tetap: Int
    }

    /// Reads the file's rows, or every problem with its line.
    static func baca(_ data: Data) -> Result<[BarisWilayah], GagalPeriksa> {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let teks = String(data: bytes, encoding: .utf8) else {
            // Name the lines that are not valid UTF-8.
            var masalah: [MasalahBaris] = []
            for (i, baris) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated()
            where String(data: Data(baris), encoding: .utf8) == nil {
                masalah.append(
                    .init(baris: i + 1, kode: "", alasan: "bukan teks UTF-8 (pengodean berkas salah; simpan ulang sebagai CSV UTF-8)"))
                if masalah.count >= 50 { break }
            }
            return .failure(GagalPeriksa(masalah: masalah))
        }
        do {
            let reader = try CSVReader(string: teks, hasHeaderRow: true)
            let header = (reader.headerRow ?? []).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard header.count >= 2, header[0] == "kode", header[1] == "nama" else {
                return .failure(GagalPeriksa(masalah: [.init(baris: 1, kode: "", alasan: "baris judul harus \"kode,nama\"")]))
            }
            var rows: [BarisWilayah] = []
            rows.reserveCapacity(100_000)
            var masalah: [MasalahBaris] = []
            var n = 1
            while let r = reader.next() {
                n += 1
                if r.count == 1 && r[0].trimmingCharacters(in: .whitespaces).isEmpty { continue }
                if r.count != 2 {
                    masalah.append(.init(baris: n, kode: r.first ?? "", alasan: "jumlah kolom \(r.count), seharusnya 2 (kode,nama)"))
                    continue
                }
                rows.append(BarisWilayah(baris: n, kode: r[0], nama: r[1]))
            }
            if let e = reader.error {
                masalah.append(.init(baris: n, kode: "", alasan: "berkas CSV rusak: \(e)"))
            }
            return masalah.isEmpty ? .success(rows) : .failure(GagalPeriksa(masalah: masalah))
        } catch {
            return .failure(GagalPeriksa(masalah: [.init(baris: 1, kode: "", alasan: "berkas CSV tidak dapat dibaca")]))
        }
    }

    /// Runs the whole import. `kemajuan(selesai, total)` reports progress of the writing phase.
    static func jalankan(
        data: Data, namaBerkas: String, edisi: String, on db: any Database,
        kemajuan: @escaping @Sendable (Int, Int) -> Void = { _, _ in }
    ) async throws -> Ringkasan {
        let rows: [BarisWilayah]
        switch baca(data) {
        case .failure(let g): throw g
        case .success(let r): rows = r
        }
        let tersimpan = try await db.sql.select().column("kode").column("nama").column("pensiun").from("wilayah")
            .all(decoding: BarisTersimpan.self)
            .compactMap { r in KodeWilayah(valid: r.kode).map { WilayahTersimpan(kode: $0, nama: r.nama, pensiun: r.pensiun) } }
        let entri: [EntriWilayah]
        switch EdisiWilayah.periksa(rows, kodeDikenal: Set(tersimpan.filter { !$0.pensiun }.map(\.kode))) {
        case .failure(let g): throw g
        case .success(let e): entri = e
        }
        let rencana = EdisiWilayah.rencana(baru: entri, tersimpan: tersimpan)
        let total = rencana.tambah.count + rencana.ubahNama.count + rencana.aktifkanLagi.count + rencana.pensiunkan.count
        let sha = SHA256.hex(data)
        try await db.transaction { db in
            var selesai = 0
            for potong in rencana.tambah.chunked(500) {
                var ins = db.sql.insert(into: "wilayah").columns("kode", "nama", "tingkat", "induk", "edisi", "pensiun")
                for e in potong {
                    ins = ins.values(
                        SQLBind(e.kode.nilai), SQLBind(e.nama), SQLBind(e.kode.tingkat.rawValue),
                        SQLBind(e.kode.induk?.nilai), SQLBind(edisi), SQLBind(false))
                }
                try await ins.run()
                selesai += potong.count
                kemajuan(selesai, total)
            }
            for u in rencana.ubahNama {
                try await db.sql.update("wilayah").set("nama", to: u.namaBaru).set("edisi", to: edisi)
                    .where("kode", .equal, u.kode.nilai).run()
                selesai += 1
            }
            for (daftar, pensiun) in [(rencana.aktifkanLagi, false), (rencana.pensiunkan, true)] {
                for potong in daftar.chunked(500) {
                    try await db.sql.update("wilayah").set("pensiun", to: pensiun).set("edisi", to: edisi)
                        .where("kode", .in, potong.map(\.nilai)).run()
                    selesai += potong.count
                    kemajuan(selesai, total)
                }
            }
            kemajuan(total, total)
            let catatan = CatatanImporWilayahRecord(
                edisi: edisi, namaBerkas: namaBerkas, sha256: sha, jumlahBaris: rows.count, ditambah: rencana.tambah.count,
                diubah: rencana.ubahNama.count, dipensiunkan: rencana.pensiunkan.count, diaktifkan: rencana.aktifkanLagi.count)
            try await catatan.create(on: db)
            try await Audit.catat(
                "wilayah.impor", entitas: "impor_wilayah", id: catatan.id?.uuidString,
                sesudah: [
                    "edisi": edisi, "berkas": namaBerkas, "sha256": sha, "ditambah": "\(rencana.tambah.count)",
                    "diubah": "\(rencana.ubahNama.count)", "dipensiunkan": "\(rencana.pensiunkan.count)",
                ],
                pelaku: nil, on: db)
        }
        return Ringkasan(
            edisi: edisi, jumlahBaris: rows.count, ditambah: rencana.tambah.count, diubah: rencana.ubahNama.count,
            dipensiunkan: rencana.pensiunkan.count, diaktifkan: rencana.aktifkanLagi.count, tetap: rencana.tetap)
    }

    private struct BarisTersimpan: Decodable {
        let kode: String
        let nama: String
        let pensiun: Bool
    }
}
