import Foundation

/// Words a date rule cannot match without, so a document that holds none of them skips the rule.
///
/// Each rule is a whole-document ICU scan costing about 30 ns a character even where nothing matches; most
/// documents have no season, weekday or "ago", and a byte search for those words is a hundred times cheaper.
/// `DateGateTests` checks on real documents that every match of a rule contains one of its words.
struct DateGate: Sendable, ExpressibleByArrayLiteral {
  /// The document's text with A–Z lowered, as UTF-8.
  typealias Text = [UInt8]

  let words: [[UInt8]]

  init(arrayLiteral words: String...) {
    self.init(words)
  }

  init(_ words: [String]) {
    self.words = words.map { Array($0.utf8) }
  }

  /// Runs on every document.
  static let always = DateGate([])
  static let month = DateGate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])
  static let unit: DateGate = ["day", "week", "month", "year"]

  func passes(_ text: Text) -> Bool {
    words.isEmpty || text.withUnsafeBufferPointer { b in words.contains { ByteSearch.contains(b, $0) } }
  }
}
