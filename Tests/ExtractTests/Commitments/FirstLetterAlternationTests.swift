import Foundation
import Model
import Testing

@testable import Extract

/// `CommitmentPatterns.byFirstLetter` regroups alternatives for speed; the matches must not change.
@Suite struct FirstLetterAlternationTests {
  @Test func groupsConsecutiveAlternativesByFirstLetterAndKeepsConstructsInPlace() {
    #expect(CommitmentPatterns.byFirstLetter(["also", "now", "all", "(?:x)", "again", "'ll", "'re"]) == "(?:a(?:lso|ll)|now|(?:x)|again|'(?:ll|re))")
  }

  @Test func groupedAndPlainAlternationsFindTheSameMatches() throws {
    let texts = try FileManager.default.contentsOfDirectory(atPath: WordLedRegexTests.corpus.path)
      .filter { $0.hasSuffix(".txt") }
      .map { try String(contentsOf: WordLedRegexTests.corpus.appendingPathComponent($0), encoding: .utf8) }
      + ["we have also recently, where possible, so far in turn this year all both actively been already asked; is now planned; "
        + "is planned to; there are now new weekly checks; 're going to; 've committed to; has made a commitment"]
    let lists = [CommitmentPatterns.adverbs, ["is", "isn", "in", "i", "it", "a", "am", "an", "(?:is|in)x", "is\\s+x"]]
    var found = 0
    for list in lists {
      let plain = try ICURegex("\\b(?:" + list.joined(separator: "|") + ")(?:\\s+|\\b)", options: [.allowCommentsAndWhitespace])
      let grouped = try ICURegex("\\b" + CommitmentPatterns.byFirstLetter(list) + "(?:\\s+|\\b)", options: [.allowCommentsAndWhitespace])
      for text in texts {
        let lowered = Array(text.asciiLowercased().utf16)
        let whole = NSRange(location: 0, length: lowered.count)
        let a = plain.matches(in: lowered, range: whole).map(\.ranges)
        found += a.count
        #expect(grouped.matches(in: lowered, range: whole).map(\.ranges) == a)
      }
    }
    #expect(found > 500)
  }
}
