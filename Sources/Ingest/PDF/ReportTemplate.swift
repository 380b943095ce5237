import Foundation

/// The numbered sections of the standard coroner's Regulation 28 report form (1 CORONER …
/// 8 COPIES and PUBLICATION, 9 date and signature), recognised on a layout line.
enum ReportTemplate {
  struct Match: Equatable {
    var number: String?
    var title: String
    /// Text after a wide gap on the same line (the cell beside the heading).
    var rest: String?
  }

  private static let titles =
    #"(CORONER|CORONER['’‘`]?S\s+LEGAL\s+POWERS|INVESTIGATION\s+(?:AND|&)\s+INQUEST|CIRCUMSTANCES\s+OF\s+(?:THE\s+)?DEATH|CORONER['’‘`]?S\s+CONCERNS?|MATTERS?\s+OF\s+CONCERN|ACTION\s+SHOULD\s+BE\s+TAKEN|YOUR\s+RESPONSE|COPIES\s+(?:AND|&)\s+PUBLICATION)"#
  private static let section = try! NSRegularExpression(
    pattern: #"^(?:(\d{1,2})\.?\s+)?"# + titles + #"\s*[:.]?(?:\s{2,}(\S.*))?$"#, options: [.caseInsensitive])
  private static let signature = try! NSRegularExpression(pattern: #"^(9)\.?\s{2,}(\S.*)$"#)

  /// The section heading on this line, if it is one. `afterSection` is the last section number
  /// seen, so that "9" followed by a date is only taken as the signature row once 7 or 8 came before.
  static func match(_ line: String, afterSection: Int?) -> Match? {
    let ns = line as NSString
    let full = NSRange(location: 0, length: ns.length)
    if let m = section.firstMatch(in: line, range: full) {
      let number = m.range(at: 1).location == NSNotFound ? nil : ns.substring(with: m.range(at: 1))
      let title = ns.substring(with: m.range(at: 2))
      let rest = m.range(at: 3).location == NSNotFound ? nil : ns.substring(with: m.range(at: 3))
      if number == nil {
        // Unnumbered, only an all-capitals title on its own counts ("Your response" in prose does not).
        let words = title.split(separator: " ").filter { $0.lowercased() != "and" }
        guard words.allSatisfy({ $0.uppercased() == $0 }), title.uppercased() != "CORONER" else { return nil }
      }
      return Match(number: number, title: title, rest: rest)
    }
    if let after = afterSection, after >= 7, let m = signature.firstMatch(in: line, range: full) {
      let body = LayoutLine(text: ns.substring(with: m.range(at: 2)), column: 0, page: 0).segments()
      guard let first = body.first else { return nil }
      let rest = body.dropFirst().map(\.text).joined(separator: "      ")
      return Match(number: "9", title: first.text, rest: rest.isEmpty ? nil : rest)
    }
    return nil
  }
}
