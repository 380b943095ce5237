// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "pfd-tracker",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "pfd", targets: ["pfd"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CLibXML2", pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
    // 1. Model: value types shared by every stage.
    .target(name: "Model"),
    // 2. Ingest: bytes → ParsedDocument (text, blocks, sentences, metadata hints).
    .target(
      name: "Ingest",
      dependencies: ["Model", "CLibXML2", .product(name: "Crypto", package: "swift-crypto")]),
    // 3. Extract: ParsedDocument → findings (dates, figures, bodies, concerns, commitments).
    // ICURegex matches on the toolchain's own ICU, the one NSRegularExpression uses (Linux only).
    .target(
      name: "Extract", dependencies: ["Model"], resources: [.copy("Resources/bodies.json")],
      linkerSettings: [.linkedLibrary("_FoundationICU", .when(platforms: [.linux]))]),
    // 4. Link: findings → commitments tied to a body, a concern and a due date.
    .target(name: "Link", dependencies: ["Model", "Extract"]),
    // 5. Emit: records → JSON files, written atomically.
    .target(name: "Emit", dependencies: ["Model"]),
    // Runs the stages over a batch of files.
    .target(name: "Pipeline", dependencies: ["Model", "Ingest", "Extract", "Link", "Emit"]),
    .executableTarget(
      name: "pfd",
      dependencies: ["Pipeline", "Emit", "Model", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
    .testTarget(name: "ModelTests", dependencies: ["Model"]),
    .testTarget(name: "IngestTests", dependencies: ["Ingest", "Model"], resources: [.copy("Fixtures")]),
    .testTarget(name: "ExtractTests", dependencies: ["Extract", "Ingest", "Model"]),
    .testTarget(name: "LinkTests", dependencies: ["Link", "Extract", "Ingest", "Model"]),
    .testTarget(name: "EmitTests", dependencies: ["Emit", "Model", "Ingest", "Pipeline"]),
    .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "Model"]),
  ]
)
