import Foundation

/// Recognises list markers at the start of a line: bullets, "1.", "a)", "(i)", "2c".
enum ListMarker {
  private static let pattern = try! NSRegularExpression(
    pattern: #"^(?:([•●▪◦■□‣∙·\*]|[-–—](?=\s))|(\(?(?:\d{1,2}[a-z]?|[a-z]|[ivx]{1,5}|[A-Z])[.)](?=\s))|(\((?:\d{1,2}|[a-z]|[ivx]{1,5})\)))\s*"#)
  private static let doubleMarker = try! NSRegularExpression(pattern: #"^[-–•]\s+(\(?(?:\d{1,2}|[a-z]|[ivx]{1,5})[.)])\s+"#)

  /// The marker and the text after it, or nil and the whole line.
  static func split(_ line: String) -> (marker: String?, rest: String) {
    let ns = line as NSString
    let full = NSRange(location: 0, length: ns.length)
    // "- a. Enhancing…": a bullet before a lettered marker; the letter is the marker that counts.
    if let m = doubleMarker.firstMatch(in: line, range: full) {
      let marker = ns.substring(with: m.range(at: 1))
      let rest = ns.substring(from: m.range.location + m.range.length)
      if !rest.isEmpty { return (marker, rest) }
    }
    guard let m = pattern.firstMatch(in: line, range: full) else { return (nil, line) }
    let marker = ns.substring(with: m.range).trimmingWhitespace()
    let rest = ns.substring(from: m.range.location + m.range.length)
    guard !rest.isEmpty else { return (nil, line) }
    // "A. Bhardwaj, coroner…" and "I. " at a sentence start are initials or pronouns, not markers.
    if marker.count == 2, marker.first!.isUppercase, marker.hasSuffix("."), let f = rest.first, f.isUppercase,
      rest.split(separator: " ").first.map({ $0.count > 1 && $0.hasSuffix(",") }) ?? false
    {
      return (nil, line)
    }
    return (marker, rest)
  }
}
