import Foundation
import JalinDomain

/// Small display helpers for pages.
enum Format {
    static let zonaWaktu = TimeZone(identifier: "Asia/Makassar") ?? .current

    /// "28/11/2026 20.15 WITA" — Kutai Kartanegara is in WITA (UTC+8).
    static func waktu(_ d: Date?) -> String {
        guard let d else { return "–" }
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = zonaWaktu
        let c = cal.dateComponents([.year, .month, .day, .hour, .minute], from: d)
        func dua(_ n: Int?) -> String { String(format: "%02d", n ?? 0) }
        return "\(dua(c.day))/\(dua(c.month))/\(c.year ?? 0) \(dua(c.hour)).\(dua(c.minute)) WITA"
    }

    static func petaGalat(_ v: KesalahanValidasi?) -> [String: String] {
        var m: [String: String] = [:]
        for k in v?.daftar ?? [] where m[k.field] == nil { m[k.field] = k.pesan }
        return m
    }
}

extension Format {
    /// "72,9" — one decimal with the Indonesian decimal comma.
    static func angka1(_ x: Double) -> String {
        let s = String(format: "%.1f", IndeksMonev.bulat(x))
        return s.replacingOccurrences(of: ".", with: ",")
    }
}
