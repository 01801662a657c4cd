import Fluent
import Foundation
import JalinDomain

/// The round pages' models: the round with its progress per unit and its submissions; the new-round form.
extension PeriodePage {
    // MARK: The list of rounds

    struct BarisDaftar: Encodable {
        let id: String
        let judul: String
        let tahun: Int
        let batas: String
        let dibuka: Bool
        let jumlah: Int
    }

    struct DaftarModel: Encodable {
        let periode: [BarisDaftar]
        let admin: Bool
    }

    /// Query + model: every round, latest first, with its number of submitted (non-draft) submissions.
    static func daftarModel(pelaku p: Pelaku, on db: any Database) async throws -> DaftarModel {
        let semua = try await p.query(PeriodePemetaanRecord.self, on: db).sort(\.$tahun, .descending).sort(\.$dibuatPada, .descending).all()
        var baris: [BarisDaftar] = []
        for x in semua {
            let n = try await p.query(UsulanRecord.self, on: db).filter(\.$periodeID == x.id!).filter(\.$status != "draf").count()
            baris.append(
                BarisDaftar(
                    id: x.id!.uuidString, judul: x.judul, tahun: x.tahun, batas: Tanggal(iso: x.batasWaktu)?.panjang ?? x.batasWaktu,
                    dibuka: x.dibuka, jumlah: n))
        }
        return DaftarModel(periode: baris, admin: p.peran == .admin)
    }

    // MARK: One round

    struct Kemajuan: Encodable {
        let unitID: String
        let unit: String
        let jenis: String
        let draf: Int
        let diajukan: Int
        let selesai: Int
        let belum: Bool
    }

    struct Baris: Encodable {
        let id: String
        let judul: String
        let jenis: String
        let unit: String
        let status: String
        let statusKode: String
        let urusan: String
    }

    struct Model: Encodable {
        let id: String
        let judul: String
        let tahun: Int
        let batasWaktu: String
        let dibuka: Bool
        let kemajuan: [Kemajuan]
        let belumMengajukan: Int
        let perStatus: [Tata.Menu]
        let usulan: [Baris]
        let filterStatus: String
        let bolehMengusulkan: Bool
        let admin: Bool
        let kriteria: [Kriteria]
        let kriteriaTeks: String
        let galat: [String: String]
    }

    /// Query + model of one round; `unit` names the units (`Pilihan.namaUnit`, remembered per request).
    static func model(
        periode: PeriodePemetaanRecord, filterStatus: String, unit: [UUID: String], pelaku p: Pelaku, on db: any Database,
        galat: KesalahanValidasi? = nil, kriteriaTeks: String? = nil
    ) async throws -> Model {
        let usulan = try await p.query(UsulanRecord.self, on: db).filter(\.$periodeID == periode.id!).sort(\.$dibuatPada).all()
        let semuaUnit = try await p.query(UnitKerjaRecord.self, on: db).all()
        let jenisUnit = Dictionary(uniqueKeysWithValues: semuaUnit.map { ($0.id!, $0.jenis.nama) })
        let perUnit = Dictionary(grouping: usulan, by: \.unitID)
        let kemajuan = periode.idUnitDiundang.map { id -> Kemajuan in
            let daftar = perUnit[id] ?? []
            let draf = daftar.filter { $0.status == "draf" || $0.status == "dikembalikan" }.count
            let diajukan = daftar.count - draf
            return Kemajuan(
                unitID: id.uuidString, unit: unit[id] ?? "–", jenis: jenisUnit[id] ?? "", draf: draf, diajukan: diajukan,
                selesai: daftar.filter { ["terverifikasi", "dinilai", "diprioritaskan"].contains($0.status) }.count,
                belum: diajukan == 0)
        }.sorted { ($0.belum ? 0 : 1, $0.unit) < ($1.belum ? 0 : 1, $1.unit) }
        let status = StatusUsulan.allCases
        let perStatus = status.map { s in
            Tata.Menu(
                label: "\(s.nama) (\(usulan.filter { $0.status == s.rawValue }.count))",
                href: "/pemetaan/periode/\(periode.id!)?status=\(s.rawValue)", aktif: filterStatus == s.rawValue)
        }
        // Drafts are visible to their own unit and the admin only.
        let terlihat = usulan.filter { u in
            u.status != "draf" || p.peran == .admin || u.unitID == p.unitID
        }
        let baris = terlihat.filter { filterStatus.isEmpty || $0.status == filterStatus }.map {
            Baris(
                id: $0.id!.uuidString, judul: $0.judul, jenis: JenisUsulan(rawValue: $0.jenis)?.nama ?? $0.jenis,
                unit: unit[$0.unitID] ?? "–", status: StatusUsulan(rawValue: $0.status)?.nama ?? $0.status, statusKode: $0.status,
                urusan: $0.urusan.replacingOccurrences(of: ",", with: ", "))
        }
        let bolehMengusulkan =
            periode.dibuka && (p.peran == .admin || (p.peran == .operator && p.unitID.map(periode.idUnitDiundang.contains) == true))
        let k = periode.kriteria
        return Model(
            id: periode.id!.uuidString, judul: periode.judul, tahun: periode.tahun,
            batasWaktu: Tanggal(iso: periode.batasWaktu)?.panjang ?? periode.batasWaktu, dibuka: periode.dibuka,
            kemajuan: kemajuan, belumMengajukan: kemajuan.filter(\.belum).count, perStatus: perStatus, usulan: baris,
            filterStatus: filterStatus, bolehMengusulkan: bolehMengusulkan, admin: p.peran == .admin, kriteria: k,
            kriteriaTeks: kriteriaTeks ?? k.map { "\($0.kode); \($0.nama); \($0.keterangan)" }.joined(separator: "\n"),
            galat: Format.petaGalat(galat))
    }

    struct FormModel: Encodable {
        let isian: Isian
        let unit: [Pilihan]
        let galat: [String: String]
    }

    static func formModel(_ isian: Isian, unit: [UnitKerjaRecord], semua: Bool, galat: KesalahanValidasi?) -> FormModel {
        let dipilih = Set(isian.unit ?? [])
        return FormModel(
            isian: isian,
            unit: unit.map {
                .init(
                    nilai: $0.id!.uuidString, label: "\($0.nama) (\($0.jenis.nama))", dipilih: semua || dipilih.contains($0.id!.uuidString))
            }, galat: Format.petaGalat(galat))
    }
}
