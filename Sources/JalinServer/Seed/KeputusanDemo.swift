import Fluent
import Foundation
import Vapor

/// Whether this start seeds the demo pemda, whose accounts share a published password.
///
/// - `JALIN_DEMO=0`: never.
/// - `JALIN_DEMO=1`: always (a loud warning when `serve` listens on more than the loopback address).
/// - unset: only when `jalin serve` listens on a loopback address (127.0.0.0/8, ::1, localhost; the
///   default is 127.0.0.1): a developer's machine, where only its own user can reach the published
///   logins. Anything else (`--hostname 0.0.0.0`, a unix socket behind a proxy, another command) seeds
///   nothing and says so.
struct KeputusanDemo: Equatable {
    let seed: Bool
    /// The listening address when this start serves, nil for other commands.
    let alamat: String?
    let loopback: Bool
    let peringatan: [String]

    static func putuskan(pilihan: Bool?, argumen: [String]) -> KeputusanDemo {
        let perintah = argumen.first ?? "serve"
        let serve = perintah == "serve" || perintah.hasPrefix("-")
        let alamat = serve ? alamatDengar(argumen) : nil
        let lokal = alamat.map(Self.lokal) ?? false
        switch (pilihan, serve) {
        case (false?, _):
            return KeputusanDemo(seed: false, alamat: alamat, loopback: lokal, peringatan: [])
        case (true?, _):
            let p =
                serve && !lokal
                ? [
                    "PERINGATAN: JALIN_DEMO=1 memuat akun demo dengan kata sandi yang dipublikasikan, dan server mendengarkan pada \(alamat ?? "-"), bukan hanya loopback. Siapa pun yang menjangkau alamat ini dapat masuk sebagai admin demo. Jangan gunakan untuk data sungguhan."
                ]
                : []
            return KeputusanDemo(seed: true, alamat: alamat, loopback: lokal, peringatan: p)
        case (nil, true) where lokal:
            return KeputusanDemo(seed: true, alamat: alamat, loopback: lokal, peringatan: [])
        case (nil, true):
            return KeputusanDemo(
                seed: false, alamat: alamat, loopback: lokal,
                peringatan: [
                    "PERINGATAN: data demo tidak dimuat karena server mendengarkan pada \(alamat ?? "-"), bukan alamat loopback. Akun demo memakai kata sandi yang dipublikasikan; setel JALIN_DEMO=1 hanya bila memang ingin memuatnya pada alamat ini, atau JALIN_DEMO=0 untuk menyembunyikan pesan ini."
                ])
        case (nil, false):
            return KeputusanDemo(seed: false, alamat: nil, loopback: false, peringatan: [])
        }
    }

    /// The address `serve` will listen on, from its options as Vapor reads them (`--hostname`/`-H`,
    /// `--bind`/`-b` host:port, `--unix-socket`); Vapor's default is 127.0.0.1.
    static func alamatDengar(_ argumen: [String]) -> String {
        func nilai(_ panjang: String, _ pendek: String) -> String? {
            for (i, a) in argumen.enumerated() {
                if a == panjang || a == pendek, i + 1 < argumen.count { return argumen[i + 1] }
                if a.hasPrefix(panjang + "=") { return String(a.dropFirst(panjang.count + 1)) }
            }
            return nil
        }
        if let soket = nilai("--unix-socket", "--unix-socket") { return "unix:" + soket }
        if let bind = nilai("--bind", "-b") {
            if bind.hasPrefix("["), let tutup = bind.firstIndex(of: "]") { return String(bind[bind.index(after: bind.startIndex)..<tutup]) }
            return bind.split(separator: ":", maxSplits: 1).first.map(String.init) ?? bind
        }
        return nilai("--hostname", "-H") ?? "127.0.0.1"
    }

    /// 127.0.0.0/8, ::1 or localhost.
    static func lokal(_ host: String) -> Bool {
        host.lowercased() == "localhost" || (AlamatIP(host)?.loopback ?? false)
    }

    /// Warnings about this installation's exposure, printed loudly at start: the demo decision, demo
    /// accounts already in the database while listening beyond loopback, and an https base URL (a TLS
    /// proxy) without `JALIN_TRUSTED_PROXIES` (every client then shares the proxy's address).
    func peringatanMulai(_ app: Application) async throws -> [String] {
        var p = peringatan
        if let alamat, !loopback, !seed, try await PemdaRecord.query(on: app.db).filter(\.$demo == true).count() > 0 {
            p.append(
                "PERINGATAN: basis data ini sudah berisi pemda demo (akun dengan kata sandi yang dipublikasikan) dan server mendengarkan pada \(alamat). Nonaktifkan akun demo atau ganti kata sandinya di Administrasi > Pengguna."
            )
        }
        if alamat != nil, app.konfigurasi.cookieAman, app.konfigurasi.proksiTepercaya.isEmpty {
            p.append(
                "PERINGATAN: JALIN_BASE_URL memakai https tetapi JALIN_TRUSTED_PROXIES kosong. Bila Jalin berada di belakang proksi TLS, semua pengguna tampak datang dari alamat proksi: pembatasan percobaan masuk dan log audit tidak dapat membedakan mereka. Setel JALIN_TRUSTED_PROXIES ke alamat proksi."
            )
        }
        return p
    }
}
