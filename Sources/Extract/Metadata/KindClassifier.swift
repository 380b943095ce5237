import Foundation
import Model

/// Tells a coroner's report from a response to one and from press coverage, by their wording.
enum KindClassifier {
  private static let reportTitle = try! ICURegex(
    #"^\s*(?:regulation\s+28\s*:?\s*)?report\s+to\s+prevent\s+future\s+deaths|^\s*regulation\s+28\s*:\s*(?:report|prevention)"#,
    options: [.caseInsensitive, .anchorsMatchLines])
  static let reportSections = WordLedRegex(
    #"this\s+report\s+is\s+being\s+sent\s+to|coroner['’]s\s+concerns|the\s+matters?\s+of\s+concern\s+(?:is|are)|circumstances\s+of\s+the\s+death|coroner['’]s\s+legal\s+powers"#,
    options: [.caseInsensitive],
    // No `\b`: a match may begin inside a run. "this" and "the" count only before "report" or "matter".
    starts: WordStarts(
      words: ["report", "matter", "matters"], anywhere: ["coroner", "circumstances"], nonASCII: true,
      trailingLeads: ["this", "the"]))
  static let secondPerson = WordLedRegex(
    #"\b(?:your\s+(?:report|letter|regulation|concerns?|findings|email|e-mail)|dear\s+(?:sir|madam|mr|mrs|ms|dr|coroner|senior)|yours\s+(?:sincerely|faithfully)|i\s+(?:am\s+writing|write)\b|in\s+response\s+to\s+(?:your|the\s+(?:regulation|prevention|report))|thank\s+you\s+for\s+(?:your|the|sharing|naming|bringing)|you\s+raised|you\s+(?:raised|identified|highlighted|are\s+concerned))"#,
    options: [.caseInsensitive],
    starts: WordStarts(prefixes: ["your", "dear", "in", "thank", "you"], words: ["i"], nonASCII: true))
  static let pressVoice = WordLedRegex(
    #"\b(?:said|told|says|revealed|according\s+to|reported|announced\s+today|has\s+responded|have\s+responded|published\s+(?:its|their)\s+response|read\s+our|speed\s+read|pictured)\b"#,
    options: [.caseInsensitive],
    starts: WordStarts(
      prefixes: [
        "said", "told", "says", "revealed", "according", "reported", "announced", "has", "have", "published", "read",
        "speed", "pictured",
      ], nonASCII: true))

  static func classify(_ doc: ParsedDocument, fileName: String) -> DocumentKind {
    let ns = doc.text
    let headLength = min(ns.length, 1500)
    let head = NSRange(location: 0, length: headLength)
    let full = NSRange(location: 0, length: ns.length)
    let sections = reportSections.matches(in: doc.text.utf16, index: doc.text.wordIndex, within: full).count
    let second = secondPerson.matches(in: doc.text.utf16, index: doc.text.wordIndex, within: full).count
    let press = pressVoice.matches(in: doc.text.utf16, index: doc.text.wordIndex, within: full).count
    if let m = reportTitle.firstMatch(in: doc.text.utf16, range: head) {
      // A response's subject line reads "RESPONSE TO REGULATION 28 REPORT…": the word before decides.
      let before = ns.substring(with: NSRange(location: max(0, m.range.location - 40), length: min(40, m.range.location)))
        .lowercased()
      if !before.contains("response"), sections >= 1 { return .pfdReport }
    }
    if sections >= 2, second == 0 { return .pfdReport }
    // A formal response document titles itself so: "Prevention of Future Deaths Report (Regulation 28): X's response".
    if let first = doc.blocks.first, first.kind == .heading {
      let t = doc.text(of: first.span).lowercased()
      if t.contains("response"), t.contains("regulation 28") || t.contains("prevention of future deaths") || t.contains("coroner") {
        return .response
      }
    }
    let lowerName = fileName.lowercased()
    if lowerName.contains("_report.") || lowerName.hasSuffix("-report.txt"), sections >= 1 { return .pfdReport }
    if second >= 3 { return .response }
    if press >= 2, press >= second * 2 { return .press }
    if second >= 1 { return .response }
    if lowerName.contains("response") { return .response }
    if doc.hints.publisher != nil || press >= 2 { return .press }
    if doc.format == .html { return .press }
    return second > 0 ? .response : .other
  }
}
