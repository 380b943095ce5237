import Foundation
import Model

/// Reads the concerns a coroner sets out in the "CORONER'S CONCERNS" section of a report.
struct ReportConcernReader {
  // The section heading as the template prints it, and the template's own lead-in line.
  private static let sectionStart = try! NSRegularExpression(
    pattern: #"CORONER[’'`]?S\s+CONCERNS?\b|MATTERS\s+OF\s+CONCERN\s+are\s+as\s+follows\s*[:.]?"#)
  private static let sectionEnd = try! NSRegularExpression(
    pattern: #"^(?:\d{1,2}\s*[.)]?\s*)?(?:ACTION\s+SHOULD\s+BE\s+TAKEN|YOUR\s+RESPONSE|COPIES\b|PUBLICATION\b|CORONER[’']?S\s+(?:DETAILS|NAME)|SIGNED\b|SIGNATURE\b)|^(?:Dated?|Signed|Signature)\s*[:\-]|^In\s+my\s+opinion\s+(?:urgent\s+)?action\s+should\s+be\s+taken|^(?:Dated?\s*:?\s*)?\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\s*$"#)
  // The template's standard sentences that introduce the concerns without being one.
  private static let boilerplate = try! NSRegularExpression(
    pattern: #"(?:During\s+the\s+course\s+of\s+the\s+(?:inquest|investigation)[^.]{0,60}?evidence\s+revealed\s+matters\s+giving\s+rise\s+to\s+concern|In\s+my\s+opinion\s+there\s+is\s+a\s+risk\s+that\s+future\s+deaths\s+(?:will|could|may)\s+occur\s+unless\s+action\s+is\s+taken|In\s+the\s+circumstances\s+it\s+is\s+my\s+statutory\s+duty\s+to\s+report\s+to\s+you|The\s+MATTERS\s+OF\s+CONCERN\s+are\s+as\s+follows)[.:]?"#,
    options: [.caseInsensitive])
  // "Concern 1:", "Concern (2) is that", "Matter of concern 3 -".
  private static let textLabel = try! NSRegularExpression(
    pattern: #"^(?:(?:the\s+)?(?:coroner[’']?s\s+)?(?:matter\s+of\s+concern|concern|issue)\s*(?:number\s+|no\.?\s*)?\(?(\d{1,2})\)?(?=[\s:.\-–—)]))\s*(?:[:.\-–—]\s*)?"#,
    options: [.caseInsensitive])
  private static let leadingNumber = try! NSRegularExpression(pattern: #"^(?:\((\d{1,2})\)|(\d{1,2})[.)])\s+(?=\S)"#)
  // "(1) … (2) …" run on inside one paragraph.
  private static let inlineNumber = try! NSRegularExpression(pattern: #"(?:^|(?<=[\s:;,.—–-]))\((\d{1,2})\)\s+(?=\S)"#)
  // A sentence that moves on to a further point inside one paragraph.
  private static let furtherPoint = try! NSRegularExpression(
    pattern: #"(?<=[.;])\s+(?=(?:Furthermore|Secondly|Thirdly|Fourthly|Additionally|In\s+addition|Moreover),|(?:A\s+further|Another|A\s+second|A\s+third)\s+(?:concern|matter|issue)\b)"#)
  // Wording that shows a paragraph states a failing or a risk rather than background.
  private static let failing = try! NSRegularExpression(
    pattern: #"\b(?:not|no|never|neither|nor|none|nothing|lack\w*|fail\w*|absen(?:ce|t)|unclear|unable|unaware|inadequate\w*|insufficient\w*|delay\w*|shortage\w*|miss(?:ed|ing)|accidents?|unsafe|cannot|can['’]t|\w+n['’]t|without|limitation\w*|inconsisten\w*|variation|vari(?:ed|ing)|risks?|danger\w*|damage\w*|rarely|concerned|concerning|of\s+concern|my\s+concern|the\s+concern|poor\w*|inaccura\w*|errors?|mistakes?|problem\w*|deficien\w*|gaps?|confusion|difficult\w*)\b"#,
    options: [.caseInsensitive])
  // A closing paragraph: a summary of the concerns or the coroner's request, not a further concern.
  private static let closing = try! NSRegularExpression(
    pattern: #"^(?:In\s+short|In\s+summary|In\s+conclusion|To\s+summari[sz]e|Overall|For\s+these\s+reasons)\b|\bI\s+(?:would\s+|do\s+)?(?:therefore\s+)?(?:request|ask|urge|invite)\b|\bare\s+(?:therefore\s+)?asked\s+to\b|\bneeds?\s+to\s+be\s+looked\s+at\b|\bare\s+the\s+organisations?\s+with\s+the\s+power\b"#,
    options: [.caseInsensitive])
  // A paragraph that carries on the one before it.
  private static let continuation = try! NSRegularExpression(
    pattern: #"^(?:This|These|That|Those|Such)\s+(?!is\s+despite)(?:\w+\s+){0,3}?(?:meant|means|led|leads|resulted|results|outlined|described|shows|showed|demonstrates|document|policy|guidance|failure)\b|^(?:The|This|That)\s+failure\s+to\b|^(?:As\s+a\s+(?:result|consequence)(?:\s+of\b|\s*,)|Consequently\s*,)"#,
    options: [.caseInsensitive])
  private static let quoteOpeners: Set<unichar> = [0x22, 0x201C, 0x2018, 0x27]

  /// The concerns, or nil when the document has no concerns section.
  func read(_ doc: ParsedDocument) -> [Concern]? {
    guard let pieces = sectionPieces(doc) else { return nil }
    let ns = doc.text.nsString
    let split = pieces.flatMap { splitInline($0, ns) }
    let labelled = split.contains { $0.label != nil }
    let drafts = labelled ? readLabelled(split, ns) : readUnlabelled(split, ns)
    return drafts.map { d in
      let range = NSRange(location: d.start, length: d.end - d.start)
      let span = doc.text.span(range)
      return Concern(number: d.number, text: ns.substring(with: range), span: span, rule: d.rule)
    }
  }

  struct Draft {
    var number: Int
    var start: Int
    var end: Int
    var rule: String
  }

  // MARK: Section

  func sectionPieces(_ doc: ParsedDocument) -> [ConcernPiece]? {
    let ns = doc.text.nsString
    var pieces: [ConcernPiece] = []
    var inside = false
    for block in doc.blocks {
      let r = doc.text.nsRange(block.span)
      if !inside {
        guard let m = Self.sectionStart.firstMatch(in: doc.text.nsString, within: r) else { continue }
        // In running prose "the coroner's concerns" is a mention, not the section.
        let before = NSRange(location: r.location, length: m.range.location - r.location)
        if before.length > 12, ns.substring(with: before).rangeOfCharacter(from: .lowercaseLetters) != nil { continue }
        inside = true
        var rest = NSRange(location: m.range.location + m.range.length, length: r.location + r.length - (m.range.location + m.range.length))
        // A second template line in the same block ("CORONER'S CONCERNS The MATTERS OF CONCERN are…").
        while let again = Self.sectionStart.firstMatch(in: doc.text.nsString, within: rest), again.range.location - rest.location < 4 {
          rest = NSRange(location: again.range.location + again.range.length, length: rest.location + rest.length - again.range.location - again.range.length)
        }
        if let t = ConcernPiece.trimmed(rest, in: ns), let cleaned = stripBoilerplate(t, ns) {
          pieces.append(labelled(ConcernPiece(range: cleaned, kind: .paragraph, marker: nil), ns))
        }
        continue
      }
      if Self.sectionEnd.firstMatch(in: doc.text.nsString, within: r) != nil { break }
      if Self.sectionStart.firstMatch(in: doc.text.nsString, within: r).map({ $0.range.location == r.location }) ?? false {
        // The template's "The MATTERS OF CONCERN are as follows" after the intro.
        let after = NSRange(location: r.location, length: r.length)
        if let cleaned = stripBoilerplate(after, ns) {
          pieces.append(labelled(ConcernPiece(range: cleaned, kind: block.kind, marker: block.marker), ns))
        }
        continue
      }
      guard let cleaned = stripBoilerplate(r, ns) else { continue }
      pieces.append(labelled(ConcernPiece(range: cleaned, kind: block.kind, marker: cleaned.location == r.location ? block.marker : nil), ns))
    }
    return inside ? pieces : nil
  }

  /// The range without the template's introductory sentences; nil when nothing else is left.
  private func stripBoilerplate(_ r: NSRange, _ ns: NSString) -> NSRange? {
    var start = r.location
    for m in Self.boilerplate.matches(in: ns, within: r) {
      let head = NSRange(location: start, length: m.range.location - start)
      // Only sentences at the start are the template's; later ones are quoted in a concern.
      if let t = ConcernPiece.trimmed(head, in: ns), t.length > 2 { break }
      start = m.range.location + m.range.length
    }
    return ConcernPiece.trimmed(NSRange(location: start, length: r.location + r.length - start), in: ns)
  }

  /// Attaches the number a piece prints, from its list marker or its opening words.
  private func labelled(_ p: ConcernPiece, _ ns: NSString) -> ConcernPiece {
    var p = p
    if let marker = p.marker, let parsed = ConcernLabel.parse(marker: marker), parsed.style != .bullet {
      p.label = parsed
      return p
    }
    if let m = Self.textLabel.firstMatch(in: ns, within: p.range), let n = Int(ns.substring(with: m.range(at: 1))) {
      p.label = (.digit, n)
    } else if let m = Self.leadingNumber.firstMatch(in: ns, within: p.range) {
      let g = m.range(at: 1).location != NSNotFound ? m.range(at: 1) : m.range(at: 2)
      if let n = Int(ns.substring(with: g)) {
        p.label = (.digit, n)
        let rest = NSRange(location: m.range.location + m.range.length, length: p.end - m.range.location - m.range.length)
        if let t = ConcernPiece.trimmed(rest, in: ns) { p.range = t }
      }
    }
    return p
  }

  /// Splits "(1) … (2) …" written inside one paragraph into labelled pieces.
  private func splitInline(_ p: ConcernPiece, _ ns: NSString) -> [ConcernPiece] {
    let ms = Self.inlineNumber.matches(in: ns, within: p.range)
    var run: [NSTextCheckingResult] = []
    for m in ms {
      guard let n = Int(ns.substring(with: m.range(at: 1))) else { continue }
      let firstExpected = p.label?.value == 1 && p.label?.style == .digit ? 2 : 1
      if n == firstExpected + run.count { run.append(m) }
    }
    let firstIsLabel = p.label?.style == .digit && p.label?.value == 1
    guard run.count >= (firstIsLabel ? 1 : 2) else { return [p] }
    var out: [ConcernPiece] = []
    let head = NSRange(location: p.range.location, length: run[0].range.location - p.range.location)
    if let t = ConcernPiece.trimmed(head, in: ns) {
      var first = p
      first.range = t
      out.append(first)
    }
    for (i, m) in run.enumerated() {
      let start = m.range.location + m.range.length
      let end = i + 1 < run.count ? run[i + 1].range.location : p.end
      guard let t = ConcernPiece.trimmed(NSRange(location: start, length: end - start), in: ns) else { continue }
      let n = Int(ns.substring(with: m.range(at: 1)))!
      out.append(ConcernPiece(range: t, kind: .paragraph, marker: nil, label: (.digit, n)))
    }
    return out
  }

  // MARK: Labelled concerns

  private func readLabelled(_ pieces: [ConcernPiece], _ ns: NSString) -> [Draft] {
    let styles = pieces.compactMap { $0.label?.style }
    let top: ConcernLabel.Style =
      styles.contains(.digit) ? .digit : styles.contains(.letter) ? .letter : .roman
    var drafts: [Draft] = []
    var printed: [Int?] = []
    var afterHeading = false
    for p in pieces {
      if let label = p.label, label.style == top {
        drafts.append(Draft(number: 0, start: p.range.location, end: p.end, rule: "report.labelled"))
        printed.append(label.value)
        afterHeading = false
        continue
      }
      guard !drafts.isEmpty else { continue }  // a lead-in before the first concern
      let text = p.text(ns)
      if isHeading(p, text) {
        afterHeading = true
        continue
      }
      if afterHeading, p.label == nil {
        // "TO S2R:" then an unnumbered paragraph: a further concern for another addressee.
        drafts.append(Draft(number: 0, start: p.range.location, end: p.end, rule: "report.labelled.unnumbered"))
        printed.append(nil)
        afterHeading = false
        continue
      }
      drafts[drafts.count - 1].end = p.end
    }
    // Printed numbers are kept when they run 1, 2, 3…; otherwise the items are counted in order.
    let values = printed.compactMap { $0 }
    let usable = !values.isEmpty && zip(values, values.dropFirst()).allSatisfy { $1 == $0 + 1 }
    var next = 1
    for i in drafts.indices {
      if usable, let v = printed[i] {
        drafts[i].number = v
      } else {
        drafts[i].number = next
      }
      next = drafts[i].number + 1
    }
    return drafts
  }

  private func isHeading(_ p: ConcernPiece, _ text: String) -> Bool {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
    if p.kind == .heading { return words <= 12 }
    return words <= 8 && (text.hasSuffix(":") || text.uppercased() == text)
  }

  // MARK: Unnumbered concerns

  private struct Unit {
    var pieces: [ConcernPiece]
    var leadIn: Bool
    var bulletsFollowLeadIn = false
  }

  private func readUnlabelled(_ pieces: [ConcernPiece], _ ns: NSString) -> [Draft] {
    var units: [Unit] = []
    for p in pieces {
      let text = p.text(ns)
      let first = ns.character(at: p.range.location)
      let bullet = p.marker != nil || first == 0x2D || first == 0x2022 || first == 0x25CF || first == 0x2013
      if isHeading(p, text), !text.hasSuffix(":") {
        continue
      }
      if text.hasSuffix(":") {
        units.append(Unit(pieces: [p], leadIn: true))
        continue
      }
      if var last = units.last {
        if bullet, !last.leadIn || last.bulletsFollowLeadIn {
          if last.leadIn || last.bulletsFollowLeadIn {
            // Bullets after "… the following:" are the concerns themselves.
            units.append(Unit(pieces: [p], leadIn: false, bulletsFollowLeadIn: true))
          } else {
            last.pieces.append(p)
            units[units.count - 1] = last
          }
          continue
        }
        if bullet, last.leadIn {
          units.append(Unit(pieces: [p], leadIn: false, bulletsFollowLeadIn: true))
          continue
        }
        let quoted = Self.quoteOpeners.contains(first)
        if quoted || Self.continuation.firstMatch(in: ns, within: p.range) != nil {
          last.pieces.append(p)
          units[units.count - 1] = last
          continue
        }
      }
      // One paragraph may move on to a further point ("Furthermore, …").
      var start = p.range.location
      for m in Self.furtherPoint.matches(in: ns, within: p.range) {
        if let t = ConcernPiece.trimmed(NSRange(location: start, length: m.range.location - start), in: ns) {
          units.append(Unit(pieces: [ConcernPiece(range: t, kind: p.kind, marker: nil)], leadIn: false))
        }
        start = m.range.location + m.range.length
      }
      if let t = ConcernPiece.trimmed(NSRange(location: start, length: p.end - start), in: ns) {
        units.append(Unit(pieces: [ConcernPiece(range: t, kind: p.kind, marker: p.marker)], leadIn: false))
      }
    }
    var kept: [Unit] = []
    for u in units where !u.leadIn {
      let head = u.pieces[0]
      if !kept.isEmpty, Self.closing.firstMatch(in: ns, within: head.range) != nil { continue }
      if Self.failing.firstMatch(in: ns, within: head.range) == nil { continue }
      kept.append(u)
    }
    if kept.isEmpty, let u = units.first(where: { !$0.leadIn }) ?? units.first {
      // Nothing reads as a failing: the section as a whole is the one concern.
      kept = [Unit(pieces: [u.pieces[0], units.last!.pieces.last!], leadIn: false)]
    }
    return kept.enumerated().map { i, u in
      Draft(number: i + 1, start: u.pieces[0].range.location, end: u.pieces.last!.end, rule: "report.paragraph")
    }
  }
}
