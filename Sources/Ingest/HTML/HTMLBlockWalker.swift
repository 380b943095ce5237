import Foundation
import Model

/// Walks an `HTMLTree` in document order, feeding headings, paragraphs, list items, table cells
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

  private let tree: HTMLTree
  private(set) var builder: DocumentBuilder
  /// How many elements of each kind of furniture were removed ("<nav>", "class cookie").
  private(set) var dropped: [String: Int] = [:]
  /// The current block's text so far, as UTF-8.
  private var buffer: [UInt8] = []
  private var owner = Owner(kind: .paragraph)
  private var lists: [ListState] = []
  private var contentDepth = 0
  private var breaks = 0
  /// Visible text length of the walked root, to tell a wrapper holding the page from a side box.
  private let rootLength: Int

  init(tree: HTMLTree, builder: DocumentBuilder = DocumentBuilder(), rootLength: Int) {
    self.tree = tree
    self.builder = builder
    self.rootLength = rootLength
  }

  /// Elements that hold a page's own content, inside which an article header is not page furniture.
  private func isContent(_ node: Int) -> Bool {
    let tag = tree.tag(node)
    return tag == .article || tag == .main || tag == .section || tree.attribute(.role, node, is: "main")
  }

  /// Walks `root`'s children (the root itself is not judged as furniture).
  mutating func walk(_ root: Int) {
    let isContent = isContent(root)
    if isContent { contentDepth += 1 }
    for child in tree.children(root) { visit(child) }
    if isContent { contentDepth -= 1 }
    flush()
  }

  /// Adds one heading ahead of what follows (a headline that sits outside `<main>`).
  mutating func appendHeading(_ node: Int, level: Int) {
    flush()
    let saved = owner
    owner = Owner(kind: .heading, level: level)
    for child in tree.children(node) { visit(child) }
    flush()
    owner = saved
  }

  private mutating func visit(_ node: Int) {
    let tag = tree.tag(node)
    if tag == .text {
      buffer += tree.text(node)
      if tree.visibleLength(node) > 0 { breaks = 0 }
      return
    }
    switch HTMLFurniture.verdict(tree, node, insideContent: contentDepth > 0) {
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
    if tag == .br {
      buffer.append(0x0A)
      breaks += 1
      // Two line breaks in running text are how older pages separate paragraphs.
      if breaks == 2, owner.kind == .paragraph { flush() }
      return
    }
    if HTMLFurniture.isInline(tag) {
      for child in tree.children(node) { visit(child) }
      return
    }
    flush()
    let isContent = isContent(node)
    if isContent { contentDepth += 1 }
    defer { if isContent { contentDepth -= 1 } }
    if let level = tag.headingLevel {
      within(Owner(kind: .heading, level: level), node)
      return
    }
    switch tag {
    case .ul, .ol, .dir:
      let ordered = tag == .ol
      lists.append(
        ListState(
          ordered: ordered, style: tree.attribute(.type, node) ?? "1",
          next: tree.attribute(.start, node).flatMap { Int($0.trimmed) } ?? 1))
      for child in tree.children(node) { visit(child) }
      flush()
      lists.removeLast()
    case .li:
      within(Owner(kind: .listItem, level: max(1, lists.count), marker: nextMarker(node)), node)
    case .td, .th:
      if isLayoutCell(node) {
        for child in tree.children(node) { visit(child) }
        flush()
      } else {
        within(Owner(kind: .tableCell), node)
      }
    case .blockquote:
      within(Owner(kind: .quote), node)
    case .pre, .xmp, .listing, .plaintext:
      // Preformatted text (a letter pasted whole) keeps its blank-line paragraph breaks.
      var raw = ""
      preformatted(node, into: &raw)
      for part in HTMLBlockWalker.blankLine.split(raw) {
        buffer = Array(part.utf8)
        flush()
      }
    default:
      // p, div, section, table rows and the like: a boundary, with text kept in the current owner's kind.
      for child in tree.children(node) { visit(child) }
      flush()
    }
  }

  private mutating func within(_ newOwner: Owner, _ node: Int) {
    let saved = owner
    owner = newOwner
    for child in tree.children(node) { visit(child) }
    flush()
    owner = saved
  }

  private mutating func flush() {
    breaks = 0
    guard !buffer.isEmpty else { return }
    let before = builder.blocks.count
    builder.append(owner.kind, level: owner.level, marker: owner.marker, utf8: buffer)
    buffer.removeAll(keepingCapacity: true)
    // A list item's text after a nested list continues the item; its marker was already shown.
    if builder.blocks.count > before { owner.marker = nil }
  }

  private mutating func nextMarker(_ li: Int) -> String? {
    guard !lists.isEmpty else { return nil }
    var state = lists[lists.count - 1]
    guard state.ordered else { return "•" }
    if let v = tree.attribute(.value, li).flatMap({ Int($0.trimmed) }) { state.next = v }
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
  private func holdsMainContent(_ node: Int) -> Bool {
    let wrapsMain = tree.first(below: node) {
      tree.tag($0) == .main || tree.tag($0) == .article || tree.attribute(.role, $0, is: "main")
    }
    if wrapsMain != nil { return true }
    guard tree.first(below: node, where: { tree.tag($0) == .h1 }) != nil else { return false }
    return tree.visibleLength(node) * 2 >= rootLength
  }

  private static let blankLine = try! NSRegularExpression(pattern: #"\n[ \t\u00A0]*\r?\n"#)

  private func preformatted(_ node: Int, into out: inout String) {
    for c in tree.children(node) {
      if tree.isText(c) {
        out += String(decoding: tree.text(c), as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
      } else if tree.tag(c) == .br {
        out += "\n"
      } else if HTMLFurniture.verdict(tree, c, insideContent: true) == .keep {
        preformatted(c, into: &out)
      }
    }
  }

  /// Cells that hold headings, lists, nested tables or several paragraphs are page layout, not data.
  func isLayoutCell(_ cell: Int) -> Bool {
    let structural = tree.first(below: cell) {
      switch tree.tag($0) {
      case .table, .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .blockquote: true
      default: false
      }
    }
    if structural != nil { return true }
    let paragraphs = tree.count(below: cell) { tree.tag($0) == .p || tree.tag($0) == .div }
    return paragraphs >= 2 || tree.visibleLength(cell) > 1200
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
