import Fluent
import Foundation
import JalinDomain
import Vapor

/// The kinds of notification: what happened, who it reaches, and whether it asks them to act. Each user
/// can turn e-mail off per kind on their account page; the notification in the app always arrives.
enum JenisKabar: String, CaseIterable, Sendable {
    /// A mapping round opened: the invited units' operators.
    case periodeDibuka
    /// A submission to verify: the admins.
    case usulanMasuk
    /// A submission returned, verified, rejected or prioritised: its unit's operators.
    case statusUsulan
    /// A verified submission to score: the TKKSD members.
    case penilaian
    /// A draft shared with the partner, a comment or a reply on it: the other side.
    case naskah
    /// A cooperation reached a stage, or needs someone's action: the admins and the units taking part.
    case kerjaSama
    /// An evaluation form to fill: the units and partners taking part.
    case monev
    /// Agreement ends and obligation deadlines (the reminder job).
    case tenggat

    var nama: String {
        switch self {
        case .periodeDibuka: "Periode pemetaan dibuka"
        case .usulanMasuk: "Usulan baru untuk diverifikasi"
        case .statusUsulan: "Usulan dikembalikan, diverifikasi, ditolak atau diprioritaskan"
        case .penilaian: "Usulan menunggu penilaian TKKSD"
        case .naskah: "Naskah dibagikan, komentar dan balasan"
        case .kerjaSama: "Tahapan kerja sama"
        case .monev: "Tugas monitoring dan evaluasi"
        case .tenggat: "Tenggat kerja sama dan kewajiban"
        }
    }
}

/// Notifying people inside the transaction of the event that concerns them: the rows are written with the
/// event (a refused action notifies nobody), and the e-mail is queued for `KirimSurel`.
enum Kabar {
    struct Pesan: Sendable {
        let jenis: JenisKabar
        let judul: String
        let isi: String
        let tautan: String
        /// Asks the reader to act (shown first in the list, and on their Beranda).
        var mendesak = true
    }

    /// Writes one notification per active recipient (never the one who acted), with an e-mail queued when
    /// the recipient has an address and has not turned this kind off.
    @discardableResult
    static func kirim(
        _ pesan: Pesan, ke penerima: [PenggunaRecord], kecuali pelaku: UUID? = nil, sekarang: Date, antreSurel: Bool = true,
        on db: any Database
    ) async throws -> Int {
        var terkirim = Set<UUID>()
        for u in penerima where u.aktif && u.id != pelaku && !terkirim.contains(u.id!) {
            terkirim.insert(u.id!)
            // A newer notice of the same thing supersedes the unread older one (a submission sent again).
            try await NotifikasiRecord.query(on: db).filter(\.$penggunaID == u.id!).filter(\.$tautan == pesan.tautan)
                .filter(\.$jenis == pesan.jenis.rawValue).filter(\.$dibaca == false).set(\.$dibaca, to: true).update()
            let n = NotifikasiRecord()
            n.pemdaID = u.pemdaID
            n.penggunaID = u.id!
            n.jenis = pesan.jenis.rawValue
            n.mendesak = pesan.mendesak
            n.judul = String(pesan.judul.prefix(300))
            n.isi = String(pesan.isi.prefix(2000))
            n.tautan = pesan.tautan
            n.dibuat = sekarang
            n.dibaca = false
            let mati = Set(u.surelNonaktif.split(separator: ",").map(String.init))
            n.surel = (antreSurel && u.email?.isEmpty == false && !mati.contains(pesan.jenis.rawValue)) ? "menunggu" : nil
            try await n.create(on: db)
        }
        return terkirim.count
    }

    /// The same, written for the caller `p` (never notified of their own act), at their clock.
    @discardableResult
    static func kirim(_ pesan: Pesan, ke penerima: [PenggunaRecord], pelaku p: Pelaku, on db: any Database) async throws -> Int {
        try await kirim(pesan, ke: penerima, kecuali: p.penggunaID, sekarang: p.jam.sekarang, on: db)
    }

    /// A task done: the unread notifications of this kind pointing there are read now (for everyone, or
    /// for one user), so nobody is asked again for what someone already did.
    static func selesai(_ jenis: JenisKabar, tautan: String, pemda: UUID, pengguna: UUID? = nil, on db: any Database) async throws {
        func terbuka() -> QueryBuilder<NotifikasiRecord> {
            let q = NotifikasiRecord.query(on: db).filter(\.$pemdaID == pemda).filter(\.$jenis == jenis.rawValue).filter(
                \.$tautan == tautan
            )
            .filter(\.$dibaca == false)
            if let pengguna { q.filter(\.$penggunaID == pengguna) }
            return q
        }
        // Their e-mails still waiting are not sent: the task is done.
        try await terbuka().filter(\.$surel == "menunggu").set(\.$surel, to: nil).update()
        try await terbuka().set(\.$dibaca, to: true).update()
    }

    // MARK: Who

    static func pengguna(_ pemda: UUID, on db: any Database, _ saring: (PenggunaRecord) -> Bool) async throws -> [PenggunaRecord] {
        try await PenggunaRecord.query(on: db).filter(\.$pemdaID == pemda).filter(\.$aktif == true).all().filter(saring)
    }

    /// The Bagian Kerja Sama.
    static func admin(_ pemda: UUID, on db: any Database) async throws -> [PenggunaRecord] {
        try await pengguna(pemda, on: db) { $0.peran == .admin }
    }

    /// The operators of these units.
    static func operatorUnit(_ pemda: UUID, _ unit: [UUID], on db: any Database) async throws -> [PenggunaRecord] {
        let u = Set(unit)
        return try await pengguna(pemda, on: db) { $0.peran == .operator && $0.unitID.map(u.contains) == true }
    }

    /// The TKKSD members.
    static func tkksd(_ pemda: UUID, on db: any Database) async throws -> [PenggunaRecord] {
        try await pengguna(pemda, on: db) { $0.peran == .tkksd }
    }

    /// The reviewers of a partner.
    static func mitra(_ pemda: UUID, _ mitra: [UUID], on db: any Database) async throws -> [PenggunaRecord] {
        let m = Set(mitra)
        return try await pengguna(pemda, on: db) { $0.peran == .mitra && $0.mitraID.map(m.contains) == true }
    }
}
