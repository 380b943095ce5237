import Foundation
import Model

/// Rules for expressions that name their own calendar period: days, months, seasons, terms, years.
enum DateRules {
  typealias P = DatePattern

  static let all: [DateRule] = [
    dayMonthYear, monthDayYear, monthDayOrdinal, numeric, iso, monthYear, bareMonth, halfTerm,
    season, term, splitYear, decade, quarterCode, bareYear, christmas,
  ]

  /// "19 January 2024", "the 12th of June 2023", "Friday 19 July 2024", "5 November".
  static let dayMonthYear = DateRule(
    "day-month-year",
    #"(?:\b\#(P.weekday),?\s+)?\#(P.the)?(?<![\d.,:£$/-])\b\#(P.day)(?:\s+(?i:of))?\s+\#(P.month)(?:,?\s+\#(P.year))?\b"#
  , needs: .month, starts: DateStarts.dayFirst) { m in
    guard let d = m.int(2), let mon = m.group(3).flatMap(DateVocabulary.month) else { return nil }
    return dayCandidate(m, rule: "day-month-year", day: d, month: mon, year: m.int(4))
  }

  /// "January 19, 2024", "Friday, January 19th 2024".
  static let monthDayYear = DateRule(
    "month-day-year", #"(?:\b\#(P.weekday),?\s+)?\b\#(P.month)\s+\#(P.day)(?:,\s*|\s+)\#(P.year)\b"#
  , needs: .month, starts: DateStarts.monthFirst) { m in
    guard let d = m.int(3), let mon = m.group(2).flatMap(DateVocabulary.month) else { return nil }
    return dayCandidate(m, rule: "month-day-year", day: d, month: mon, year: m.int(4))
  }

  /// "January 19th" (an ordinal suffix is required without a year, else "June 12 people" would match).
  static let monthDayOrdinal = DateRule(
    "month-day", #"\b\#(P.month)\s+(3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)\b"#
  , needs: .month, starts: DateStarts.monthFirst) { m in
    guard let d = m.int(2), let mon = m.group(1).flatMap(DateVocabulary.month) else { return nil }
    return dayCandidate(m, rule: "month-day", day: d, month: mon, year: nil)
  }

  /// Day-first numeric dates, as written in British letters: "19/01/2024", "18.6.2021", "15.10.22".
  static let numeric = DateRule(
    "numeric", #"(?<![\d./-])(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d{2}|\d{2})(?![\d]|[./-]\d)"#
  ) { m in
    guard let d = m.int(1), let mon = m.int(3), let rawYear = m.group(4), var y = Int(rawYear) else { return nil }
    if rawYear.count == 2 {
      // Two-digit years only in the dd.mm.yy shape; "1.2.10" is more likely a section number.
      guard m.group(1)!.count == 2, m.group(3)!.count == 2 else { return nil }
      y += y <= 40 ? 2000 : 1900
    }
    guard let day = CalendarDay(year: y, month: mon, day: d) else { return nil }
    return DateCandidate(range: m.range, rule: "numeric", explicitYear: y) { _ in .day(day) }
  }

  static let iso = DateRule(
    "iso", #"(?<![\d/-])((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\d-])"#
  ) { m in
    guard let y = m.int(1), let mon = m.int(2), let d = m.int(3), let day = CalendarDay(year: y, month: mon, day: d)
    else { return nil }
    return DateCandidate(range: m.range, rule: "iso", explicitYear: y) { _ in .day(day) }
  }

  /// "January 2024", "Sept 2023".
  static let monthYear = DateRule(
    "month-year", #"\b\#(P.month),?\s+\#(P.year)\b"#, needs: .month, starts: DateStarts.monthFirst
  ) { m in
    guard let mon = m.group(1).flatMap(DateVocabulary.month), let y = m.int(2) else { return nil }
    return DateCandidate(range: m.range, rule: "month-year", explicitYear: y) { _ in .month(mon, y) }
  }

  /// A month name on its own ("in March"); "May" is left out, being mostly the verb.
  static let bareMonth = DateRule(
    "month",
    #"\b(January|February|March|April|June|July|August|September|October|November|December)\b(?!\s*[/-]?\s*\d)"#
  , needs: ["january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december"],
    starts: DateStarts.monthFirst) { m in
    guard let mon = m.group(1).flatMap(DateVocabulary.month) else { return nil }
    return DateCandidate(range: m.range, rule: "month", lacksYear: true) { ctx in
      ctx.year(month: mon).map { .month(mon, $0) }
    }
  }

  /// "the May half term break".
  static let halfTerm = DateRule(
    "half-term",
    #"\b\#(P.the)?(\#(DateVocabulary.monthFull)|Easter|Christmas)\s+(?i:half)[\s-]?(?i:term)(?:\s+(?i:break|holidays?))?(?:\s+\#(P.year))?"#
  , needs: ["half"], starts: DateStarts.halfTerm) { m in
    let mon = m.group(1).flatMap(DateVocabulary.month) ?? (m.group(1) == "Easter" ? 4 : 12)
    let y = m.int(2)
    return DateCandidate(range: m.range, rule: "half-term", explicitYear: y, lacksYear: y == nil) { ctx in
      (y ?? ctx.year(month: mon)).map { .month(mon, $0) }
    }
  }

  private static let seasonStop: Set<String> = [
    "months", "month", "period", "periods", "season", "seasons", "time", "weather", "driving",
    "holiday", "holidays", "break", "school", "course", "campaign", "programme", "days", "evenings",
    "term", "terms", "conditions", "pressures",
  ]

  /// "spring 2024", "the spring", "this winter", "spring/ summer 2025"; a bare "summer" (habitual) is not.
  static let season = DateRule(
    "season",
    #"\b(?:((?i:this|next|last|the|coming))\s+)?\#(P.season)(?:\s*/\s*\#(P.season))?(?:\s+\#(P.year))?\b"#
  , needs: ["spring", "summer", "autumn", "winter"], starts: DateStarts.season) { m in
    guard let first = m.group(2).flatMap(DateVocabulary.season) else { return nil }
    let second = m.group(3).flatMap(DateVocabulary.season)
    let det = m.group(1)?.lowercased()
    let y = m.int(4)
    let after = following(m.text, m.range.location + m.range.length, 24)
    let slashFollows = after.hasPrefix("/") || after.hasPrefix(" /")
    guard det != nil || y != nil || slashFollows else { return nil }
    if let word = firstWord(after), seasonStop.contains(word.lowercased()) { return nil }
    if slashFollows, let word = firstWord(String(after.drop { $0 == " " || $0 == "/" })),
      seasonStop.contains(word.lowercased())
    {
      return nil
    }
    let relative = det == "this" || det == "next" || det == "last" || det == "coming"
    return DateCandidate(range: m.range, rule: "season", explicitYear: y, lacksYear: y == nil) { ctx in
      func value(_ s: Int, _ year: Int) -> DateValue {
        var v = DateValue.season(s, year)
        if let second { v = v.union(DateValue.season(second, year)); v.granularity = .season }
        return v
      }
      if let y { return value(first, y) }
      // A winter sharing a year with what follows ("winter/ early 2025") is the one ending that year.
      if let h = ctx.hintYear { return value(first, first == 3 ? h - 1 : h) }
      if relative || det == "the", let a = ctx.anchor {
        var year = first == 3 && a.month <= 2 ? a.year - 1 : a.year
        if value(first, year).end < a { year += 1 }
        if det == "next" { year += 1 }
        if det == "last" { year -= 1 }
        var v = value(first, year)
        v.relative = true
        return v
      }
      if relative { return nil }
      return ctx.year(month: [3, 6, 9, 12][first]).map { value(first, $0) }
    }
  }

  /// "this term", "autumn term 2023", "the spring term".
  static let term = DateRule(
    "term", #"\b(?:((?i:this|next|last|the|coming))\s+)?(?:((?i:autumn|spring|summer))\s+)?(?i:term)\b(?:\s+\#(P.year))?"#
  , needs: ["term"], starts: DateStarts.term) { m in
    let det = m.group(1)?.lowercased()
    let named = m.group(2).map { ["spring": 0, "summer": 1, "autumn": 2][$0.lowercased()]! }
    let y = m.int(3)
    guard named != nil || ["this", "next", "last", "coming"].contains(det ?? "") else { return nil }
    return DateCandidate(range: m.range, rule: "term", explicitYear: y, lacksYear: y == nil && named != nil) { ctx in
      if let named {
        if let y { return .term(named, y) }
        return ctx.year(month: [1, 4, 9][named]).map { .term(named, $0) }
      }
      guard let a = ctx.anchor else { return nil }
      // Terms in order through a year: spring (Jan–Mar), summer (Apr–Jul), autumn (Sep–Dec); August counts as summer.
      var index = a.month <= 3 ? 0 : a.month <= 8 ? 1 : 2
      var year = a.year
      let step = det == "next" ? 1 : det == "last" ? -1 : 0
      index += step
      if index > 2 { (index, year) = (0, year + 1) }
      if index < 0 { (index, year) = (2, year - 1) }
      var v = DateValue.term(index, year)
      v.relative = true
      return v
    }
  }

  /// "the 2024/25 academic year", "2024-25", "financial year 2025/26": academic Sep–Aug, financial Apr–Mar.
  static let splitYear = DateRule(
    "split-year",
    #"\b\#(P.the)?(?:((?i:academic|financial|fiscal|school))\s+years?\s+)?((?:19|20)[0-9]{2})\s*[/–-]\s*([0-9]{2}|(?:19|20)[0-9]{2})\b(?![/-]\d)(?:\s+((?i:academic|financial|fiscal|school))\s+year)?"#
  , starts: DateStarts.splitYear) { m in
    guard let y = m.int(2), let rawSecond = m.group(3), let second = Int(rawSecond) else { return nil }
    guard rawSecond.count == 2 ? second == (y + 1) % 100 : second == y + 1 else { return nil }
    var kind = (m.group(1) ?? m.group(4))?.lowercased()
    if kind == nil {
      let window = around(m.text, m.range, 200)
      let schooling = schoolWords.firstMatch(in: window, range: NSRange(location: 0, length: (window as NSString).length))
      kind = schooling != nil ? "academic" : "financial"
    }
    let academic = kind == "academic" || kind == "school"
    let value = DateValue.months(academic ? 9 : 4, academic ? 20 : 15, of: y, granularity: .year)
    return DateCandidate(range: m.range, rule: academic ? "academic-year" : "financial-year", explicitYear: y) { _ in
      value
    }
  }

  /// Words that make an unqualified "2024/25" a school year rather than a financial one.
  static let schoolWords = try! NSRegularExpression(
    pattern: #"\b(?i:academic|schools?|pupils?|teachers?|colleges?|ofsted)\b"#)

  /// "the 1920s".
  static let decade = DateRule(
    "decade", #"\b\#(P.the)?((?:1[89]|20)[0-9]0)['’]?s\b"#, needs: ["0s", "0's", "0’s"]
  ) { m in
    guard let y = m.int(1) else { return nil }
    let v = DateValue(
      start: .firstOf(month: 1, year: y), end: .lastOf(month: 12, year: y + 9), granularity: .range)
    return DateCandidate(range: m.range, rule: "decade", explicitYear: y) { _ in v }
  }

  /// "Q1 2024" (calendar), "Q1 2024/25" (financial, from April).
  static let quarterCode = DateRule(
    "quarter", #"\bQ([1-4])\s+\#(P.year)(?:\s*/\s*([0-9]{2}))?\b"#, needs: ["q1", "q2", "q3", "q4"]
  ) { m in
    guard let q = m.int(1), let y = m.int(2) else { return nil }
    let first = (m.group(3) != nil ? 4 : 1) + (q - 1) * 3
    let v = DateValue.months(first, first + 2, of: y, granularity: .quarter)
    return DateCandidate(range: m.range, rule: "quarter", explicitYear: y) { _ in v }
  }

  /// "in 2023", "(NARU, 2024)"; not years that belong to names ("Care Act 2014", "the 2025 Pearson…").
  static let bareYear = DateRule(
    "year", #"(?<![\d£$€.,/:-])\#(P.year)(?!\d|%|[.,/:-]\d|\s*[/–-]\s*\d)"#
  ) { m in
    guard let y = m.int(1), !YearContext.isName(m.text, m.range) else { return nil }
    return DateCandidate(range: m.range, rule: "year", explicitYear: y) { _ in .year(y) }
  }

  /// "pre-Christmas", "Christmas 2023": December.
  static let christmas = DateRule(
    "christmas", #"\b((?i:pre|post)-?)?(?:Christmas|Xmas)(?:\s+\#(P.year))?\b"#, needs: ["christmas", "xmas"]
  ) { m in
    let y = m.int(2)
    let post = m.group(1)?.lowercased().hasPrefix("post") == true
    return DateCandidate(range: m.range, rule: "christmas", explicitYear: y) { ctx in
      var year = y
      if year == nil, let a = ctx.anchor { year = a.month <= 6 ? a.year - 1 : a.year }
      guard let year = year ?? ctx.year(month: 12) else { return nil }
      var v = post ? DateValue.month(1, year + 1) : DateValue.month(12, year)
      v.relative = y == nil && ctx.anchor != nil
      return v
    }
  }

  static func dayCandidate(_ m: RegexMatch, rule: String, day d: Int, month mon: Int, year y: Int?) -> DateCandidate? {
    if let y {
      guard let day = CalendarDay(year: y, month: mon, day: d) else { return nil }
      return DateCandidate(range: m.range, rule: rule, explicitYear: y) { _ in .day(day) }
    }
    guard d <= CalendarDay.daysIn(month: mon, year: 2024) else { return nil }
    return DateCandidate(range: m.range, rule: rule, lacksYear: true) { ctx in
      ctx.year(month: mon, day: d).flatMap { CalendarDay(year: $0, month: mon, day: d) }.map { .day($0) }
    }
  }

  static func following(_ text: DocumentText, _ location: Int, _ length: Int) -> String {
    text.substring(with: NSRange(location: location, length: min(length, text.length - location)))
  }

  static func around(_ text: DocumentText, _ range: NSRange, _ radius: Int) -> String {
    let s = max(0, range.location - radius)
    let e = min(text.length, range.location + range.length + radius)
    return text.substring(with: NSRange(location: s, length: e - s))
  }

  static func firstWord(_ s: String) -> String? {
    let trimmed = s.drop { $0 == " " }
    let word = trimmed.prefix { $0.isLetter }
    return word.isEmpty ? nil : String(word)
  }
}
