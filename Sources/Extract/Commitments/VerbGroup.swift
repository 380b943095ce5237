import Foundation
import Model

/// An auxiliary-and-verb run found in a sentence, with what it says about time and hedging.
struct VerbGroup {
  enum Kind { case continuing, intent, toBe, future, modal, perfect, progressive, past, present, marker, simple }

  var kind: Kind
  /// UTF-16 range in the document.
  var range: NSRange
  /// The lexical verb, lowercased; empty for markers such as "underway".
  var verb: String
  var passive: Bool
  var status: Commitment.Status
  /// The hedging words inside the group itself ("aim to", "may"), as a UTF-16 range.
  var hedge: NSRange?
  var hedged: Bool { hedge != nil }

  /// Reads one match of `CommitmentPatterns.verbGroup`; nil when the words are not an action.
  static func read(_ m: ICUMatch, in text: some UTF16Text) -> VerbGroup? {
    func group(_ name: String) -> NSRange? {
      let r = m.range(withName: name)
      return r.location == NSNotFound ? nil : r
    }
    func word(_ name: String) -> String? { group(name).map { text.substring(with: $0).lowercased() } }
    let whole = m.range
    let lower = text.substring(with: whole).lowercased()

    if group("cont") != nil {
      // A bare "continue to" is an infinitive ("enable leaders to continue to receive") unless "we" precede it.
      if lower.hasPrefix("continue ") || lower.hasPrefix("carry ") {
        let before = text.substring(with: NSRange(location: max(0, whole.location - 6), length: min(6, whole.location)))
          .lowercased()
        guard before.hasSuffix("we ") || before.hasSuffix(" i ") || before.hasSuffix("they ") else { return nil }
      }
      return VerbGroup(kind: .continuing, range: whole, verb: word("cv") ?? "", passive: false, status: .ongoing)
    }
    if group("int") != nil {
      let passive = group("ibe") != nil
      let verb = word("ibe") ?? word("iv") ?? ""
      // "The surveys are planned to take place in January": a scheduled event, whoever runs it.
      if verb == "take" || verb == "go" {
        let end = whole.location + whole.length
        let next = text.substring(with: NSRange(location: end, length: min(8, text.length - end))).lowercased()
        if next.hasPrefix(" place") || next.hasPrefix(" live") {
          return VerbGroup(kind: .marker, range: whole, verb: "", passive: true, status: .planned)
        }
      }
      var hedge: NSRange?
      for cue in ["aim", "hop", "seek", "endeavo", "expect", "would like"] {
        let r = (lower as NSString).range(of: cue)
        if r.location != NSNotFound {
          hedge = NSRange(location: whole.location + r.location, length: min(whole.length - r.location, wordEnd(lower, from: r.location) - r.location))
          break
        }
      }
      return VerbGroup(kind: .intent, range: whole, verb: verb, passive: passive, status: .planned, hedge: hedge)
    }
    if group("tobe") != nil {
      let v = word("tv") ?? ""
      if CommitmentLexicon.nonAction.contains(v) { return nil }
      return VerbGroup(kind: .toBe, range: whole, verb: v, passive: true, status: .planned)
    }
    if group("fut") != nil {
      if let v = word("fhv") { return VerbGroup(kind: .future, range: whole, verb: v, passive: false, status: .planned) }
      if let v = word("fbe") {
        if v.hasSuffix("ing") { return VerbGroup(kind: .future, range: whole, verb: v, passive: false, status: .planned) }
        // "will be considered", "will be explored": the weighing of an act, not the act.
        let hedge = Self.weighing.contains(v) ? group("fbe") : nil
        return VerbGroup(kind: .future, range: whole, verb: v, passive: true, status: .planned, hedge: hedge)
      }
      let v = word("fv") ?? ""
      // "will take place in 2026", "will go live in January": a scheduled event, whoever runs it.
      if v == "take" || v == "go" || v == "come" {
        let end = whole.location + whole.length
        let next = text.substring(with: NSRange(location: end, length: min(12, text.length - end))).lowercased()
        if next.hasPrefix(" place") || next.hasPrefix(" live") || next.hasPrefix(" into force") || next.hasPrefix(" into effect")
          || next.hasPrefix(" effect")
        {
          return VerbGroup(kind: .marker, range: whole, verb: "", passive: true, status: .planned)
        }
      }
      return VerbGroup(kind: .future, range: whole, verb: v, passive: false, status: .planned)
    }
    if let modal = group("modal") {
      let head = text.substring(with: modal).lowercased()
      let passive = group("mbe") != nil
      let verb = word("mbe") ?? word("mv") ?? ""
      let aux = head.split(separator: " ").first.map(String.init) ?? ""
      guard ["may", "might", "could", "can"].contains(aux) else { return nil }
      let hedgeLen = aux.utf16.count
      return VerbGroup(
        kind: .modal, range: whole, verb: verb, passive: passive, status: .planned,
        hedge: aux == "can" ? nil : NSRange(location: modal.location, length: hedgeLen))
    }
    if group("perf") != nil {
      if let v = word("pbe") {
        // "have been developing guidelines": a perfect progressive is work still going on.
        if v.hasSuffix("ing") { return VerbGroup(kind: .progressive, range: whole, verb: v, passive: false, status: .ongoing) }
        return VerbGroup(kind: .perfect, range: whole, verb: v, passive: true, status: .done)
      }
      return VerbGroup(kind: .perfect, range: whole, verb: word("pv") ?? "", passive: false, status: .done)
    }
    if group("prog") != nil {
      if let v = word("gbe") {
        let hedge = Self.weighing.contains(v) ? group("gbe") : nil
        return VerbGroup(kind: .progressive, range: whole, verb: v, passive: true, status: .ongoing, hedge: hedge)
      }
      let v = word("gv") ?? ""
      switch v {
      case "ongoing":
        // "Work is ongoing": the progressive pattern reaches "ongoing" before the marker pattern does. Before a
        // noun ("there are ongoing trials") it is an adjective.
        let end = whole.location + whole.length
        let next = text.substring(with: NSRange(location: end, length: min(14, text.length - end))).lowercased()
        let follows = next.split(whereSeparator: { !$0.isLetter }).first.map(String.init) ?? ""
        guard next.first != " " || follows.isEmpty || Self.afterOngoing.contains(follows) else { return nil }
        return VerbGroup(kind: .marker, range: whole, verb: "", passive: true, status: .ongoing)
      case "planning", "proposing", "intending", "preparing":
        return VerbGroup(kind: .progressive, range: whole, verb: v, passive: false, status: .planned)
      case "aiming", "seeking", "hoping", "looking", "exploring", "considering":
        let r = (lower as NSString).range(of: v)
        return VerbGroup(
          kind: .progressive, range: whole, verb: v, passive: false,
          status: v == "looking" || v == "exploring" || v == "considering" ? .ongoing : .planned,
          hedge: NSRange(location: whole.location + r.location, length: r.length))
      case "going":
        let after = NSRange(location: whole.location + whole.length, length: min(4, text.length - whole.location - whole.length))
        guard text.substring(with: after).lowercased().hasPrefix(" to") else { return nil }
        return VerbGroup(kind: .progressive, range: whole, verb: v, passive: false, status: .planned)
      default:
        return VerbGroup(kind: .progressive, range: whole, verb: v, passive: false, status: .ongoing)
      }
    }
    if group("past") != nil {
      let v = word("wv") ?? ""
      guard CommitmentLexicon.pastPassiveAction.contains(v) else { return nil }
      return VerbGroup(kind: .past, range: whole, verb: v, passive: true, status: .done)
    }
    if group("pres") != nil {
      let v = word("rv") ?? ""
      if v == "planned" || v == "scheduled" {
        return VerbGroup(kind: .marker, range: whole, verb: "", passive: true, status: .planned)
      }
      guard CommitmentLexicon.pastPassiveAction.contains(v) else { return nil }
      return VerbGroup(kind: .present, range: whole, verb: v, passive: true, status: .ongoing)
    }
    if group("misc") != nil {
      let status: Commitment.Status
      if lower.contains("place") || lower.contains("force") || lower.hasPrefix("there") || lower.hasSuffix("required to")
        || lower.hasPrefix("now ha")
      {
        status = .done
      } else if lower.contains("plan") || lower.contains("intention") {
        status = .planned
      } else {
        status = .ongoing
      }
      return VerbGroup(kind: .marker, range: whole, verb: "", passive: true, status: status)
    }
    return nil
  }

  /// A simple-tense verb ("undertook", "signposts"); the caller checks the subject right before it.
  static func simple(_ m: ICUMatch, in text: some UTF16Text) -> VerbGroup? {
    let v = text.substring(with: m.range).lowercased()
    // "an audit and review of the notes": a noun.
    let end = m.range.location + m.range.length
    if text.substring(with: NSRange(location: end, length: min(4, text.length - end))).lowercased() == " of " { return nil }
    if CommitmentLexicon.practice.contains(v) || (v.hasSuffix("s") && CommitmentLexicon.practice.contains(String(v.dropLast()))) {
      return VerbGroup(kind: .simple, range: m.range, verb: v, passive: false, status: .ongoing)
    }
    if CommitmentLexicon.nonActionPast.contains(v) || CommitmentLexicon.nonAction.contains(v) { return nil }
    // "took over responsibility": a handover, not an undertaking.
    if v == "took" {
      let end = m.range.location + m.range.length
      let next = text.substring(with: NSRange(location: end, length: min(7, text.length - end))).lowercased()
      if next.hasPrefix(" over") { return nil }
    }
    if CommitmentLexicon.irregularPast.contains(v) || v.hasSuffix("ed") {
      return VerbGroup(kind: .simple, range: m.range, verb: v, passive: false, status: .done)
    }
    return nil
  }

  /// Participles that weigh an act rather than do it: a passive built on one is hedged.
  static let weighing: Set<String> = ["considered", "explored", "examined"]

  static let afterOngoing: Set<String> = [
    "with", "between", "to", "in", "at", "across", "and", "on", "into", "for", "within", "nationally", "locally",
    "regionally", "by", "under", "as", "through", "alongside", "but", "which", "that", "regarding", "around",
  ]

  private static func wordEnd(_ s: String, from i: Int) -> Int {
    let u = Array(s.utf16)
    var j = i
    while j < u.count, u[j] != 32 { j += 1 }
    return j
  }
}
