/// Where the costliest date expressions can begin (`WordStarts`): each list holds every word that can open a
/// match of its expression, whole, as every such word is followed by a space, a "\b" or a mark. `DateStartsTests`
/// checks each expression against a search of the whole text.
enum DateStarts {
  static let numberWords = DateVocabulary.numberWord.lowercased().split(separator: "|").map(String.init)
  static let weekdays = DateVocabulary.weekday.lowercased().split(separator: "|").map(String.init)
  static let months = (DateVocabulary.monthFull + "|" + DateVocabulary.monthAbbrev).lowercased()
    .split(separator: "|").map(String.init)

  /// `\b(?:the\s+)?<count>…`, with the qualifiers of "just over two years ago".
  static let count = WordStarts(
    words: ["the", "just", "over", "under", "almost", "nearly", "about", "around", "more", "less"] + numberWords,
    digits: true, nonASCII: true)
  /// An optional weekday and "the" (no `\b` before it), then a day number.
  static let dayFirst = WordStarts(words: weekdays, digits: true, anywhere: ["the"], nonASCII: true)
  /// An optional weekday, then a month name.
  static let monthFirst = WordStarts(words: weekdays + months, nonASCII: true)
  static let term = WordStarts(
    words: ["this", "next", "last", "the", "coming", "autumn", "spring", "summer", "term"], nonASCII: true)
  static let season = WordStarts(
    words: ["this", "next", "last", "the", "coming", "spring", "summer", "autumn", "winter"], nonASCII: true)
  static let splitYear = WordStarts(
    words: ["the", "academic", "financial", "fiscal", "school"], digits: true, nonASCII: true)
  static let thisPeriod = WordStarts(words: ["earlier", "later", "this", "next", "last", "the"], nonASCII: true)
  static let the = WordStarts(words: ["the"], nonASCII: true)
  static let timeOfDay = WordStarts(
    words: ["the", "morning", "afternoon", "evening", "night", "early"], nonASCII: true)
  static let partWeeks = WordStarts(words: ["the", "first", "last", "final", "opening", "closing"], nonASCII: true)
  static let startOf = WordStarts(words: ["the", "start", "beginning", "outset"], nonASCII: true)
  static let endOf = WordStarts(words: ["the", "end", "close"], nonASCII: true)
  static let half = WordStarts(
    words: ["the", "first", "second", "latter", "last"], digits: true, nonASCII: true)
  static let quarter = WordStarts(
    words: ["the", "first", "second", "third", "fourth", "final", "last"], nonASCII: true)
  static let weekCommencing = WordStarts(words: ["the", "week", "w"], nonASCII: true)
  static let halfTerm = WordStarts(words: ["the", "easter", "christmas"] + months, nonASCII: true)
  /// "next Friday", or a weekday after "on", "by", "until" or "from" (a look-behind: the match starts at the day).
  static let weekday = WordStarts(words: ["next", "last", "this"] + weekdays, nonASCII: true)
  static let sameDay = WordStarts(words: ["later", "earlier"], nonASCII: true)
  static let today = WordStarts(words: ["today", "yesterday", "tomorrow"], nonASCII: true)
  static let middle = WordStarts(words: ["the", "mid", "middle"], nonASCII: true)
  static let early = WordStarts(words: ["early"], nonASCII: true)
  static let late = WordStarts(words: ["late", "later"], nonASCII: true)
}
