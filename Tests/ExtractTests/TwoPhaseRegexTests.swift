import Foundation
import Ingest
import Model
import Testing

@testable import Extract

@Suite struct TwoPhaseRegexTests {
  static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("corpus")

  /// Every match, with every named group, as the one-pass expression gives it.
  func same(_ two: TwoPhaseRegex, _ text: NSString, _ range: NSRange) -> Bool {
    let a = two.matches(in: text, within: range)
    let b = two.reader.matches(in: text, within: range)
    guard a.count == b.count else { return false }
    return zip(a, b).allSatisfy { x, y in
      x.numberOfRanges == y.numberOfRanges && (0..<x.numberOfRanges).allSatisfy { x.range(at: $0) == y.range(at: $0) }
    }
  }

  @Test func verbGroupsMatchAsInOnePassOnEverySentenceOfTheCorpus() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path).filter { $0.hasSuffix(".txt") }
    #expect(files.count >= 5)
    var sentences = 0
    for f in files {
      let raw = try String(contentsOf: Self.corpus.appendingPathComponent(f), encoding: .utf8)
      let doc = PlainTextReader().read(raw, format: .text)
      for s in doc.sentences {
        sentences += 1
        let r = doc.text.nsRange(s.span)
        #expect(same(CommitmentPatterns.verbGroups, doc.text.lowered, r), "\(f): \(doc.text.slice(s.span))")
      }
    }
    #expect(sentences > 500)
  }

  @Test func contractionsSentenceStartsAndEndsMatchAsInOnePass() {
    let text = ("we're planning to act. we’ll review it and we've been asked. are planned to be. will now be "
      + "reviewed and is under review") as NSString
    let whole = NSRange(location: 0, length: text.length)
    #expect(same(CommitmentPatterns.verbGroups, text, whole))
    #expect(!CommitmentPatterns.verbGroups.matches(in: text, within: whole).isEmpty)
    // Ranges that start right at a match, and end inside one.
    for start in [0, 23, 39] {
      #expect(same(CommitmentPatterns.verbGroups, text, NSRange(location: start, length: text.length - start)))
    }
    #expect(same(CommitmentPatterns.verbGroups, text, NSRange(location: 0, length: 30)))
  }

  @Test func namedGroupsLoseTheirNamesAndLookBehindIsRefused() {
    // An escaped bracket opens no group.
    #expect(TwoPhaseRegex.withoutNames(#"\b(?<a>x|\(?<b>y\))|(?:z)(?=w)"#) == #"\b(?:x|\(?<b>y\))|(?:z)(?=w)"#)
    #expect(TwoPhaseRegex.withoutNames(#"(?<!a)b"#) == nil)
    #expect(TwoPhaseRegex.withoutNames(#"(?<=a)b"#) == nil)
    #expect(TwoPhaseRegex.withoutNames(#"(a)\1"#) == nil)
    #expect(TwoPhaseRegex.withoutNames(#"(?<n>a)\k<n>"#) == nil)
    #expect(TwoPhaseRegex.withoutNames(#"\\(?<n>a)"#) == #"\\(?:a)"#)
  }
}
