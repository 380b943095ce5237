import Foundation
import Model

/// A phrase that narrows or reshapes the date right after it: "the end of", "early", "the first half of".
struct DateModifier: Sendable {
  let id: String
  let regex: WordLedRegex
  let transform: @Sendable (DateValue, RegexMatch) -> DateValue?
  /// False for "early", "late", "mid": "late in the evening of 9 December" keeps only the date.
  var appliesToDays = true
  /// Lower-case words one of which every match contains; a document holding none of them skips the modifier.
  let needs: DateGate

  init(
    _ id: String, _ pattern: String, appliesToDays: Bool = true, needs: DateGate, starts: WordStarts? = nil,
    transform: @escaping @Sendable (DateValue, RegexMatch) -> DateValue?) {
    self.id = id
    self.regex = WordLedRegex(pattern, starts: starts)
    self.transform = transform
    self.appliesToDays = appliesToDays
    self.needs = needs
  }
}
