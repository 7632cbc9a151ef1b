// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Concord",
    products: [
        .library(name: "Concord", targets: ["Concord"]),
        .executable(name: "concord", targets: ["ConcordCLI"]),
        /// The C interface (include/concord.h), for embedding Concord from C, Python and others.
        .library(name: "ConcordC", type: .dynamic, targets: ["ConcordC"]),
    ],
    targets: [
        .target(name: "Concord", path: "Sources/Concord"),
        .executableTarget(name: "ConcordCLI", dependencies: ["Concord"], path: "Sources/concord"),
        .target(name: "ConcordC", dependencies: ["Concord"], path: "Sources/ConcordC"),
        /// Generated corpora for the benchmark and the tests; not part of the library tools embed.
        .target(name: "ConcordCorpora", dependencies: ["Concord"], path: "Sources/ConcordCorpora"),
        .executableTarget(name: "concord-bench", dependencies: ["Concord", "ConcordCorpora"], path: "Sources/concord-bench"),
        .testTarget(name: "ConcordTests", dependencies: ["Concord", "ConcordCorpora"], path: "Tests/ConcordTests"),
    ]
)
