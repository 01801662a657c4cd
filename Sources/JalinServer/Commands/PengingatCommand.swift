import Fluent
import Foundation
import JalinDomain
import Vapor

/// `jalin kirim-pengingat [--tanggal YYYY-MM-DD]` — the same run as the hourly job, for cron or tests.
struct PengingatCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "tanggal", help: "Tanggal acuan (bawaan: hari ini, WITA)")
        var tanggal: String?
    }

    var help: String { "Mengirim pengingat jatuh tempo dan mengakhiri kerja sama yang telah lewat masa berlakunya." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let hari = signature.tanggal.flatMap(Tanggal.init(iso:)) ?? context.application.jam.hariIni
        let r = try await Pengingat.jalankan(app: context.application, hariIni: hari)
        context.console.print("Pengingat \(hari.iso): \(r.notifikasi) notifikasi, \(r.surel) surel, \(r.diakhiri) kerja sama diakhiri.")
        // The e-mails of other notifications waiting (the server sends them every minute; this sends them now).
        let s = try await KirimSurel.jalankan(app: context.application, batas: 1000)
        if s.terkirim + s.gagal > 0 { context.console.print("Surel notifikasi: \(s.terkirim) terkirim, \(s.gagal) gagal.") }
    }
}
