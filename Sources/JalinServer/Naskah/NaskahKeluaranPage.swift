import Fluent
import Foundation
import JalinDomain
import JalinNaskah
import Vapor

/// PDF through LibreOffice (`soffice --headless --convert-to pdf`), when it is installed, cached by the
/// SHA-256 of the DOCX under the data folder. LibreOffice is heavy (hundreds of MB, a core for seconds),
/// so conversions pass through one bounded queue per process (`AntreanKonversi`): one runs at a time,
/// a few wait, each waits at most `batasTunggu`, and a request that finds the queue full is answered at
/// once with 503 and `Retry-After`. A cached PDF needs no place in the queue.
final class CetakPDF: Sendable {
    let antrean: AntreanKonversi

    init(maksJalan: Int = 1, maksAntre: Int = 4, batasTunggu: Duration = .seconds(60)) {
        antrean = AntreanKonversi(maksJalan: maksJalan, maksAntre: maksAntre, batasTunggu: batasTunggu)
    }

    /// The `soffice` to use: `Konfigurasi.soffice` ("" disables PDF), else the first in PATH.
    static func jalur(_ app: Application) -> String? {
        if let s = app.konfigurasi.soffice { return s.isEmpty ? nil : (FileManager.default.isExecutableFile(atPath: s) ? s : nil) }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for d in path.split(separator: ":") + ["/usr/bin", "/usr/local/bin", "/opt/libreoffice/program"] {
            for nama in ["soffice", "libreoffice"] {
                let p = "\(d)/\(nama)"
                if FileManager.default.isExecutableFile(atPath: p) { return p }
            }
        }
        return nil
    }

    static func tersedia(_ app: Application) -> Bool { jalur(app) != nil }

    enum Galat: Error { case tidakTersedia, gagal(String) }

    /// The answer when the queue is full or the wait too long: try again shortly.
    static func sibuk(_ detik: Int) -> Tolak {
        Tolak(
            .serviceUnavailable, "Server sedang membuat PDF lain. Coba lagi sebentar lagi, atau unduh DOCX.",
            headers: ["Retry-After": String(detik)])
    }

    /// The PDF of a DOCX: from the cache, or converted in its turn. Throws `AntreanKonversi.Penuh` when
    /// there is no place to wait.
    func konversi(_ docx: Data, soffice: String, folderData: String) async throws -> Data {
        let sha = SHA256.hex(docx)
        let cache = URL(fileURLWithPath: folderData).appendingPathComponent("pdf-cache", isDirectory: true)
        let tujuan = cache.appendingPathComponent("\(sha).pdf")
        if let ada = try? Data(contentsOf: tujuan), !ada.isEmpty { return ada }
        try await antrean.masuk()
        do {
            // Another request may have made the same PDF while this one waited.
            let pdf: Data
            if let ada = try? Data(contentsOf: tujuan), !ada.isEmpty {
                pdf = ada
            } else {
                pdf = try await Self.jalankan(docx, soffice: soffice)
                try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
                try? pdf.write(to: tujuan, options: .atomic)
            }
            await antrean.keluar()
            return pdf
        } catch {
            await antrean.keluar()
            throw error
        }
    }

    /// One LibreOffice run, with its own profile, stopped after 120 seconds.
    private static func jalankan(_ docx: Data, soffice: String) async throws -> Data {
        let kerja = FileManager.default.temporaryDirectory.appendingPathComponent("jalin-pdf-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: kerja, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: kerja) }
        let masuk = kerja.appendingPathComponent("naskah.docx")
        try docx.write(to: masuk)
        let proses = Process()
        proses.executableURL = URL(fileURLWithPath: soffice)
        proses.arguments = [
            "-env:UserInstallation=file://\(kerja.path)/profil", "--headless", "--norestore", "--convert-to", "pdf",
            "--outdir", kerja.path, masuk.path,
        ]
        proses.standardOutput = FileHandle.nullDevice
        proses.standardError = FileHandle.nullDevice
        nonisolated(unsafe) let jaga = proses
        let penjaga = Task {
            try? await Task.sleep(for: .seconds(120))
            if jaga.isRunning { jaga.terminate() }
        }
        defer { penjaga.cancel() }
        try await withCheckedThrowingContinuation { (c: CheckedContinuation<Void, any Error>) in
            proses.terminationHandler = { _ in c.resume() }
            do { try proses.run() } catch {
                proses.terminationHandler = nil
                c.resume(throwing: error)
            }
        }
        let keluar = kerja.appendingPathComponent("naskah.pdf")
        guard let pdf = try? Data(contentsOf: keluar), pdf.starts(with: Data("%PDF".utf8)) else {
            throw Galat.gagal("LibreOffice tidak menghasilkan PDF (kode keluar \(proses.terminationStatus)).")
        }
        return pdf
    }
}

/// A counting semaphore with a bounded line: at most `maksJalan` holders, at most `maksAntre` waiting
/// (in arrival order), each waiting at most `batasTunggu`. Unlike an actor method that awaits inside,
/// a place is taken before any suspension, so no number of callers can run more than `maksJalan` at once.
actor AntreanKonversi {
    struct Penuh: Error {
        /// Seconds after which a retry has a fair chance.
        let cobaLagi: Int
    }

    let maksJalan: Int
    let maksAntre: Int
    let batasTunggu: Duration
    private var berjalan = 0
    private var menunggu: [(id: UUID, lanjut: CheckedContinuation<Void, any Error>)] = []

    init(maksJalan: Int, maksAntre: Int, batasTunggu: Duration) {
        self.maksJalan = maksJalan
        self.maksAntre = maksAntre
        self.batasTunggu = batasTunggu
    }

    var jumlahBerjalan: Int { berjalan }
    var jumlahMenunggu: Int { menunggu.count }

    private var cobaLagi: Int { max(5, Int(batasTunggu.components.seconds) / 2) }

    /// Takes a place, waiting for one if needed; throws `Penuh` at once when the line is full, or after
    /// `batasTunggu` in line.
    func masuk() async throws {
        if berjalan < maksJalan {
            berjalan += 1
            return
        }
        guard menunggu.count < maksAntre else { throw Penuh(cobaLagi: cobaLagi) }
        let id = UUID()
        let batas = batasTunggu
        let pengawas = Task { [weak self] in
            try await Task.sleep(for: batas)
            await self?.habisWaktu(id)
        }
        defer { pengawas.cancel() }
        try await withCheckedThrowingContinuation { (c: CheckedContinuation<Void, any Error>) in
            menunggu.append((id, c))
        }
    }

    /// Gives the place to the first in line, or frees it.
    func keluar() {
        if menunggu.isEmpty {
            berjalan = max(0, berjalan - 1)
        } else {
            menunggu.removeFirst().lanjut.resume()
        }
    }

    private func habisWaktu(_ id: UUID) {
        guard let i = menunggu.firstIndex(where: { $0.id == id }) else { return }
        menunggu.remove(at: i).lanjut.resume(throwing: Penuh(cobaLagi: cobaLagi))
    }
}

/// Downloads of a naskah: DOCX (A4 or F4), the printable HTML page, and PDF.
enum NaskahKeluaranPage {
    static func opsi(_ req: Request, _ r: NaskahRecord) -> OpsiCetak {
        let f4 = (try? req.query.get(String.self, at: "kertas")) == "f4"
        let final = r.statusNaskah == .ditandatangani
        return OpsiCetak(
            kertas: f4 ? .f4 : .a4, font: "Arial", tandaAir: req.tandaAirSimulasi ?? (final ? nil : "RANCANGAN"),
            kepala: final ? nil : "Rancangan versi \(r.versiTerkini) — \(r.statusNaskah.nama)")
    }

    static func namaBerkas(_ r: NaskahRecord, _ ext: String) -> String {
        "\(r.jenisDokumen.singkatan.lowercased().replacingOccurrences(of: " ", with: "-"))-v\(r.versiTerkini).\(ext)"
    }

    static func docx(_ req: Request, _ r: NaskahRecord) throws -> Data {
        try SusunNaskah.docx(try NaskahAlur.isi(r), opsi: opsi(req, r))
    }

    static func pdf(_ req: Request, _ r: NaskahRecord) async throws -> Response {
        guard let soffice = CetakPDF.jalur(req.application) else {
            throw Tolak(
                .serviceUnavailable,
                "PDF belum dapat dibuat karena LibreOffice belum terpasang di server. Gunakan tampilan cetak lalu pilih \"Simpan sebagai PDF\" pada peramban, atau unduh DOCX."
            )
        }
        let data = try docx(req, r)
        do {
            let pdf = try await req.application.cetakPDF.konversi(data, soffice: soffice, folderData: req.application.konfigurasi.dataDir)
            return Unduhan.respons(pdf, tipe: Unduhan.pdf, nama: namaBerkas(r, "pdf"))
        } catch let p as AntreanKonversi.Penuh {
            throw CetakPDF.sibuk(p.cobaLagi)
        } catch {
            req.logger.warning("PDF gagal: \(String(reflecting: error))")
            throw Tolak(.serviceUnavailable, "PDF gagal dibuat oleh LibreOffice. Coba lagi, atau unduh DOCX dan gunakan tampilan cetak.")
        }
    }

    struct CetakModel: Encodable {
        let judul: String
        let id: String
        let kertas: String
        let blok: [BlokTampil]
        let rancangan: Bool
        let versi: Int
        let pdfTersedia: Bool
        let kembali: String
        let docx: String
        let pdf: String?
    }

    static func cetak(_ req: Request, _ r: NaskahRecord, kembali: String, awalan: String, denganPDF: Bool = true) async throws -> Response {
        let n = try NaskahAlur.isi(r)
        let f4 = (try? req.query.get(String.self, at: "kertas")) == "f4"
        let m = CetakModel(
            judul: r.judul, id: r.id!.uuidString, kertas: f4 ? "f4" : "a4", blok: TampilanNaskah.blok(SusunNaskah.blok(n)),
            rancangan: r.statusNaskah != .ditandatangani, versi: r.versiTerkini, pdfTersedia: CetakPDF.tersedia(req.application),
            kembali: kembali, docx: "\(awalan)/naskah.docx\(f4 ? "?kertas=f4" : "")",
            pdf: denganPDF ? "\(awalan)/naskah.pdf\(f4 ? "?kertas=f4" : "")" : nil)
        let view = try await req.view.render("naskah/cetak", m)
        return try await view.encodeResponse(for: req)
    }

    static func daftarkan(_ app: Application) {
        app.rute(.GET, "naskah", ":naskah", "naskah.docx", akses: .internalPemda, use: unduhDOCX)
        app.rute(.GET, "naskah", ":naskah", "naskah.pdf", akses: .internalPemda, use: unduhPDF)
        app.rute(.GET, "naskah", ":naskah", "cetak", akses: .internalPemda, use: halamanCetak)
    }

    /// GET …/naskah.docx (the pages, the partner's page and the API).
    @Sendable static func unduhDOCX(_ req: Request) async throws -> Response {
        let r = try await NaskahAlur.cari(req)
        return Unduhan.respons(try docx(req, r), tipe: Unduhan.docx, nama: namaBerkas(r, "docx"))
    }

    /// GET …/naskah.pdf (the pages and the API).
    @Sendable static func unduhPDF(_ req: Request) async throws -> Response {
        try await pdf(req, try await NaskahAlur.cari(req))
    }

    /// GET /naskah/:naskah/cetak: the printable page.
    @Sendable static func halamanCetak(_ req: Request) async throws -> Response {
        let r = try await NaskahAlur.cari(req)
        return try await cetak(req, r, kembali: "/naskah/\(r.id!)", awalan: "/naskah/\(r.id!)")
    }
}

extension Application {
    private struct CetakPDFKey: StorageKey { typealias Value = CetakPDF }

    /// The PDF converter of this application, with its queue (one per process); set once in `configure`.
    var cetakPDF: CetakPDF {
        get { storage[CetakPDFKey.self]! }
        set { storage[CetakPDFKey.self] = newValue }
    }
}
