/// Where the costliest date expressions can begin (`WordStarts`): each list holds every word that can open a
/// match of its expression. `DateStartsTests` checks each expression against a search of the whole text.
enum DateStarts {
  static let numberWords = DateVocabulary.numberWord.lowercased().split(separator: "|").map(String.init)
  static let weekdays = DateVocabulary.weekday.lowercased().split(separator: "|").map(String.init)
  static let months = (DateVocabulary.monthFull + "|" + DateVocabulary.monthAbbrev).lowercased()
    .split(separator: "|").map(String.init)

  /// `\b(?:the\s+)?<count>…`, with the qualifiers of "just over two years ago".
  static let count = WordStarts(
    prefixes: ["the", "just", "over", "under", "almost", "nearly", "about", "around", "more", "less"],
    words: numberWords, digits: true, nonASCII: true)
  /// An optional weekday and "the" (no `\b` before it), then a day number.
  static let dayFirst = WordStarts(prefixes: weekdays, digits: true, anywhere: ["the"], nonASCII: true)
  /// An optional weekday, then a month name.
  static let monthFirst = WordStarts(prefixes: weekdays + months, nonASCII: true)
  static let term = WordStarts(
    prefixes: ["this", "next", "last", "the", "coming", "autumn", "spring", "summer", "term"], nonASCII: true)
  static let season = WordStarts(
    prefixes: ["this", "next", "last", "the", "coming", "spring", "summer", "autumn", "winter"], nonASCII: true)
  static let splitYear = WordStarts(
    prefixes: ["the", "academic", "financial", "fiscal", "school"], digits: true, nonASCII: true)
  static let thisPeriod = WordStarts(prefixes: ["earlier", "later", "this", "next", "last", "the"], nonASCII: true)
  static let the = WordStarts(prefixes: ["the"], nonASCII: true)
  static let timeOfDay = WordStarts(
    prefixes: ["the", "morning", "afternoon", "evening", "night", "early"], nonASCII: true)
  static let partWeeks = WordStarts(prefixes: ["the", "first", "last", "final", "opening", "closing"], nonASCII: true)
  static let startOf = WordStarts(prefixes: ["the", "start", "beginning", "outset"], nonASCII: true)
  static let endOf = WordStarts(prefixes: ["the", "end", "close"], nonASCII: true)
  static let half = WordStarts(
    prefixes: ["the", "first", "second", "latter", "last"], digits: true, nonASCII: true)
  static let quarter = WordStarts(
    prefixes: ["the", "first", "second", "third", "fourth", "final", "last"], nonASCII: true)
  static let weekCommencing = WordStarts(prefixes: ["the", "week"], words: ["w"], nonASCII: true)
  static let halfTerm = WordStarts(prefixes: ["the", "easter", "christmas"] + months, nonASCII: true)
  /// "next Friday", or a weekday after "on", "by", "until" or "from" (a look-behind: the match starts at the day).
  static let weekday = WordStarts(prefixes: ["next", "last", "this"] + weekdays, nonASCII: true)
  static let sameDay = WordStarts(prefixes: ["later", "earlier"], nonASCII: true)
  static let today = WordStarts(prefixes: ["today", "yesterday", "tomorrow"], nonASCII: true)
  static let middle = WordStarts(prefixes: ["the", "mid"], nonASCII: true)
  static let early = WordStarts(prefixes: ["early"], nonASCII: true)
  static let late = WordStarts(prefixes: ["late"], nonASCII: true)
}
