import Fluent
import Foundation
import Vapor

/// The `jalin` command line: `serve` (default), `import-wilayah`, `generate-load-data`, `migrate`, `routes`.
public enum JalinApp {
    public static func jalankan() async throws {
        var env = try Environment.detect()
        try LoggingSystem.bootstrap(from: &env)
        let app = try await Application.make(env)
        app.asyncCommands.use(ImporWilayahCommand(), as: "import-wilayah")
        app.asyncCommands.use(ImporBatasCommand(), as: "import-geo")
        app.asyncCommands.use(PengingatCommand(), as: "kirim-pengingat")
        app.asyncCommands.use(ImporKerjaSamaCommand(), as: "import-kerjasama")
        app.asyncCommands.use(CadanganCommand(), as: "backup")
        app.asyncCommands.use(PulihkanCommand(), as: "restore")
        app.asyncCommands.use(GenerateLoadDataCommand(), as: "generate-load-data")
        app.asyncCommands.use(TambahPemdaCommand(), as: "tambah-pemda")
        app.asyncCommands.use(EksporCommand(), as: "export")
        do {
            try await configure(app)
            let perintah = app.asyncCommands.perintah(untuk: Array(env.arguments.dropFirst()))
            let melayani = perintah is ServeCommand
            // The demo's published logins are seeded only where that is safe (`KeputusanDemo`).
            let demo = KeputusanDemo.putuskan(pilihan: app.konfigurasi.pilihanDemo, argumen: Array(env.arguments.dropFirst()))
            app.konfigurasi.seedDemo = demo.seed
            if melayani || perintah is any PerintahDenganMigrasi {
                try await siapkanDatabase(app)
            }
            if melayani {
                Pengingat.jadwalkan(app)
                cetakInfoMulai(app, peringatan: try await demo.peringatanMulai(app))
            }
            try await app.execute()
        } catch {
            app.logger.report(error: error)
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    static func cetakInfoMulai(_ app: Application, peringatan: [String] = []) {
        let k = app.konfigurasi
        var baris = ["", "Jalin — Sistem Informasi Kerja Sama Daerah"]
        baris.append(k.databaseURL == nil ? "Basis data: SQLite \(k.sqlitePath)" : "Basis data: PostgreSQL")
        if k.seedDemo {
            baris.append("Akun demo (kata sandi semuanya: \(DemoSeed.kataSandi)):")
            for a in DemoSeed.akun {
                baris.append("  \(a.namaPengguna.padding(toLength: 22, withPad: " ", startingAt: 0)) \(a.peran.nama) — \(a.keterangan)")
            }
        }
        for p in peringatan {
            app.logger.warning("\(p)")
            baris += ["", String(repeating: "!", count: 78), p, String(repeating: "!", count: 78)]
        }
        baris.append("")
        print(baris.joined(separator: "\n"))
    }
}
