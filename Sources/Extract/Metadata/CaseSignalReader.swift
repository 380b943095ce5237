import Foundation
import Model

/// Reads what ties a document to its case: the deceased, the coroner and area, the report's date
/// and reference, and the bodies the report was sent to.
enum CaseSignalReader {
  struct Result {
    var signals: CaseSignals
    /// "Senior Coroner for Berkshire": the office that wrote a report.
    var coronerOffice: String?
  }

  static let reference = WordLedRegex(
    #"\bRef(?:erence)?(?:\s+No\.?)?\s*[:.]?\s*(\d{4}-\d{3,5})\b"#, options: [.caseInsensitive],
    starts: WordStarts(prefixes: ["ref"], nonASCII: true))
  /// "Coroner: A. Bhardwaj, coroner for the area of Liverpool" / "I am Jane Smith, Senior Coroner for the coroner area of X".
  static let coronerLine = WordLedRegex(
    #"(?:^|\n)\s*(?:coroner\s*:\s*|I\s+am\s+)([^,\n]{2,60}?),?\s+((?:HM\s+)?(?:senior|area|assistant|deputy|acting\s+senior)?\s*coroner)\s+for\s+(?:the\s+)?(?:coroner\s+)?(?:area\s+of\s+)?([^\n.;]{2,80}?)\s*(?:\.|;|\n|$)"#,
    options: [.caseInsensitive],
    starts: WordStarts(nonASCII: true, chars: "\n", rangeStart: true))
  static let office = WordLedRegex(
    #"\b((?:HM\s+)?(?:senior|area|assistant|deputy)\s+coroner)\s+for\s+(?:the\s+)?(?:coroner\s+)?(?:area\s+of\s+)?([A-Z][^\n.;,]{2,60}?(?:,\s+[A-Z][A-Za-z]+(?:\s+and\s+[A-Z][A-Za-z]+)?)?)\s*(?=[\n.;,]|$| who| and I)"#,
    starts: WordStarts(prefixes: ["hm", "senior", "area", "assistant", "deputy"]))
  static let deceased = WordLedRegex(
    #"\b(?:death|deaths|passing|loss|inquest)\s+(?:of|into\s+the\s+death\s+of|touching\s+(?:upon\s+)?the\s+death\s+of)\s+(?:the\s+late\s+)?(?:(?:Mr|Mrs|Ms|Miss|Dr|Master|Baby)\.?\s+)?((?:[A-Z][A-Za-z'’\-]+|[A-Z]{2,})(?:\s+(?:[A-Z][A-Za-z'’\-]+|[A-Z]{2,}|de|van|von|le|la)){0,4})"#,
    starts: WordStarts(prefixes: ["death", "passing", "loss", "inquest"]))
  /// "headteacher Ruth Perry’s inquest", "Ruth Perry's death".
  private static let possessive = try! ICURegex(
    #"\b((?:[A-Z][a-z'\-]+\s+){1,3}[A-Z][a-z\-]+)['’]s\s+(?:death|inquest|tragic\s+death|suicide)\b"#)
  static let sentTo = WordLedRegex(
    #"this\s+report\s+is\s+being\s+sent\s+to\s*:?"#, options: [.caseInsensitive],
    starts: WordStarts(anywhere: ["this"], nonASCII: true))
  private static let reportDated = try! NSRegularExpression(
    pattern: #"\b(?:report|notice)\b[^.\n]{0,200}?\b(?:dated|of|issued\s+on)\s+(?:the\s+)?$"#, options: [.caseInsensitive])

  static func read(_ doc: ParsedDocument, kind: DocumentKind, dates: [DateMention]) -> Result {
    let s = doc.text.utf16
    let ns = doc.text
    let full = NSRange(location: 0, length: ns.length)
    var signals = CaseSignals()
    var coronerOffice: String?
    if let m = reference.firstMatch(in: s, index: doc.text.wordIndex, within: full) { signals.reference = ns.substring(with: m.range(at: 1)) }
    if let m = coronerLine.firstMatch(in: s, index: doc.text.wordIndex, within: full) {
      signals.coroner = tidy(ns.substring(with: m.range(at: 1)))
      let rank = ns.substring(with: m.range(at: 2)).lowercased()
      signals.area = tidy(ns.substring(with: m.range(at: 3)))
      let title = rank.contains("senior") ? "Senior Coroner" : rank.contains("area") ? "Area Coroner"
        : rank.contains("assistant") ? "Assistant Coroner" : "Coroner"
      if let area = signals.area { coronerOffice = "\(title) for \(area)" }
    } else if let m = office.firstMatch(in: s, index: doc.text.wordIndex, within: full) {
      signals.area = tidy(ns.substring(with: m.range(at: 2)))
      let rank = ns.substring(with: m.range(at: 1))
      if kind == .pfdReport, let area = signals.area { coronerOffice = "\(rank.prefix(1).uppercased() + rank.dropFirst().lowercased()) for \(area)" }
    }
    // The fullest of the first few namings ("the death of Joel Phillip Colk" over "the death of Mr Colk").
    let named = deceased.matches(in: s, index: doc.text.wordIndex, within: full).prefix(4).compactMap { personName(ns.substring(with: $0.range(at: 1))) }
    if let best = named.max(by: { $0.split(separator: " ").count < $1.split(separator: " ").count }) {
      signals.deceased = best
    } else if let m = possessive.firstMatch(in: s, range: full) {
      signals.deceased = personName(ns.substring(with: m.range(at: 1)))
    }
    if kind == .pfdReport {
      signals.addressees = addressees(doc)
    } else {
      // "your report dated 12 December 2023": the date of the report being answered.
      for d in dates where d.granularity == .day {
        let r = doc.text.nsRange(d.span)
        let start = max(0, r.location - 220)
        let before = ns.substring(with: NSRange(location: start, length: r.location - start))
        if reportDated.firstMatch(in: before, range: NSRange(location: 0, length: (before as NSString).length)) != nil {
          signals.reportDate = d.start
          break
        }
      }
    }
    return Result(signals: signals, coronerOffice: coronerOffice)
  }

  /// The numbered list under "THIS REPORT IS BEING SENT TO:".
  private static func addressees(_ doc: ParsedDocument) -> [String] {
    let ns = doc.text
    guard let m = sentTo.firstMatch(in: doc.text.utf16, index: doc.text.wordIndex, within: NSRange(location: 0, length: ns.length)) else { return [] }
    let after = doc.text.span(m.range).end
    var out: [String] = []
    for b in doc.blocks where b.span.start >= after {
      let t = doc.text(of: b.span)
      if b.kind == .listItem { out.append(t); continue }
      if out.isEmpty, b.span.start - after < 3, t.count < 120 { out.append(t); continue }  // one addressee, no number
      break
    }
    return out
  }

  private static func tidy(_ s: String) -> String {
    s.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: ",.:;")))
  }

  /// "Neil Michael YATES" → "Neil Michael Yates"; trailing words that are not names are dropped.
  static func personName(_ raw: String) -> String? {
    let stop: Set<String> = ["On", "Who", "Which", "At", "In", "And", "The", "Was", "Aged", "From", "HM", "Senior", "Coroner"]
    var words: [String] = []
    for w in raw.split(separator: " ") {
      let word = String(w)
      if stop.contains(word) { break }
      if word.count > 1, word == word.uppercased(), word.rangeOfCharacter(from: .letters) != nil {
        words.append(word.prefix(1) + word.dropFirst().lowercased())
      } else {
        words.append(word.replacingOccurrences(of: "’s", with: "").replacingOccurrences(of: "'s", with: ""))
      }
    }
    let name = words.joined(separator: " ").trimmingCharacters(in: .whitespaces)
    return name.isEmpty ? nil : name
  }
}
