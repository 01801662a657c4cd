import Foundation
@testable import JalinServer
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import NIOSSL
import Testing

/// A tiny scripted SMTP server on 127.0.0.1 (random port) that records every line it receives,
/// and whether it arrived inside TLS.
final class ServerSMTPUji: Sendable {
    struct Skrip: Sendable {
        /// Accepts the connection and never says a word.
        var diam = false
        /// Offers STARTTLS with this context.
        var starttls: NIOSSLContext?
        /// TLS from the first byte (smtps).
        var implisit: NIOSSLContext?
    }

    struct Baris: Sendable, Equatable {
        let teks: String
        let tls: Bool
    }

    private let kanal: any Channel
    var port: Int { kanal.localAddress?.port ?? 0 }

    init(_ skrip: Skrip) async throws {
        let box = NIOLockedValueBox<[Baris]>([])
        self.kanal = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { ch in
                ch.eventLoop.makeCompletedFuture {
                    if let tls = skrip.implisit { try ch.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: tls)) }
                    try ch.pipeline.syncOperations.addHandler(Pelayan(skrip: skrip, catatan: box))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        self.diterimaBox = box
    }

    private let diterimaBox: NIOLockedValueBox<[Baris]>
    var baris: [Baris] { diterimaBox.withLockedValue { $0 } }
    func menerima(_ awalan: String) -> Bool { baris.contains { $0.teks.uppercased().hasPrefix(awalan) } }

    func tutup() async { try? await kanal.close() }

    final class Pelayan: ChannelInboundHandler {
        typealias InboundIn = ByteBuffer
        typealias OutboundOut = ByteBuffer
        let skrip: Skrip
        let catatan: NIOLockedValueBox<[Baris]>
        var sisa = ""
        var dalamData = false
        var tls: Bool

        init(skrip: Skrip, catatan: NIOLockedValueBox<[Baris]>) {
            self.skrip = skrip
            self.catatan = catatan
            self.tls = skrip.implisit != nil
        }

        func tulis(_ context: ChannelHandlerContext, _ s: String) {
            context.writeAndFlush(wrapOutboundOut(ByteBuffer(string: s)), promise: nil)
        }

        func channelActive(context: ChannelHandlerContext) {
            if !skrip.diam { tulis(context, "220 uji ESMTP\r\n") }
            context.fireChannelActive()
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            guard !skrip.diam else { return }
            sisa += String(buffer: unwrapInboundIn(data))
            while let r = sisa.range(of: "\r\n") {
                let satu = String(sisa[..<r.lowerBound])
                sisa = String(sisa[r.upperBound...])
                catatan.withLockedValue { $0.append(Baris(teks: satu, tls: tls)) }
                jawab(satu, context)
            }
        }

        func jawab(_ satu: String, _ context: ChannelHandlerContext) {
            if dalamData {
                if satu == "." { dalamData = false; tulis(context, "250 diterima\r\n") }
                return
            }
            switch satu.uppercased().split(separator: " ").first.map(String.init) ?? "" {
            case "EHLO":
                let tawarTLS = skrip.starttls != nil && !tls
                tulis(context, "250-uji\r\n" + (tawarTLS ? "250-STARTTLS\r\n" : "") + "250-AUTH PLAIN\r\n250 8BITMIME\r\n")
            case "STARTTLS":
                guard let k = skrip.starttls else { tulis(context, "502 tidak\r\n"); return }
                tulis(context, "220 silakan\r\n")
                tls = true
                try? context.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: k), position: .first)
            case "AUTH": tulis(context, "235 ok\r\n")
            case "MAIL", "RCPT": tulis(context, "250 ok\r\n")
            case "DATA": dalamData = true; tulis(context, "354 lanjut\r\n")
            case "QUIT": tulis(context, "221 sampai jumpa\r\n"); context.close(promise: nil)
            default: tulis(context, "500 tidak dikenal\r\n")
            }
        }
    }
}

/// A self-signed certificate for 127.0.0.1, made with the openssl CLI.
enum SertifikatUji {
    static let openssl: String? = ["/usr/bin/openssl", "/usr/local/bin/openssl", "/opt/homebrew/bin/openssl"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static func buat() throws -> (NIOSSLCertificate, NIOSSLPrivateKey) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jalin-smtp-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: try #require(openssl))
        p.arguments = ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1",
                       "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                       "-keyout", dir.appendingPathComponent("k.pem").path, "-out", dir.appendingPathComponent("c.pem").path]
        p.standardError = FileHandle.nullDevice
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        try #require(p.terminationStatus == 0)
        let cert = try #require(try NIOSSLCertificate.fromPEMFile(dir.appendingPathComponent("c.pem").path).first)
        let kunci = try NIOSSLPrivateKey(file: dir.appendingPathComponent("k.pem").path, format: .pem)
        return (cert, kunci)
    }

    static func server(_ cert: NIOSSLCertificate, _ kunci: NIOSSLPrivateKey) throws -> NIOSSLContext {
        try NIOSSLContext(configuration: .makeServerConfiguration(certificateChain: [.certificate(cert)], privateKey: .privateKey(kunci)))
    }

    static func klien(_ cert: NIOSSLCertificate) -> TLSConfiguration {
        var c = TLSConfiguration.makeClientConfiguration()
        c.trustRoots = .certificates([cert])
        return c
    }
}

@Suite("SMTP client: TLS before AUTH, a timeout on every read")
struct SMTPTests {
    static func kirim(_ k: KlienSMTP) async throws {
        try await k.kirim(ke: ["penerima@contoh.go.id"], judul: "Uji", isi: "Isi uji", on: MultiThreadedEventLoopGroup.singleton)
    }

    @Test("JALIN_SMTP_URL forms: smtp (STARTTLS), smtps (implicit TLS), tls=wajib, tls=tidak; anything else is refused")
    func bentukURL() throws {
        let a = try #require(KlienSMTP(url: "smtp://mail.contoh.go.id:587?from=jalin@contoh.go.id"))
        #expect(a.modeTLS == .starttls && a.port == 587 && a.pengirim == "jalin@contoh.go.id")
        let b = try #require(KlienSMTP(url: "smtps://u:p@mail.contoh.go.id"))
        #expect(b.modeTLS == .implisit && b.port == 465 && b.pengguna == "u" && b.sandi == "p")
        #expect(KlienSMTP(url: "smtp://h?tls=wajib")?.modeTLS == .wajib)
        #expect(KlienSMTP(url: "smtp://u:p@h:25?tls=tidak")?.modeTLS == .tanpa)
        #expect(KlienSMTP(url: "smtps://h?tls=tidak") == nil)
        #expect(KlienSMTP(url: "smtp://h?tls=mungkin") == nil)
        #expect(KlienSMTP(url: "http://h") == nil)
    }

    @Test("A server that accepts and never answers makes the client give up after its timeout")
    func serverDiam() async throws {
        let s = try await ServerSMTPUji(.init(diam: true))
        var k = try #require(KlienSMTP(url: "smtp://127.0.0.1:\(s.port)"))
        k.batasWaktu = .milliseconds(300)
        // It ends, by the read timeout (its message says so), rather than waiting for ever; how long it
        // took is not asserted (no timing in unit tests).
        let galat = await #expect(throws: KlienSMTP.GagalKirim.self) { try await Self.kirim(k) }
        #expect(galat?.description.contains("tidak menjawab") == true)
        await s.tutup()
    }

    @Test("Credentials are never sent on a plain connection unless the URL opts in with tls=tidak")
    func authTanpaTLS() async throws {
        let s = try await ServerSMTPUji(.init())
        var k = try #require(KlienSMTP(url: "smtp://pengguna:rahasia@127.0.0.1:\(s.port)"))
        k.batasWaktu = .seconds(60)
        let galat = await #expect(throws: KlienSMTP.GagalKirim.self) { try await Self.kirim(k) }
        #expect(galat?.description.contains("STARTTLS") == true)
        #expect(s.menerima("EHLO"))
        #expect(!s.menerima("AUTH"))
        #expect(!s.menerima("MAIL"))
        // tls=wajib refuses even without credentials.
        var w = try #require(KlienSMTP(url: "smtp://127.0.0.1:\(s.port)?tls=wajib"))
        w.batasWaktu = .seconds(60)
        await #expect(throws: KlienSMTP.GagalKirim.self) { try await Self.kirim(w) }
        #expect(!s.menerima("MAIL"))
        // The explicit opt-in: AUTH over the plain connection, message sent.
        var t = try #require(KlienSMTP(url: "smtp://pengguna:rahasia@127.0.0.1:\(s.port)?tls=tidak"))
        t.batasWaktu = .seconds(60)
        try await Self.kirim(t)
        #expect(s.menerima("AUTH PLAIN"))
        #expect(s.menerima("MAIL FROM"))
        await s.tutup()
    }

    @Test("Without credentials a server without STARTTLS still gets the message (the CI sink)")
    func tanpaKredensial() async throws {
        let s = try await ServerSMTPUji(.init())
        var k = try #require(KlienSMTP(url: "smtp://127.0.0.1:\(s.port)?from=jalin@contoh.go.id"))
        k.batasWaktu = .seconds(60)
        try await Self.kirim(k)
        #expect(s.menerima("MAIL FROM:<JALIN@CONTOH.GO.ID>"))
        #expect(s.menerima("QUIT"))
        await s.tutup()
    }

    @Test("STARTTLS is used when offered, and AUTH travels only inside TLS", .enabled(if: SertifikatUji.openssl != nil, "openssl CLI not found"))
    func starttls() async throws {
        let (cert, kunci) = try SertifikatUji.buat()
        let s = try await ServerSMTPUji(.init(starttls: try SertifikatUji.server(cert, kunci)))
        var k = try #require(KlienSMTP(url: "smtp://pengguna:rahasia@127.0.0.1:\(s.port)"))
        k.batasWaktu = .seconds(60)
        k.konfigurasiTLS = SertifikatUji.klien(cert)
        try await Self.kirim(k)
        #expect(s.menerima("STARTTLS"))
        let auth = try #require(s.baris.first { $0.teks.hasPrefix("AUTH") })
        #expect(auth.tls)
        #expect(s.baris.filter { $0.teks.hasPrefix("MAIL") }.allSatisfy { $0.tls })
        await s.tutup()
        // A certificate the client does not trust: the handshake fails and no credentials leave.
        let s2 = try await ServerSMTPUji(.init(starttls: try SertifikatUji.server(cert, kunci)))
        var k2 = try #require(KlienSMTP(url: "smtp://pengguna:rahasia@127.0.0.1:\(s2.port)"))
        k2.batasWaktu = .seconds(60)
        await #expect(throws: KlienSMTP.GagalKirim.self) { try await Self.kirim(k2) }
        #expect(s2.menerima("STARTTLS"))
        #expect(!s2.menerima("AUTH"))
        await s2.tutup()
    }

    @Test("smtps:// speaks TLS from the first byte", .enabled(if: SertifikatUji.openssl != nil, "openssl CLI not found"))
    func smtps() async throws {
        let (cert, kunci) = try SertifikatUji.buat()
        let s = try await ServerSMTPUji(.init(implisit: try SertifikatUji.server(cert, kunci)))
        var k = try #require(KlienSMTP(url: "smtps://pengguna:rahasia@127.0.0.1:\(s.port)"))
        k.batasWaktu = .seconds(60)
        k.konfigurasiTLS = SertifikatUji.klien(cert)
        try await Self.kirim(k)
        #expect(!s.baris.isEmpty && s.baris.allSatisfy { $0.tls })
        #expect(s.menerima("AUTH PLAIN"))
        await s.tutup()
    }
}
