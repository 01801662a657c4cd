import Fluent
import Foundation
import JalinDomain
import Testing
import Vapor
import VaporTesting

@testable import JalinServer

@Suite("Halaman publik dari memori")
struct CacheHalamanTests {
    @Test("The public page is served from memory to anonymous readers and never outlives a write")
    func cachePublik() async throws {
        try await denganJalin { app in
            var anonim = Peramban(app)
            let pertama = try await anonim.get("/publik/64.02")
            #expect(pertama.status == .ok)
            #expect(app.cacheHalaman.jumlah == 1)

            // A change behind the server's back (as a CLI import would make): the cached copy is served…
            let kukar = try await app.pemda("64.02")
            let ks = try #require(
                try await KerjaSamaRecord.query(on: app.db).filter(\.$pemdaID == kukar.id!)
                    .filter(\.$tahap ~~ Transparansi.tahapDitandatangani).all().first { pertama.body.string.contains($0.judul) })
            ks.judul = "Judul Baru Setelah Cache"
            try await ks.update(on: app.db)
            let kedua = try await anonim.get("/publik/64.02")
            #expect(kedua.body.string == pertama.body.string)
            #expect(kedua.headers.contentType == .html)
            #expect(kedua.headers.first(name: "Content-Security-Policy") == pertama.headers.first(name: "Content-Security-Policy"))
            #expect(kedua.headers[.setCookie].isEmpty)

            // …a login changes no data, so the copy stays…
            var admin = Peramban(app)
            try await admin.masuk("admin.kukar")
            #expect(try await anonim.get("/publik/64.02").body.string == pertama.body.string)
            // …until a write of this server (here an admin adding a border pair) makes every cached page stale.
            try await admin.get("/admin/tetangga")
            #expect(try await admin.post("/admin/tetangga", ["kode_a": "64.02", "kode_b": "64.03"]).status == .seeOther)
            let ketiga = try await anonim.get("/publik/64.02")
            #expect(ketiga.body.string.contains("Judul Baru Setelah Cache"))

            // Logged-in readers get their own layout, never the anonymous copy.
            let milikAdmin = try await admin.get("/publik/64.02")
            #expect(milikAdmin.body.string.contains("tombol-keluar"))
            #expect(!(try await anonim.get("/publik/64.02")).body.string.contains("tombol-keluar"))

            // Other query keys (a flash message) are rendered, not cached; a missing pemda is not cached.
            let jumlah = app.cacheHalaman.jumlah
            #expect(try await anonim.get("/publik/64.02?pesan=keluar").body.string.contains(PesanKilat.teks["keluar"]!))
            #expect(try await anonim.get("/publik/99.99").status == .notFound)
            #expect(app.cacheHalaman.jumlah == jumlah)
            func kunci(_ url: String) -> String? {
                CacheHalamanMiddleware.kunci(Request(application: app, url: URI(string: url), on: app.eventLoopGroup.next()))
            }
            let id = UUID()
            #expect(kunci("/publik/64.02?halaman=2") == "publik/64.02", "without a cursor it is the first page")
            #expect(
                kunci("/publik/64.02?setelah=\(id.uuidString.lowercased())&halaman=2") == "publik/64.02?setelah=\(id.uuidString)&halaman=2")
            #expect(kunci("/publik/64.02?halaman=3&sebelum=\(id.uuidString)") == "publik/64.02?sebelum=\(id.uuidString)&halaman=3")
            for bukan in [
                "/publik/64.02?halaman=0", "/publik/64.02?halaman=2&x=1", "/publik/64.02?setelah=bukan",
                "/publik/64.02?halaman=2&halaman=3",
                "/publik/64.02?setelah=\(id)&sebelum=\(id)", "/publik/64.02/x", "/publik/..%2F", "/beranda",
            ] {
                #expect(
                    CacheHalamanMiddleware.kunci(Request(application: app, url: URI(string: bukan), on: app.eventLoopGroup.next())) == nil,
                    "\(bukan)")
            }
        }
    }

    @Test("An entry expires after its age, and a page rendered before a write is not stored")
    func umurDanGenerasi() {
        let c = CacheHalaman()
        let t0 = Date(timeIntervalSince1970: 1_800_000_000)
        c.simpan("a", ByteBuffer(string: "satu"), generasiAwal: c.generasiKini, sekarang: t0)
        #expect(c.ambil("a", sekarang: t0.addingTimeInterval(CacheHalaman.umur - 1))?.isi == ByteBuffer(string: "satu"))
        #expect(c.ambil("a", sekarang: t0.addingTimeInterval(CacheHalaman.umur + 1)) == nil)

        let awal = c.generasiKini
        c.naikkanGenerasi()
        c.simpan("b", ByteBuffer(string: "usang"), generasiAwal: awal, sekarang: t0)
        #expect(c.ambil("b", sekarang: t0) == nil)
        #expect(c.jumlah == 0)
    }
    @Test("The dashboard's model is computed once per pemda and never outlives a write")
    func dasbor() async throws {
        try await denganJalin { app in
            var pimpinan = Peramban(app)
            try await pimpinan.masuk("pimpinan.kukar")
            let pertama = try await pimpinan.get("/monev/dasbor").body.string
            // A record ending in ten days, written behind the server's back: the remembered model is shown…
            let kukar = try await app.pemda("64.02")
            let r = KerjaSamaRecord()
            r.pemdaID = kukar.id!
            r.judul = "Kerja Sama Uji Dasbor Segera"
            r.objek = "Uji"
            r.jenis = "ksddSukarela"
            r.tahap = "pelaksanaan"
            r.siklusJSON = "{}"
            r.urusan = ""
            r.lokasi = ""
            r.mitra = ""
            r.unit = ""
            r.perpanjanganKe = 0
            r.contoh = false
            r.version = 1
            r.tanggalMulai = app.jam.hariIni.iso
            r.tanggalBerakhir = app.jam.hariIni.tambahHari(10).iso
            try await r.create(on: app.db)
            #expect(try await pimpinan.get("/monev/dasbor").body.string == pertama)
            // …a login writes no data, so it stays…
            var admin = Peramban(app)
            try await admin.masuk("admin.kukar")
            #expect(try await pimpinan.get("/monev/dasbor").body.string == pertama)
            // …until a write of this server (here an admin adding a border pair).
            try await admin.get("/admin/tetangga")
            #expect(try await admin.post("/admin/tetangga", ["kode_a": "64.02", "kode_b": "64.03"]).status == .seeOther)
            #expect(try await pimpinan.get("/monev/dasbor").body.string.contains("Kerja Sama Uji Dasbor Segera"))
        }
    }
    @Test("The home page counts each kind of unit of the pemda, and a new unit shows after the write that made it")
    func beranda() async throws {
        try await denganJalin { app in
            let kukar = try await app.pemda("64.02")
            func jumlah(_ j: JenisUnit) async throws -> Int {
                try await UnitKerjaRecord.query(on: app.db).filter(\.$pemdaID == kukar.id!).filter(\.$jenis == j).filter(\.$aktif == true)
                    .count()
            }
            var admin = Peramban(app)
            try await admin.masuk("admin.kukar")
            let html = try await admin.get("/beranda").body.string
            let opd = try await jumlah(.opd)
            let kec = try await jumlah(.kecamatan)
            let desa = try await jumlah(.desa) + (try await jumlah(.kelurahan))
            #expect(opd > 0 && kec > 0)
            #expect(html.contains("<dt>Perangkat daerah</dt><dd>\(opd)</dd>"))
            #expect(html.contains("<dt>Kecamatan</dt><dd>\(kec)</dd>"))
            #expect(html.contains("<dt>Desa dan kelurahan</dt><dd>\(desa)</dd>"))
            let r = try await admin.post("/admin/unit/baru", ["nama": "Dinas Uji Beranda", "jenis": "opd", "urusan": "2.15", "aktif": "1"])
            #expect(r.status == .seeOther)
            #expect(try await jumlah(.opd) == opd + 1)
            #expect(try await admin.get("/beranda").body.string.contains("<dt>Perangkat daerah</dt><dd>\(opd + 1)</dd>"))
        }
    }
}
