import Fluent
import Foundation
import JalinDomain
import NIOHTTP1
import Testing
import VaporTesting

@testable import JalinServer

/// Runs a test against a fresh Jalin with the demo seed: a new SQLite file, or — when
/// `JALIN_TEST_DATABASE_URL` is set (CI) — a fresh schema on that PostgreSQL server.
/// `jam` fixes the application's clock (`app.jam`) for a test that needs a known "today".
func denganJalin(demo: Bool = true, baseURL: String? = nil, jam: Jam? = nil, _ uji: (Application) async throws -> Void) async throws {
    let env = ProcessInfo.processInfo.environment
    var k = Konfigurasi(seedDemo: demo, bcryptCost: 4, logLevel: .warning)
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jalin-uji-\(UUID().uuidString)").path
    k.dataDir = dir
    k.baseURL = baseURL
    if let url = env["JALIN_TEST_DATABASE_URL"], !url.isEmpty {
        k.databaseURL = url
        k.skemaPostgres = "uji_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
    }
    if k.databaseURL == nil && demo {
        // The migrated and seeded demo database is made once per test run and copied for each test.
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: try await TemplatDemo.shared.jalur(), toPath: k.sqlitePath)
    }
    let app = try await Application.make(.testing)
    app.logger.logLevel = .warning
    do {
        try await configure(app, konfigurasi: k)
        if let jam { app.jam = jam }
        try await siapkanDatabase(app)
        try await uji(app)
    } catch {
        await bersihkan(app, k, dir)
        throw error
    }
    await bersihkan(app, k, dir)
}

private func bersihkan(_ app: Application, _ k: Konfigurasi, _ dir: String) async {
    if let skema = k.skemaPostgres {
        try? await app.db.sql.raw("DROP SCHEMA IF EXISTS \(ident: skema) CASCADE").run()
    }
    try? await app.asyncShutdown()
    try? FileManager.default.removeItem(atPath: dir)
}

/// A browser-like client: keeps cookies and the CSRF token of its session.
struct Peramban {
    let app: Application
    var cookie: [String: String] = [:]
    var csrf: String = ""

    init(_ app: Application) { self.app = app }

    var headerCookie: HTTPHeaders {
        var h = HTTPHeaders()
        if !cookie.isEmpty { h.add(name: .cookie, value: cookie.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")) }
        return h
    }

    mutating func simpanCookie(_ res: TestingHTTPResponse) {
        for v in res.headers[.setCookie] {
            let pasangan = v.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            guard pasangan.count == 2 else { continue }
            let nama = String(pasangan[0]).trimmingCharacters(in: .whitespaces)
            let nilai = String(pasangan[1])
            if v.contains("Max-Age=0") || v.contains("1970") { cookie.removeValue(forKey: nama) } else { cookie[nama] = nilai }
        }
        if let t = Peramban.ambilCSRF(res.body.string) { csrf = t }
    }

    static func ambilCSRF(_ html: String) -> String? {
        guard let r = html.range(of: "name=\"_csrf\" value=\"") else { return nil }
        let sisa = html[r.upperBound...]
        return sisa.firstIndex(of: "\"").map { String(sisa[..<$0]) }
    }

    @discardableResult
    mutating func get(_ path: String) async throws -> TestingHTTPResponse {
        var hasil: TestingHTTPResponse?
        try await app.testing().test(.GET, path, headers: headerCookie) { res in hasil = res }
        simpanCookie(hasil!)
        return hasil!
    }

    /// Posts a form; the session's CSRF token is added unless `csrf` is given.
    @discardableResult
    mutating func post(_ path: String, _ isian: [String: String], csrf: String? = nil) async throws -> TestingHTTPResponse {
        var form = isian
        form["_csrf"] = csrf ?? self.csrf
        var h = headerCookie
        h.contentType = .urlEncodedForm
        let body = form.map { "\(enc($0.key))=\(enc($0.value))" }.joined(separator: "&")
        var hasil: TestingHTTPResponse?
        try await app.testing().test(.POST, path, headers: h, body: .init(string: body)) { res in hasil = res }
        simpanCookie(hasil!)
        return hasil!
    }

    private func enc(_ s: String) -> String {
        var ok = CharacterSet.alphanumerics
        ok.insert(charactersIn: "-._~")
        return s.addingPercentEncoding(withAllowedCharacters: ok) ?? s
    }

    /// Logs in through the login form, as a person would.
    mutating func masuk(_ nama: String, sandi: String = DemoSeed.kataSandi) async throws -> TestingHTTPResponse {
        try await get("/masuk")
        let res = try await post("/masuk", ["username": nama, "password": sandi])
        if res.status == .seeOther { try await get(res.headers.first(name: .location) ?? "/beranda") }
        return res
    }
}

extension Application {
    func pengguna(_ nama: String) async throws -> PenggunaRecord {
        try #require(try await PenggunaRecord.query(on: db).filter(\.$namaPengguna == nama).first())
    }

    /// A personal API token for a user, created directly.
    func tokenAPI(untuk nama: String) async throws -> String {
        let u = try await pengguna(nama)
        let rahasia = "jalin_" + Rahasia.acak()
        try await TokenAPIRecord(
            pemdaID: u.pemdaID, penggunaID: u.id!, nama: "uji", tokenHash: Rahasia.sha256(rahasia),
            prefiks: String(rahasia.prefix(12)), kedaluwarsa: nil
        ).create(on: db)
        return rahasia
    }

    func pemda(_ kode: String) async throws -> PemdaRecord {
        try #require(try await PemdaRecord.query(on: db).filter(\.$kodeWilayah == kode).first())
    }

    /// The caller `nama` as a flow sees it (for writes a test does without a page).
    func pelaku(_ nama: String) async throws -> Pelaku {
        let u = try await pengguna(nama)
        return try Pelaku(pengguna: u, pemda: try #require(try await PemdaRecord.find(u.pemdaID, on: db)), csrf: nil, sesiID: nil, jam: jam)
    }

    /// A KSDD record of Kukar with PPU, not burdening (no DPRD), its lifecycle moved along its ordinary
    /// path up to `sampai` (every earlier requirement recorded, the signing of that stage not yet).
    func kerjaSamaUji(
        judul: String, sampai: Tahap, jenis: JenisKerjaSama = .ksddSukarela, mitra: String = "Pemerintah Kabupaten Penajam Paser Utara",
        usulan: UUID? = nil
    ) async throws -> KerjaSamaRecord {
        let m = try #require(try await MitraRecord.query(on: db).filter(\.$nama == mitra).first())
        let u = try #require(try await UnitKerjaRecord.query(on: db).filter(\.$nama == "Dinas Perhubungan").first())
        let dprd = PenilaianDPRD(membebaniMasyarakatDanDaerah: false, sudahDianggarkanAPBD: true, mitraOtoritaIKN: false)
        guard case .success(let s) = SiklusKerjaSama.mulai(jenis: jenis, penilaianDPRD: dprd) else { throw Abort(.internalServerError) }
        let d = KerjaSamaAlur.Data(
            judul: judul, objek: judul, jenis: jenis, urusan: ["2.15"], lokasi: [], mitra: [m.id!], unit: [u.id!], nilai: nil,
            sumberDana: nil, tanggalMulai: "2024-06-01", tanggalBerakhir: "2029-05-31", penilaianDPRD: dprd, usulanID: usulan,
            kodeProgram: nil, namaProgram: nil)
        return try await KerjaSamaAlur.buat(d, siklus: s.majuSampai(sampai), pelaku: try await pelaku("admin.kukar"), ip: nil, on: db)
    }

    /// Moves a record's lifecycle on along its ordinary path (a test's shortcut past stages it does not test).
    func majukan(_ r: KerjaSamaRecord, ke t: Tahap) async throws {
        let k = try #require(try await KerjaSamaRecord.find(r.id, on: db))
        let s = try #require(k.siklus).majuSampai(t)
        k.siklusJSON = try KerjaSamaAlur.json(s)
        k.tahap = s.tahap.rawValue
        try await k.update(on: db)
    }
}

func bearer(_ token: String) -> HTTPHeaders {
    var h = HTTPHeaders()
    h.bearerAuthorization = .init(token: token)
    return h
}

func json(_ v: some Encodable) -> ByteBuffer {
    ByteBuffer(data: try! JSONEncoder().encode(v))
}

extension HTTPHeaders {
    /// These headers and those of `lain` (the latter win).
    func adding(_ lain: HTTPHeaders) -> HTTPHeaders {
        var h = self
        for (k, v) in lain { h.replaceOrAdd(name: k, value: v) }
        return h
    }

    static var jsonBody: HTTPHeaders {
        var h = HTTPHeaders()
        h.contentType = .json
        return h
    }
}

/// One seeded SQLite file shared (by copy) between the tests of a run.
actor TemplatDemo {
    static let shared = TemplatDemo()
    private var tugas: Task<String, any Error>?

    func jalur() async throws -> String {
        if let tugas { return try await tugas.value }
        let t = Task { try await Self.buat() }
        tugas = t
        return try await t.value
    }

    private static func buat() async throws -> String {
        var k = Konfigurasi(seedDemo: true, bcryptCost: 4, logLevel: .warning)
        k.dataDir = FileManager.default.temporaryDirectory.appendingPathComponent("jalin-templat-\(UUID().uuidString)").path
        let app = try await Application.make(.testing)
        app.logger.logLevel = .warning
        do {
            try await configure(app, konfigurasi: k)
            try await siapkanDatabase(app)
            _ = try await app.db.sql.raw("PRAGMA wal_checkpoint(TRUNCATE)").all()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
        return k.sqlitePath
    }
}
