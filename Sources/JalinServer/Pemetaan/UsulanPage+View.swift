import Foundation
import JalinDomain
import Vapor

/// The submission pages' rendering.
extension UsulanPage {
    static func tampilkan(_ m: FormModel, galat: KesalahanValidasi?, status: HTTPStatus, for req: Request) async throws -> Response {
        try await req.halaman(
            "pemetaan/usulan-form", judul: m.baru ? "Usulan Baru" : "Ubah Usulan", m, status: status,
            galat: galat.map {
                "Usulan belum disimpan. Periksa isian yang ditandai: " + $0.daftar.map(\.pesan).prefix(3).joined(separator: " ")
            })
    }

    static func tampilkan(_ m: DetailModel, galat: KesalahanValidasi?, status: HTTPStatus, for req: Request) async throws -> Response {
        try await req.halaman(
            "pemetaan/usulan", judul: m.judul, m, status: status,
            galat: galat.map { $0.daftar.map(\.pesan).joined(separator: " ") })
    }
}
