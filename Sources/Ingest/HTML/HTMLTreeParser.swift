import CLibXML2
import Foundation

/// Parses HTML bytes with libxml2 and copies the tree into an `HTMLTree`.
///
/// libxml2 never fetches anything here: NONET is set, and the HTML parser loads no DTDs or external
/// entities. The `xmlDoc` is freed before `parse` returns.
struct HTMLTreeParser {
  /// Trees deeper than this are flattened to text, so the copy and later walks cannot exhaust the stack.
  static let maxDepth = 200

  private static let initialized: Void = xmlInitParser()

  private static let options: Int32 = Int32(
    bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
      | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_HUGE.rawValue)

  struct Failure: Error {
    var reason: String
  }

  /// Parses `bytes` in `encoding` (an IANA name libxml2 knows, usually "UTF-8") into the root element.
  func parse(_ bytes: [UInt8], encoding: String) throws(Failure) -> HTMLTree {
    _ = HTMLTreeParser.initialized
    guard !bytes.isEmpty, bytes.count <= Int(Int32.max) else { throw Failure(reason: "no bytes to parse") }
    let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        htmlReadMemory(chars.baseAddress, Int32(chars.count), nil, encoding, HTMLTreeParser.options)
      }
    }
    guard let doc else { throw Failure(reason: HTMLTreeParser.lastError() ?? "libxml2 returned no document") }
    defer { xmlFreeDoc(doc) }
    guard let root = xmlDocGetRootElement(doc) else {
      throw Failure(reason: HTMLTreeParser.lastError() ?? "the document has no root element")
    }
    var tree = HTMLTree()
    tree.nodes.reserveCapacity(bytes.count / 24)
    tree.bytes.reserveCapacity(bytes.count / 2)
    HTMLTreeParser.copy(root, doc: doc, depth: 0, into: &tree)
    return tree
  }

  /// Whether libxml2 has a converter for a charset name (through iconv for most non-Latin ones).
  static func knowsEncoding(_ name: String) -> Bool {
    _ = initialized
    guard let handler = xmlFindCharEncodingHandler(name) else { return false }
    xmlCharEncCloseFunc(handler)
    return true
  }

  /// Appends `node` and its subtree to `tree`, returning its visible length.
  @discardableResult
  private static func copy(_ node: xmlNodePtr, doc: htmlDocPtr, depth: Int, into tree: inout HTMLTree) -> Int {
    let tag = node.pointee.name.flatMap { HTMLTag.names.lookup(buffer($0)) } ?? .unknown
    let attributeStart = tree.attributes.count
    var attr = node.pointee.properties
    while let a = attr {
      if let key = a.pointee.name, let name = HTMLAttributeName.names.lookup(buffer(key)) {
        let start = tree.bytes.count
        // What xmlNodeListGetString would return, without the copy for the usual single text child.
        if let only = a.pointee.children, only.pointee.next == nil,
          only.pointee.type == XML_TEXT_NODE || only.pointee.type == XML_CDATA_SECTION_NODE
        {
          if let content = only.pointee.content { append(buffer(content), to: &tree.bytes) }
        } else if let owned = xmlNodeListGetString(doc, a.pointee.children, 1) {
          defer { pfd_xmlFree(owned) }
          append(buffer(owned), to: &tree.bytes)
        }
        tree.attributes.append(HTMLTree.Attribute(name: name, valueStart: start, valueEnd: tree.bytes.count))
      }
      attr = a.pointee.next
    }
    let index = tree.nodes.count
    tree.nodes.append(
      HTMLTree.Node(tag: tag, end: index + 1, attributeStart: attributeStart, attributeEnd: tree.attributes.count))
    if tag == .style || (tag == .script && !isJSONLD(tree.value(.type, index))) {
      return 0  // never shown; only JSON-LD scripts are read (for metadata)
    }
    var visible = 0
    if depth >= HTMLTreeParser.maxDepth {
      if let owned = xmlNodeGetContent(node) {
        defer { pfd_xmlFree(owned) }
        visible += appendText(buffer(owned), into: &tree)
      }
    } else {
      var child = node.pointee.children
      while let c = child {
        switch c.pointee.type {
        case XML_ELEMENT_NODE:
          visible += copy(c, doc: doc, depth: depth + 1, into: &tree)
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
          if let content = c.pointee.content { visible += appendText(buffer(content), into: &tree) }
        default:
          break  // comments, processing instructions, DTD nodes
        }
        child = c.pointee.next
      }
    }
    // What lies under these is never shown, so they count as empty.
    let invisible = tag == .script || tag == .style || tag == .template || tag == .head
    tree.nodes[index].end = tree.nodes.count
    tree.nodes[index].visibleLength = invisible ? 0 : visible
    return invisible ? 0 : visible
  }

  /// Whether a script's type names JSON-LD (`type.lowercased().contains("ld+json")`).
  private static func isJSONLD(_ type: ArraySlice<UInt8>?) -> Bool {
    guard let type else { return false }
    guard let lowered = HTMLTree.asciiLowercased(type) else {
      return String(decoding: type, as: UTF8.self).lowercased().contains("ld+json")
    }
    let needle = Array("ld+json".utf8)
    guard lowered.count >= needle.count else { return false }
    return (0...lowered.count - needle.count).contains { lowered[$0..<$0 + needle.count].elementsEqual(needle) }
  }

  /// Appends a text node, returning its visible length.
  private static func appendText(_ text: UnsafeBufferPointer<UInt8>, into tree: inout HTMLTree) -> Int {
    let start = tree.bytes.count
    append(text, to: &tree.bytes)
    let visible = tree.bytes.withUnsafeBufferPointer {
      UnsafeBufferPointer(rebasing: $0[start...]).nonWhitespaceScalarCount
    }
    tree.nodes.append(
      HTMLTree.Node(
        tag: .text, end: tree.nodes.count + 1, textStart: start, textEnd: tree.bytes.count, visibleLength: visible))
    return visible
  }

  /// Appends libxml2's bytes, with bad UTF-8 repaired to U+FFFD as `String(decoding:as:)` would.
  private static func append(_ text: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
    if isValidUTF8(text) {
      bytes.append(contentsOf: text)
    } else {
      bytes.append(contentsOf: String(decoding: text, as: UTF8.self).utf8)
    }
  }

  /// A borrowed, NUL-terminated `xmlChar *` as a buffer; libxml2 owns it.
  private static func buffer(_ p: UnsafePointer<xmlChar>) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: p, count: strlen(UnsafeRawPointer(p).assumingMemoryBound(to: CChar.self)))
  }

  /// Whether bytes are well-formed UTF-8 (no overlong forms, surrogates or scalars past U+10FFFF).
  static func isValidUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = b.baseAddress else { return true }
    var i = 0
    let n = b.count
    while i < n {
      // Eight ASCII bytes at a time, as most text is.
      if i + 8 <= n, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
        i += 8
        continue
      }
      let x = b[i]
      if x < 0x80 {
        i += 1
        continue
      }
      func continuation(_ k: Int) -> Bool { b[i + k] & 0xC0 == 0x80 }
      if x < 0xC2 || x > 0xF4 { return false }
      if x < 0xE0 {
        guard i + 1 < n, continuation(1) else { return false }
        i += 2
      } else if x < 0xF0 {
        guard i + 2 < n else { return false }
        let y = b[i + 1]
        let second = x == 0xE0 ? (0xA0...0xBF).contains(y) : x == 0xED ? (0x80...0x9F).contains(y) : continuation(1)
        guard second, continuation(2) else { return false }
        i += 3
      } else {
        guard i + 3 < n else { return false }
        let y = b[i + 1]
        let second = x == 0xF0 ? (0x90...0xBF).contains(y) : x == 0xF4 ? (0x80...0x8F).contains(y) : continuation(1)
        guard second, continuation(2), continuation(3) else { return false }
        i += 4
      }
    }
    return true
  }

  private static func lastError() -> String? {
    guard let e = xmlGetLastError(), let m = e.pointee.message else { return nil }
    return String(cString: m).trimmingCharacters(in: .whitespacesAndNewlines)
  }
}
