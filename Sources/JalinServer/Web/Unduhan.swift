import Foundation
import Vapor

/// A generated or stored file sent as a download, and the media types Jalin produces.
enum Unduhan {
    static let docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    static let xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    static let pdf = "application/pdf"
    static let csv = "text/csv; charset=utf-8"
    static let markdown = "text/markdown; charset=utf-8"

    /// `data` as an attachment named `nama` (reduced to ASCII letters, digits and `.-_ `), never cached.
    static func respons(_ data: Data, tipe: String, nama: String) -> Response {
        let res = Response(status: .ok, body: .init(data: data))
        res.headers.replaceOrAdd(name: .contentType, value: tipe)
        res.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(namaAman(nama))\"")
        res.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return res
    }

    /// A file name safe inside a quoted `Content-Disposition` value.
    static func namaAman(_ nama: String) -> String {
        String(nama.map { $0.isASCII && ($0.isLetter || $0.isNumber || ".-_ ".contains($0)) ? $0 : "_" })
    }
}
