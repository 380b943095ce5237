import Foundation

/// The referee's matching rules (`../shared/eval/score.py`), so `pfd eval` agrees with it.
enum Matching {
  private static let word = try! NSRegularExpression(pattern: "[a-z0-9£$€%]+")

  static func words(_ text: String?) -> Set<String> {
    let t = (text ?? "").lowercased().replacingOccurrences(of: "’", with: "'")
    let ns = t as NSString
    return Set(word.matches(in: t, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range) })
  }

  /// Shared words over the words of the longer text.
  static func overlap(_ a: String?, _ b: String?) -> Double {
    let wa = words(a), wb = words(b)
    guard !wa.isEmpty, !wb.isEmpty else { return 0 }
    return Double(wa.intersection(wb).count) / Double(max(wa.count, wb.count))
  }

  private static let aliases: [String: String] = [
    "dfe": "department for education", "the department": "department for education",
    "department for education (dfe)": "department for education", "his majesty's chief inspector": "ofsted",
    "hmci": "ofsted", "esfa": "education and skills funding agency", "regions group": "dfe regions group",
    "dfe's regions group": "dfe regions group", "department for education regions group": "dfe regions group",
    "nhse": "nhs england", "dhsc": "department of health and social care",
  ]

  static func canonBody(_ name: String?) -> String {
    var n = (name ?? "").trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "’", with: "'")
    if n.hasPrefix("the ") { n = String(n.dropFirst(4)) }
    return aliases[n] ?? n
  }

  static func sameBody(_ a: String?, _ b: String?) -> Bool {
    let x = canonBody(a), y = canonBody(b)
    if x.isEmpty || y.isEmpty { return x == y }
    return x == y || x.contains(y) || y.contains(x)
  }

  /// Gold `YYYY`, `YYYY-MM` or `YYYY-MM-DD` against a predicted range.
  static func sameDue(_ gold: String?, start: String?, end: String?) -> Bool {
    guard let g = gold, let s = start else { return gold == nil && start == nil }
    let e = end ?? s
    if g.count == 10 { return String(s.prefix(10)) <= g && g <= String(e.prefix(10)) }
    return s.hasPrefix(g) || e.hasPrefix(g)
  }

  /// One-to-one greedy matching, best pair first (ties in gold-then-prediction order, as Python's stable sort).
  static func greedy(_ golds: Int, _ preds: Int, threshold: Double, _ sim: (Int, Int) -> Double) -> [(Int, Int)] {
    var pairs: [(Double, Int, Int)] = []
    for i in 0..<golds {
      for j in 0..<preds {
        let s = sim(i, j)
        if s >= threshold { pairs.append((s, i, j)) }
      }
    }
    let order = pairs.enumerated().sorted { a, b in a.element.0 != b.element.0 ? a.element.0 > b.element.0 : a.offset < b.offset }
    var usedG = Set<Int>(), usedP = Set<Int>(), out: [(Int, Int)] = []
    for (_, p) in order where !usedG.contains(p.1) && !usedP.contains(p.2) {
      usedG.insert(p.1)
      usedP.insert(p.2)
      out.append((p.1, p.2))
    }
    return out
  }
}
