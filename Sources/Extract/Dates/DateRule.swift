import Foundation
import Model

/// A pattern that finds one family of date expressions and turns each match into a candidate.
struct DateRule: Sendable {
  let id: String
  let regex: WordLedRegex
  let build: @Sendable (RegexMatch) -> DateCandidate?
  /// Lower-case words one of which every match contains; a document holding none of them skips the rule.
  let needs: DateGate

  init(
    _ id: String, _ pattern: String, needs: DateGate = .always, starts: WordStarts? = nil,
    build: @escaping @Sendable (RegexMatch) -> DateCandidate?
  ) {
    self.id = id
    // The patterns are fixed at compile time; a bad one is a programming error caught by the tests.
    self.regex = WordLedRegex(pattern, starts: starts)
    self.needs = needs
    self.build = build
  }

  func candidates(in text: DocumentText, units: [UInt16], index: WordIndex, lowered: DateGate.Text) -> [DateCandidate] {
    guard needs.passes(lowered) else { return [] }
    return RegexMatch.all(regex, in: text, units: units, index: index).compactMap(build)
  }
}
