/// Where the costliest date expressions can begin (`WordStarts`): each list holds every word that can open a
/// match of its expression, whole, as every such word is followed by a space, a "\b" or a mark. `DateStartsTests`
/// checks each expression against a search of the whole text.
enum DateStarts {
  static let numberWords = DateVocabulary.numberWord.lowercased().split(separator: "|").map(String.init)
  static let weekdays = DateVocabulary.weekday.lowercased().split(separator: "|").map(String.init)
  static let months = (DateVocabulary.monthFull + "|" + DateVocabulary.monthAbbrev).lowercased()
    .split(separator: "|").map(String.init)

  /// `\b(?:the\s+)?<count>…`, with the qualifiers of "just over two years ago" ("more" and "less" go on with
  /// "than", so they stay words).
  static let count = WordStarts(
    words: ["more", "less"] + numberWords, digits: true, nonASCII: true,
    leads: ["the", "just", "over", "under", "almost", "nearly", "about", "around"])
  /// An optional weekday and "the" (no `\b` before it: "bathe 3 March" matches from "the"), then a day number.
  static let dayFirst = WordStarts(words: weekdays, digits: true, nonASCII: true, trailingLeads: ["the"])
  /// An optional weekday, then a month name.
  static let monthFirst = WordStarts(words: weekdays + months, nonASCII: true)
  // The optional words before a term, season or period are leads: most "the"s are followed by neither.
  static let term = WordStarts(
    words: ["autumn", "spring", "summer", "term"], nonASCII: true, leads: ["this", "next", "last", "the", "coming"])
  static let season = WordStarts(
    words: ["spring", "summer", "autumn", "winter"], nonASCII: true, leads: ["this", "next", "last", "the", "coming"])
  static let splitYear = WordStarts(
    words: ["academic", "financial", "fiscal", "school"], digits: true, nonASCII: true, leads: ["the"])
  /// "later this week", "the coming month": the words after the leads are listed so that the leads can be.
  static let thisPeriod = WordStarts(
    words: ["coming", "week", "weekend", "month", "year"], nonASCII: true,
    leads: ["earlier", "later", "this", "next", "last", "the"])
  /// "the past three weeks", "the following day", "the day after".
  static let the = WordStarts(
    words: ["past", "last", "previous", "following", "next", "preceding", "day"], nonASCII: true, leads: ["the"])
  static let timeOfDay = WordStarts(
    words: ["morning", "afternoon", "evening", "night", "early"], nonASCII: true, leads: ["the"])
  static let partWeeks = WordStarts(
    words: ["first", "last", "final", "opening", "closing"], nonASCII: true, leads: ["the"])
  static let startOf = WordStarts(words: ["start", "beginning", "outset"], nonASCII: true, leads: ["the"])
  static let endOf = WordStarts(words: ["end", "close"], nonASCII: true, leads: ["the"])
  static let half = WordStarts(
    words: ["first", "second", "latter", "last"], digits: true, nonASCII: true, leads: ["the"])
  static let quarter = WordStarts(
    words: ["first", "second", "third", "fourth", "final", "last"], nonASCII: true, leads: ["the"])
  static let weekCommencing = WordStarts(words: ["week", "w"], nonASCII: true, leads: ["the"])
  static let halfTerm = WordStarts(words: ["easter", "christmas"] + months, nonASCII: true, leads: ["the"])
  /// "next Friday", or a weekday after "on", "by", "until" or "from" (a look-behind: the match starts at the day).
  static let weekday = WordStarts(words: ["next", "last", "this"] + weekdays, nonASCII: true)
  static let sameDay = WordStarts(words: ["later", "earlier"], nonASCII: true)
  static let today = WordStarts(words: ["today", "yesterday", "tomorrow"], nonASCII: true)
  static let middle = WordStarts(words: ["mid", "middle"], nonASCII: true, leads: ["the"])
  static let early = WordStarts(words: ["early"], nonASCII: true)
  static let late = WordStarts(words: ["late", "later"], nonASCII: true)
}
