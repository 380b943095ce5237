import Foundation

/// A trie over lower-cased token keys; each terminal remembers the printed form for the case check.
struct BodyTrie: Sendable {
  enum Kind: Hashable, Sendable {
    /// A registry name or alias of entry `index`.
    case alias(Int)
    /// A context-dependent alias of entry `index` ("the watchdog").
    case context(Int)
    /// "the Department", "our Trust": the author, when the author is such a body.
    case generic(head: String)
    /// The fixed end of a name pattern ("… County Council"), preceded by the name words.
    case suffix(BodyPattern)
    /// The fixed start of a name pattern ("London Borough of …"), followed by the name words.
    case prefix(BodyPattern)
  }

  struct Terminal: Sendable {
    var kind: Kind
    /// Printed forms of the alias tokens, for the case check.
    var forms: [String]
  }

  struct Hit: Sendable {
    var kind: Kind
    /// Token index one past the match.
    var end: Int
  }

  private var children: [[String: Int]] = [[:]]
  private var terminals: [[Terminal]] = [[]]

  mutating func insert(_ phrase: String, kind: Kind) {
    let tokens = BodyTokenizer.tokens(phrase)
    guard !tokens.isEmpty else { return }
    var node = 0
    for t in tokens {
      if let next = children[node][t.key] {
        node = next
      } else {
        children.append([:])
        terminals.append([])
        children[node][t.key] = children.count - 1
        node = children.count - 1
      }
    }
    let forms = tokens.map(\.text)
    if !terminals[node].contains(where: { $0.kind == kind && $0.forms == forms }) {
      terminals[node].append(Terminal(kind: kind, forms: forms))
    }
  }

  /// Every terminal reachable from token `start` whose printed form fits the text's case, shortest first.
  func hits(in tokens: [BodyToken], from start: Int, caseless: Bool = false) -> [Hit] {
    var out: [Hit] = []
    var node = 0
    var i = start
    while i < tokens.count {
      if i > start, tokens[i].breakBefore { break }
      guard let next = children[node][tokens[i].key] else { break }
      node = next
      i += 1
      for t in terminals[node] where caseless || BodyTrie.caseFits(t.forms, tokens, start) {
        out.append(Hit(kind: t.kind, end: i))
      }
    }
    return out
  }

  static func caseFits(_ forms: [String], _ tokens: [BodyToken], _ start: Int) -> Bool {
    for (k, form) in forms.enumerated() where !caseFits(form: form, text: tokens[start + k].text) { return false }
    return true
  }

  /// Lower-case forms fit anything; "DfE" needs "DfE" or "DFE"; "Office" needs a capital first letter.
  static func caseFits(form: String, text: String) -> Bool {
    var uppers = 0
    var innerUpper = false
    for (k, s) in form.unicodeScalars.enumerated() where s.properties.isUppercase {
      uppers += 1
      if k > 0 { innerUpper = true }
    }
    if uppers == 0 { return true }
    if innerUpper { return text == form || text == form.uppercased() }
    guard let f = text.unicodeScalars.first else { return false }
    return f.properties.isUppercase
  }
}
