import Foundation
import Model

/// A stretch of a concerns section (a block, or part of one) with the label it carries, if any.
struct ConcernPiece {
  var range: NSRange
  var kind: Block.Kind
  var marker: String?
  /// The concern number printed on it ("1.", "(2)", "Concern 3:"), or nil.
  var label: (style: ConcernLabel.Style, value: Int)?

  var end: Int { range.location + range.length }

  func text(_ ns: NSString) -> String { ns.substring(with: range) }

  /// The range with surrounding whitespace removed; nil when nothing is left.
  static func trimmed(_ r: NSRange, in ns: NSString) -> NSRange? {
    var start = r.location
    var end = r.location + r.length
    while start < end, isSpace(ns.character(at: start)) { start += 1 }
    while end > start, isSpace(ns.character(at: end - 1)) { end -= 1 }
    return end > start ? NSRange(location: start, length: end - start) : nil
  }

  static func isSpace(_ c: unichar) -> Bool {
    c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0xA0 || c == 0x0C
  }
}
