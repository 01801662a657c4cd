import Foundation
import JalinDomain
import LeafKit
import SQLKit

/// What the registry page shows, built from the query's rows and the filter (no request: testable alone).
extension RegisterPage {
    /// A row of the list, handed to Leaf directly (see `Pilihan`).
    struct Baris: Encodable, LeafDataRepresentable {
        let id: String
        let judul: String
        let jenis: String
        let tahap: String
        let tahapKode: String
        let mitra: String
        let masa: String
        let sisa: String?
        let segera: Bool

        var leafData: LeafData {
            var d: [String: LeafData] = [
                "id": .string(id), "judul": .string(judul), "jenis": .string(jenis), "tahap": .string(tahap),
                "tahapKode": .string(tahapKode), "mitra": .string(mitra), "masa": .string(masa), "segera": .bool(segera),
            ]
            if let sisa { d["sisa"] = .string(sisa) }
            return .dictionary(d)
        }

        /// The columns `init(baris:hariIni:namaMitra:)` reads besides the id and the sort columns.
        static let kolom = ["jenis", "tahap", "mitra", "tanggal_mulai"]

        /// A row as the page shows it: names, the term, and the days left while the cooperation runs.
        init(baris row: any SQLRow, hariIni hari: Tanggal, namaMitra: [String: String]) throws {
            let jenis = try row.decode(column: "jenis", as: String.self)
            let tahap = try row.decode(column: "tahap", as: String.self)
            let mulai = try row.decode(column: "tanggal_mulai", as: String?.self)
            let berakhir = try row.decode(column: "tanggal_berakhir", as: String?.self)
            let j = JenisKerjaSama(rawValue: jenis)
            let sisa = berakhir.flatMap(Tanggal.init(iso:)).map { hari.selisihHari(ke: $0) }
            let aktif = tahap != Tahap.berakhir.rawValue
            self.init(
                id: try row.decode(column: "id", as: UUID.self).uuidString, judul: try row.decode(column: "judul", as: String.self),
                jenis: j?.singkatan ?? jenis,
                tahap: Tahap.nama(kode: tahap, untuk: j) ?? "Di luar tahapan KSD", tahapKode: tahap,
                mitra: KerjaSamaRecord.daftarNama(try row.decode(column: "mitra", as: String.self), namaMitra),
                masa: [mulai, berakhir].compactMap { $0.flatMap(Tanggal.init(iso:))?.panjang }.joined(separator: " – "),
                sisa: aktif ? sisa.map { $0 >= 0 ? "\($0) hari lagi" : "lewat \(-$0) hari" } : nil,
                segera: aktif && (sisa.map { $0 >= 0 && $0 <= 90 } ?? false))
        }

        init(
            id: String, judul: String, jenis: String, tahap: String, tahapKode: String, mitra: String, masa: String, sisa: String?,
            segera: Bool
        ) {
            self.id = id
            self.judul = judul
            self.jenis = jenis
            self.tahap = tahap
            self.tahapKode = tahapKode
            self.mitra = mitra
            self.masa = masa
            self.sisa = sisa
            self.segera = segera
        }
    }

    struct Model: Encodable {
        let baris: [Baris]
        /// `<option>` elements of the catalogue selects (`OpsiKatalog`).
        let opsiJenis: String
        let opsiTahap: String
        let opsiUrusan: String
        let mitra: [Pilihan]
        let unit: [Pilihan]
        /// The kecamatan the list is filtered by (its id and name), kept by the form in a hidden field. The
        /// filter is reached by links (a kecamatan operator's shortcut, the unit admin page), not a select:
        /// twenty more options cost this busy page about a tenth of its throughput (Leaf's loop per option).
        let kecamatanTerpilih: Pilihan?
        /// A kecamatan operator's shortcut to their kecamatan's cooperation, desa and kelurahan included.
        let kecamatanSaya: Tautan?
        let tahun: String
        let q: String
        let segera: Bool
        let admin: Bool
        let halaman: Int
        let sebelumnya: String?
        let berikutnya: String?
    }
}

extension RegisterPage.Model {
    /// The page `nomor` of the registry read with `f`, for the caller `p`.
    init(_ f: RegisterPage.Filter, hal: HalamanBaris, nomor: Int, opsi: RegisterPage.Opsi, pelaku p: Pelaku) throws {
        let namaMitra = Pilihan.petaTeks(opsi.mitra)
        self.init(
            baris: try hal.baris.map { try RegisterPage.Baris(baris: $0, hariIni: f.hariIni, namaMitra: namaMitra) },
            opsiJenis: OpsiKatalog.jenis(dipilih: f.jenis), opsiTahap: OpsiKatalog.tahap(dipilih: f.tahap),
            opsiUrusan: OpsiKatalog.urusan(dipilih: f.urusan),
            mitra: opsi.mitra.map { .init(nilai: $0.id.uuidString, label: $0.nama, dipilih: $0.id.uuidString == f.mitra) },
            unit: opsi.unit.map { .init(nilai: $0.id.uuidString, label: $0.nama, dipilih: $0.id.uuidString == f.unit.uppercased()) },
            kecamatanTerpilih: opsi.kecamatan.first { $0.id.uuidString == f.kecamatan.uppercased() }
                .map { .init(nilai: $0.id.uuidString, label: $0.nama, dipilih: true) },
            kecamatanSaya: opsi.kecamatan.first { $0.id == p.unitID }
                .map { .init(href: "/kerja-sama?kecamatan=\($0.id.uuidString)", label: $0.nama) },
            tahun: f.tahun, q: f.q, segera: f.segera, admin: p.peran == .admin, halaman: nomor,
            sebelumnya: hal.sebelumnya.map { Self.url(f, ("sebelum", $0), halaman: nomor - 1) },
            berikutnya: hal.berikutnya.map { Self.url(f, ("setelah", $0), halaman: nomor + 1) })
    }

    /// The link to another page of the same filter.
    static func url(_ f: RegisterPage.Filter, _ kursor: (String, Kursor), halaman h: Int) -> String {
        var c = URLComponents()
        c.path = "/kerja-sama"
        c.queryItems = [
            ("jenis", f.jenis), ("tahap", f.tahap), ("urusan", f.urusan), ("mitra", f.mitra), ("unit", f.unit),
            ("kecamatan", f.kecamatan), ("tahun", f.tahun),
            ("q", f.q), ("segera", f.segera ? "1" : ""), (kursor.0, kursor.1.teks), ("halaman", String(h)),
        ]
        .filter { !$0.1.isEmpty }.map { URLQueryItem(name: $0.0, value: $0.1) }
        return c.string ?? "/kerja-sama"
    }
}
