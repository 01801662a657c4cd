import Foundation
import JalinDomain
import JalinNaskah
import Vapor

/// Rendering of the naskah pages: each page's template, title, and the message shown above a form
/// that was refused.
extension NaskahPage {
    static func tampilDaftar(_ req: Request, _ m: DaftarModel) async throws -> Response {
        try await req.halaman("naskah/index", judul: "Naskah Kerja Sama", m)
    }

    static func tampilDetail(
        _ req: Request, _ r: NaskahRecord, _ m: DetailModel, galat: KesalahanValidasi?, status: HTTPStatus
    ) async throws -> Response {
        try await req.halaman(
            "naskah/detail", judul: r.judul, m, status: status,
            galat: galat.map { "Belum dapat diproses: " + $0.daftar.map(\.pesan).prefix(4).joined(separator: " ") })
    }

    static func tampilFormBaru(_ req: Request, _ m: FormBaruModel, galat: KesalahanValidasi?, status: HTTPStatus) async throws -> Response {
        try await req.halaman(
            "naskah/baru", judul: "Naskah Baru", m, status: status,
            galat: galat.map {
                "Naskah belum dibuat. Periksa isian yang ditandai: " + $0.daftar.map(\.pesan).prefix(3).joined(separator: " ")
            })
    }

    /// The editor; `galat` and `konflik` when a save was refused.
    static func tampilUbah(
        _ req: Request, _ r: NaskahRecord, _ m: NaskahForm.Model, galat: [KesalahanIsian]? = nil, konflik: Bool = false,
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let pesan =
            konflik
            ? KonflikVersi().pesan
            : galat.map { "Naskah belum disimpan. Periksa isian yang ditandai: " + $0.map(\.pesan).prefix(3).joined(separator: " ") }
        return try await req.halaman("naskah/ubah", judul: "Ubah \(r.judul)", m, status: status, galat: pesan)
    }

    static func tampilDiff(_ req: Request, _ m: DiffModel) async throws -> Response {
        try await req.halaman("naskah/diff", judul: "Perbandingan versi", m)
    }

    static func tampilSisip(_ req: Request, _ m: SisipModel, galat: KesalahanValidasi?, status: HTTPStatus) async throws -> Response {
        try await req.halaman(
            "naskah/klausul-sisip", judul: "Sisipkan klausul", m, status: status,
            galat: galat.map { "Klausul belum disisipkan: " + $0.daftar.map(\.pesan).prefix(3).joined(separator: " ") })
    }
}
