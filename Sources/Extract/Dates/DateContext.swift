import Model

/// What a candidate may lean on when it is resolved: the anchor and the dates before it.
struct DateContext: Sendable {
  var anchor: CalendarDay?
  /// The last date resolved before this one, in document order.
  var previous: DateValue?
  /// The last resolved date that names a single day.
  var previousDay: CalendarDay?
  /// A year the surrounding words impose ("March, June and December 2023" gives March 2023).
  var hintYear: Int?
  /// The nearest explicit year later in the text, for a date that has nothing before it.
  var followingYear: Int?
  /// The clause before the date speaks of the future ("will resume in September").
  var future = false

  /// The year of a month (and day) printed without one: the list's year, else the year that puts it
  /// nearest the previous date (narratives cross New Year), else the anchor's, else the next year printed.
  func year(month: Int, day: Int = 1) -> Int? {
    if let hintYear { return hintYear }
    if future, let from = anchor ?? previous?.start {
      // The first such month (or day) not yet past.
      for y in [from.year, from.year + 1] {
        let last = CalendarDay.daysIn(month: month, year: y)
        if let d = CalendarDay(year: y, month: month, day: day == 1 ? last : min(day, last)), d >= from { return y }
      }
    }
    if let prev = previous?.start {
      var best = prev.year
      var bestDistance = Int.max
      for y in [prev.year - 1, prev.year, prev.year + 1] {
        guard let d = CalendarDay(year: y, month: month, day: min(day, CalendarDay.daysIn(month: month, year: y)))
        else { continue }
        let distance = abs(d.ordinal - prev.ordinal)
        if distance < bestDistance { (best, bestDistance) = (y, distance) }
      }
      return best
    }
    return anchor?.year ?? followingYear
  }
}
