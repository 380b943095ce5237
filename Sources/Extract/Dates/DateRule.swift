import Foundation

/// A pattern that finds one family of date expressions and turns each match into a candidate.
struct DateRule: Sendable {
  let id: String
  let regex: NSRegularExpression
  let build: @Sendable (RegexMatch) -> DateCandidate?

  init(_ id: String, _ pattern: String, build: @escaping @Sendable (RegexMatch) -> DateCandidate?) {
    self.id = id
    // The patterns are fixed at compile time; a bad one is a programming error caught by the tests.
    self.regex = try! NSRegularExpression(pattern: pattern)
    self.build = build
  }

  func candidates(in text: NSString) -> [DateCandidate] {
    RegexMatch.all(regex, in: text).compactMap(build)
  }
}
