import Fluent
import Foundation
import JalinDomain
import NIOCore
import NIOHTTP1
import Testing
import VaporTesting

@testable import JalinNaskah
@testable import JalinServer

/// Issue #16.1: the word diff of two versions is bounded whatever their text, and it runs off the
/// request threads, so the server keeps answering while large comparisons are computed.
@Suite("Word diff under load")
struct DiffBebanTests {
    /// Pasal of 24,000 "words" each (two characters per word, under the 50,000-character limit of
    /// a Pasal and the 2,000,000 of a naskah): every word differs between the two versions.
    /// How many such Pasal (the most a naskah holds is 40: Benchmarks/diff_sehat.py runs that case; here
    /// fewer keep the suite light), and how many diffs are asked at once.
    static let jumlahPasal = 20
    static let bersamaan = 6

    static func terburuk(_ n: Naskah, kata: String) -> Naskah {
        var x = n
        x.pasal = (1...jumlahPasal).map {
            Pasal(kunci: "beban-\($0)", judul: "BEBAN \($0)", isi: [.paragraf(String(repeating: kata, count: 24_000))])
        }
        return x
    }

    @Test("Six concurrent worst-case diffs over a real connection: each answers, exact and coarser; /sehat answers meanwhile")
    func diffBersamaan() async throws {
        try await denganJalin { app in
            let token = try await app.tokenAPI(untuk: "admin.kukar")
            let kb = try #require(try await NaskahRecord.query(on: app.db).filter(\.$jenis == "kesepakatanBersama").first())
            var version = kb.version
            let awal = try NaskahAlur.isi(kb)
            for kata in [". ", ", "] {
                try await app.testing().test(
                    .PUT, "/api/v1/naskah/\(kb.id!)", headers: bearer(token).menambah(.jsonBody),
                    body: json(NaskahAPI.SimpanMasukan(isi: Self.terburuk(awal, kata: kata), version: version, catatan: nil))
                ) { res in
                    #expect(res.status == .ok)
                    version = try res.content.decode(NaskahAPI.NaskahJSON.self).version
                }
            }
            let ke = try #require(try await NaskahRecord.find(kb.id, on: app.db)).versiTerkini
            let tersimpan = try await VersiNaskahRecord.query(on: app.db).filter(\.$naskahID == kb.id!).filter(\.$nomor ~~ [ke - 1, ke])
                .sort(
                    \.$nomor
                ).all()
            let (lama, baru) = (try NaskahAlur.isi(tersimpan[0]), try NaskahAlur.isi(tersimpan[1]))

            // The application's own server and event loops, on a free port.
            try await app.server.start(address: .hostname("127.0.0.1", port: 0))
            let port = try #require(app.http.server.shared.localAddress?.port)
            let dasar = "http://127.0.0.1:\(port)"
            let klien = app.client
            do {
                @Sendable func minta(_ jalur: String, token: String? = nil) async throws -> (HTTPStatus, ByteBuffer, Duration) {
                    let jam = ContinuousClock.now
                    let res = try await klien.get(URI(string: dasar + jalur), headers: token.map(bearer) ?? [:])
                    return (res.status, res.body ?? ByteBuffer(), ContinuousClock.now - jam)
                }
                // Warm up the connection pool and the health route.
                #expect(try await minta("/sehat").0 == .ok)

                let selesai = Penghitung()
                let hasil = try await withThrowingTaskGroup(of: (HTTPStatus, ByteBuffer, Duration).self) { grup in
                    for _ in 0..<Self.bersamaan {
                        grup.addTask {
                            let r = try await minta("/api/v1/naskah/\(kb.id!)/diff?dari=\(ke - 1)&ke=\(ke)", token: token)
                            await selesai.tambah()
                            return r
                        }
                    }
                    // While they run, the health check answers, five times, each before the diffs are all done
                    // (before the fix a diff held its thread for minutes). Its latency is measured, not
                    // asserted, by Benchmarks/diff_sehat.py (no timing in unit tests).
                    try await Task.sleep(for: .milliseconds(200))
                    var sehat: [Duration] = []
                    for i in 0..<5 {
                        let (st, _, d) = try await minta("/sehat")
                        #expect(st == .ok)
                        if i == 0 { #expect(await selesai.nilai < Self.bersamaan, "all diffs finished before /sehat answered") }
                        sehat.append(d)
                    }
                    print("naskah diff: /sehat while \(Self.bersamaan) worst-case diffs ran: \(sehat.sorted())")
                    var semua: [(HTTPStatus, ByteBuffer, Duration)] = []
                    for try await r in grup { semua.append(r) }
                    return semua
                }
                for (st, isi, _) in hasil {
                    #expect(st == .ok)
                    let d = try JSONDecoder().decode(NaskahAPI.DiffJSON.self, from: isi)
                    let beban = d.bagian.filter { $0.kunci.hasPrefix("beban-") }
                    #expect(beban.count == Self.jumlahPasal)
                    // Exact whatever the unit: old text = sama + hapus, new text = sama + tambah.
                    for (b, (pa, pb)) in zip(
                        beban, zip(lama.pasal.filter { $0.kunci.hasPrefix("beban-") }, baru.pasal.filter { $0.kunci.hasPrefix("beban-") }))
                    {
                        #expect(b.satuan != nil)
                        #expect(b.potongan.filter { $0.jenis != .tambah }.map(\.teks).joined() == DiffKata.teksPasal(pa))
                        #expect(b.potongan.filter { $0.jenis != .hapus }.map(\.teks).joined() == DiffKata.teksPasal(pb))
                    }
                }
                let waktu = hasil.map(\.2).sorted()
                print("naskah diff: \(Self.bersamaan) concurrent worst-case diffs, slowest \(waktu.last!), fastest \(waktu.first!)")
            } catch {
                await app.server.shutdown()
                throw error
            }
            await app.server.shutdown()
        }
    }
}

/// Counts finished requests across tasks.
actor Penghitung {
    private(set) var nilai = 0
    func tambah() { nilai += 1 }
}
