import Foundation
import Model

/// The actor a heading names for the list below it: "What Ofsted plans to do:" → Ofsted, planned.
struct HeadingActor {
  var status: Commitment.Status
  /// UTF-16 range of the body's name in the heading; nil when the heading says "we".
  var name: NSRange?

  /// For each block, the actor of the heading it sits under, if that heading names one.
  /// Sub-headings that name no actor ("Coroner's concern 2") keep the actor of the heading above them in force.
  static func byBlock(_ doc: ParsedDocument) -> [HeadingActor?] {
    let text = doc.text.nsString
    var out = [HeadingActor?](repeating: nil, count: doc.blocks.count)
    var current: HeadingActor?
    var level = 0
    for (i, block) in doc.blocks.enumerated() {
      if block.kind == .heading {
        if let actor = read(doc.text.nsRange(block.span), in: text) {
          current = actor
          level = block.level ?? 1
        } else if (block.level ?? 1) < level {
          current = nil
        }
        continue
      }
      out[i] = current
    }
    return out
  }

  static func read(_ range: NSRange, in text: NSString) -> HeadingActor? {
    guard range.length < 120,
      let m = CommitmentPatterns.actorHeading.firstMatch(in: text, within: range)
    else { return nil }
    let verb = text.substring(with: m.range(withName: "verb")).lowercased()
    let status: Commitment.Status
    if verb.contains("doing") {
      status = .ongoing
    } else if verb.hasPrefix("has") || verb.hasPrefix("have") || verb == "did" || verb.contains("announced") {
      status = .done
    } else {
      status = .planned
    }
    var subj = m.range(withName: "subj")
    let words = text.substring(with: subj)
    let lower = words.lowercased()
    if ["we", "i", "we have", "we are", "we will"].contains(lower) { return HeadingActor(status: status, name: nil) }
    for det in ["the ", "The "] where words.hasPrefix(det) {
      subj = NSRange(location: subj.location + det.utf16.count, length: subj.length - det.utf16.count)
    }
    guard let first = text.substring(with: subj).unicodeScalars.first,
      CharacterSet.uppercaseLetters.contains(first)
    else { return nil }
    return HeadingActor(status: status, name: subj)
  }
}
