import Foundation
import Model

/// The modifiers, each matched once over the whole text; a modifier applies to the date it ends at.
enum DateModifiers {
  typealias P = DatePattern

  static let all: [DateModifier] = [
    endOf, startOf, middleOf, early, late, half, quarter, partWeeks, timeOfDay, weekCommencing, periodEnding,
  ]

  /// "the end of March 2024" → 31 March; "end August 2025".
  static let endOf = DateModifier(
    "end-of", #"\b\#(P.the)?(?i:end|close)\s+(?:(?i:of)\s+)?"#, needs: ["end", "close"]
  , starts: DateStarts.endOf) { v, _ in
    DateValue(start: v.end, end: v.end, granularity: .day, relative: v.relative)
  }

  /// "the start of January 2024" → January; "the start of this year" → January.
  static let startOf = DateModifier(
    "start-of", #"\b\#(P.the)?(?i:start|beginning|outset)\s+(?i:of)\s+"#, needs: ["start", "beginning", "outset"]
  , starts: DateStarts.startOf) { v, _ in
    if v.monthCount <= 1 { return v }
    var r = DateValue.month(v.start.month, v.start.year)
    r.relative = v.relative
    return r
  }

  static let middleOf = DateModifier(
    "middle-of", #"\b(?:\#(P.the)?(?i:middle)\s+(?i:of)\s+|(?i:mid)(?:-|\s+))"#, appliesToDays: false, needs: ["middle", "mid"],
    starts: DateStarts.middle
  ) { v, _ in
    portion(v, 1, 3, third: true)
  }

  /// "early 2025" → Q1; "early January 2025" → 1–10 January; "early in Spring 2025" → March.
  static let early = DateModifier(
    "early", #"\b(?i:early)(?:\s+(?i:in))?[\s-]+"#, appliesToDays: false, needs: ["early"], starts: DateStarts.early
  ) { v, _ in
    portion(v, 0, 3, third: true)
  }

  static let late = DateModifier(
    "late", #"\b(?i:late|later)(?:\s+(?i:in))?[\s-]+"#, appliesToDays: false, needs: ["late"], starts: DateStarts.late
  ) { v, _ in
    portion(v, 2, 3, third: true)
  }

  /// "the first half of 2024".
  static let half = DateModifier(
    "half", #"\b\#(P.the)?((?i:first|second|1st|2nd|latter|last))\s+(?i:half)\s+(?i:of)\s+"#
  , needs: ["half"], starts: DateStarts.half) { v, m in
    guard let n = m.group(1).flatMap(DateVocabulary.ordinal) else { return nil }
    return portion(v, n == 1 ? 0 : 1, 2, granularity: .halfYear)
  }

  /// "the final quarter of 2024".
  static let quarter = DateModifier(
    "quarter", #"\b\#(P.the)?((?i:first|second|third|fourth|final|last))\s+(?i:quarter)\s+(?i:of)\s+"#
  , needs: ["quarter"], starts: DateStarts.quarter) { v, m in
    guard let n = m.group(1).flatMap(DateVocabulary.ordinal) else { return nil }
    return portion(v, n < 0 ? 3 : n - 1, 4, granularity: .quarter)
  }

  /// "the first few weeks of January 2024" → 1–21 January.
  static let partWeeks = DateModifier(
    "part-weeks",
    #"\b\#(P.the)?((?i:first|last|final|opening|closing))\s+(?:((?i:few|couple\s+of|two|three|four|\d))\s+)?((?i:days|weeks|months))\s+(?i:of)\s+"#
  , needs: ["days", "weeks", "months"], starts: DateStarts.partWeeks) { v, m in
    let fromStart = DateVocabulary.ordinal(m.group(1)!) == 1
    let count = m.group(2).map { $0.lowercased().hasPrefix("few") ? 3 : $0.lowercased().hasPrefix("couple") ? 2 : DateVocabulary.number($0) ?? 3 } ?? 1
    let unit = m.group(3)!.lowercased()
    let days = unit.hasPrefix("day") ? count : unit.hasPrefix("week") ? 7 * count : 30 * count
    let r = fromStart
      ? DateValue(start: v.start, end: min(v.end, v.start.adding(days: days - 1)), granularity: .range)
      : DateValue(start: max(v.start, v.end.adding(days: 1 - days)), end: v.end, granularity: .range)
    return DateValue(start: r.start, end: r.end, granularity: .range, relative: v.relative)
  }

  /// "the morning of 3 July 2023": the same day.
  static let timeOfDay = DateModifier(
    "time-of-day", #"\b\#(P.the)?(?i:morning|afternoon|evening|night|early\s+hours|early\s+morning)\s+(?i:of)\s+"#
  , needs: ["morning", "afternoon", "evening", "night", "early"], starts: DateStarts.timeOfDay) { v, _ in
    v.granularity == .day ? v : nil
  }

  /// "the week commencing 11 December 2023", "w/c 13 January".
  static let weekCommencing = DateModifier(
    "week-commencing",
    #"\b(?:\#(P.the)?(?i:week)\s+(?i:commencing|beginning|starting)(?:\s+(?i:on))?\s+|(?i:w/c)\s+)"#
  , needs: ["week", "w/c"], starts: DateStarts.weekCommencing) { v, _ in
    guard v.granularity == .day else { return nil }
    return DateValue(start: v.start, end: v.start.adding(days: 6), granularity: .week, relative: v.relative)
  }

  /// "the three years up to 31 July 2024".
  static let periodEnding = DateModifier(
    "period-ending",
    #"\b\#(P.the)?\#(P.count)\s+\#(P.unit)\s+(?i:up\s+to|to|ending|ended|until|before|prior\s+to)\s+(?:(?i:on)\s+)?"#
  , needs: .unit, starts: DateStarts.count) { v, m in
    guard let n = m.group(1).flatMap(DateVocabulary.number), let unit = m.group(2)?.lowercased() else { return nil }
    let end = v.end
    let start: CalendarDay
    switch unit.prefix(3) {
    case "day": start = end.adding(days: 1 - n)
    case "wee": start = end.adding(days: 1 - 7 * n)
    case "mon": start = end.adding(months: -n).adding(days: 1)
    default: start = end.adding(months: -12 * n).adding(days: 1)
    }
    return DateValue(start: start, end: end, granularity: .range, relative: v.relative)
  }

  /// Part `index` of `parts` equal slices of the period: by months when it spans several, else by days.
  static func portion(
    _ v: DateValue, _ index: Int, _ parts: Int, third: Bool = false,
    granularity: DateMention.Granularity? = nil
  ) -> DateValue {
    let months = v.monthCount
    var r: DateValue
    if months >= parts {
      let size = months / parts
      let first = v.start.month + index * size
      let last = index == parts - 1 ? v.start.month + months - 1 : first + size - 1
      r = DateValue.months(first, last, of: v.start.year, granularity: granularity ?? (size == 1 ? .month : .range))
      // "early 2025" is the first quarter by convention, not the first third.
      if third, months == 12 { r = DateValue.months(index == 0 ? 1 : index == 1 ? 5 : 10, index == 0 ? 3 : index == 1 ? 8 : 12, of: v.start.year, granularity: .quarter) }
    } else {
      let days = v.end.ordinal - v.start.ordinal + 1
      if days < parts { return v }
      let size = max(1, days / parts)
      let s = v.start.adding(days: index * size)
      let e = index == parts - 1 ? v.end : s.adding(days: size - 1)
      r = DateValue(start: s, end: e, granularity: granularity ?? .range)
    }
    r.relative = v.relative
    return r
  }
}
