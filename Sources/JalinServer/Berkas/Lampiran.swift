import Fluent
import Foundation
import JalinDomain
import Vapor

/// The file types accepted, recognised by their first bytes (never by the name or the browser's word).
enum JenisBerkas: String, CaseIterable, Sendable {
    case pdf, jpeg, png, docx, xlsx

    var mime: String {
        switch self {
        case .pdf: Unduhan.pdf
        case .jpeg: "image/jpeg"
        case .png: "image/png"
        case .docx: Unduhan.docx
        case .xlsx: Unduhan.xlsx
        }
    }

    static func kenali(_ d: Data, nama: String) -> JenisBerkas? {
        let b = [UInt8](d.prefix(8))
        if b.starts(with: [0x25, 0x50, 0x44, 0x46, 0x2D]) { return .pdf }  // %PDF-
        if b.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if b.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if b.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            // A zip: an Office file only when it carries the part of its kind.
            let isi = d.prefix(min(d.count, 2_000_000))
            if isi.range(of: Data("word/".utf8)) != nil { return .docx }
            if isi.range(of: Data("xl/".utf8)) != nil { return .xlsx }
        }
        return nil
    }
}

enum Unggah {
    static let batasBita = 10 * 1024 * 1024

    /// Stores the bytes content-addressed (write to a temporary file, then rename: never half a file).
    static func simpan(_ data: Data, dir: String) throws -> String {
        let sha = SHA256.hex(data)
        let folder = (dir as NSString).appendingPathComponent(String(sha.prefix(2)))
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let tujuan = (folder as NSString).appendingPathComponent(sha)
        if !FileManager.default.fileExists(atPath: tujuan) {
            let sementara = tujuan + ".tmp-\(UUID().uuidString)"
            try data.write(to: URL(fileURLWithPath: sementara), options: .atomic)
            try FileManager.default.moveItem(atPath: sementara, toPath: tujuan)
        }
        return sha
    }

    static func jalur(_ sha: String, dir: String) -> String {
        ((dir as NSString).appendingPathComponent(String(sha.prefix(2))) as NSString).appendingPathComponent(sha)
    }

    /// An uploaded file that passed the checks, not stored yet.
    struct Berkas: Sendable {
        let data: Data
        let jenis: JenisBerkas
        let nama: String
        let sha256: String
    }

    /// Checks one uploaded file (present, size, type by content); stores nothing. Errors name `field`.
    static func periksa(_ file: File, field: String = "berkas") throws -> Berkas {
        var v = Pemeriksa()
        let data = Data(buffer: file.data)
        if data.isEmpty { v.tambah(field, "Pilih berkas yang akan diunggah.") }
        if data.count > batasBita { v.tambah(field, "Berkas paling besar 10 MB (berkas ini \(data.count / 1024 / 1024) MB).") }
        let jenis = JenisBerkas.kenali(data, nama: file.filename)
        if !data.isEmpty && jenis == nil {
            v.tambah(field, "Isi berkas bukan PDF, JPEG, PNG, DOCX atau XLSX (jenis dikenali dari isinya, bukan dari nama berkas).")
        }
        try v.selesai()
        guard let jenis else { throw KesalahanValidasi(field: field, pesan: "Pilih berkas yang akan diunggah.") }
        let nama = String(
            file.filename.unicodeScalars.filter { $0.properties.generalCategory != .control && $0 != "/" && $0 != "\\" }
                .map(Character.init)
        ).prefix(200)
        return Berkas(data: data, jenis: jenis, nama: nama.isEmpty ? "berkas" : String(nama), sha256: SHA256.hex(data))
    }

    /// Records a checked upload inside the caller's transaction: the `lampiran` row and its audit entry.
    /// The bytes are written by `transaksi` once the whole save succeeded, so call this inside one.
    static func catat(
        _ b: Berkas, entitas: String, id: UUID, pelaku p: Pelaku, ip: String?, on db: any Database
    ) async throws -> LampiranRecord {
        let l = LampiranRecord()
        l.pemdaID = p.pemdaID
        l.entitas = entitas
        l.entitasID = id
        l.namaAsli = b.nama
        l.tipe = b.jenis.rawValue
        l.ukuran = b.data.count
        l.sha256 = b.sha256
        l.diunggahOleh = p.namaLengkap
        l.waktu = p.jam.sekarang
        try await l.create(on: db)
        try await Audit.catat(
            "lampiran.unggah", entitas: entitas, id: id.uuidString,
            sesudah: ["berkas": l.namaAsli, "sha256": b.sha256, "ukuran": "\(b.data.count)"], pelaku: p, ip: ip, on: db)
        return l
    }

    /// One transaction for a save that carries uploads. `isi` checks the version, writes the records and
    /// records the uploads with `catat`; only when all of it succeeded are the bytes written, still inside the
    /// transaction (a failed write rolls the records back). A refused save — a stale version, a rule — thus
    /// leaves neither a `lampiran` row, nor an audit entry, nor a file.
    static func transaksi<T: Sendable>(
        _ req: Request, berkas: [Berkas], _ isi: @escaping @Sendable (any Database) async throws -> T
    ) async throws -> T {
        let dir = req.berkasDir
        return try await req.database.transaction { db in
            let hasil = try await isi(db)
            for b in berkas { _ = try simpan(b.data, dir: dir) }
            return hasil
        }
    }

    /// Validates and stores one uploaded file for a record, with its audit entry, in one transaction.
    static func lampirkan(_ file: File, entitas: String, id: UUID, pelaku p: Pelaku, req: Request) async throws -> LampiranRecord {
        let b = try periksa(file)
        let ip = req.alamatKlien
        return try await transaksi(req, berkas: [b]) { db in
            try await catat(b, entitas: entitas, id: id, pelaku: p, ip: ip, on: db)
        }
    }

    /// The stored bytes, re-verified against their SHA-256, with the type recognised at upload. A download
    /// (`Content-Disposition: attachment`) in a sandbox; or, with `lihat` and for a PDF or an image only, shown
    /// in the browser (`inline`), with a policy that allows the browser's viewer and nothing else.
    static func unduh(_ l: LampiranRecord, req: Request, lihat: Bool = false) throws -> Response {
        let jalur = jalur(l.sha256, dir: req.berkasDir)
        guard let data = FileManager.default.contents(atPath: jalur) else { throw Abort(.notFound) }
        guard SHA256.hex(data) == l.sha256 else {
            throw Tolak(.internalServerError, "Berkas tersimpan tidak cocok dengan sidik SHA-256-nya; hubungi admin.")
        }
        let jenis = JenisBerkas(rawValue: l.tipe)
        let tampil = lihat && [.pdf, .jpeg, .png].contains(jenis)
        let res = Response(status: .ok, body: .init(data: data))
        res.headers.replaceOrAdd(name: .contentType, value: jenis?.mime ?? "application/octet-stream")
        res.headers.replaceOrAdd(
            name: .contentDisposition, value: "\(tampil ? "inline" : "attachment"); filename=\"\(Unduhan.namaAman(l.namaAsli))\"")
        res.headers.replaceOrAdd(
            name: "Content-Security-Policy",
            value: tampil ? "default-src 'none'; img-src 'self'; object-src 'self'; frame-ancestors 'self'" : "default-src 'none'; sandbox")
        res.headers.replaceOrAdd(name: "X-SHA256", value: l.sha256)
        return res
    }
}
