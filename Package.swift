// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Jalin",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "jalin", targets: ["jalin"]),
        .library(name: "JalinDomain", targets: ["JalinDomain"]),
        .library(name: "JalinNaskah", targets: ["JalinNaskah"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/vapor/leaf.git", from: "4.5.2"),
        .package(url: "https://github.com/vapor/leaf-kit.git", from: "1.14.3"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
        .package(url: "https://github.com/yaslab/CSV.swift.git", from: "2.5.2"),
        // Already resolved through Vapor; named here for STARTTLS/SMTPS in the SMTP client.
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.0"),
    ],
    targets: [
        // Pure rules: Foundation only. No Vapor, no Fluent, no I/O (but for reading its own guidance text,
        // Markdown under Panduan/Isi, once at start).
        .target(name: "JalinDomain", resources: [.copy("Panduan/Isi")]),
        // Document model, templates, renderers (DOCX/XLSX/HTML). Depends on the domain only.
        .target(
            name: "JalinNaskah",
            dependencies: [
                "JalinDomain",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // The Vapor application.
        .target(
            name: "JalinServer",
            dependencies: [
                "JalinDomain",
                "JalinNaskah",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Leaf", package: "leaf"),
                .product(name: "LeafKit", package: "leaf-kit"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            resources: [
                .copy("Resources/Views"),
                .copy("Resources/Public"),
            ]
        ),
        .executableTarget(name: "jalin", dependencies: ["JalinServer"]),
        .testTarget(name: "JalinDomainTests", dependencies: ["JalinDomain"]),
        .testTarget(name: "JalinNaskahTests", dependencies: ["JalinNaskah"]),
        .testTarget(
            name: "JalinServerTests",
            dependencies: [
                "JalinServer",
                "JalinDomain",
                "JalinNaskah",
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "LeafKit", package: "leaf-kit"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            exclude: ["Golden", "Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
