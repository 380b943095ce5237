import Foundation
import Model

/// Walks an `HTMLNode` tree in document order, feeding headings, paragraphs, list items, table cells
/// and quotes to a `DocumentBuilder`, and skipping page furniture.
struct HTMLBlockWalker {
  /// The block kind that text met at the current point belongs to.
  private struct Owner {
    var kind: Block.Kind
    var level: Int? = nil
    var marker: String? = nil
  }

  private struct ListState {
    var ordered: Bool
    var style: String
    var next: Int
  }

  private(set) var builder: DocumentBuilder
  /// How many elements of each kind of furniture were removed ("<nav>", "class cookie").
  private(set) var dropped: [String: Int] = [:]
  private var buffer = ""
  private var owner = Owner(kind: .paragraph)
  private var lists: [ListState] = []
  private var contentDepth = 0
  private var breaks = 0
  /// Visible text length of the walked root, to tell a wrapper holding the page from a side box.
  private let rootLength: Int

  private static let headingLevels: [String: Int] = ["h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6]
  private static let contentElements: Set<String> = ["article", "main", "section"]

  init(builder: DocumentBuilder = DocumentBuilder(), rootLength: Int) {
    self.builder = builder
    self.rootLength = rootLength
  }

  /// Walks `root`'s children (the root itself is not judged as furniture).
  mutating func walk(_ root: HTMLNode) {
    let isContent = HTMLBlockWalker.contentElements.contains(root.name ?? "") || root["role"] == "main"
    if isContent { contentDepth += 1 }
    for child in root.children { visit(child) }
    if isContent { contentDepth -= 1 }
    flush()
  }

  /// Adds one heading ahead of what follows (a headline that sits outside `<main>`).
  mutating func appendHeading(_ node: HTMLNode, level: Int) {
    flush()
    let saved = owner
    owner = Owner(kind: .heading, level: level)
    for child in node.children { visit(child) }
    flush()
    owner = saved
  }

  private mutating func visit(_ node: HTMLNode) {
    guard let name = node.name else {
      buffer += node.text
      if node.text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) { breaks = 0 }
      return
    }
    switch HTMLFurniture.verdict(node, insideContent: contentDepth > 0) {
    case .keep:
      break
    case .drop(let why):
      if why != "<head>" { dropped[why, default: 0] += 1 }
      return
    case .dropUnlessMain(let why):
      if !holdsMainContent(node) {
        dropped[why, default: 0] += 1
        return
      }
    }
    if name == "br" {
      buffer += "\n"
      breaks += 1
      // Two line breaks in running text are how older pages separate paragraphs.
      if breaks == 2, owner.kind == .paragraph { flush() }
      return
    }
    if HTMLFurniture.inline.contains(name) {
      for child in node.children { visit(child) }
      return
    }
    flush()
    let isContent = HTMLBlockWalker.contentElements.contains(name) || node["role"] == "main"
    if isContent { contentDepth += 1 }
    defer { if isContent { contentDepth -= 1 } }
    if let level = HTMLBlockWalker.headingLevels[name] {
      within(Owner(kind: .heading, level: level), node)
      return
    }
    switch name {
    case "ul", "ol", "dir":
      let ordered = name == "ol"
      lists.append(
        ListState(
          ordered: ordered, style: node["type"] ?? "1", next: node["start"].flatMap { Int($0.trimmed) } ?? 1))
      for child in node.children { visit(child) }
      flush()
      lists.removeLast()
    case "li":
      within(Owner(kind: .listItem, level: max(1, lists.count), marker: nextMarker(node)), node)
    case "td", "th":
      if HTMLBlockWalker.isLayoutCell(node) {
        for child in node.children { visit(child) }
        flush()
      } else {
        within(Owner(kind: .tableCell), node)
      }
    case "blockquote":
      within(Owner(kind: .quote), node)
    case "pre", "xmp", "listing", "plaintext":
      // Preformatted text (a letter pasted whole) keeps its blank-line paragraph breaks.
      var raw = ""
      HTMLBlockWalker.preformatted(node, into: &raw)
      for part in HTMLBlockWalker.blankLine.split(raw) {
        buffer = part
        flush()
      }
    default:
      // p, div, section, table rows and the like: a boundary, with text kept in the current owner's kind.
      for child in node.children { visit(child) }
      flush()
    }
  }

  private mutating func within(_ newOwner: Owner, _ node: HTMLNode) {
    let saved = owner
    owner = newOwner
    for child in node.children { visit(child) }
    flush()
    owner = saved
  }

  private mutating func flush() {
    breaks = 0
    guard !buffer.isEmpty else { return }
    let before = builder.blocks.count
    builder.append(owner.kind, level: owner.level, marker: owner.marker, text: buffer)
    buffer = ""
    // A list item's text after a nested list continues the item; its marker was already shown.
    if builder.blocks.count > before { owner.marker = nil }
  }

  private mutating func nextMarker(_ li: HTMLNode) -> String? {
    guard !lists.isEmpty else { return nil }
    var state = lists[lists.count - 1]
    guard state.ordered else { return "•" }
    if let v = li["value"].flatMap({ Int($0.trimmed) }) { state.next = v }
    let n = state.next
    state.next += 1
    lists[lists.count - 1] = state
    switch state.style {
    case "a": return HTMLBlockWalker.letters(n, upper: false) + "."
    case "A": return HTMLBlockWalker.letters(n, upper: true) + "."
    case "i": return HTMLBlockWalker.roman(n).lowercased() + "."
    case "I": return HTMLBlockWalker.roman(n) + "."
    default: return "\(n)."
    }
  }

  /// Whether a furniture-looking element in fact wraps the page: it holds `main` or an `article`,
  /// or the page's headline and most of its text.
  private func holdsMainContent(_ node: HTMLNode) -> Bool {
    if node.first(where: { $0.name == "main" || $0.name == "article" || $0["role"] == "main" }) != nil {
      return true
    }
    guard node.first(where: { $0.name == "h1" }) != nil else { return false }
    return node.visibleLength * 2 >= rootLength
  }

  private static let blankLine = try! NSRegularExpression(pattern: #"\n[ \t\u00A0]*\r?\n"#)

  private static func preformatted(_ node: HTMLNode, into out: inout String) {
    for c in node.children {
      if c.isText {
        out += c.text.replacingOccurrences(of: "\r\n", with: "\n")
      } else if c.name == "br" {
        out += "\n"
      } else if HTMLFurniture.verdict(c, insideContent: true) == .keep {
        preformatted(c, into: &out)
      }
    }
  }

  /// Cells that hold headings, lists, nested tables or several paragraphs are page layout, not data.
  static func isLayoutCell(_ cell: HTMLNode) -> Bool {
    let structural: Set<String> = ["table", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote"]
    if cell.first(where: { structural.contains($0.name ?? "") }) != nil { return true }
    let paragraphs = cell.all(where: { $0.name == "p" || $0.name == "div" }).count
    return paragraphs >= 2 || cell.visibleLength > 1200
  }

  static func letters(_ n: Int, upper: Bool) -> String {
    guard n >= 1 else { return String(n) }
    var n = n
    var out = ""
    while n > 0 {
      n -= 1
      out = String(UnicodeScalar(UInt8((upper ? 65 : 97) + n % 26))) + out
      n /= 26
    }
    return out
  }

  static func roman(_ n: Int) -> String {
    guard n >= 1, n < 4000 else { return String(n) }
    let table: [(Int, String)] = [
      (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"),
      (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]
    var n = n
    var out = ""
    for (value, numeral) in table {
      while n >= value {
        out += numeral
        n -= value
      }
    }
    return out
  }
}

extension String {
  fileprivate var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}

extension NSRegularExpression {
  /// The pieces of `s` between matches.
  fileprivate func split(_ s: String) -> [String] {
    let ns = s as NSString
    var out: [String] = []
    var start = 0
    for m in matches(in: s, range: NSRange(location: 0, length: ns.length)) {
      out.append(ns.substring(with: NSRange(location: start, length: m.range.location - start)))
      start = m.range.location + m.range.length
    }
    out.append(ns.substring(from: start))
    return out
  }
}
