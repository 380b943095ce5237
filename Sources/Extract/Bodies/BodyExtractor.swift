import Foundation
import Model

/// Finds mentions of organisations and office-holders and resolves them through a registry.
///
/// One pass over the tokens walks a trie of every alias and pattern anchor; candidates are then taken
/// longest first without overlaps. Abbreviations the text defines ("Transport for London (TfL)") are
/// recognised for the rest of the document.
public struct BodyExtractor: Sendable {
  public let registry: BodyRegistry

  public init(registry: BodyRegistry = .standard) { self.registry = registry }

  public func extract(_ doc: ParsedDocument) -> [BodyMention] { extract(doc, author: nil) }

  /// With an `author`, "the Department", "our Trust" and the author's context aliases resolve to it too.
  public func extract(_ doc: ParsedDocument, author: String?) -> [BodyMention] {
    extract(doc, scan: scan(doc), author: author)
  }

  /// The trie's pass over a document, which does not depend on the author: scan once, extract for each author.
  public func scan(_ doc: ParsedDocument) -> BodyScan { scan(doc.text) }

  /// `extract(_:author:)` from a scan of the same document.
  public func extract(_ doc: ParsedDocument, scan: BodyScan, author: String?) -> [BodyMention] {
    mentions(scan, in: doc.text, author: author).map {
      BodyMention(text: doc.text.slice($0.range), span: doc.text.span($0.range), name: $0.name, rule: $0.rule)
    }
  }

  struct Found {
    var first: Int
    var end: Int
    var name: String
    var rule: String
    /// Lower wins a tie in length: registry, then author references, then patterns.
    var priority: Int
    var range = NSRange()
  }

  /// Mentions in `text` by UTF-16 range, in text order.
  /// `caseless` is for names typed without capitals (file-name slugs): case rules are off and name
  /// patterns see every word as capitalised.
  func mentions(in text: some UTF16Text, author: String?, caseless: Bool = false) -> [Found] {
    mentions(scan(text, caseless: caseless), in: text, author: author)
  }

  func scan(_ text: some UTF16Text, caseless: Bool = false) -> BodyScan {
    var tokens = BodyTokenizer.tokens(text)
    if caseless {
      for k in tokens.indices where tokens[k].isWord && !BodyPattern.connectors.contains(tokens[k].key) && tokens[k].key != "the" {
        tokens[k].text = tokens[k].text.prefix(1).uppercased() + tokens[k].text.dropFirst()
      }
    }
    var scan = BodyScan(tokens: tokens, caseless: caseless)
    for i in tokens.indices {
      var alias: (end: Int, index: Int)?
      var context: (end: Int, owners: [Int])?
      var generic: (end: Int, head: String)?
      var suffix: (end: Int, pattern: BodyPattern)?
      var prefix: (end: Int, pattern: BodyPattern)?
      for hit in registry.trie.hits(in: tokens, from: i, caseless: caseless) {
        switch hit.kind {
        case .alias(let k): if alias == nil || hit.end > alias!.end { alias = (hit.end, k) }
        case .context(let k):
          if context == nil || hit.end > context!.end { context = (hit.end, [k]) }
          else if hit.end == context!.end { context!.owners.append(k) }
        case .generic(let head): generic = (hit.end, head)
        case .suffix(let p): if suffix == nil || hit.end > suffix!.end { suffix = (hit.end, p) }
        case .prefix(let p): if prefix == nil || hit.end > prefix!.end { prefix = (hit.end, p) }
        }
      }
      if alias != nil || generic != nil { scan.leads.append((i, alias, generic)) }
      if let c = context { scan.contextHits.append((i, c.end, c.owners)) }
      if let s = suffix { scan.suffixes.append((i, s.end, s.pattern)) }
      if let p = prefix { scan.prefixes.append((i, p.end, p.pattern)) }
    }
    return scan
  }

  /// Mentions from a scan of `text`, resolving author references ("the Department", "our Trust") to `author`.
  func mentions(_ scan: BodyScan, in text: some UTF16Text, author: String?) -> [Found] {
    let tokens = scan.tokens
    let contextHits = scan.contextHits
    let suffixes = scan.suffixes
    let prefixes = scan.prefixes
    let entries = registry.entries
    var candidates: [Found] = []
    for (i, alias, generic) in scan.leads {
      if let a = alias { candidates.append(Found(first: i, end: a.end, name: entries[a.index].name, rule: "registry", priority: 0)) }
      if let g = generic, let author, registry.fits(author: author, head: g.head) {
        candidates.append(Found(first: i, end: g.end, name: author, rule: "author", priority: 1))
      }
    }

    // Pattern names stop where a known body or another pattern's fixed words begin or end.
    var stopLeft = Set(candidates.lazy.filter { $0.priority == 0 }.map { $0.end - 1 })
    stopLeft.formUnion(suffixes.map { $0.end - 1 })
    var stopRight = Set(candidates.lazy.filter { $0.priority == 0 }.map(\.first))
    stopRight.formUnion(prefixes.map(\.first))
    stopRight.formUnion(suffixes.map(\.first))
    for s in suffixes {
      if let f = suffixName(tokens, s.first, s.end, s.pattern, stopLeft, text) {
        candidates.append(f)
        stopRight.insert(f.first)
      }
    }
    let registryStarts = Set(candidates.lazy.filter { $0.priority == 0 }.map(\.first))
    // "Royal College of Physicians Patient Safety Committee" is the known college, not a new one.
    for p in prefixes where !registryStarts.contains(p.first) {
      if let f = prefixName(tokens, p.first, p.end, p.pattern, stopRight, text) { candidates.append(f) }
    }

    var taken = [Bool](repeating: false, count: tokens.count)
    var accepted: [Found] = []
    func accept(_ f: Found) -> Bool {
      guard f.first < f.end, !(f.first..<f.end).contains(where: { taken[$0] }) else { return false }
      for k in f.first..<f.end { taken[k] = true }
      var f = f
      let a = tokens[f.first].range.location
      f.range = NSRange(location: a, length: NSMaxRange(tokens[f.end - 1].range) - a)
      accepted.append(f)
      return true
    }
    candidates.sort { ($0.end - $0.first, -$0.priority, -$0.first) > ($1.end - $1.first, -$1.priority, -$1.first) }
    for c in candidates { _ = accept(c) }

    // Abbreviations defined in the text: "Full Name (ABBR)".
    var abbreviations: [String: String] = [:]
    var byEnd: [Int: Found] = [:]
    for f in accepted { byEnd[f.end] = f }
    var k = 0
    while k + 2 < tokens.count {
      defer { k += 1 }
      guard tokens[k].text == "(", tokens[k + 2].text == ")", BodyExtractor.looksLikeAbbreviation(tokens[k + 1].text)
      else { continue }
      let abbr = tokens[k + 1].text
      if let f = byEnd[k] {
        // "NHS England (PFDs)" is not a definition: the letters must come from the name.
        if BodyExtractor.abbreviates(abbr, text.substring(with: f.range)) { abbreviations[abbr] = f.name }
      } else if !taken[k - (k > 0 ? 1 : 0)], let f = definedName(tokens, before: k, abbreviation: abbr, text) {
        if accept(f) { abbreviations[abbr] = f.name }
      }
    }
    if !abbreviations.isEmpty {
      for (i, t) in tokens.enumerated() where !taken[i] && t.isWord {
        if let name = abbreviations[t.text] { _ = accept(Found(first: i, end: i + 1, name: name, rule: "abbreviation", priority: 0)) }
      }
    }

    // Context aliases ("the watchdog"): the author if it owns one, else the one owner the text names.
    let named = Set(accepted.map(\.name))
    for c in contextHits {
      let owners = c.owners.map { entries[$0].name }
      var name: String?
      if let author, owners.contains(author) {
        name = author
      } else {
        let present = owners.filter { named.contains($0) }
        if present.count == 1 { name = present[0] }
      }
      if let name { _ = accept(Found(first: c.first, end: c.end, name: name, rule: "context", priority: 0)) }
    }

    if scan.caseless {
      for k in accepted.indices where accepted[k].rule.hasPrefix("pattern") {
        accepted[k].name = BodyExtractor.recased(accepted[k].name)
      }
    }
    return accepted.sorted { $0.range.location < $1.range.location }
  }

  /// "west suffolk nhs foundation trust" → "West Suffolk NHS Foundation Trust".
  static func recased(_ name: String) -> String {
    name.split(separator: " ").map { w -> String in
      let lower = w.lowercased()
      if ["nhs", "icb", "uk", "hm", "plc", "llp"].contains(lower) { return lower.uppercased() }
      if BodyPattern.connectors.contains(lower) || lower == "the" { return lower }
      return w.prefix(1).uppercased() + w.dropFirst()
    }.joined(separator: " ")
  }

  /// "X County Council": walks left from the fixed words over capitalised words and connectors.
  private func suffixName(
    _ tokens: [BodyToken], _ first: Int, _ end: Int, _ pattern: BodyPattern, _ stop: Set<Int>, _ text: some UTF16Text
  ) -> Found? {
    var j = first - 1
    while j >= 0, first - j <= 8, !tokens[j + 1].breakBefore, !stop.contains(j) {
      let t = tokens[j]
      if t.isCapitalised, !BodyPattern.roleWords.contains(t.text) {
        j -= 1
        // ICBs are "NHS <place> Integrated Care Board": the name starts at "NHS".
        if pattern.family == .icb, t.text == "NHS" { break }
      } else if BodyPattern.connectors.contains(t.text) || t.text == "'s" {
        j -= 1
      } else {
        break
      }
    }
    var start = j + 1
    while start < first, isNoise(tokens, start) { start += 1 }
    guard start < first, tokens[start].isCapitalised else { return nil }
    if pattern.family == .bareCouncil {
      guard first - start <= 5, !BodyPattern.notLocalCouncil.contains(tokens[first - 1].text) else { return nil }
    }
    // Public bodies spell "&" out ("NHS Derby & Derbyshire ICB"); companies keep theirs ("A&B Healthcare Ltd").
    let spell = pattern.family != .company
    var name = BodyExtractor.printed(tokens, start, end, text, spellAmpersand: spell)
    if pattern.family == .icb {
      var place = BodyExtractor.printed(tokens, start, first, text)
      if place.hasPrefix("NHS ") { place.removeFirst(4) }
      name = "NHS \(place) Integrated Care Board"
    }
    return Found(first: start, end: end, name: name, rule: pattern.rule, priority: 2)
  }

  /// "London Borough of X": walks right from the fixed words.
  private func prefixName(
    _ tokens: [BodyToken], _ first: Int, _ end: Int, _ pattern: BodyPattern, _ stop: Set<Int>, _ text: some UTF16Text
  ) -> Found? {
    var j = end
    while j < tokens.count, j - end < 8, !tokens[j].breakBefore, !stop.contains(j) {
      let t = tokens[j]
      if t.isCapitalised, !BodyPattern.roleWords.contains(t.text) || j == end {
        j += 1
      } else if BodyPattern.connectors.contains(t.text) {
        j += 1
      } else {
        break
      }
    }
    while j > end, !tokens[j - 1].isCapitalised { j -= 1 }
    guard j > end else { return nil }
    return Found(first: first, end: j, name: BodyExtractor.printed(tokens, first, j, text), rule: pattern.rule, priority: 2)
  }

  /// A name the text introduces with its own abbreviation ("the Women's Justice Board (WJB)").
  private func definedName(_ tokens: [BodyToken], before paren: Int, abbreviation: String, _ text: some UTF16Text) -> Found? {
    guard paren > 0, tokens[paren - 1].isCapitalised, BodyExtractor.organisationHeads.contains(tokens[paren - 1].text)
    else { return nil }
    let letters = Array(abbreviation.uppercased().unicodeScalars.filter { $0.properties.isUppercase })
    var initials: [Unicode.Scalar] = []
    var j = paren - 1
    while j >= 0, paren - j <= 10, !tokens[j + 1].breakBefore {
      let t = tokens[j]
      if t.isCapitalised {
        if let f = t.text.unicodeScalars.first { initials.insert(Unicode.Scalar(String(f).uppercased())!, at: 0) }
        if initials == letters { break }
        if initials.count > letters.count { return nil }
      } else if !(BodyPattern.connectors.contains(t.text) || t.text == "'s" || t.text == "for" || t.text == "the") {
        return nil
      }
      j -= 1
    }
    guard j >= 0, initials == letters else { return nil }
    return Found(first: j, end: paren, name: BodyExtractor.printed(tokens, j, paren, text), rule: "abbreviation", priority: 0)
  }

  private func isNoise(_ tokens: [BodyToken], _ i: Int) -> Bool {
    let t = tokens[i]
    if BodyPattern.connectors.contains(t.text) || !t.isWord { return true }
    guard BodyPattern.leadingNoise.contains(t.text) else { return false }
    // "A&B Healthcare Ltd" keeps its "A".
    return !(i + 1 < tokens.count && tokens[i + 1].text == "&")
  }

  /// The text from token `a` to before token `b`, with whitespace collapsed and " & " spelt "and".
  static func printed(_ tokens: [BodyToken], _ a: Int, _ b: Int, _ text: some UTF16Text, spellAmpersand: Bool = true) -> String {
    let start = tokens[a].range.location
    let raw = text.substring(with: NSRange(location: start, length: NSMaxRange(tokens[b - 1].range) - start))
    let words = raw.split(whereSeparator: { $0.isWhitespace }).map { $0 == "&" && spellAmpersand ? "and" : String($0) }
    return words.joined(separator: " ").replacingOccurrences(of: "’", with: "'")
  }

  /// True when the capitals of `abbreviation` appear in order among the capitals of `name`.
  static func abbreviates(_ abbreviation: String, _ name: String) -> Bool {
    let want = abbreviation.unicodeScalars.filter { $0.properties.isUppercase }
    let have = name.unicodeScalars.filter { $0.properties.isUppercase }
    guard !want.isEmpty else { return false }
    var i = have.startIndex
    for w in want {
      guard let hit = have[i...].firstIndex(of: w) else { return false }
      i = have.index(after: hit)
    }
    return true
  }

  /// "TfL", "LBH", "RCoA": two or more capitals, no more than ten characters, letters and "&" only.
  static func looksLikeAbbreviation(_ s: String) -> Bool {
    guard s.count >= 2, s.count <= 10 else { return false }
    var uppers = 0
    for u in s.unicodeScalars {
      if u.properties.isUppercase { uppers += 1 } else if !u.properties.isAlphabetic && u != "&" { return false }
    }
    return uppers >= 2
  }

  /// Last words of a name that make it an organisation rather than a thing ("… Board", "… Agency").
  static let organisationHeads: Set<String> = [
    "Board", "Agency", "Service", "Services", "Council", "Committee", "Commission", "Authority", "Trust", "Group",
    "Association", "Society", "Institute", "Office", "Partnership", "Network", "Unit", "Centre",
    "Foundation", "College", "Directorate", "Executive", "Branch", "Panel", "Forum", "Alliance", "Federation",
    "Ombudsman", "Inspectorate", "Programme", "Team", "Collaborative", "Consortium", "Body", "Organisation",
    "Ltd", "Limited", "Company", "Charity", "Union", "Academy", "Faculty", "Police", "Constabulary", "Hospital",
  ]
}
