import Foundation
import Testing

/// Golden files: text a test renders, compared with the copy checked in under `Tests/JalinServerTests/Golden/`.
/// `JALIN_GOLDEN_TULIS=1 swift test --filter Golden` rewrites them; `git diff` then shows what changed.
enum Golden {
    static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden", isDirectory: true)
    }

    static var tulis: Bool { ProcessInfo.processInfo.environment["JALIN_GOLDEN_TULIS"] == "1" }

    /// Compares `isi` with the golden file `nama`; on a difference, records an issue naming the first
    /// differing line and leaves the new text beside it as `nama.baru` (ignored by git).
    static func periksa(_ isi: String, nama: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let berkas = folder.appendingPathComponent(nama)
        let baru = folder.appendingPathComponent(nama + ".baru")
        if tulis {
            try FileManager.default.createDirectory(at: berkas.deletingLastPathComponent(), withIntermediateDirectories: true)
            try isi.write(to: berkas, atomically: true, encoding: .utf8)
            try? FileManager.default.removeItem(at: baru)
            return
        }
        guard let lama = try? String(contentsOf: berkas, encoding: .utf8) else {
            Issue.record("Golden file \(nama) is missing: run JALIN_GOLDEN_TULIS=1 swift test --filter Golden", sourceLocation: sourceLocation)
            return
        }
        if lama == isi {
            try? FileManager.default.removeItem(at: baru)
            return
        }
        try? isi.write(to: baru, atomically: true, encoding: .utf8)
        let a = lama.split(separator: "\n", omittingEmptySubsequences: false), b = isi.split(separator: "\n", omittingEmptySubsequences: false)
        let i = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        Issue.record("""
            \(nama) differs from its golden file at line \(i + 1):
              golden: \(i < a.count ? String(a[i]) : "(end)")
              now:    \(i < b.count ? String(b[i]) : "(end)")
            The new text is in \(baru.path); if the change is intended, run JALIN_GOLDEN_TULIS=1 swift test --filter Golden.
            """, sourceLocation: sourceLocation)
    }
}
