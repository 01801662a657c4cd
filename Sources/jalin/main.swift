import Foundation
import JalinServer

do {
    try await JalinApp.jalankan()
} catch {
    // The command has already printed what went wrong (in Bahasa Indonesia); exit non-zero without a backtrace.
    FileHandle.standardError.write(Data("jalin: \(error)\n".utf8))
    exit(1)
}
