// swift-tools-version:6.0
import PackageDescription

// Release-mode benchmarks of Jalin's hot paths that need no server: `swift run -c release jalin-bench`
// from this folder (see BENCHMARKS.md at the repository root). Builds only JalinDomain and JalinNaskah.
let package = Package(
    name: "JalinBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Jalin", path: "..")],
    targets: [
        // Counts heap allocations (Linux/glibc): wraps malloc and friends for the whole process.
        .target(name: "HitungAlokasi"),
        .executableTarget(
            name: "jalin-bench",
            dependencies: [
                "HitungAlokasi",
                .product(name: "JalinDomain", package: "Jalin"),
                .product(name: "JalinNaskah", package: "Jalin"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
