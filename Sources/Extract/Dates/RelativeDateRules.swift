import Foundation
import Model

/// Rules for expressions resolved against the document's date ("next week") or the date before them
/// ("the following day", "ten years later").
enum RelativeDateRules {
  typealias P = DatePattern

  static let all: [DateRule] = [
    deictic, thisPeriod, monthOfRelativeYear, ago, pastPeriod, weekday, followingPeriod, sameDay, later,
  ]

  /// "today", "yesterday", "tomorrow" (not "today's", which is mostly "nowadays").
  static let deictic = DateRule(
    "today", #"\b((?i:today|yesterday|tomorrow))\b(?!['’]s\b)"#, needs: ["today", "yesterday", "tomorrow"],
    starts: DateStarts.today
  ) { m in
    let offset = ["today": 0, "yesterday": -1, "tomorrow": 1][m.group(1)!.lowercased()]!
    return anchored(m, "today") { .day($0.adding(days: offset), relative: true) }
  }

  /// "this year", "next week", "last month", "earlier this week", "the weekend", "the coming year".
  static let thisPeriod = DateRule(
    "this-period",
    #"\b(?:((?i:earlier|later))\s+)?((?i:this|next|last|the\s+coming|the))\s+((?i:week|weekend|month|year))\b(?!\s+(?:of|to|ending|ended|up)\b)"#
  , needs: ["week", "month", "year"], starts: DateStarts.thisPeriod) { m in
    let part = m.group(1)?.lowercased()
    let det = m.group(2)!.lowercased().split(separator: " ").last.map(String.init)!
    let unit = m.group(3)!.lowercased()
    if det == "the", unit != "weekend" {
      // "the year", "the month" only as the object of "the end of", "the first half of" and the like.
      return DateCandidate(range: m.range, rule: "this-period", requiresModifier: true) { ctx in
        ctx.anchor.map { period(unit, 0, $0) }
      }
    }
    let step = det == "next" || det == "coming" ? 1 : det == "last" ? -1 : 0
    return anchored(m, "this-period") { a in
      var v = period(unit, step, a)
      if part == "earlier", step == 0 { v.end = max(v.start, a.adding(days: -1)) }
      if part == "later", step == 0 { v.start = min(v.end, a.adding(days: 1)) }
      return v
    }
  }

  /// "January last year", "September this year".
  static let monthOfRelativeYear = DateRule(
    "month-relative-year", #"\b\#(P.month)\s+((?i:this|last|next))\s+(?i:year)\b"#
  , needs: ["year"], starts: DateStarts.monthFirst) { m in
    guard let mon = m.group(1).flatMap(DateVocabulary.month) else { return nil }
    let step = ["this": 0, "last": -1, "next": 1][m.group(2)!.lowercased()]!
    return anchored(m, "month-relative-year") { .month(mon, $0.year + step, relative: true) }
  }

  /// "Two years ago", "just over a year ago", "three weeks ago".
  static let ago = DateRule(
    "ago",
    #"\b(?:(?i:(?:just\s+)?(?:over|under)|almost|nearly|about|around|more\s+than|less\s+than)\s+)?\#(P.count)\s+\#(P.unit)\s+(?i:ago)\b"#
  , needs: ["ago"], starts: DateStarts.count) { m in
    guard let n = m.group(1).flatMap(DateVocabulary.number), let unit = m.group(2) else { return nil }
    return anchored(m, "ago") { a in shifted(a, by: -n, unit: unit) }
  }

  /// "the last year", "the past year", "the past 12 months": the span up to the document's date.
  static let pastPeriod = DateRule(
    "past-period",
    #"\b(?i:the\s+(?:past|last|previous))\s+(?:\#(P.count)\s+)?\#(P.unit)\b(?!\s+(?i:of)\b)"#
  , needs: ["past", "last", "previous"], starts: DateStarts.the) { m in
    let n = m.group(1).flatMap(DateVocabulary.number) ?? 1
    guard let unit = m.group(2)?.lowercased() else { return nil }
    if m.group(1) == nil, unit.hasSuffix("s") { return nil }  // "the past years" is vague
    return anchored(m, "past-period") { a in
      let start: CalendarDay
      switch unit.prefix(3) {
      case "day": start = a.adding(days: -n)
      case "wee": start = a.adding(days: -7 * n)
      case "mon": start = a.adding(months: -n)
      default: start = a.adding(months: -12 * n)
      }
      return DateValue(start: start, end: a, granularity: .range, relative: true)
    }
  }

  /// "on Monday", "next Friday", "last Tuesday" (the preposition "on" stays outside the text).
  static let weekday = DateRule(
    "weekday",
    #"(?:\b((?i:next|last|this))\s+|(?<=\b(?:on|On|by|By|until|Until|from|From) ))\#(P.weekday)\b(?!,?\s*\d|\s+(?:\#(DateVocabulary.monthFull)))"#
  , needs: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"], starts: DateStarts.weekday) { m in
    guard let wd = m.group(2).flatMap(DateVocabulary.weekday) else { return nil }
    let det = m.group(1)?.lowercased()
    return anchored(m, "weekday") { a in
      var delta = (wd - a.weekday + 7) % 7
      if det == "last" {
        delta = delta == 0 ? -7 : delta - 7
      } else if det == "this" {
        delta = wd - a.weekday
      } else if delta == 0 {
        delta = 7
      } else if det == "next", delta < 3 {
        delta += 7
      }
      return .day(a.adding(days: delta), relative: true)
    }
  }

  /// "the following day", "the next morning", "the previous week", "the day after".
  static let followingPeriod = DateRule(
    "following",
    #"\b(?i:the\s+(?:(following|next|previous|preceding)\s+(day|morning|afternoon|evening|night|week|month|year)|day\s+(after|before)(?!\s+(?:a|an|the|his|her|their|its|each|every|this|that)\b)))\b(?!\s+(?:of|which)\b)"#
  , needs: ["following", "next", "previous", "preceding", "day"], starts: DateStarts.the) { m in
    let word = (m.group(1) ?? m.group(3))!.lowercased()
    let step = word == "previous" || word == "preceding" || word == "before" ? -1 : 1
    let unit = m.group(2)?.lowercased() ?? "day"
    return DateCandidate(range: m.range, rule: "following") { ctx in
      switch unit {
      case "week":
        guard let d = ctx.previousDay else { return nil }
        let s = step > 0 ? d : d.adding(days: -7)
        return DateValue(start: s, end: s.adding(days: 7), granularity: .week)
      case "month":
        guard let p = ctx.previous?.start else { return nil }
        let d = p.adding(months: step)
        return .month(d.month, d.year)
      case "year":
        guard let p = ctx.previous?.start else { return nil }
        return .year(p.year + step)
      default:
        guard let d = ctx.previousDay else { return nil }
        return .day(d.adding(days: step))
      }
    }
  }

  /// "later that day", "later the same day", "earlier that morning".
  static let sameDay = DateRule(
    "same-day",
    #"\b(?i:(?:later|earlier)\s+(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night))\b"#
  , needs: ["later", "earlier"], starts: DateStarts.sameDay) { m in
    DateCandidate(range: m.range, rule: "same-day") { ctx in ctx.previousDay.map { .day($0) } }
  }

  /// "Three days later", "ten years later", counted from the date before.
  static let later = DateRule(
    "later", #"\b\#(P.count)\s+\#(P.unit)\s+((?i:later|earlier|afterwards))\b"#
  , needs: ["later", "earlier", "afterwards"], starts: DateStarts.count) { m in
    guard let n = m.group(1).flatMap(DateVocabulary.number), let unit = m.group(2) else { return nil }
    let sign = m.group(3)!.lowercased() == "earlier" ? -1 : 1
    let isDays = unit.lowercased().hasPrefix("day") || unit.lowercased().hasPrefix("week")
    return DateCandidate(range: m.range, rule: "later") { ctx in
      if isDays {
        return ctx.previousDay.map { shifted($0, by: sign * n, unit: unit) }.map { var v = $0; v.relative = false; return v }
      }
      return ctx.previous.map { var v = shifted($0.start, by: sign * n, unit: unit); v.relative = false; return v }
    }
  }

  static func anchored(_ m: RegexMatch, _ rule: String, _ f: @escaping @Sendable (CalendarDay) -> DateValue) -> DateCandidate {
    DateCandidate(range: m.range, rule: rule) { ctx in
      ctx.anchor.map { var v = f($0); v.relative = true; return v }
    }
  }

  /// The week (Monday–Sunday), weekend, month or year `step` units from the one holding `a`.
  static func period(_ unit: String, _ step: Int, _ a: CalendarDay) -> DateValue {
    switch unit {
    case "week":
      let monday = a.adding(days: 1 - a.weekday + 7 * step)
      return DateValue(start: monday, end: monday.adding(days: 6), granularity: .week, relative: true)
    case "weekend":
      var saturday = a.adding(days: 6 - a.weekday)
      if a.weekday == 7 { saturday = a.adding(days: -1) }
      saturday = saturday.adding(days: 7 * step)
      return DateValue(start: saturday, end: saturday.adding(days: 1), granularity: .week, relative: true)
    case "month":
      let d = a.adding(months: step)
      return .month(d.month, d.year, relative: true)
    default:
      return .year(a.year + step, relative: true)
    }
  }

  /// The day, week, month or year `n` units from `d`, at the granularity of the unit.
  static func shifted(_ d: CalendarDay, by n: Int, unit: String) -> DateValue {
    switch unit.lowercased().prefix(3) {
    case "day": return .day(d.adding(days: n))
    case "wee":
      let s = d.adding(days: 7 * n)
      let monday = s.adding(days: 1 - s.weekday)
      return DateValue(start: monday, end: monday.adding(days: 6), granularity: .week)
    case "mon":
      let s = d.adding(months: n)
      return .month(s.month, s.year)
    default: return .year(d.year + n)
    }
  }
}
