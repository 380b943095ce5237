import Foundation
import Model

/// Names the outlet that published a press item: the publisher or union most named in its text.
enum PressOutlet {
  /// Publishers of education, health and general news that cover coroners' reports, and bodies that
  /// publish news items of their own (unions, professional associations).
  static let outlets: [String] = [
    "Schools Week", "FE Week", "Tes", "TES", "BBC News", "BBC", "The Guardian", "The Times", "The Telegraph",
    "The Independent", "Sky News", "ITV News", "Daily Mail", "The Mirror", "Evening Standard", "Nursing Times",
    "Health Service Journal", "HSJ", "Pulse", "The BMJ", "BMJ", "Local Government Chronicle", "Community Care",
    "Children & Young People Now", "Inside Housing", "Law Gazette", "NAHT", "NEU", "ASCL", "NASUWT", "Unison",
    "UNISON", "BMA", "Royal College of Nursing", "Press Association", "PA Media", "Reuters",
  ]
  private static let pattern = try! NSRegularExpression(
    pattern: "\\b(" + outlets.map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "|") + ")\\b")

  static func find(_ doc: ParsedDocument, bodies: [BodyMention]) -> String? {
    let s = doc.text.string
    var counts: [String: (Int, Int)] = [:]
    for (i, m) in pattern.matches(in: s, range: NSRange(location: 0, length: doc.text.utf16Count)).enumerated() {
      let name = doc.text.slice(m.range(at: 1))
      let key = name == "TES" ? "Tes" : name
      let c = counts[key] ?? (0, i)
      counts[key] = (c.0 + 1, c.1)
    }
    return counts.max { a, b in a.value.0 != b.value.0 ? a.value.0 < b.value.0 : a.value.1 > b.value.1 }?.key
  }
}
