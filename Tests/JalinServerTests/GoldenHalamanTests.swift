import Foundation
import Testing
import VaporTesting

@testable import JalinServer

/// Golden pages: the main page of each capability, for each role that opens it, rendered from the demo seed and
/// compared with the HTML checked in under `Golden/halaman/`. What differs between two runs by nature — ids,
/// tokens, dates and times, durations — is replaced by a placeholder first; everything else (structure, labels,
/// counts, the order of rows, the links a role gets) must stay as it is, so a refactor that changes a page shows
/// here as a diff. `JALIN_GOLDEN_TULIS=1 swift test --filter Golden` rewrites the files after an intended change.
@Suite("Golden: main pages per role", .serialized)
struct GoldenHalamanTests {
    static let halaman: [(peran: String, jalur: [String])] = [
        ("anonim", ["/", "/masuk", "/publik/64.02"]),
        ("admin.kukar", ["/beranda", "/pemetaan", "/kerja-sama", "/naskah", "/monev", "/admin", "/admin/tetangga", "/panduan"]),
        ("tkksd.kukar", ["/beranda", "/pemetaan", "/monev"]),
        ("operator.dishub", ["/beranda", "/pemetaan", "/kerja-sama"]),
        ("operator.karyajaya", ["/beranda"]),
        ("pimpinan.kukar", ["/monev/dasbor", "/kerja-sama"]),
        ("mitra.ppu", ["/mitra"]),
    ]

    @Test("Each main page of each role is the same as its golden HTML (after ids, tokens, dates and durations)")
    func halamanUtama() async throws {
        try await denganJalin { app in
            for (peran, jalur) in Self.halaman {
                var b = Peramban(app)
                if peran != "anonim" { try await b.masuk(peran) }
                for j in jalur {
                    let r = try await b.get(j)
                    #expect(r.status == .ok, "\(peran) \(j)")
                    let nama = "halaman/\(peran)\(j == "/" ? "/akar" : j.replacingOccurrences(of: ".", with: "_")).html"
                    try Golden.periksa(Self.normalkan(r.body.string), nama: nama)
                }
            }
        }
    }

    /// Replaces what changes from run to run by nature.
    static func normalkan(_ html: String) -> String {
        var s = html
        let ganti: [(String, String)] = [
            // ids and tokens
            (#"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"#, "{id}"),
            (#"name="_csrf" value="[^"]*""#, #"name="_csrf" value="{csrf}""#),
            (#"data-pengguna="[^"]*""#, #"data-pengguna="{pengguna}""#),
            (#"(setelah|sebelum)=[A-Za-z0-9_-]{20,}"#, "$1={kursor}"),
            // dates and times (ISO, and the long Indonesian forms of the days around the seed's today)
            (#"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?"#, "{tanggal}"),
            (#"\b\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}\b"#, "{tanggal}"),
            (#"\b(Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}\b"#, "{bulan}"),
            (#"\b\d{2}[.:]\d{2}( WITA| WIB| WIT)?\b"#, "{jam}"),
            (#"\b(Tahun|tahun|TA) \d{4}\b"#, "$1 {tahun}"),
            // durations
            (#"\d+([.,]\d+)? ms\b"#, "{ms}"),
        ]
        for (pola, isi) in ganti {
            s = s.replacingOccurrences(of: pola, with: isi, options: .regularExpression)
        }
        return s
    }
}
