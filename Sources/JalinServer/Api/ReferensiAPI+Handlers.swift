import Fluent
import Foundation
import JalinDomain
import Vapor

/// The handlers of `ReferensiAPI`.
extension ReferensiAPI {
    @Sendable static func openAPI(_ req: Request) async throws -> Response {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let res = Response(status: .ok, body: .init(data: try e.encode(DokumenOpenAPI.buat(req.application.routes))))
        res.headers.contentType = .json
        return res
    }

    @Sendable static func saya(_ req: Request) async throws -> Saya {
        let p = try req.pelakuWajib()
        let pemda = try await PemdaRecord.find(p.pemdaID, on: req.database)
        return Saya(
            id: p.penggunaID, namaPengguna: p.namaPengguna, namaLengkap: p.namaLengkap, peran: p.peran,
            pemda: .init(id: p.pemdaID, nama: p.pemdaNama, kodeWilayah: pemda?.kodeWilayah ?? ""),
            unitID: p.unitID, mitraID: p.mitraID)
    }

    @Sendable static func cariWilayah(_ req: Request) async throws -> [CariWilayah.Hasil] {
        try await CariWilayah.query(try CariWilayah.filter(dari: req), on: req.database)
    }

    @Sendable static func wilayah(_ req: Request) async throws -> CariWilayah.Hasil {
        let kode = req.parameters.get("kode") ?? ""
        guard KodeWilayah(valid: kode) != nil else { throw Tolak(.notFound, "Kode wilayah \(kode.prefix(20)) tidak dikenal.") }
        var f = CariWilayah.Filter()
        f.q = kode
        f.termasukPensiun = true
        guard let h = try await CariWilayah.query(f, on: req.database).first(where: { $0.kode == kode }) else {
            throw Tolak(.notFound, "Kode wilayah \(kode) tidak dikenal.")
        }
        return h
    }

    @Sendable static func urusan(_ req: Request) async throws -> [UrusanJSON] {
        try await BidangUrusanRecord.query(on: req.database).filter(\.$aktif == true).sort(\.$id).all().map {
            UrusanJSON(
                kode: $0.id ?? "", nama: $0.nama, kelompok: $0.kelompok,
                kelompokNama: KelompokUrusan(rawValue: $0.kelompok)?.nama ?? "", edisi: $0.edisi)
        }
    }

    @Sendable static func daftarUnit(_ req: Request) async throws -> [UnitJSON] {
        let p = try req.pelakuWajib()
        var q = p.query(UnitKerjaRecord.self, on: req.database)
        if let j = try? req.query.get(String.self, at: "jenis"), !j.isEmpty {
            guard let jenis = JenisUnit(rawValue: j) else { throw KesalahanValidasi(field: "jenis", pesan: "Jenis unit tidak dikenal.") }
            q = q.filter(\.$jenis == jenis)
        }
        return try await q.sort(\.$jenis).sort(\.$nama).all().map(UnitJSON.init)
    }

    @Sendable static func buatUnit(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let masukan = try req.content.decode(UnitMasukan.self)
        let d = try await UnitAdminPage.periksa(masukan.isian, pelaku: p, diri: nil, on: req.database)
        let u = UnitKerjaRecord(pemdaID: p.pemdaID, jenis: d.jenis, nama: d.nama)
        UnitAdminPage.terapkan(d, ke: u)
        try await req.database.transaction { db in
            try await u.create(on: db)
            try await Audit.catat(
                "unit.buat", entitas: "unit_kerja", id: u.id?.uuidString, sesudah: d, pelaku: p, ip: req.alamatKlien, on: db)
        }
        return try await UnitJSON(u).encodeResponse(status: .created, for: req)
    }

    @Sendable static func unit(_ req: Request) async throws -> UnitJSON {
        let p = try req.pelakuWajib()
        return UnitJSON(try await p.cari(UnitKerjaRecord.self, req.parameters.get("id", as: UUID.self), on: req.database))
    }

    @Sendable static func ubahUnit(_ req: Request) async throws -> UnitJSON {
        let p = try req.pelakuWajib()
        let u = try await p.cari(UnitKerjaRecord.self, req.parameters.get("id", as: UUID.self), on: req.database)
        let masukan = try req.content.decode(UnitMasukan.self)
        guard masukan.version != nil else { throw KesalahanValidasi(field: "version", pesan: "Versi wajib disertakan saat mengubah data.") }
        try await UnitAdminPage.simpan(masukan.isian, unit: u, pelaku: p, req: req)
        return UnitJSON(u)
    }

    @Sendable static func daftarMitra(_ req: Request) async throws -> [MitraJSON] {
        try await req.pelakuWajib().query(MitraRecord.self, on: req.database).sort(\.$nama).all().map(MitraJSON.init)
    }

    @Sendable static func mitra(_ req: Request) async throws -> MitraJSON {
        let p = try req.pelakuWajib()
        return MitraJSON(try await p.cari(MitraRecord.self, req.parameters.get("id", as: UUID.self), on: req.database))
    }

    @Sendable static func daftarPengguna(_ req: Request) async throws -> [PenggunaJSON] {
        try await req.pelakuWajib().query(PenggunaRecord.self, on: req.database).sort(\.$namaPengguna).all().map(PenggunaJSON.init)
    }

    @Sendable static func pengguna(_ req: Request) async throws -> PenggunaJSON {
        let p = try req.pelakuWajib()
        return PenggunaJSON(try await p.cari(PenggunaRecord.self, req.parameters.get("id", as: UUID.self), on: req.database))
    }

    @Sendable static func audit(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let hal = try await LogAudit.halaman(
            p, setelah: try req.kursorID("setelah"), sebelum: try req.kursorID("sebelum"), on: req.database)
        let res = try await hal.baris.map(LogAudit.Baris.init(baris:)).encodeResponse(for: req)
        res.tautkanHalaman(req, hal) { $0.id.uuidString }
        return res
    }
}
