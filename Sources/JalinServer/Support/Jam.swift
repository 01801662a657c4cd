import Foundation
import JalinDomain
import Vapor

/// The server's clock, injected. Handlers read `req.jam`; flows read the clock of the `Pelaku` they act for
/// (`pelaku.jam`, the request's); jobs and commands take the application's (`app.jam`). Tests set a fixed
/// clock (`app.jam = .tetap(…)`) instead of computing around today, so no code under test calls `Date()`.
/// The domain takes the date as a value (`hariIni:`) and knows no clock.
struct Jam: Sendable {
    private let baca: @Sendable () -> Date

    init(_ baca: @escaping @Sendable () -> Date) {
        self.baca = baca
    }

    /// The system clock.
    static let sistem = Jam { Date() }

    /// A clock that always says `waktu`.
    static func tetap(_ waktu: Date) -> Jam { Jam { waktu } }

    /// A clock that says `hari` at 09:00 in the pemda's time zone (`Format.zonaWaktu`).
    static func tetap(_ hari: Tanggal) -> Jam {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = Format.zonaWaktu
        let d = c.date(from: DateComponents(year: hari.tahun, month: hari.bulan, day: hari.hari, hour: 9)) ?? Date()
        return tetap(d)
    }

    /// Now.
    var sekarang: Date { baca() }

    /// Today's date where the pemda is (`Format.zonaWaktu`).
    var hariIni: Tanggal { Tanggal(date: sekarang, timeZone: Format.zonaWaktu) }
}

extension Application {
    private struct JamKey: StorageKey { typealias Value = Jam }

    /// The application's clock: the system's unless a test set another.
    var jam: Jam {
        get { storage[JamKey.self] ?? .sistem }
        set { storage[JamKey.self] = newValue }
    }
}

extension Request {
    /// The clock of this request (the application's).
    var jam: Jam { application.jam }
}
