import Model

/// A resolved date expression: a closed range of days with its granularity.
struct DateValue: Hashable, Sendable {
  var start: CalendarDay
  var end: CalendarDay
  var granularity: DateMention.Granularity
  var relative: Bool = false

  static func day(_ d: CalendarDay, relative: Bool = false) -> DateValue {
    DateValue(start: d, end: d, granularity: .day, relative: relative)
  }

  static func month(_ m: Int, _ y: Int, relative: Bool = false) -> DateValue {
    DateValue(
      start: .firstOf(month: m, year: y), end: .lastOf(month: m, year: y), granularity: .month,
      relative: relative)
  }

  static func year(_ y: Int, relative: Bool = false) -> DateValue {
    DateValue(
      start: .firstOf(month: 1, year: y), end: .lastOf(month: 12, year: y), granularity: .year,
      relative: relative)
  }

  /// Months `first...last` counted from January of `year` (13 = next January), as one range.
  static func months(
    _ first: Int, _ last: Int, of year: Int, granularity: DateMention.Granularity, relative: Bool = false
  ) -> DateValue {
    let s = CalendarDay.firstOf(month: 1, year: year).adding(months: first - 1)
    let e = CalendarDay.firstOf(month: 1, year: year).adding(months: last - 1)
    return DateValue(
      start: s, end: .lastOf(month: e.month, year: e.year), granularity: granularity, relative: relative)
  }

  /// Spring Mar–May, summer Jun–Aug, autumn Sep–Nov, winter Dec–Feb (starting in December of `year`).
  static func season(_ index: Int, _ year: Int, relative: Bool = false) -> DateValue {
    let first = [3, 6, 9, 12][index]
    return months(first, first + 2, of: year, granularity: .season, relative: relative)
  }

  /// English school terms: autumn Sep–Dec, spring Jan–Mar, summer Apr–Jul.
  static func term(_ index: Int, _ year: Int, relative: Bool = false) -> DateValue {
    switch index {
    case 0: return months(1, 3, of: year, granularity: .term, relative: relative)
    case 1: return months(4, 7, of: year, granularity: .term, relative: relative)
    default: return months(9, 12, of: year, granularity: .term, relative: relative)
    }
  }

  func union(_ other: DateValue) -> DateValue {
    DateValue(
      start: min(start, other.start), end: max(end, other.end), granularity: .range,
      relative: relative || other.relative)
  }

  /// Whole months covered, first to last.
  var monthCount: Int { (end.year - start.year) * 12 + end.month - start.month + 1 }
}
