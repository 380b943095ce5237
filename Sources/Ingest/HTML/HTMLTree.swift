import Model

/// A page's elements and text copied out of libxml2 in one pass, so no libxml2 pointer outlives a parse.
/// Nodes are indices in document order, each followed by its subtree; text and attribute values share one buffer.
struct HTMLTree: Sendable {
  // A struct per node with a String name, an attribute dictionary and an array of children took three-quarters
  // as long to build and free as libxml2 took to parse (67 against 88 million instructions on 20 pages).
  struct Node: Sendable {
    var tag: HTMLTag
    /// One past the last node of this node's subtree.
    var end: Int
    /// A text node's bytes in `bytes`.
    var textStart = 0
    var textEnd = 0
    /// This element's attributes in `attributes`.
    var attributeStart = 0
    var attributeEnd = 0
    /// Non-space scalars a reader would see below this node (scripts, styles and the head excluded).
    var visibleLength = 0
  }

  struct Attribute: Sendable {
    var name: HTMLAttributeName
    var valueStart: Int
    var valueEnd: Int
  }

  /// The root element is node 0.
  static let root = 0

  var nodes: [Node] = []
  var attributes: [Attribute] = []
  var bytes: [UInt8] = []

  func tag(_ node: Int) -> HTMLTag { nodes[node].tag }

  func isText(_ node: Int) -> Bool { nodes[node].tag == .text }

  func visibleLength(_ node: Int) -> Int { nodes[node].visibleLength }

  /// The node's children, text included, in order.
  func children(_ node: Int) -> Children { Children(nodes: nodes, start: node + 1, end: nodes[node].end) }

  struct Children: Sequence, IteratorProtocol {
    let nodes: [Node]
    var start: Int
    let end: Int

    mutating func next() -> Int? {
      guard start < end else { return nil }
      defer { start = nodes[start].end }
      return start
    }
  }

  /// The first element below `node`, in document order, that satisfies `match`.
  func first(below node: Int, where match: (Int) -> Bool) -> Int? {
    var i = node + 1
    let end = nodes[node].end
    while i < end {
      if nodes[i].tag != .text, match(i) { return i }
      i += 1
    }
    return nil
  }

  /// The elements below `node` that satisfy `match`, not descending into matches.
  func outermost(below node: Int, where match: (Int) -> Bool) -> [Int] {
    var out: [Int] = []
    var i = node + 1
    let end = nodes[node].end
    while i < end {
      if nodes[i].tag != .text, match(i) {
        out.append(i)
        i = nodes[i].end
      } else {
        i += 1
      }
    }
    return out
  }

  /// How many elements below `node` satisfy `match`.
  func count(below node: Int, where match: (Int) -> Bool) -> Int {
    var n = 0
    for i in node + 1..<nodes[node].end where nodes[i].tag != .text && match(i) { n += 1 }
    return n
  }

  /// Every element below `node`, in document order, that satisfies `match`.
  func all(below node: Int, where match: (Int) -> Bool) -> [Int] {
    (node + 1..<nodes[node].end).filter { nodes[$0].tag != .text && match($0) }
  }

  /// A text node's bytes.
  func text(_ node: Int) -> ArraySlice<UInt8> { bytes[nodes[node].textStart..<nodes[node].textEnd] }

  /// The concatenated text of all text nodes at or below `node`.
  func textContent(_ node: Int) -> String {
    var out: [UInt8] = []
    for i in node..<nodes[node].end where nodes[i].tag == .text { out += text(i) }
    return String(decoding: out, as: UTF8.self)
  }

  /// The index in `attributes` of `name` on `node`; the last wins, as when the copy filled a dictionary.
  private func attributeIndex(_ name: HTMLAttributeName, _ node: Int) -> Int? {
    let n = nodes[node]
    var i = n.attributeEnd
    while i > n.attributeStart {
      i -= 1
      if attributes[i].name == name { return i }
    }
    return nil
  }

  func has(_ name: HTMLAttributeName, _ node: Int) -> Bool { attributeIndex(name, node) != nil }

  /// An attribute's value bytes.
  func value(_ name: HTMLAttributeName, _ node: Int) -> ArraySlice<UInt8>? {
    guard let i = attributeIndex(name, node) else { return nil }
    return bytes[attributes[i].valueStart..<attributes[i].valueEnd]
  }

  /// An attribute's value as a String.
  func attribute(_ name: HTMLAttributeName, _ node: Int) -> String? {
    value(name, node).map { String(decoding: $0, as: UTF8.self) }
  }

  /// Whether the attribute is exactly `expected` (ASCII), as String equality would say.
  func attribute(_ name: HTMLAttributeName, _ node: Int, is expected: StaticString) -> Bool {
    guard let v = value(name, node) else { return false }
    let e = UnsafeBufferPointer(start: expected.utf8Start, count: expected.utf8CodeUnitCount)
    if v.contains(where: { $0 >= 0x80 }) {
      return String(decoding: v, as: UTF8.self) == String(decoding: e, as: UTF8.self)
    }
    return v.elementsEqual(e)
  }

  /// Whether `value.lowercased() == expected` for an attribute, with `expected` lower-case ASCII.
  func attribute(_ name: HTMLAttributeName, _ node: Int, lowercasedIs expected: StaticString) -> Bool {
    guard let v = value(name, node) else { return false }
    let e = UnsafeBufferPointer(start: expected.utf8Start, count: expected.utf8CodeUnitCount)
    if v.contains(where: { $0 >= 0x80 }) {
      return String(decoding: v, as: UTF8.self).lowercased() == String(decoding: e, as: UTF8.self)
    }
    return v.elementsEqual(e) { ($0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0) == $1 }
  }

  /// The bytes with A–Z lowered, or nil when they hold non-ASCII bytes (whose lowering needs Unicode).
  static func asciiLowercased(_ v: ArraySlice<UInt8>) -> [UInt8]? {
    if v.contains(where: { $0 >= 0x80 }) { return nil }
    return v.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
  }
}
