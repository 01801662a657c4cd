import Foundation

// MARK: - Kind and status of a submission

/// What a submission in a mapping round is about (ksd-rules.md §9.2; Kukar NEWS-000: "isu, potensi,
/// dan permasalahan" of each urusan that cooperation could address).
public enum JenisUsulan: String, Sendable, Codable, CaseIterable, Hashable {
    /// A strategic issue from the RPJMD/Renstra.
    case isu
    /// A local potential: produk unggulan, keunggulan komparatif, a resource to offer.
    case potensi
    /// A problem to solve, including limited resources.
    case permasalahan

    public var nama: String {
        switch self {
        case .isu: "Isu Strategis"
        case .potensi: "Potensi"
        case .permasalahan: "Permasalahan"
        }
    }
}

/// Where a submission stands in the mapping round (ksd-rules.md §9.2 "Status"; Scenario A steps 3–5).
///
/// The table (see `tujuan(_:)`):
///
/// | from | action | to |
/// |---|---|---|
/// | draf, dikembalikan | ajukan | diajukan |
/// | diajukan | kembalikan (catatan wajib) | dikembalikan |
/// | diajukan | verifikasi | terverifikasi |
/// | diajukan | tarikKembali | draf |
/// | diajukan, terverifikasi, dinilai | tolak (alasan wajib) | ditolak |
/// | terverifikasi | nilai | dinilai |
/// | dinilai | prioritaskan | diprioritaskan |
///
/// `diprioritaskan` and `ditolak` are final. Everything else is refused with a message in Bahasa
/// Indonesia for field `status` (or `catatan` / `alasan` when the note is missing).
///
/// The transition does not look at the content: the server runs `UsulanPotensi.periksa(_:untukDiajukan: true)`
/// before it applies `ajukan`, and `UsulanPotensi.periksaSiapDiprioritaskan()` before `prioritaskan`.
public enum StatusUsulan: String, Sendable, Codable, CaseIterable, Hashable {
    case draf
    case diajukan
    case dikembalikan
    case terverifikasi
    case dinilai
    case diprioritaskan
    case ditolak

    public var nama: String {
        switch self {
        case .draf: "Draf"
        case .diajukan: "Diajukan"
        case .dikembalikan: "Dikembalikan untuk Perbaikan"
        case .terverifikasi: "Terverifikasi"
        case .dinilai: "Dinilai"
        case .diprioritaskan: "Diprioritaskan"
        case .ditolak: "Ditolak"
        }
    }

    /// The proposer may edit the content (draf, or returned for revision).
    public var dapatDisuntingPengusul: Bool { self == .draf || self == .dikembalikan }

    /// No action leads anywhere from here.
    public var final: Bool { self == .diprioritaskan || self == .ditolak }

    /// The status an action leads to, or `nil` when the table does not allow it.
    public func tujuan(_ aksi: AksiUsulan.Jenis) -> StatusUsulan? {
        switch (self, aksi) {
        case (.draf, .ajukan), (.dikembalikan, .ajukan): .diajukan
        case (.diajukan, .kembalikan): .dikembalikan
        case (.diajukan, .verifikasi): .terverifikasi
        case (.diajukan, .tarikKembali): .draf
        case (.diajukan, .tolak), (.terverifikasi, .tolak), (.dinilai, .tolak): .ditolak
        case (.terverifikasi, .nilai): .dinilai
        case (.dinilai, .prioritaskan): .diprioritaskan
        default: nil
        }
    }

    /// The actions allowed from this status, in declaration order (for the buttons a page shows).
    public var aksiSah: [AksiUsulan.Jenis] {
        AksiUsulan.Jenis.allCases.filter { tujuan($0) != nil }
    }

    /// Applies an action: the new status, or the refusal. A return needs a note (field `catatan`) and a
    /// rejection a reason (field `alasan`), each at most `AksiUsulan.panjangCatatanMaksimum` characters.
    public func terapkan(_ aksi: AksiUsulan) -> Result<StatusUsulan, KesalahanValidasi> {
        guard let baru = tujuan(aksi.jenis) else {
            return .failure(KesalahanValidasi(field: "status", pesan: penolakan(aksi.jenis)))
        }
        var p = Pemeriksa()
        switch aksi {
        case .kembalikan(let catatan):
            _ = Teks.bersihkan(
                catatan, field: "catatan", label: "Catatan pengembalian", wajib: true,
                maks: AksiUsulan.panjangCatatanMaksimum, banyakBaris: true, ke: &p)
        case .tolak(let alasan):
            _ = Teks.bersihkan(
                alasan, field: "alasan", label: "Alasan penolakan", wajib: true,
                maks: AksiUsulan.panjangCatatanMaksimum, banyakBaris: true, ke: &p)
        default:
            break
        }
        if !p.kesalahan.isEmpty { return .failure(KesalahanValidasi(p.kesalahan)) }
        return .success(baru)
    }

    /// Why `aksi` is refused from this status.
    private func penolakan(_ aksi: AksiUsulan.Jenis) -> String {
        let sudahDiverifikasi = self == .terverifikasi || self == .dinilai || self == .diprioritaskan
        switch aksi {
        case .ajukan:
            if self == .diajukan { return "Usulan sudah diajukan dan sedang menunggu verifikasi." }
            if self == .ditolak { return "Usulan yang sudah ditolak tidak dapat diajukan lagi; buat usulan baru bila perlu." }
            return "Usulan yang sudah diverifikasi tidak dapat diajukan lagi."
        case .kembalikan:
            if self == .draf { return "Usulan yang masih draf belum diajukan, sehingga tidak dapat dikembalikan." }
            if self == .dikembalikan { return "Usulan sudah dikembalikan kepada pengusul dan belum diajukan kembali." }
            if self == .ditolak { return "Usulan yang sudah ditolak tidak dapat dikembalikan." }
            return "Usulan yang sudah diverifikasi tidak dapat dikembalikan lagi."
        case .verifikasi:
            if sudahDiverifikasi { return "Usulan sudah diverifikasi." }
            if self == .ditolak { return "Usulan yang sudah ditolak tidak dapat diverifikasi." }
            return "Usulan harus diajukan oleh pengusul sebelum dapat diverifikasi."
        case .nilai:
            if self == .dinilai || self == .diprioritaskan { return "Usulan sudah dinilai." }
            if self == .ditolak { return "Usulan yang sudah ditolak tidak dapat dinilai." }
            return "Usulan harus diverifikasi terlebih dahulu sebelum dinilai."
        case .prioritaskan:
            if self == .diprioritaskan { return "Usulan sudah diprioritaskan." }
            if self == .ditolak { return "Usulan yang sudah ditolak tidak dapat diprioritaskan." }
            return "Usulan harus dinilai oleh TKKSD terlebih dahulu sebelum diprioritaskan."
        case .tolak:
            if self == .ditolak { return "Usulan sudah ditolak." }
            if self == .diprioritaskan { return "Usulan yang sudah diprioritaskan tidak dapat ditolak." }
            return "Usulan sedang berada pada pengusul (draf atau dikembalikan untuk perbaikan), sehingga tidak dapat ditolak."
        case .tarikKembali:
            if self == .draf { return "Usulan masih draf; tidak ada pengajuan yang dapat ditarik kembali." }
            if self == .dikembalikan {
                return "Usulan yang dikembalikan sudah berada pada pengusul; perbaiki lalu ajukan kembali."
            }
            if self == .ditolak { return "Usulan yang sudah ditolak tidak dapat ditarik kembali." }
            return "Usulan yang sudah diverifikasi tidak dapat ditarik kembali."
        }
    }
}

/// One step on a submission, by the proposer (ajukan, tarikKembali), the admin (kembalikan, verifikasi,
/// tolak) or the TKKSD process (nilai, prioritaskan). Who may do what is the server's authorization.
public enum AksiUsulan: Sendable, Codable, Hashable {
    /// Submit (first time or after revision).
    case ajukan
    /// Return to the proposer for revision, with a note saying what to fix.
    case kembalikan(catatan: String)
    /// Verified by the Bagian Kerja Sama / TKKSD secretariat: complete and within the mapping's scope.
    case verifikasi
    /// Scored by the TKKSD members.
    case nilai
    /// Set as a priority by the TKKSD.
    case prioritaskan
    /// Rejected, with the reason.
    case tolak(alasan: String)
    /// The proposer withdraws a submission that has not been verified yet; it goes back to draf.
    case tarikKembali

    /// The longest note or reason accepted.
    public static let panjangCatatanMaksimum = 2000

    /// The kind of action without its note.
    public enum Jenis: String, Sendable, Codable, CaseIterable, Hashable {
        case ajukan, kembalikan, verifikasi, nilai, prioritaskan, tolak, tarikKembali

        /// Button label.
        public var nama: String {
            switch self {
            case .ajukan: "Ajukan"
            case .kembalikan: "Kembalikan untuk Perbaikan"
            case .verifikasi: "Verifikasi"
            case .nilai: "Tandai Sudah Dinilai"
            case .prioritaskan: "Prioritaskan"
            case .tolak: "Tolak"
            case .tarikKembali: "Tarik Kembali"
            }
        }
    }

    public var jenis: Jenis {
        switch self {
        case .ajukan: .ajukan
        case .kembalikan: .kembalikan
        case .verifikasi: .verifikasi
        case .nilai: .nilai
        case .prioritaskan: .prioritaskan
        case .tolak: .tolak
        case .tarikKembali: .tarikKembali
        }
    }

    /// The note or reason, trimmed, for the history; `nil` for actions without one.
    public var keterangan: String? {
        switch self {
        case .kembalikan(let t), .tolak(let t): t.trimmingCharacters(in: .whitespacesAndNewlines)
        default: nil
        }
    }
}
