import CLibXML2
import Foundation

/// Parses HTML bytes with libxml2 and copies the tree into `HTMLNode` values.
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
  func parse(_ bytes: [UInt8], encoding: String) throws(Failure) -> HTMLNode {
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
    return copy(root, doc: doc, depth: 0)
  }

  /// Whether libxml2 has a converter for a charset name (through iconv for most non-Latin ones).
  static func knowsEncoding(_ name: String) -> Bool {
    _ = initialized
    guard let handler = xmlFindCharEncodingHandler(name) else { return false }
    xmlCharEncCloseFunc(handler)
    return true
  }

  private func copy(_ node: xmlNodePtr, doc: htmlDocPtr, depth: Int) -> HTMLNode {
    let name = HTMLTreeParser.string(node.pointee.name)?.lowercased() ?? ""
    var attributes: [String: String] = [:]
    var attr = node.pointee.properties
    while let a = attr {
      if let key = HTMLTreeParser.string(a.pointee.name)?.lowercased() {
        attributes[key] = HTMLTreeParser.ownedString(xmlNodeListGetString(doc, a.pointee.children, 1)) ?? ""
      }
      attr = a.pointee.next
    }
    var element = HTMLNode.element(name, attributes: attributes)
    if name == "style" || (name == "script" && !(attributes["type"]?.lowercased().contains("ld+json") ?? false)) {
      return element  // never shown; only JSON-LD scripts are read (for metadata)
    }
    if depth >= HTMLTreeParser.maxDepth {
      if let text = HTMLTreeParser.ownedString(xmlNodeGetContent(node)) { element.append(.text(text)) }
      return element
    }
    var child = node.pointee.children
    while let c = child {
      switch c.pointee.type {
      case XML_ELEMENT_NODE:
        element.append(copy(c, doc: doc, depth: depth + 1))
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if let text = HTMLTreeParser.string(c.pointee.content) { element.append(.text(text)) }
      default:
        break  // comments, processing instructions, DTD nodes
      }
      child = c.pointee.next
    }
    return element
  }

  /// Copies a borrowed `xmlChar *`; libxml2 owns it.
  private static func string(_ p: UnsafePointer<xmlChar>?) -> String? {
    guard let p else { return nil }
    return String(decoding: UnsafeBufferPointer(start: p, count: Int(xmlStrlen(p))), as: UTF8.self)
  }

  /// Copies an `xmlChar *` we own, then frees it.
  private static func ownedString(_ p: UnsafeMutablePointer<xmlChar>?) -> String? {
    guard let p else { return nil }
    defer { pfd_xmlFree(p) }
    return string(p)
  }

  private static func lastError() -> String? {
    guard let e = xmlGetLastError(), let m = e.pointee.message else { return nil }
    return String(cString: m).trimmingCharacters(in: .whitespacesAndNewlines)
  }
}
