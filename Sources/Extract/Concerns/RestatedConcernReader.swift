import Foundation
import Model

/// Reads the coroner's concerns as a response or an article restates them: under headings
/// ("Matter of concern 1"), as a list after "the concerns are as follows:", or in prose
/// ("You expressed a concern that …").
struct RestatedConcernReader {
  private static let numberWord =
    #"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"#
  private static let ordinalWord =
    #"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"#
  // "Coroner's concern number three", "Matter of concern 1", "Concern 2:", "Response to concern (4)".
  private static let heading = try! ICURegex(#"^(?:[\d•▪·∙‣◦●■□]\s+(?=concern|matter|coroner))?(?:(?:response\s+to|in\s+response\s+to|re:?|regarding)\s+)?(?:the\s+)?(?:coroner[’']?s\s+)?(?:matters?\s+of\s+concern|areas?\s+of\s+concern|concern)\s*(?:number|no\.?)?\s*\(?("# + numberWord + #")\)?(?![\w/-])\s*(?:[:.\-–—]\s*)?"#,
    options: [.caseInsensitive])
  // "With regard your first matter of concern:", "Your second concern relates to …".
  private static let ordinalHeading = try! ICURegex(#"^(?:(?:with\s+regards?\s+(?:to\s+)?|in\s+(?:response|relation)\s+to\s+|turning\s+to\s+|regarding\s+|as\s+to\s+)?(?:your|the|the\s+coroner[’']?s)\s+)("# + ordinalWord + #")\s+(?:matter\s+of\s+concern|area\s+of\s+concern|concern)\b\s*[:.\-–—]?\s*"#,
    options: [.caseInsensitive])
  // A lead-in to a list of the coroner's concerns: "We note that the concerns are as follows:",
  // "I take the matters of concern … in turn", a heading "Coroner's concerns".
  private static let listLeadIn = try! ICURegex(#"\b(?:concerns?|matters?\s+of\s+concern|points|issues)\s+(?:[\w’']+\s+){0,6}?(?:are|were|is|was)\s+(?:as\s+follows|set\s+out|listed|summari[sz]ed|repeated|reproduced|restated)|\b(?:take|address|respond\s+to|consider|deal\s+with|turn\s+to|answer)\s+(?:each\s+of\s+)?(?:the|your|these|those)\s+(?:[\w’']+\s+){0,2}?(?:matters\s+of\s+concern|concerns|points|issues)\b|\b(?:raised|identified|listed|set\s+out|noted|highlighted)\s+the\s+following\s+(?:[\w’']+\s+)?(?:concerns|matters|points|issues)|^(?:the\s+)?(?:coroner[’']?s\s+)?(?:concerns|matters\s+of\s+concern|areas\s+of\s+concern)\b"#,
    options: [.caseInsensitive])
  // The points listed are the concerns when the sentence speaks of them.
  static let mentionsConcerns = WordLedRegex(#"\b(?:concerns?|matters?\s+of\s+concern|(?:points|issues|matters)\s+(?:you\s+)?(?:raised|identified|noted))\b"#,
    options: [.caseInsensitive], starts: WordStarts(prefixes: ["concern", "matter", "point", "issue"], nonASCII: true))
  // Lettered or numbered points run on in one sentence: "(a) … ; and (b) …".
  private static let inlineItem = try! ICURegex(#"(?:^|(?<=[\s:;,]))\(([a-h]|\d{1,2})\)\s+(?=\S)"#)
  // Sentences that restate a concern in the respondent's words.
  private static let prose = try! ICURegex(#"^(?:(?:Linked|Further|In\s+addition)\s+to\s+your\s+(?:"# + ordinalWord + #")\s+concern,\s+)?you\s+(?:have\s+|had\s+)?(?:also\s+|further\s+|additionally\s+)?(?:expressed|raised|note|noted|observed|recommended|mentioned|commented|highlighted|identified|stated|referred)\b|^Your\s+(?:\w+\s+){0,3}?(?:report|notice)\s+(?:also\s+)?(?:specifically\s+)?(?:raised|raises|highlighted|highlights|identified|identifies|expressed|expresses)\s+(?:(?:a|the|your|some)\s+)?(?:concerns?|issues?|risks?)\b|^(?:I\s+understand\s+(?:that\s+)?)?the\s+inquest\s+(?:was\s+)?(?:also\s+)?(?:advised|told|heard|found|learned|learnt)\s+that\b|^I\s+understand\s+your\s+concerns?\b|\byou\s+(?:are|were)\s+concerned\s+that\b"#,
    options: [.caseInsensitive])
  private static let explicitlyNew = try! ICURegex(#"^(?:Linked|Further|In\s+addition)\s+to\s+your\s+\w+\s+concern|^you\s+(?:have\s+)?also\b|\byour\s+(?:"# + ordinalWord + #")\s+concern\b"#,
    options: [.caseInsensitive])
  // "raised concerns over X, and that Y": two restated concerns in one sentence.
  private static let andThat = try! ICURegex(#",\s+and\s+(that\s+\S)"#)

  private struct Found {
    var number: Int
    var range: NSRange
    var rule: String
  }

  func read(_ doc: ParsedDocument) -> [Concern] {
    let ns = doc.text
    var found = headings(doc, ns) + lists(doc, ns)
    if found.isEmpty { found = proseRestatements(doc, ns) }
    // A concern restated twice (listed, then under its own heading) is kept where it first appears.
    var seen = Set<Int>()
    return found.sorted { $0.range.location < $1.range.location }.compactMap { f in
      guard seen.insert(f.number).inserted else { return nil }
      return Concern(number: f.number, text: doc.text.slice(f.range), span: doc.text.span(f.range), rule: f.rule)
    }
  }

  private func blockRange(_ doc: ParsedDocument, _ i: Int) -> NSRange {
    doc.text.nsRange(doc.blocks[i].span)
  }

  private func words(_ s: String) -> Int { s.split(whereSeparator: { $0 == " " || $0 == "\n" }).count }

  // MARK: Headings

  private func headings(_ doc: ParsedDocument, _ ns: DocumentText) -> [Found] {
    var out: [Found] = []
    for i in doc.blocks.indices {
      let r = blockRange(doc, i)
      let text = doc.text.slice(r)
      var number: Int?
      var rest = r
      if let m = Self.heading.firstMatch(in: ns, within: r) {
        number = ConcernLabel.number(doc.text.slice(m.range(at: 1)))
        rest = NSRange(location: m.range.location + m.range.length, length: r.location + r.length - m.range.location - m.range.length)
      } else if let m = Self.ordinalHeading.firstMatch(in: ns, within: r) {
        number = ConcernLabel.number(doc.text.slice(m.range(at: 1)))
        rest = NSRange(location: m.range.location + m.range.length, length: r.location + r.length - m.range.location - m.range.length)
      }
      guard let number else { continue }
      let remainder = ConcernPiece.trimmed(rest, in: ns.nsString)
      let short = words(text) <= 12 && !text.hasSuffix(".")
      if !short, let remainder, words(doc.text.slice(remainder)) >= 4 {
        // "Concern 2: The trust has no policy on …": the restated concern follows on the same line.
        out.append(Found(number: number, range: remainder, rule: "restated.heading"))
        continue
      }
      guard short || text.hasSuffix(":") else { continue }
      if let body = restatementBody(doc, after: i, ns) {
        out.append(Found(number: number, range: body, rule: "restated.heading"))
      } else {
        out.append(Found(number: number, range: r, rule: "restated.heading"))
      }
    }
    return out
  }

  /// The paragraph restating a concern after its heading, with any quotation it continues.
  private func restatementBody(_ doc: ParsedDocument, after i: Int, _ ns: DocumentText) -> NSRange? {
    var j = i + 1
    while j < doc.blocks.count, doc.blocks[j].kind == .heading, words(doc.text.slice(doc.blocks[j].span)) <= 3 { j += 1 }
    guard j < doc.blocks.count else { return nil }
    let first = blockRange(doc, j)
    let text = doc.text.slice(first)
    if Self.heading.firstMatch(in: ns, within: first) != nil { return nil }
    var end = first.location + first.length
    // A quotation of the coroner's words may run over several paragraphs.
    if let c = text.first, "\"“‘'".contains(c), !(text.hasSuffix("”") || text.hasSuffix("\"") || text.hasSuffix("”.")) {
      var k = j + 1
      while k < doc.blocks.count, k < j + 8 {
        let r = blockRange(doc, k)
        let t = doc.text.slice(r)
        end = r.location + r.length
        if t.hasSuffix("”") || t.hasSuffix("\"") || t.hasSuffix("”.") || t.hasSuffix("\".") { break }
        k += 1
      }
    }
    return NSRange(location: first.location, length: end - first.location)
  }

  // MARK: Lists

  private func lists(_ doc: ParsedDocument, _ ns: DocumentText) -> [Found] {
    var out: [Found] = []
    var i = 0
    while i < doc.blocks.count {
      let r = blockRange(doc, i)
      let text = doc.text.slice(r)
      // The shape first: the expression is costly and most blocks neither end in a colon nor are headings.
      let leadIn = (text.hasSuffix(":") || (doc.blocks[i].kind == .heading && words(text) <= 14))
        && Self.listLeadIn.firstMatch(in: ns, within: r) != nil
        && Self.heading.firstMatch(in: ns, within: r) == nil && Self.ordinalHeading.firstMatch(in: ns, within: r) == nil
      if leadIn {
        let items = listItems(doc, from: i + 1, ns)
        out += items
        if !items.isEmpty { i += 1; continue }
      }
      // "(a) the driver's adherence to training; and (b) the failure to contact the police".
      if Self.mentionsConcerns.firstMatch(in: ns, within: r) != nil {
        out += inlineItems(r, ns)
      }
      i += 1
    }
    return out
  }

  /// Numbered or lettered items 1, 2, 3… (or a, b, c…) after a lead-in; the respondent's answers
  /// may come between them. The run ends at a break in the sequence.
  private func listItems(_ doc: ParsedDocument, from start: Int, _ ns: DocumentText) -> [Found] {
    var out: [Found] = []
    var style: ConcernLabel.Style?
    var expected = 1
    var previousLetter: Int?
    var gap = 0
    var j = start
    while j < doc.blocks.count {
      let b = doc.blocks[j]
      let r = blockRange(doc, j)
      if Self.heading.firstMatch(in: ns, within: r) != nil || Self.ordinalHeading.firstMatch(in: ns, within: r) != nil { break }
      guard let marker = b.marker, let parsed = ConcernLabel.parse(marker: marker, previousLetter: previousLetter),
        parsed.style != .bullet
      else {
        gap += 1
        // Before the first item only a line or two may intervene; between items, the answers.
        if style == nil && gap > 1 { break }
        if gap > 12 { break }
        j += 1
        continue
      }
      if style == nil {
        guard parsed.value == 1 else { break }
        style = parsed.style
      }
      guard parsed.style == style else {
        j += 1  // a sub-item of the respondent's answer
        continue
      }
      guard parsed.value == expected else { break }
      if parsed.style == .letter { previousLetter = parsed.value }
      var range = r
      let text = doc.text.slice(r)
      // "1. Communication" then the coroner's words in quotation marks.
      if words(text) <= 6, j + 1 < doc.blocks.count, doc.blocks[j + 1].marker == nil {
        let next = blockRange(doc, j + 1)
        let t = doc.text.slice(next)
        if let c = t.first, "\"“‘".contains(c) { range = NSRange(location: r.location, length: next.location + next.length - r.location) }
      }
      out.append(Found(number: expected, range: range, rule: "restated.list"))
      expected += 1
      gap = 0
      j += 1
    }
    return out.count >= 1 ? out : []
  }

  private func inlineItems(_ r: NSRange, _ ns: DocumentText) -> [Found] {
    let ms = Self.inlineItem.matches(in: ns, within: r)
    var run: [ICUMatch] = []
    for m in ms {
      let label = ns.substring(with: m.range(at: 1))
      guard let parsed = ConcernLabel.parse(marker: label) else { continue }
      if parsed.value == run.count + 1 { run.append(m) }
    }
    guard run.count >= 2 else { return [] }
    return run.enumerated().compactMap { i, m in
      let start = m.range.location + m.range.length
      var end = i + 1 < run.count ? run[i + 1].range.location : r.location + r.length
      if i + 1 == run.count {
        // The last item ends with its sentence.
        let dot = ns.nsString.range(of: ". ", options: [], range: NSRange(location: start, length: end - start))
        if dot.location != NSNotFound { end = dot.location }
      }
      guard let t = ConcernPiece.trimmed(NSRange(location: start, length: end - start), in: ns.nsString) else { return nil }
      return Found(number: i + 1, range: t, rule: "restated.inline")
    }
  }

  // MARK: Prose

  private func proseRestatements(_ doc: ParsedDocument, _ ns: DocumentText) -> [Found] {
    var out: [Found] = []
    var lastSentence = -2
    for (k, sentence) in doc.sentences.enumerated() {
      let r = doc.text.nsRange(sentence.span)
      guard Self.prose.firstMatch(in: ns, within: r) != nil else { continue }
      let continues = k == lastSentence + 1 && doc.sentences[lastSentence].block == sentence.block
        && Self.explicitlyNew.firstMatch(in: ns, within: r) == nil
      lastSentence = k
      if continues, !out.isEmpty {
        out[out.count - 1].range.length = r.location + r.length - out[out.count - 1].range.location
        continue
      }
      // "… raised concerns over X, and that Y": Y is a second concern.
      if let m = Self.andThat.firstMatch(in: ns, within: r),
        ns.nsString.range(of: "concern", options: .caseInsensitive, range: NSRange(location: r.location, length: m.range.location - r.location)).location != NSNotFound
      {
        let second = m.range(at: 1).location
        out.append(Found(number: out.count + 1, range: NSRange(location: r.location, length: m.range.location - r.location), rule: "restated.prose"))
        out.append(Found(number: out.count + 1, range: NSRange(location: second, length: r.location + r.length - second), rule: "restated.prose"))
        continue
      }
      out.append(Found(number: out.count + 1, range: r, rule: "restated.prose"))
    }
    return out
  }
}
