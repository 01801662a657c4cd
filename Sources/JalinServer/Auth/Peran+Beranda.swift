import JalinDomain

extension Peran {
    /// Where this role lands after logging in (and from "/" and "/masuk" when logged in): the partner on the
    /// drafts shared with them, the pimpinan on the dashboard, everyone else on their tasks (Beranda).
    var beranda: String {
        switch self {
        case .mitra: "/mitra"
        case .pimpinan: "/monev/dasbor"
        case .admin, .tkksd, .operator: "/beranda"
        }
    }
}
