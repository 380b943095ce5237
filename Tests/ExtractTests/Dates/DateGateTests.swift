import Foundation
import Model
import Testing

@testable import Extract

/// A gate may only skip a document in which its rule cannot match: every match must contain one of its words.
@Suite struct DateGateTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static let phrases = """
    On Monday 4 March 2024, and by Friday, the 12th of June 2023; January 19, 2024; March 5th; 19/01/2024; \
    2024-01-19; Sept 2023; in December; the February half term 2025; this spring 2024; the autumn term 2024; \
    the academic year 2023/24; the 1990s and the 2000’s; Q3 2024; in 2019; pre-Christmas 2023; today; next week; \
    March next year; three weeks ago; the past two years; last Tuesday; the following day; later that day; \
    two years later; the end of March 2024; the start of 2025; mid-2024; early in 2024; late 2023; the first half \
    of 2025; the final quarter of 2024; the last few weeks of May 2024; the morning of 5 May 2024; \
    the week commencing 4 March 2024; w/c 11 March; the two weeks up to 5 May 2024.
    """

  func texts() throws -> [(String, String)] {
    var out = [("phrases", Self.phrases)]
    for folder in ["corpus", "../shared/devset/docs"] {
      let dir = Self.root.appendingPathComponent(folder)
      guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { continue }
      for n in names.sorted() where n.hasSuffix(".txt") {
        out.append((n, try String(contentsOf: dir.appendingPathComponent(n), encoding: .utf8)))
      }
    }
    return out
  }

  func check(_ id: String, _ regex: WordLedRegex, _ gate: DateGate, in texts: [(String, String)]) -> Int {
    var matches = 0
    for (name, text) in texts {
      let ns = text as NSString
      let lowered = text.asciiLowercased() as NSString
      for m in regex.matches(in: Array(text.utf16), scanning: Array((lowered as String).utf16), within: NSRange(location: 0, length: ns.length)) {
        matches += 1
        let found = lowered.substring(with: m.range)
        let words = gate.words.map { String(decoding: $0, as: UTF8.self) }
        #expect(words.isEmpty || words.contains { found.contains($0) }, "\(id) matched “\(found)” in \(name)")
      }
    }
    return matches
  }

  @Test func everyMatchOfAGatedRuleHoldsOneOfItsWords() throws {
    let texts = try texts()
    for rule in DateRules.all + RelativeDateRules.all {
      #expect(check(rule.id, rule.regex, rule.needs, in: texts) > 0, "\(rule.id) matched nothing: add a phrase")
    }
  }

  @Test func everyMatchOfAGatedModifierHoldsOneOfItsWords() throws {
    let texts = try texts()
    for modifier in DateModifiers.all {
      #expect(check(modifier.id, modifier.regex, modifier.needs, in: texts) > 0, "\(modifier.id) matched nothing")
    }
  }

  @Test func aDocumentWithoutTheWordsSkipsTheRule() {
    let ago = RelativeDateRules.all.first { $0.id == "ago" }!
    let text = "It happened three weeks ago."
    let doc = DocumentText(text)
    #expect(ago.candidates(in: doc, units: doc.utf16, index: doc.wordIndex, lowered: Array(text.asciiLowercased().utf8)).count == 1)
    #expect(ago.candidates(in: doc, units: doc.utf16, index: doc.wordIndex, lowered: Array("nothing relative here".utf8)).isEmpty)
  }
}
