// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Concord",
    products: [
        .library(name: "Concord", targets: ["Concord"]),
        .executable(name: "concord", targets: ["ConcordCLI"]),
    ],
    targets: [
        .target(name: "Concord", path: "Sources/Concord"),
        .executableTarget(name: "ConcordCLI", dependencies: ["Concord"], path: "Sources/concord"),
        .executableTarget(name: "concord-bench", dependencies: ["Concord"], path: "Sources/concord-bench"),
        .testTarget(name: "ConcordTests", dependencies: ["Concord"], path: "Tests/ConcordTests"),
    ]
)
