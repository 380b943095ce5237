import Foundation

/// A date expression found by a rule, resolved later once the dates before it are known.
struct DateCandidate {
  var range: NSRange
  var rule: String
  /// The year printed in the expression, if any; it anchors year-less dates nearby.
  var explicitYear: Int?
  /// A month or day printed without a year ("5 November", "March"), which may take a list's year.
  var lacksYear = false
  /// True for "the year" and the like, kept only when a modifier ("the end of") takes it as its object.
  var requiresModifier = false
  var resolve: @Sendable (DateContext) -> DateValue?

  var end: Int { range.location + range.length }

  /// Names a single day, so "early" or "late" before it is a time of day, not part of the date.
  var isDay: Bool {
    ["day-month-year", "month-day-year", "month-day", "numeric", "iso"].contains(rule)
      || rule.hasPrefix("time-of-day")
  }
}
