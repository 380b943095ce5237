import Foundation
import Model

/// Works out which body wrote a letter: its self-references ("on behalf of X", "We at X"), its
/// letterhead and signature, the respondent in a judiciary file name, then the body it names most.
struct AuthorFinder {
  let registry: BodyRegistry

  private static let before = try! NSRegularExpression(
    pattern: #"(?:on\s+behalf\s+of|we\s+at|naming|(?:issued|addressed|sent|directed)\s+to|I\s+am\s+(?:the\s+)?[A-Za-z ,]{2,80}?\s+(?:at|of|for|in)|(?:work|working)\s+(?:at|for)|as\s+(?:the\s+)?(?:chief\s+executive|director|president|chair)[A-Za-z ]{0,40}?\s+(?:of|at|for))\s+(?:the\s+)?$"#,
    options: [.caseInsensitive])
  /// A body naming itself as the writer: "X's response", "X acknowledges…", "X would like to…".
  private static let after = try! NSRegularExpression(
    pattern: #"^(?:\s*\([^)]{1,30}\))?(?:['’]s?(?:\s*\([^)]{1,30}\))?\s+(?:formal\s+)?(?:response|reply)|\s+(?:acknowledges?|extends?\s+(?:our|its|their)|welcomes?\s+the|would\s+like\s+to|wishes\s+to|is\s+grateful|are\s+grateful|thanks?\s+(?:you|the\s+coroner)|responds?\s+to))"#,
    options: [.caseInsensitive])
  private static let respondentSlug = try! NSRegularExpression(pattern: #"_response-\d+-([a-z0-9-]+)"#, options: [.caseInsensitive])

  func author(of doc: ParsedDocument, fileName: String, bodies: [BodyMention], reportAddressees: [String] = []) -> String? {
    let candidates = bodies.filter { !BodyRegistryFilters.isCoronial($0.name) }
    let ns = doc.text
    let limit = max(2000, ns.length * 2 / 5)
    // 1. Letterhead: short blocks before the salutation or the first long paragraph.
    for b in doc.blocks.prefix(6) {
      let t = doc.text(of: b.span)
      if t.count > 160 || t.hasPrefix("Dear ") { break }
      if let resolved = registry.resolve(t) { return resolved }
      if let m = candidates.first(where: { b.span.contains($0.span) }) { return m.name }
    }
    var slugName: String?
    // 2. The respondent in the judiciary's file name ("…_response-2-nhs-england.txt").
    let fn = fileName as NSString
    if let m = AuthorFinder.respondentSlug.firstMatch(in: fileName, range: NSRange(location: 0, length: fn.length)) {
      let slug = fn.substring(with: m.range(at: 1)).lowercased()
      if let hit = bestSlugMatch(slug, candidates) { return hit }
      // The file slug is the report's addressee cut short: the report names the body in full.
      for a in reportAddressees where AuthorFinder.slug(a).hasPrefix(slug) || slug.hasPrefix(AuthorFinder.slug(a)) {
        if let resolved = registry.resolve(a) { return resolved }
      }
      if let resolved = registry.resolve(slug.replacingOccurrences(of: "-", with: " ")) { return resolved }
      slugName = AuthorFinder.nameFromSlug(slug)
    }
    // 3. Self-references in the opening part of the letter.
    for m in candidates where doc.text.utf16Offset(scalar: m.span.start) < limit {
      let r = doc.text.nsRange(m.span)
      let start = max(0, r.location - 90)
      let pre = ns.substring(with: NSRange(location: start, length: r.location - start))
      if AuthorFinder.before.firstMatch(in: pre, range: NSRange(location: 0, length: (pre as NSString).length)) != nil {
        return m.name
      }
      let end = r.location + r.length
      let post = ns.substring(with: NSRange(location: end, length: min(60, ns.length - end)))
      if AuthorFinder.after.firstMatch(in: post, range: NSRange(location: 0, length: (post as NSString).length)) != nil {
        return m.name
      }
    }
    // 4. Signature: short blocks at the end.
    for b in doc.blocks.suffix(4).reversed() {
      let t = doc.text(of: b.span)
      guard t.count <= 120 else { continue }
      if let m = candidates.first(where: { b.span.contains($0.span) }) { return m.name }
    }
    // 5. A complete respondent name in the file name, then the body the letter names most.
    if let slugName { return slugName }
    var counts: [String: Int] = [:]
    for m in candidates { counts[m.name, default: 0] += 1 }
    return counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
  }

  /// The mentioned body whose name best matches a (possibly truncated) file-name slug.
  private func bestSlugMatch(_ slug: String, _ mentions: [BodyMention]) -> String? {
    var best: (String, Int)?
    for m in mentions {
      let s = AuthorFinder.slug(m.name)
      guard s.count >= 3 else { continue }
      // The longest prefix of the body's slug that the file slug contains.
      var n = s.count
      while n >= 3, !slug.contains(String(s.prefix(n))) { n -= 1 }
      let prefix = String(s.prefix(n))
      let whole = n == s.count || slug.hasSuffix(prefix)
      guard n >= min(12, s.count), whole else { continue }
      if best == nil || n > best!.1 { best = (m.name, n) }
    }
    return best?.0
  }

  /// Judiciary file names cut the respondent at 40 characters; a shorter one is whole and can be used as a name
  /// once its office-holder words are dropped ("the-chief-executive-of-acme-care" → "Acme Care").
  static func nameFromSlug(_ slug: String) -> String? {
    var words = slug.split(separator: "-").map(String.init)
    if slug.count >= 40, let last = words.last {
      // Cut mid-word: complete the organisational word it must be, or give up.
      guard last.count >= 3, let whole = completions.first(where: { $0.hasPrefix(last) }) else { return nil }
      words[words.count - 1] = whole
      if whole == "foundation" { words.append("trust") }
    }
    let offices: Set<String> = ["the", "chief", "executive", "officer", "of", "director", "president", "chair", "head",
      "secretary", "state", "for", "minister", "ceo", "medical", "nursing", "and", "operations"]
    if let ofIndex = words.lastIndex(of: "of"), words[..<ofIndex].allSatisfy({ offices.contains($0) }) {
      words = Array(words[(ofIndex + 1)...])
    }
    while let f = words.first, ["the", "chief", "executive", "officer", "ceo", "director", "president"].contains(f) {
      words.removeFirst()
    }
    guard !words.isEmpty, words.joined().count >= 4, slug.count < 40 || words.count >= 2 else { return nil }
    let small: Set<String> = ["and", "of", "for", "the", "on", "in"]
    let acronyms: Set<String> = ["nhs", "uk", "icb", "hm", "hmpps", "cqc", "nice", "tfl", "dft", "dhsc", "moj"]
    return words.enumerated().map { i, w in
      if acronyms.contains(w) { return w.uppercased() }
      return i > 0 && small.contains(w) ? w : w.prefix(1).uppercased() + w.dropFirst()
    }.joined(separator: " ")
  }

  private static let completions = [
    "foundation", "trust", "council", "county", "borough", "hospitals", "hospital", "service", "services",
    "commission", "board", "integrated", "association", "society", "college", "university", "police",
    "constabulary", "authority", "agency", "institute", "excellence", "department", "ambulance", "partnership",
  ]

  static func slug(_ s: String) -> String {
    var out = ""
    var dash = false
    for u in s.lowercased().unicodeScalars {
      if u.isASCII, u.properties.isAlphabetic || ("0"..."9").contains(u) {
        if dash, !out.isEmpty { out.append("-") }
        dash = false
        out.unicodeScalars.append(u)
      } else if u != "'" && u != "’" {
        dash = true
      }
    }
    return out
  }
}

/// Bodies that are never a response's author: the coroner's side.
enum BodyRegistryFilters {
  static func isCoronial(_ name: String) -> Bool {
    let l = name.lowercased()
    return l.contains("coroner") || l.contains("court") || l.contains("tribunal")
  }
}
