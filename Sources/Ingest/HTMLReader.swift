import CLibXML2
import Foundation
import Model

/// Reads HTML with libxml2 into blocks, dropping scripts, navigation and page furniture.
///
/// 1. `HTMLCharset` decodes the bytes to UTF-8 (BOM, then the declared charset, checked against the bytes).
/// 2. `HTMLTreeParser` parses them with libxml2 and copies the tree out into an `HTMLTree`.
/// 3. `HTMLBlockWalker` turns the `<main>` element (or `<body>`) into blocks; `HTMLMetadata` reads the hints.
struct HTMLReader {
  func read(_ bytes: [UInt8], path: String) throws -> ParsedDocument {
    let prepared = HTMLCharset.prepare(bytes)
    let tree: HTMLTree
    do {
      tree = try HTMLTreeParser().parse(prepared.bytes, encoding: prepared.encoding)
    } catch {
      throw IngestError.noText(path: path, reason: "libxml2 found no HTML document: \(error.reason)")
    }
    let body = tree.first(below: HTMLTree.root, where: { tree.tag($0) == .body }) ?? HTMLTree.root
    let bodyLength = tree.visibleLength(body)
    guard bodyLength > 0 else {
      throw IngestError.noText(path: path, reason: "the page has no visible text")
    }

    var builder = DocumentBuilder()
    if prepared.replaced > 0 {
      builder.diagnostics.append(
        Diagnostic(.warning, "\(prepared.replaced) undecodable bytes were replaced with U+FFFD"))
    }
    if let note = prepared.note { builder.diagnostics.append(Diagnostic(.warning, note)) }

    let main = HTMLReader.mainElement(in: tree, body: body, bodyLength: bodyLength)
    var walker = HTMLBlockWalker(tree: tree, builder: builder, rootLength: tree.visibleLength(main ?? body))
    if let main {
      // A headline printed above <main> still heads the document.
      if tree.first(below: main, where: { tree.tag($0) == .h1 }) == nil {
        let h1s = tree.all(below: body, where: { tree.tag($0) == .h1 })
        if h1s.count == 1 { walker.appendHeading(h1s[0], level: 1) }
      }
      walker.walk(main)
    } else {
      walker.walk(body)
    }
    builder = walker.builder
    if !walker.dropped.isEmpty {
      let kinds = walker.dropped.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        .prefix(6).map(\.key).joined(separator: ", ")
      let total = walker.dropped.values.reduce(0, +)
      builder.diagnostics.append(Diagnostic(.info, "removed \(total) elements of page furniture (\(kinds))"))
    }
    guard !builder.isEmpty else {
      throw IngestError.noText(path: path, reason: "all of the page's text is navigation, scripts or other furniture")
    }
    return builder.build(format: .html, hints: HTMLMetadata.hints(tree))
  }

  /// The page's one `<main>` (or `role="main"`) element, when it holds a fair share of the text.
  static func mainElement(in tree: HTMLTree, body: Int, bodyLength: Int) -> Int? {
    let mains = tree.outermost(below: body) { tree.tag($0) == .main || tree.attribute(.role, $0, lowercasedIs: "main") }
    guard mains.count == 1, let main = mains.first else { return nil }
    let length = tree.visibleLength(main)
    return length * 5 >= bodyLength || length >= 500 ? main : nil
  }
}
