import Fluent
import Foundation
import JalinDomain
import Vapor

/// The needs–offers match across the pemda (and other pemda's published submissions).
enum PadananPage {
    struct Baris: Encodable {
        let pembutuh: String
        let pembutuhID: String?
        let pembutuhPemda: String
        let penyedia: String
        let penyediaID: String?
        let penyediaPemda: String
        let kata: String
        let urusan: String
        let skor: Int
        let lintasPemda: Bool
        /// For a cross-pemda match: this pemda's submission and the other pemda's published one.
        var milikID: String? = nil
        var lainID: String? = nil
    }

    struct Model: Encodable {
        let baris: [Baris]
        let jumlahUsulan: Int
        let admin: Bool
        let jumlahLintas: Int
    }

    static func daftarkan(_ app: Application) {
        app.rute(.GET, "pemetaan", "padanan", akses: .internalPemda, use: halaman)
    }

    @Sendable static func halaman(_ req: Request) async throws -> Response {
        try await req.halaman(
            "pemetaan/padanan", judul: "Padanan Kebutuhan dan Tawaran", try await model(pelaku: try req.pelakuWajib(), on: req.database))
    }

    /// Query + model: this pemda's submitted ones and other pemda's published ones, matched.
    static func model(pelaku p: Pelaku, on db: any Database) async throws -> Model {
        let pemda = try await PemdaRecord.query(on: db).all()
        let namaPemda = Dictionary(uniqueKeysWithValues: pemda.map { ($0.id!, $0.nama) })
        let kode = Dictionary(uniqueKeysWithValues: pemda.compactMap { x in KodeWilayah(valid: x.kodeWilayah).map { (x.id!, $0) } })
        let milik = try await p.query(UsulanRecord.self, on: db).filter(
            \.$status !~ [StatusUsulan.draf.rawValue, StatusUsulan.ditolak.rawValue]
        ).all()
        let publik = try await UsulanRecord.query(on: db).filter(\.$publik == true).filter(\.$pemdaID != p.pemdaID)
            .filter(\.$status !~ [StatusUsulan.draf.rawValue, StatusUsulan.ditolak.rawValue]).all()
        let semua = milik + publik
        let peta = Dictionary(uniqueKeysWithValues: semua.map { ($0.id!, $0) })
        let ringkas = semua.compactMap { r -> RingkasUsulan? in
            guard let u = UsulanAlur.isi(r), let k = kode[r.pemdaID] else { return nil }
            return u.ringkas(id: r.id!, kodePemda: k)
        }
        let daftar = PadananKebutuhan.cari(usulan: ringkas, maksimumPerUsulan: 3).prefix(200).map {
            baris($0, peta[$0.pembutuh], peta[$0.penyedia], namaPemda: namaPemda, pemdaID: p.pemdaID)
        }
        return Model(baris: daftar, jumlahUsulan: ringkas.count, admin: p.peran == .admin, jumlahLintas: daftar.filter(\.lintasPemda).count)
    }

    static func baris(_ x: Padanan, _ a: UsulanRecord?, _ b: UsulanRecord?, namaPemda: [UUID: String], pemdaID: UUID) -> Baris {
        let milik = [a, b].compactMap { $0 }.first { $0.pemdaID == pemdaID }
        let lain = [a, b].compactMap { $0 }.first { $0.pemdaID != pemdaID }
        // Another pemda's submission links nowhere: only its published title is shown.
        var baris = Baris(
            pembutuh: a?.judul ?? "", pembutuhID: a?.pemdaID == pemdaID ? a?.id?.uuidString : nil,
            pembutuhPemda: a.flatMap { namaPemda[$0.pemdaID] } ?? "",
            penyedia: b?.judul ?? "", penyediaID: b?.pemdaID == pemdaID ? b?.id?.uuidString : nil,
            penyediaPemda: b.flatMap { namaPemda[$0.pemdaID] } ?? "",
            kata: x.kata.joined(separator: ", "), urusan: x.urusanSama.joined(separator: ", "), skor: x.skor, lintasPemda: x.lintasPemda)
        if x.lintasPemda, let milik, let lain {
            baris.milikID = milik.id?.uuidString
            baris.lainID = lain.id?.uuidString
        }
        return baris
    }
}
