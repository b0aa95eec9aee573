// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Helpdesk",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "HelpdeskCore", targets: ["HelpdeskCore"]),
        .library(name: "HelpdeskStore", targets: ["HelpdeskStore"]),
        .library(name: "HelpdeskFAQ", targets: ["HelpdeskFAQ"]),
        .executable(name: "helpdesk", targets: ["helpdesk"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
    ],
    targets: [
        .target(
            name: "HelpdeskCore",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "HelpdeskStore",
            dependencies: [
                "HelpdeskCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(
            name: "HelpdeskFAQ",
            dependencies: ["HelpdeskCore", .product(name: "Ink", package: "Ink")]
        ),
        .target(
            name: "HelpdeskBatch",
            dependencies: ["HelpdeskCore", "HelpdeskStore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "HelpdeskReports",
            dependencies: ["HelpdeskCore", "HelpdeskStore"]
        ),
        .systemLibrary(name: "CLibEdit", providers: [.apt(["libedit-dev"])]),
        .executableTarget(
            name: "helpdesk",
            dependencies: [
                "CLibEdit",
                "HelpdeskCore",
                "HelpdeskStore",
                "HelpdeskFAQ",
                "HelpdeskBatch",
                "HelpdeskReports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "helpdesk-bench",
            dependencies: ["HelpdeskCore", "HelpdeskStore"]
        ),
        .executableTarget(
            name: "helpdesk-console-bench",
            dependencies: ["HelpdeskCore", "HelpdeskStore"]
        ),
        .executableTarget(
            name: "helpdesk-batch-bench",
            dependencies: ["HelpdeskBatch", "HelpdeskCore", "HelpdeskStore"]
        ),
        .executableTarget(
            name: "helpdesk-report-bench",
            dependencies: ["HelpdeskCore", "HelpdeskStore", "HelpdeskReports"]
        ),
        .executableTarget(
            name: "helpdesk-import-bench",
            dependencies: ["HelpdeskCore", "HelpdeskStore"]
        ),
        .testTarget(
            name: "HelpdeskCoreTests",
            dependencies: ["HelpdeskCore"]
        ),
        .testTarget(
            name: "HelpdeskBatchTests",
            dependencies: ["HelpdeskBatch", "HelpdeskCore", "HelpdeskStore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "HelpdeskFAQTests",
            dependencies: ["HelpdeskFAQ", "HelpdeskCore"]
        ),
        .testTarget(
            name: "HelpdeskEndToEndTests",
            dependencies: ["helpdesk", "HelpdeskCore", "HelpdeskStore", "HelpdeskReports", "HelpdeskReportsTestSupport"]
        ),
        .target(
            name: "HelpdeskReportsTestSupport",
            dependencies: ["HelpdeskCore", "HelpdeskStore"],
            path: "Tests/HelpdeskReportsTestSupport"
        ),
        .testTarget(
            name: "HelpdeskReportsTests",
            dependencies: ["HelpdeskReports", "HelpdeskReportsTestSupport", "HelpdeskCore", "HelpdeskStore"]
        ),
        .testTarget(
            name: "HelpdeskStoreTests",
            dependencies: ["HelpdeskStore", "HelpdeskCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ]
)
