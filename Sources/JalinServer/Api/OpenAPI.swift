import Foundation
import Vapor

/// The OpenAPI description attached to each API route when it is registered, so the document
/// at `/api/openapi.json` cannot forget a route.
struct OperasiAPI: Sendable {
    struct Param: Sendable {
        let nama: String
        let lokasi: String  // "query" | "path"
        let tipe: String  // "string" | "integer" | "boolean"
        let wajib: Bool
        let keterangan: String
    }

    let id: String
    let ringkasan: String
    let tag: String
    var parameter: [Param] = []
    /// Request body schema name in components.
    var body: String? = nil
    /// Media type of the request body (`multipart/form-data` for a form with a file).
    var jenisBody: String = "application/json"
    /// Response schema name; "[Name]" for an array.
    let respons: String
    var statusSukses: Int = 200
    var publik: Bool = false
    /// Media type of the success response; anything but JSON is described as a binary file.
    var jenisIsi: String = "application/json"
    /// Error statuses beyond the usual ones (409 on POST, 503 when PDF is unavailable).
    var galatTambahan: [Int] = []
    /// Media types of a file download (the success response is then binary, not JSON).
    var berkas: [String]? = nil
}

/// A JSON value for building the document.
indirect enum J: Encodable, Sendable {
    case s(String), i(Int), b(Bool), a([J]), o([String: J]), nul

    func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .s(let v): try c.encode(v)
        case .i(let v): try c.encode(v)
        case .b(let v): try c.encode(v)
        case .a(let v): try c.encode(v)
        case .o(let v): try c.encode(v)
        case .nul: try c.encodeNil()
        }
    }
}

enum DokumenOpenAPI {
    static func ref(_ nama: String) -> J { .o(["$ref": .s("#/components/schemas/\(nama)")]) }

    static func skemaRespons(_ r: String) -> J {
        r.hasPrefix("[") ? .o(["type": .s("array"), "items": ref(String(r.dropFirst().dropLast()))]) : ref(r)
    }

    static func prop(_ tipe: String, _ ket: String? = nil, nullable: Bool = false, format: String? = nil) -> J {
        var o: [String: J] = ["type": nullable ? .a([.s(tipe), .s("null")]) : .s(tipe)]
        if let ket { o["description"] = .s(ket) }
        if let format { o["format"] = .s(format) }
        return .o(o)
    }

    static func objek(_ props: [String: J], wajib: [String]) -> J {
        .o(["type": .s("object"), "properties": .o(props), "required": .a(wajib.map(J.s))])
    }

    static let skema: [String: J] = skemaDasar.merging(NaskahAPI.skema) { a, _ in a }

    static func membawaVersi(_ nama: String) -> Bool {
        guard case .o(let s)? = skema[nama], case .o(let properti)? = s["properties"] else { return false }
        return properti["version"] != nil
    }

    /// Builds the document from the registered routes.
    static func buat(_ routes: Routes) -> J {
        var paths: [String: [String: J]] = [:]
        for r in routes.all {
            guard let op = r.operasiAPI else { continue }
            let path =
                "/"
                + r.path.map { c -> String in
                    if case .parameter(let n) = c { return "{\(n)}" }
                    return c.description
                }.joined(separator: "/")
            var o: [String: J] = [
                "operationId": .s(op.id), "summary": .s(op.ringkasan), "tags": .a([.s(op.tag)]),
            ]
            if !op.parameter.isEmpty {
                o["parameters"] = .a(
                    op.parameter.map {
                        .o([
                            "name": .s($0.nama), "in": .s($0.lokasi), "required": .b($0.wajib), "description": .s($0.keterangan),
                            "schema": .o(["type": .s($0.tipe)]),
                        ])
                    })
            }
            if let b = op.body {
                o["requestBody"] = .o(["required": .b(true), "content": .o([op.jenisBody: .o(["schema": ref(b)])])])
            }
            var isi: [String: J] = ["application/json": .o(["schema": skemaRespons(op.respons)])]
            if let berkas = op.berkas {
                isi = Dictionary(
                    uniqueKeysWithValues: berkas.map { ($0, J.o(["schema": .o(["type": .s("string"), "format": .s("binary")])])) })
            }
            var resp: [String: J] = [
                "\(op.statusSukses)": .o([
                    "description": .s("Berhasil"),
                    "content": .o(
                        op.berkas != nil
                            ? isi
                            : [
                                op.jenisIsi: .o([
                                    "schema": op.jenisIsi == "application/json"
                                        ? skemaRespons(op.respons) : .o(["type": .s("string"), "format": .s("binary")])
                                ])
                            ]),
                ])
            ]
            let galat = J.o(["application/json": .o(["schema": ref("Galat")])])
            var kode = ["400", "404", "422"]
            if !op.publik { kode += ["401", "403"] }
            // A stale `version` answers 409: every PUT, and every operation whose body carries a version.
            if r.method == .PUT || op.body.map(membawaVersi) == true { kode.append("409") }
            kode += op.galatTambahan.map(String.init).filter { !kode.contains($0) }
            // A body may be too large (413) or sent without `Content-Type: application/json` (415).
            if op.body != nil { kode += ["413", "415"].filter { !kode.contains($0) } }
            for k in kode {
                resp[k] = .o(["description": .s(GalatMiddleware.pesanBawaan(HTTPStatus(statusCode: Int(k)!))), "content": galat])
            }
            o["responses"] = .o(resp)
            if op.publik { o["security"] = .a([]) }
            paths[path, default: [:]][r.method.rawValue.lowercased()] = .o(o)
        }
        return .o([
            "openapi": .s("3.1.0"),
            "info": .o([
                "title": .s("Jalin API"), "version": .s("1.0.0"),
                "description": .s(
                    "API Jalin — Sistem Informasi Kerja Sama Daerah. Autentikasi dengan token akses pribadi (menu Akun): header Authorization: Bearer jalin_…"
                ),
            ]),
            "servers": .a([.o(["url": .s("/")])]),
            "security": .a([.o(["tokenAkses": .a([])])]),
            "paths": .o(paths.mapValues { .o($0) }),
            "components": .o([
                "schemas": .o(skema),
                "securitySchemes": .o(["tokenAkses": .o(["type": .s("http"), "scheme": .s("bearer")])]),
            ]),
        ])
    }
}
