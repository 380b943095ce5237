/// A calendar expression found in the text, normalised to a closed range of days.
public struct DateMention: Hashable, Sendable, Codable {
  public enum Granularity: String, Hashable, Sendable, Codable {
    case day, week, month, season, term, quarter, halfYear = "half_year", year, range
  }

  public var text: String
  public var span: TextSpan
  public var start: CalendarDay
  public var end: CalendarDay
  public var granularity: Granularity
  /// True when the expression was resolved against the document's date ("next month").
  public var relative: Bool
  public var rule: String

  public init(
    text: String, span: TextSpan, start: CalendarDay, end: CalendarDay,
    granularity: Granularity, relative: Bool = false, rule: String
  ) {
    self.text = text
    self.span = span
    self.start = start
    self.end = end
    self.granularity = granularity
    self.relative = relative
    self.rule = rule
  }
}
