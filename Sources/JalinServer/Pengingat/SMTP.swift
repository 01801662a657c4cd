import Foundation
import NIOCore
import NIOPosix
import Vapor

/// A minimal SMTP client (RFC 5321) for reminders: plain connection, optional AUTH PLAIN, one message.
/// Configured by `JALIN_SMTP_URL=smtp://user:pass@host:port?from=jalin@example.go.id`.
struct KlienSMTP: Sendable {
    let host: String
    let port: Int
    let pengguna: String?
    let sandi: String?
    let pengirim: String

    init?(url: String) {
        guard let c = URLComponents(string: url), c.scheme == "smtp", let host = c.host else { return nil }
        self.host = host
        self.port = c.port ?? 25
        self.pengguna = c.user?.removingPercentEncoding
        self.sandi = c.password?.removingPercentEncoding
        self.pengirim = c.queryItems?.first { $0.name == "from" }?.value ?? "jalin@localhost"
    }

    struct GagalKirim: Error, CustomStringConvertible {
        let description: String
    }

    /// Sends one plain-text message (UTF-8, quoted-printable is not needed: base64 body).
    func kirim(ke penerima: [String], judul: String, isi: String, on group: any EventLoopGroup) async throws {
        let penerima = penerima.filter { $0.contains("@") && !$0.contains("\r") && !$0.contains("\n") }
        guard !penerima.isEmpty else { return }
        let channel = try await ClientBootstrap(group: group)
            .connectTimeout(.seconds(10))
            .connect(host: host, port: port) { ch in
                ch.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: ch)
                }
            }
        try await channel.executeThenClose { masuk, keluar in
            var baris = masuk.makeAsyncIterator()
            var sisa = ""
            func balasan() async throws -> (Int, String) {
                // Reads one (possibly multi-line) reply.
                var teks = ""
                while true {
                    while let r = sisa.range(of: "\r\n") {
                        let satu = String(sisa[..<r.lowerBound])
                        sisa = String(sisa[r.upperBound...])
                        teks += satu + "\n"
                        if satu.count >= 4, satu[satu.index(satu.startIndex, offsetBy: 3)] == " " || satu.count == 3 {
                            return (Int(satu.prefix(3)) ?? 0, teks)
                        }
                    }
                    guard let buf = try await baris.next() else { throw GagalKirim(description: "koneksi SMTP tertutup") }
                    sisa += String(buffer: buf)
                }
            }
            func perintah(_ s: String, harap: Set<Int>) async throws {
                try await keluar.write(ByteBuffer(string: s + "\r\n"))
                let (kode, teks) = try await balasan()
                guard harap.contains(kode) else { throw GagalKirim(description: "SMTP \(s.split(separator: " ").first ?? ""): \(teks)") }
            }
            let (salam, _) = try await balasan()
            guard salam == 220 else { throw GagalKirim(description: "SMTP tidak menyapa (\(salam))") }
            try await perintah("EHLO jalin", harap: [250])
            if let u = pengguna, let p = sandi {
                let token = Data("\u{0}\(u)\u{0}\(p)".utf8).base64EncodedString()
                try await perintah("AUTH PLAIN \(token)", harap: [235])
            }
            try await perintah("MAIL FROM:<\(pengirim)>", harap: [250])
            for r in penerima { try await perintah("RCPT TO:<\(r)>", harap: [250, 251]) }
            try await perintah("DATA", harap: [354])
            // RFC 2047: encoded words of at most 75 characters, folded onto continuation lines.
            var potongan: [String] = []
            var kini = ""
            for ch in judul {
                if (kini + String(ch)).utf8.count > 42 { potongan.append(kini); kini = "" }
                kini.append(ch)
            }
            if !kini.isEmpty { potongan.append(kini) }
            let subjek = potongan.map { "=?UTF-8?B?\(Data($0.utf8).base64EncodedString())?=" }.joined(separator: "\r\n ")
            let badan = Data(isi.utf8).base64EncodedString().chunked(76).joined(separator: "\r\n")
            let tanggal = DateFormatter.rfc2822.string(from: Date())
            let pesan = [
                "From: Jalin <\(pengirim)>", "To: \(penerima.joined(separator: ", "))", "Subject: \(subjek)", "Date: \(tanggal)",
                "Message-ID: <\(UUID().uuidString)@jalin>", "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8",
                "Content-Transfer-Encoding: base64", "", badan, ".",
            ].joined(separator: "\r\n")
            try await perintah(pesan, harap: [250])
            try? await perintah("QUIT", harap: [221])
        }
    }
}

extension String {
    func chunked(_ n: Int) -> [String] {
        var hasil: [String] = []
        var i = startIndex
        while i < endIndex {
            let j = index(i, offsetBy: n, limitedBy: endIndex) ?? endIndex
            hasil.append(String(self[i..<j]))
            i = j
        }
        return hasil
    }
}

extension DateFormatter {
    static let rfc2822: DateFormatter = {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return f
    }()
}
