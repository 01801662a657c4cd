import Fluent
import Foundation
import JalinDomain
import Testing
import VaporTesting

@testable import JalinServer

/// Scenario E.3: two pemda on one installation see the match of a published offer and need.
@Suite("Padanan lintas pemda")
struct LintasPemdaTests {
    @Test("Published offers and needs of Kukar and Samarinda match on both sides; nothing else is shared")
    func padananDuaPihak() async throws {
        try await denganJalin { app in
            var kukar = Peramban(app)
            try await kukar.masuk("admin.kukar")
            var smd = Peramban(app)
            try await smd.masuk("admin.samarinda")
            let hKukar = try await kukar.get("/pemetaan/padanan").body.string
            #expect(hKukar.contains("Angkutan sungai terjadwal Samarinda–Tenggarong (Kota Samarinda)"))
            #expect(hKukar.contains("Lintas pemda"))
            let hSmd = try await smd.get("/pemetaan/padanan").body.string
            #expect(hSmd.contains("Integrasi angkutan sungai dan darat Tenggarong–IKN (Kabupaten Kutai Kartanegara)"))
            // An unpublished submission of Kukar is not shown to Samarinda, nor can it be opened there.
            let rahasia = try #require(
                try await UsulanRecord.query(on: app.db).filter(\.$judul == "Kawasan lumbung pangan penyangga IKN").first())
            #expect(!rahasia.publik)
            #expect(!hSmd.contains(rahasia.judul))
            #expect(try await smd.get("/pemetaan/usulan/\(rahasia.id!)").status == .notFound)

            // Kukar withdraws the river submission: Samarinda no longer sees it.
            let sungai = try #require(
                try await UsulanRecord.query(on: app.db).filter(\.$judul == "Integrasi angkutan sungai dan darat Tenggarong–IKN").first())
            try await kukar.get("/pemetaan/usulan/\(sungai.id!)")
            var r = try await kukar.post("/pemetaan/usulan/\(sungai.id!)/publikasi", ["publik": "0", "version": "\(sungai.version)"])
            #expect(r.status == .seeOther)
            #expect(try await !smd.get("/pemetaan/padanan").body.string.contains(sungai.judul))
            // A stale version is refused; publishing again with the current one works.
            r = try await kukar.post("/pemetaan/usulan/\(sungai.id!)/publikasi", ["publik": "1", "version": "\(sungai.version)"])
            #expect(r.status == .conflict)
            let kini = try #require(try await UsulanRecord.find(sungai.id, on: app.db))
            r = try await kukar.post("/pemetaan/usulan/\(sungai.id!)/publikasi", ["publik": "1", "version": "\(kini.version)"])
            #expect(r.status == .seeOther)
            #expect(try await smd.get("/pemetaan/padanan").body.string.contains(sungai.judul))
            // Samarinda's admin cannot publish Kukar's submission.
            #expect(
                try await smd.post("/pemetaan/usulan/\(sungai.id!)/publikasi", ["publik": "0", "version": "\(kini.version + 1)"]).status
                    == .notFound)
        }
    }

    @Test("A draft cannot be published; a match starts a Kesepakatan Bersama pre-filled with both sides")
    func mulaiDariPadanan() async throws {
        try await denganJalin { app in
            var kukar = Peramban(app)
            try await kukar.masuk("admin.kukar")
            let draf = try #require(try await UsulanRecord.query(on: app.db).filter(\.$status == StatusUsulan.draf.rawValue).first())
            try await kukar.get("/pemetaan/usulan/\(draf.id!)")
            let r = try await kukar.post("/pemetaan/usulan/\(draf.id!)/publikasi", ["publik": "1", "version": "\(draf.version)"])
            #expect(r.status == .unprocessableEntity)
            #expect(try #require(try await UsulanRecord.find(draf.id, on: app.db)).publik == false)

            let smd = try await app.pemda("64.72")
            let sungai = try #require(
                try await UsulanRecord.query(on: app.db).filter(\.$judul == "Integrasi angkutan sungai dan darat Tenggarong–IKN").first())
            let lain = try #require(
                try await UsulanRecord.query(on: app.db).filter(\.$pemdaID == smd.id!).filter(\.$publik == true).first())
            try await kukar.get("/pemetaan/padanan")
            let mulai = try await kukar.post("/pemetaan/padanan/mulai", ["usulan": sungai.id!.uuidString, "lain": lain.id!.uuidString])
            #expect(mulai.status == .seeOther)
            let tujuan = try #require(mulai.headers.first(name: .location))
            #expect(tujuan.hasPrefix("/naskah/baru?jenis=kesepakatanBersama&usulan=\(sungai.id!.uuidString)&mitra="))
            let mitra = try #require(
                try await MitraRecord.query(on: app.db).filter(\.$pemdaID == sungai.pemdaID).filter(\.$kodeWilayah == "64.72").first())
            #expect(tujuan.hasSuffix(mitra.id!.uuidString))
            let form = try await kukar.get(tujuan).body.string
            #expect(form.contains("Samarinda"))
            #expect(form.contains("angkutan sungai"))
            // Only a published submission of another pemda can be the other side.
            let bukan = try #require(
                try await UsulanRecord.query(on: app.db).filter(\.$pemdaID == sungai.pemdaID).filter(\.$publik == false)
                    .filter(\.$status != StatusUsulan.draf.rawValue).first())
            #expect(
                try await kukar.post("/pemetaan/padanan/mulai", ["usulan": sungai.id!.uuidString, "lain": bukan.id!.uuidString]).status
                    == .notFound)
        }
    }
}
