/// An HTML element or text run copied out of libxml2's tree, so no libxml2 pointer outlives a parse.
struct HTMLNode: Sendable {
  /// The lower-cased element name; nil for a text node.
  var name: String?
  /// Attribute names are lower-cased; values are as written.
  var attributes: [String: String]
  private(set) var children: [HTMLNode]
  /// A text node's content; empty for elements.
  let text: String
  /// Non-space characters a reader would see below this node (scripts, styles and the head excluded), kept up
  /// to date as children are added: the reader asks for it at many levels, and recounting was a sixth of its time.
  private(set) var visibleLength: Int

  private init(name: String?, attributes: [String: String], children: [HTMLNode], text: String) {
    self.name = name
    self.attributes = attributes
    self.children = []
    self.text = text
    self.visibleLength = name == nil ? text.nonWhitespaceScalarCount : 0
    for c in children { append(c) }
  }

  static func element(_ name: String, attributes: [String: String] = [:], children: [HTMLNode] = []) -> HTMLNode {
    HTMLNode(name: name, attributes: attributes, children: children, text: "")
  }

  static func text(_ text: String) -> HTMLNode {
    HTMLNode(name: nil, attributes: [:], children: [], text: text)
  }

  mutating func append(_ child: HTMLNode) {
    children.append(child)
    // What lies under these is never shown, so they count as empty.
    if let name, HTMLNode.invisible.contains(name) { return }
    visibleLength += child.visibleLength
  }

  static let invisible: Set<String> = ["script", "style", "template", "head"]

  var isText: Bool { name == nil }

  subscript(attribute: String) -> String? { attributes[attribute] }

  /// The first element below this one, in document order, that satisfies `match`.
  func first(where match: (HTMLNode) -> Bool) -> HTMLNode? {
    for c in children where !c.isText {
      if match(c) { return c }
      if let found = c.first(where: match) { return found }
    }
    return nil
  }

  /// The elements below this one that satisfy `match`, not descending into matches.
  func outermost(where match: (HTMLNode) -> Bool) -> [HTMLNode] {
    var out: [HTMLNode] = []
    for c in children where !c.isText {
      if match(c) { out.append(c) } else { out += c.outermost(where: match) }
    }
    return out
  }

  /// Every element below this one, in document order, that satisfies `match`.
  func all(where match: (HTMLNode) -> Bool) -> [HTMLNode] {
    var out: [HTMLNode] = []
    collect(match, into: &out)
    return out
  }

  private func collect(_ match: (HTMLNode) -> Bool, into out: inout [HTMLNode]) {
    for c in children where !c.isText {
      if match(c) { out.append(c) }
      c.collect(match, into: &out)
    }
  }

  /// The concatenated text of all descendants.
  var textContent: String {
    if isText { return text }
    var out = ""
    appendText(into: &out)
    return out
  }

  private func appendText(into out: inout String) {
    for c in children {
      if c.isText { out += c.text } else { c.appendText(into: &out) }
    }
  }
}
