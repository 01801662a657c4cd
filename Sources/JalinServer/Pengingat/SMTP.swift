import Foundation
import NIOCore
import NIOPosix
import NIOSSL
import Vapor

/// A minimal SMTP client (RFC 5321) for reminders: one message, optional AUTH PLAIN, TLS by default.
/// Configured by `JALIN_SMTP_URL`:
/// - `smtp://user:pass@host:587?from=jalin@example.go.id`: STARTTLS whenever the server offers it; credentials
///   are sent only inside TLS, so a server (or a man in the middle) that does not offer STARTTLS gets no AUTH.
/// - `smtps://user:pass@host:465`: TLS from the first byte (implicit TLS).
/// - `?tls=wajib`: refuse to send anything without STARTTLS, even without credentials.
/// - `?tls=tidak`: never TLS; the explicit, visible opt-in to AUTH over a plain connection (a trusted local relay).
/// Every read is bounded by a timeout (`batasWaktu`, 30 seconds), so a silent server never hangs the sender.
struct KlienSMTP: Sendable {
    enum ModeTLS: String, Sendable {
        /// `smtps://`: TLS from the start.
        case implisit
        /// `smtp://` (default): STARTTLS when offered, required before AUTH.
        case starttls
        /// `smtp://…?tls=wajib`: STARTTLS required.
        case wajib
        /// `smtp://…?tls=tidak`: plain, AUTH allowed (explicit opt-in).
        case tanpa
    }

    let host: String
    let port: Int
    let pengguna: String?
    let sandi: String?
    let pengirim: String
    let modeTLS: ModeTLS
    /// The longest wait for any reply (and for the connection).
    var batasWaktu: TimeAmount = .seconds(30)
    /// Whom to trust: the system's roots by default (tests give their own certificate).
    var konfigurasiTLS: TLSConfiguration = .makeClientConfiguration()

    init?(url: String) {
        guard let c = URLComponents(string: url), let skema = c.scheme, let host = c.host, !host.isEmpty else { return nil }
        let tls = c.queryItems?.first { $0.name == "tls" }?.value
        switch (skema, tls) {
        case ("smtps", nil): self.modeTLS = .implisit
        case ("smtp", nil): self.modeTLS = .starttls
        case ("smtp", "wajib"): self.modeTLS = .wajib
        case ("smtp", "tidak"): self.modeTLS = .tanpa
        default: return nil
        }
        self.host = host
        self.port = c.port ?? (skema == "smtps" ? 465 : 25)
        self.pengguna = c.user?.removingPercentEncoding
        self.sandi = c.password?.removingPercentEncoding
        self.pengirim = c.queryItems?.first { $0.name == "from" }?.value ?? "jalin@localhost"
    }

    struct GagalKirim: Error, CustomStringConvertible {
        let description: String
    }

    /// The name sent in SNI and checked against the certificate; nil for an IP literal (checked against the address).
    private var namaTLS: String? {
        (try? SocketAddress(ipAddress: host, port: 0)) != nil ? nil : host
    }

    /// Sends one plain-text message (UTF-8, quoted-printable is not needed: base64 body). Every failure
    /// (connection, TLS handshake, a closed channel, a timeout, a refusal) is a `GagalKirim`.
    func kirim(ke penerima: [String], judul: String, isi: String, on group: any EventLoopGroup) async throws {
        do {
            try await kirimSatu(ke: penerima, judul: judul, isi: isi, on: group)
        } catch let g as GagalKirim {
            throw g
        } catch {
            throw GagalKirim(description: "koneksi SMTP gagal: \(error)")
        }
    }

    private func kirimSatu(ke penerima: [String], judul: String, isi: String, on group: any EventLoopGroup) async throws {
        let penerima = penerima.filter { $0.contains("@") && !$0.contains("\r") && !$0.contains("\n") }
        guard !penerima.isEmpty else { return }
        let konteks = modeTLS == .tanpa ? nil : try NIOSSLContext(configuration: konfigurasiTLS)
        let channel = try await sambung(tlsLangsung: modeTLS == .implisit ? konteks : nil, on: group)
        try await channel.executeThenClose { masuk, keluar in
            var smtp = PercakapanSMTP(masuk: masuk.makeAsyncIterator(), keluar: keluar, batas: batasWaktu)
            let (salam, _) = try await smtp.balasan()
            guard salam == 220 else { throw GagalKirim(description: "SMTP tidak menyapa (\(salam))") }
            let terenkripsi = try await sapa(&smtp, channel: channel.channel, konteks: konteks)
            if let u = pengguna, let p = sandi {
                // Credentials never travel in the clear unless the URL says so (tls=tidak).
                guard terenkripsi || modeTLS == .tanpa else {
                    throw GagalKirim(
                        description:
                            "server SMTP tidak menawarkan STARTTLS; kata sandi tidak dikirim tanpa TLS (gunakan smtps://, atau tls=tidak untuk relai lokal tepercaya)"
                    )
                }
                let token = Data("\u{0}\(u)\u{0}\(p)".utf8).base64EncodedString()
                try await smtp.perintah("AUTH PLAIN \(token)", harap: [235])
            }
            try await smtp.perintah("MAIL FROM:<\(pengirim)>", harap: [250])
            for r in penerima { try await smtp.perintah("RCPT TO:<\(r)>", harap: [250, 251]) }
            try await smtp.perintah("DATA", harap: [354])
            try await smtp.perintah(Self.pesan(dari: pengirim, ke: penerima, judul: judul, isi: isi, waktu: Date()), harap: [250])
            try? await smtp.perintah("QUIT", harap: [221])
        }
    }

    /// Opens the connection (TLS from the first byte when `tlsLangsung` is given), every read bounded by the timeout.
    private func sambung(
        tlsLangsung: NIOSSLContext?, on group: any EventLoopGroup
    ) async throws
        -> NIOAsyncChannel<ByteBuffer, ByteBuffer>
    {
        let batas = batasWaktu
        let namaTLS = namaTLS
        return try await ClientBootstrap(group: group)
            .connectTimeout(batas)
            .connect(host: host, port: port) { ch in
                ch.eventLoop.makeCompletedFuture {
                    if let tlsLangsung {
                        try ch.pipeline.syncOperations.addHandler(try NIOSSLClientHandler(context: tlsLangsung, serverHostname: namaTLS))
                    }
                    try ch.pipeline.syncOperations.addHandlers(IdleStateHandler(readTimeout: batas), BatasBaca())
                    return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: ch)
                }
            }
    }

    /// EHLO, and STARTTLS when the mode asks for it and the server offers it (then EHLO again).
    /// Returns whether the conversation is now encrypted; refuses to go on in the clear under `tls=wajib`.
    private func sapa(_ smtp: inout PercakapanSMTP, channel: any Channel, konteks: NIOSSLContext?) async throws -> Bool {
        let ehlo = try await smtp.perintah("EHLO jalin", harap: [250])
        var terenkripsi = modeTLS == .implisit
        if modeTLS == .starttls || modeTLS == .wajib, let konteks, Self.menawarkan("STARTTLS", ehlo) {
            try await smtp.perintah("STARTTLS", harap: [220])
            // Nothing may follow the 220 before the handshake: bytes already here were injected in the clear.
            guard smtp.sisa.isEmpty else { throw GagalKirim(description: "server SMTP mengirim data tak terduga setelah STARTTLS") }
            let namaTLS = namaTLS
            try await channel.eventLoop.submit {
                try channel.pipeline.syncOperations.addHandler(
                    try NIOSSLClientHandler(context: konteks, serverHostname: namaTLS), position: .first)
            }.get()
            terenkripsi = true
            try await smtp.perintah("EHLO jalin", harap: [250])
        }
        if !terenkripsi && modeTLS == .wajib {
            throw GagalKirim(description: "server SMTP tidak menawarkan STARTTLS, padahal JALIN_SMTP_URL mewajibkan TLS (tls=wajib)")
        }
        return terenkripsi
    }

    /// The message as sent after DATA: headers, a base64 UTF-8 body and the final dot. The subject is
    /// RFC 2047 encoded words of at most 75 characters, folded onto continuation lines.
    static func pesan(dari pengirim: String, ke penerima: [String], judul: String, isi: String, waktu: Date) -> String {
        var potongan: [String] = []
        var kini = ""
        for ch in judul {
            if (kini + String(ch)).utf8.count > 42 {
                potongan.append(kini)
                kini = ""
            }
            kini.append(ch)
        }
        if !kini.isEmpty { potongan.append(kini) }
        let subjek = potongan.map { "=?UTF-8?B?\(Data($0.utf8).base64EncodedString())?=" }.joined(separator: "\r\n ")
        let badan = Data(isi.utf8).base64EncodedString().chunked(76).joined(separator: "\r\n")
        return [
            "From: Jalin <\(pengirim)>", "To: \(penerima.joined(separator: ", "))", "Subject: \(subjek)",
            "Date: \(DateFormatter.rfc2822.string(from: waktu))", "Message-ID: <\(UUID().uuidString)@jalin>", "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64", "", badan, ".",
        ].joined(separator: "\r\n")
    }

    /// Whether an EHLO reply lists an extension (`250-STARTTLS`, `250 AUTH PLAIN LOGIN`).
    static func menawarkan(_ kata: String, _ ehlo: String) -> Bool {
        ehlo.split(separator: "\n").contains { b in
            b.count > 4 && b.dropFirst(4).split(separator: " ").first.map { $0.uppercased() == kata } == true
        }
    }
}

/// One SMTP conversation over an open channel: reads (possibly multi-line) replies, sends commands.
private struct PercakapanSMTP {
    var masuk: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator
    let keluar: NIOAsyncChannelOutboundWriter<ByteBuffer>
    let batas: TimeAmount
    /// Bytes received and not yet read as a reply.
    var sisa = ""

    /// Reads one reply: its code and its text (one line per line of the reply).
    mutating func balasan() async throws -> (Int, String) {
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
            let buf: ByteBuffer?
            do {
                buf = try await masuk.next()
            } catch is WaktuBacaHabis {
                throw KlienSMTP.GagalKirim(description: "server SMTP tidak menjawab dalam \(batas.nanoseconds / 1_000_000_000) detik")
            } catch {
                throw KlienSMTP.GagalKirim(description: "koneksi SMTP gagal: \(error)")
            }
            guard let buf else { throw KlienSMTP.GagalKirim(description: "koneksi SMTP tertutup") }
            sisa += String(buffer: buf)
        }
    }

    /// Sends one command and reads its reply, which must carry one of the codes `harap`.
    @discardableResult
    mutating func perintah(_ s: String, harap: Set<Int>) async throws -> String {
        try await keluar.write(ByteBuffer(string: s + "\r\n"))
        let (kode, teks) = try await balasan()
        guard harap.contains(kode) else { throw KlienSMTP.GagalKirim(description: "SMTP \(s.split(separator: " ").first ?? ""): \(teks)") }
        return teks
    }
}

/// The error a read that waited longer than the client's timeout ends with.
struct WaktuBacaHabis: Error {}

/// Turns the idle-read event of `IdleStateHandler` into an error and closes the connection.
final class BatasBaca: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let e = event as? IdleStateHandler.IdleStateEvent, e == .read {
            context.fireErrorCaught(WaktuBacaHabis())
            context.close(promise: nil)
        } else {
            context.fireUserInboundEventTriggered(event)
        }
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
