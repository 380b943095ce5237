import Foundation
import Ingest
import Model
import Testing

@testable import Extract

@Suite struct ICURegexTests {
  static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("corpus")

  /// Whether `found` is every match, with every group, that `NSRegularExpression` finds for `icu`'s pattern in
  /// `range` of `text`.
  static func asNSRegularExpression(_ found: [ICUMatch], _ icu: ICURegex, _ text: String, _ range: NSRange) -> Bool {
    let ns = try! NSRegularExpression(pattern: icu.pattern, options: icu.options)
    let b = ns.matches(in: text, range: range)
    guard found.count == b.count else { return false }
    return zip(found, b).allSatisfy { x, y in
      x.numberOfRanges == y.numberOfRanges && (0..<x.numberOfRanges).allSatisfy { x.range(at: $0) == y.range(at: $0) }
    }
  }

  func same(_ icu: ICURegex, _ text: String, _ range: NSRange) -> Bool {
    Self.asNSRegularExpression(icu.matches(in: Array(text.utf16), range: range), icu, text, range)
  }

  @Test func dateRulesAndModifiersMatchAsNSRegularExpressionOnTheCorpus() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path).filter { $0.hasSuffix(".txt") }
    #expect(files.count >= 5)
    let regexes = (DateRules.all + RelativeDateRules.all).map(\.regex.expression) + DateModifiers.all.map(\.regex.expression)
    var matched = 0
    for f in files {
      let text = PlainTextReader().read(try String(contentsOf: Self.corpus.appendingPathComponent(f), encoding: .utf8), format: .text).text
      let whole = NSRange(location: 0, length: text.utf16Count)
      for r in regexes {
        matched += r.matches(in: text.utf16, range: whole).count
        #expect(same(r, text.string, whole), "\(f): \(r.pattern.prefix(60))")
      }
      // A range inside the text: the expression sees none of the text around it.
      let inner = NSRange(location: whole.length / 3, length: whole.length / 3)
      #expect(same(DateRules.all[0].regex.expression, text.string, inner))
    }
    #expect(matched > 100)
  }

  @Test func groupsByNameAndAbsentGroups() throws {
    let r = try ICURegex(#"(?<a>x)|(?<b>y)(z)?"#)
    let m = try #require(r.firstMatch(in: Array("..y".utf16), range: NSRange(location: 0, length: 3)))
    #expect(m.range == NSRange(location: 2, length: 1))
    #expect(m.range(withName: "a").location == NSNotFound)
    #expect(m.range(withName: "b") == NSRange(location: 2, length: 1))
    #expect(m.range(at: 3).location == NSNotFound)
    #expect(m.range(withName: "nope").location == NSNotFound)
    #expect(ICURegex.groupNames(in: #"(a)[(](?:b)(?<n>c)\((?<=d)(?<m>e)"#).map(\.number) == [2, 3])
  }

  @Test func anAnchoredAttemptSeesTheRangeOnly() throws {
    let r = try ICURegex(#"(?<=a )b\b|^c"#)
    let units = Array("a b c bc".utf16)
    #expect(r.match(at: 2, in: units, within: NSRange(location: 0, length: 8)) != nil)
    // The look-behind cannot see before the range, nor "\b" after it.
    #expect(r.match(at: 2, in: units, within: NSRange(location: 1, length: 7)) == nil)
    let b = try ICURegex(#"b\b"#)
    let bc = Array("a bc".utf16)
    #expect(b.match(at: 2, in: bc, within: NSRange(location: 0, length: 4)) == nil)
    #expect(b.match(at: 2, in: bc, within: NSRange(location: 0, length: 3)) != nil)
    // "^" holds at the range's start, not at the attempt's.
    #expect(r.match(at: 4, in: units, within: NSRange(location: 4, length: 4)) != nil)
    #expect(r.match(at: 4, in: units, within: NSRange(location: 0, length: 8)) == nil)
  }

  @Test func aPatternICURefusesIsATypedErrorNamingIt() {
    #expect {
      _ = try ICURegex("(unclosed")
    } throws: { error in
      "\(error)".contains("(unclosed") && error is RegexError
    }
  }
}
