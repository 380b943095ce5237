import Foundation
import Model

/// A phrase that narrows or reshapes the date right after it: "the end of", "early", "the first half of".
struct DateModifier: Sendable {
  let id: String
  let regex: NSRegularExpression
  let transform: @Sendable (DateValue, RegexMatch) -> DateValue?
  /// False for "early", "late", "mid": "late in the evening of 9 December" keeps only the date.
  var appliesToDays = true

  init(
    _ id: String, _ pattern: String, appliesToDays: Bool = true,
    transform: @escaping @Sendable (DateValue, RegexMatch) -> DateValue?) {
    self.id = id
    self.regex = try! NSRegularExpression(pattern: pattern)
    self.transform = transform
    self.appliesToDays = appliesToDays
  }
}
