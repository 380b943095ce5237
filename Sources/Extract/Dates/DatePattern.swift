/// Regex fragments shared by the date rules (ICU syntax; month names are matched case-sensitively).
enum DatePattern {
  static let month = #"(\#(DateVocabulary.monthFull)|\#(DateVocabulary.monthAbbrev))\b\.?"#
  static let day = #"(3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?"#
  static let year = #"((?:1[89]|20)[0-9]{2})"#
  static let weekday = #"(\#(DateVocabulary.weekday))"#
  static let the = #"(?:(?i:the)\s+)"#
  static let count = #"([0-9]{1,2}|(?i:\#(DateVocabulary.numberWord)))"#
  static let unit = #"((?i:days?|weeks?|months?|years?))"#
  static let season = #"((?i:spring|summer|autumn|winter))"#
}
