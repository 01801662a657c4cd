import Foundation
import JalinDomain
import Vapor

/// The JSON body of every API error.
struct GalatAPI: Content {
    struct Isian: Content {
        let field: String
        let pesan: String
    }

    struct Isi: Content {
        let status: Int
        let pesan: String
        let isian: [Isian]?
    }

    let error: Isi
}

/// A refusal with a message written for the user (Bahasa Indonesia). Framework errors
/// (`Abort` with English reasons) are answered with the standard message of their status instead.
struct Tolak: AbortError {
    let status: HTTPStatus
    let reason: String
    /// Headers for the answer (e.g. `Retry-After` on a 503).
    let headers: HTTPHeaders

    init(_ status: HTTPStatus, _ pesan: String, headers: HTTPHeaders = [:]) {
        self.status = status
        self.reason = pesan
        self.headers = headers
    }
}

/// Turns every error into a clear response in Bahasa Indonesia: JSON under /api, a page elsewhere.
/// Validation errors carry every field's message (422); stale saves are 409.
struct GalatMiddleware: AsyncMiddleware {
    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: req)
        } catch {
            return try await tanggapi(error, req: req)
        }
    }

    static func pesanBawaan(_ status: HTTPStatus) -> String {
        switch status.code {
        case 400: "Isi permintaan tidak dapat dibaca atau tidak sah. Periksa format dan nama setiap isian."
        case 401: "Anda perlu masuk terlebih dahulu."
        case 403: "Anda tidak berwenang membuka halaman ini."
        case 404: "Halaman atau data yang Anda cari tidak ditemukan."
        case 405: "Metode permintaan ini tidak didukung untuk alamat tersebut."
        case 409: KonflikVersi().pesan
        case 413: "Isian atau berkas yang dikirim terlalu besar. Kurangi panjang teks (misalnya uraian usulan paling banyak 20.000 karakter) atau ukuran berkas, lalu kirim lagi."
        case 415: "Jenis isi permintaan tidak didukung."
        case 422: "Isian belum lengkap atau tidak sah."
        case 429: "Terlalu banyak permintaan. Silakan coba lagi beberapa saat lagi."
        default: "Terjadi kesalahan pada server. Perubahan Anda tidak disimpan; silakan coba lagi atau hubungi admin."
        }
    }

    func tanggapi(_ error: any Error, req: Request) async throws -> Response {
        var status = HTTPStatus.internalServerError
        var pesan: String?
        var isian: [GalatAPI.Isian]?
        var headers = HTTPHeaders()
        switch error {
        case let v as KesalahanValidasi:
            status = .unprocessableEntity
            isian = v.daftar.map { .init(field: $0.field, pesan: $0.pesan) }
            pesan = "Isian belum lengkap atau tidak sah: " + v.daftar.map(\.pesan).joined(separator: " ")
        case let k as KonflikVersi:
            status = .conflict
            pesan = k.pesan
        case let t as Tolak:
            status = t.status
            pesan = t.reason
            headers = t.headers
        case let a as any AbortError:
            // Framework reasons are English: the standard Bahasa message of the status is shown.
            status = a.status
            headers = a.headers
        case is DecodingError:
            status = .badRequest
            pesan = "Isi permintaan tidak dapat dibaca. Periksa format dan nama setiap isian."
        default:
            req.logger.report(error: error)
        }
        if status == .internalServerError { req.logger.error("\(req.method) \(req.url.path): \(String(reflecting: error))") }
        let teks = pesan ?? Self.pesanBawaan(status)
        if req.isAPI || req.headers.accept.mediaTypes.contains(.json) && !req.headers.accept.mediaTypes.contains(.html) {
            let res = Response(status: status, headers: headers)
            try res.content.encode(GalatAPI(error: .init(status: Int(status.code), pesan: teks, isian: isian)))
            return res
        }
        if status == .unauthorized { return req.redirect(to: "/masuk") }
        struct M: Encodable { let kode: UInt; let pesan: String }
        let res: Response
        do {
            res = try await req.halaman("galat", judul: "Kesalahan \(status.code)", M(kode: status.code, pesan: teks), status: status)
        } catch {
            // The error page itself failed: answer in plain text rather than not at all.
            req.logger.error("error page failed: \(String(reflecting: error))")
            res = Response(status: status, body: .init(string: "Kesalahan \(status.code): \(teks)"))
            res.headers.contentType = .plainText
        }
        for (k, v) in headers where k.lowercased() != "content-type" && k.lowercased() != "content-length" {
            res.headers.replaceOrAdd(name: k, value: v)
        }
        return res
    }
}
