// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "StreamGauge",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "streamgauge", targets: ["streamgauge"]),
        .library(name: "FlowReport", targets: ["FlowReport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(name: "FlowModel"),
        .target(name: "FlowImport", dependencies: ["FlowModel", "CLibXML2"]),
        .target(name: "FlowMapping", dependencies: ["FlowModel", "Yams"]),
        .target(name: "FlowMetrics", dependencies: ["FlowModel", "FlowMapping"]),
        .target(name: "FlowReport", dependencies: ["FlowModel", "FlowMapping", "FlowMetrics"]),
        .target(
            name: "FlowPipeline",
            dependencies: ["FlowModel", "FlowImport", "FlowMapping", "FlowMetrics", "FlowReport"]
        ),
        .executableTarget(
            name: "streamgauge",
            dependencies: [
                "FlowModel", "FlowImport", "FlowMapping", "FlowPipeline", "FlowReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "samplegen", dependencies: ["FlowModel"], path: "Sources/samplegen"),
        .testTarget(
            name: "FlowModelTests", dependencies: ["FlowModel"]),
        .testTarget(
            name: "FlowImportTests", dependencies: ["FlowImport", "FlowModel"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "FlowMappingTests", dependencies: ["FlowMapping", "FlowModel"]),
        .testTarget(
            name: "FlowMetricsTests", dependencies: ["FlowMetrics", "FlowMapping", "FlowModel"]),
        .testTarget(
            name: "FlowReportTests", dependencies: ["FlowReport", "FlowMetrics", "FlowMapping", "FlowModel"],
            exclude: ["Snapshots"]),
        .testTarget(
            name: "StreamGaugeCLITests", dependencies: ["FlowModel", "streamgauge"],
            exclude: ["Fixtures"]),
    ]
)
