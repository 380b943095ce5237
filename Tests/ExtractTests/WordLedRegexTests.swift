import Foundation
import Ingest
import Model
import Testing

@testable import Extract

@Suite struct WordLedRegexTests {
  static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("corpus")

  /// Every match, with every group, as one search of the range with `NSRegularExpression` gives it.
  func same(_ led: WordLedRegex, _ text: String, _ range: NSRange) -> Bool {
    let lowered = text.asciiLowercased()
    let found = led.matches(in: Array(lowered.utf16), within: range)
    return ICURegexTests.asNSRegularExpression(found, led.expression, lowered, range)
  }

  @Test func verbGroupsAndSimpleVerbsMatchAsOneSearchOnEverySentenceOfTheCorpus() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path).filter { $0.hasSuffix(".txt") }
    #expect(files.count >= 5)
    var sentences = 0
    var found = 0
    for f in files {
      let raw = try String(contentsOf: Self.corpus.appendingPathComponent(f), encoding: .utf8)
      let doc = PlainTextReader().read(raw, format: .text)
      for s in doc.sentences {
        sentences += 1
        let r = doc.text.nsRange(s.span)
        found += CommitmentPatterns.verbGroups.matches(in: doc.text.loweredUTF16, within: r).count
        #expect(same(CommitmentPatterns.verbGroups, doc.text.string, r), "\(f): \(doc.text.slice(s.span))")
        #expect(same(CommitmentPatterns.simpleVerb, doc.text.string, r), "\(f): \(doc.text.slice(s.span))")
        #expect(same(CommitmentPatterns.clauseBoundary, doc.text.string, r), "\(f): \(doc.text.slice(s.span))")
        #expect(same(CommitmentPatterns.excluded, doc.text.string, r), "\(f): \(doc.text.slice(s.span))")
      }
    }
    #expect(sentences > 500)
    #expect(found > 300)
  }

  @Test func contractionsSentenceStartsAndEndsMatchAsOneSearch() {
    let text = "We're planning to act. We’ll review it and we've been asked. Are planned to be. Will now be "
      + "reviewed and is under review; 'll 're underway, reviewed, reviews, undertook. So that — in order to – a - b\u{00A0}- c (d): "
      + "whereby, whom; Which"
    let length = (text as NSString).length
    let whole = NSRange(location: 0, length: length)
    #expect(same(CommitmentPatterns.verbGroups, text, whole))
    #expect(same(CommitmentPatterns.simpleVerb, text, whole))
    #expect(same(CommitmentPatterns.clauseBoundary, text, whole))
    #expect(CommitmentPatterns.verbGroups.matches(in: Array(text.asciiLowercased().utf16), within: whole).count >= 6)
    // Ranges that start right at a match, inside a word, and end inside one.
    for start in [0, 23, 25, 39, 41] {
      #expect(same(CommitmentPatterns.verbGroups, text, NSRange(location: start, length: length - start)))
      #expect(same(CommitmentPatterns.simpleVerb, text, NSRange(location: start, length: length - start)))
    }
    #expect(same(CommitmentPatterns.verbGroups, text, NSRange(location: 0, length: 30)))
  }

  @Test func exclusionsAtTheStartOfARangeAndInside() {
    let text = "“This means that we will act. 2 Concern 3: we will. However, the evidence was heard; I am writing, as set "
      + "out below, and we are still awaiting it. Option B: none. I do hope so."
    var units = 0
    for piece in text.split(separator: ".") {
      let length = (String(piece) as NSString).length
      #expect(same(CommitmentPatterns.excluded, text, NSRange(location: units, length: length)), "\(piece)")
      units += length + 1
    }
    // "^" holds at the range's start only.
    let means = Array("so this means that. this means that".utf16)
    #expect(CommitmentPatterns.excluded.firstMatch(in: means, within: NSRange(location: 0, length: 18)) == nil)
    #expect(CommitmentPatterns.excluded.firstMatch(in: means, within: NSRange(location: 20, length: 15)) != nil)
  }

  /// Figures run on the lowered text, the date joiners on the text itself; both look for starts in the lowered.
  @Test func figuresAndDateJoinersFindWhatAWholeSearchFinds() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path).filter { $0.hasSuffix(".txt") }
    var texts = try files.map { try String(contentsOf: Self.corpus.appendingPathComponent($0), encoding: .utf8) }
    texts.append(
      "£5m, €3.5 billion, $12, ٣ people, twice a day, 24/7, Twenty-One staff, ſeven, between 1 and 2 May, "
        + "BETWEEN March and April, the period from 1 May, Throughout 2023 and 2024, durING 2022, across 2021.\n"
        + "Coroner: Jane Smith, Senior Coroner for the area of Kent. I am John Roe, HM Area Coroner for Essex; "
        + "REF: 2024-0123, Reference No. 2023-456; the DEATH of Mr Alan Smith; THIS REPORT IS BEING SENT TO: "
        + "Dear Sir, Yours sincerely, I write; said, Told, according to, The matters of concern are; "
        + "Xthe matter of concern is; inTHIS\u{00A0}REPORT IS BEING SENT TO; this  report is being sent to; "
        + "the-matters of concern are; Acoroner's concerns; the")
    var found = 0
    for text in texts {
      let units = Array(text.utf16)
      let lowered = Array(text.asciiLowercased().utf16)
      let whole = NSRange(location: 0, length: units.count)
      let figure = FigurePatterns.figure
      found += figure.expression.matches(in: lowered, range: whole).count
      #expect(figure.matches(in: lowered, within: whole).map(\.ranges) == figure.expression.matches(in: lowered, range: whole).map(\.ranges))
      let onText = [
        DateRangeJoiner.between, DateRangeJoiner.period, DateRangeJoiner.span, KindClassifier.reportSections,
        KindClassifier.secondPerson, KindClassifier.pressVoice, CaseSignalReader.reference, CaseSignalReader.coronerLine,
        CaseSignalReader.office, CaseSignalReader.deceased, CaseSignalReader.sentTo,
      ]
      for joiner in onText {
        #expect(
          joiner.matches(in: units, scanning: lowered, within: whole).map(\.ranges)
            == joiner.expression.matches(in: units, range: whole).map(\.ranges))
      }
    }
    #expect(found > 50)
  }

  @Test func startsAreRunsOfLettersThatBeginEndOrAreAListedWord() {
    let starts = WordStarts(prefixes: ["will"], words: ["met"], endings: ["ed"], apostrophes: true)
    let text = Array("we willingly met, xwill; reviewed a meta we'll".utf16)
    let found = starts.starts(in: text, range: NSRange(location: 0, length: text.count))
    // "willingly" (prefix), "met" (word), "reviewed" (ending), the apostrophe; not "xwill", "meta" or "a".
    #expect(found == [3, 13, 25, 43])
  }

  @Test func leadsStartOnlyWhenSpaceAndAnotherStartFollow() {
    let starts = WordStarts(words: ["spring"], digits: true, leads: ["the", "this"])
    let text = "the spring, the plan, the\u{00A0}x, the-spring, the  4, this the spring; bathe spring, the"
    let lowered = Array(text.utf16)
    let found = starts.starts(in: WordIndex(lowered: lowered), range: NSRange(location: 0, length: lowered.count))
    let words = found.map { i in String(decoding: lowered[i..<min(i + 6, lowered.count)], as: UTF16.self) }
    // Not "the plan", "the-", "bathe", nor the "the" that ends the text.
    #expect(words == ["the sp", "spring", "the\u{00A0}x,", "spring", "the  4", "4, thi", "this t", "the sp", "spring", "spring"])
  }

  /// The verb groups and exclusions whose first words are leads, with the words after them, at range edges too.
  @Test func leadWordsOfVerbGroupsAndExclusionsMatchAsOneSearch() {
    let text = "In the process of review, the plan is set. Our intention is clear; there are now new checks. "
      + "It is still awaiting sign-off. We are writing. We will now respond to each concern. It is good practice. "
      + "Our response sets out. THE\u{00A0}plan is; now in place; my intention is; in\nthe early stages; "
      + "you are under a duty; this letter outlines; have set out above; has published their response. The"
    let length = (text as NSString).length
    for start in [0, 3, 43, 47, 93, 120] {
      let r = NSRange(location: start, length: length - start)
      #expect(same(CommitmentPatterns.verbGroups, text, r), "from \(start)")
      #expect(same(CommitmentPatterns.excluded, text, r), "from \(start)")
    }
    #expect(CommitmentPatterns.verbGroups.matches(in: Array(text.asciiLowercased().utf16), within: NSRange(location: 0, length: length)).count >= 8)
    #expect(CommitmentPatterns.excluded.matches(in: Array(text.asciiLowercased().utf16), within: NSRange(location: 0, length: length)).count >= 6)
  }

  /// Caseless expressions on the text itself: hedges and the concern cue of restated lists, on every sentence and
  /// block of the corpus and on case-folding edge cases.
  @Test func caselessHedgesAndConcernCuesFindWhatASearchFinds() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path).filter { $0.hasSuffix(".txt") }
    let led = [
      ("hedge", CommitmentPatterns.hedge), ("hedgeModal", CommitmentPatterns.hedgeModal),
      ("leadingHedge", CommitmentPatterns.leadingHedge), ("mentionsConcerns", RestatedConcernReader.mentionsConcerns),
    ]
    var docs = try files.map { PlainTextReader().read(try String(contentsOf: Self.corpus.appendingPathComponent($0), encoding: .utf8), format: .text) }
    docs.append(
      PlainTextReader().read(
        "We WILL CONSIDER whether to act. It Is Likely that we ſeek to help. The Matters Of Concern RAISED. "
          + "Points you raised; ISSUES IDENTIFIED. We may, we Might, where\u{00A0}possible. Explore it. Hoping to.\n\n"
          + "The expectation is clear; we consider it done. K\u{212A}onsider (Kelvin K).", format: .text))
    var found = 0
    for doc in docs {
      let units = doc.text.utf16
      for piece in doc.sentences.map(\.span) + doc.blocks.map(\.span) {
        let r = doc.text.nsRange(piece)
        for (name, regex) in led {
          let whole = regex.expression.matches(in: units, range: r).map(\.ranges)
          found += whole.count
          #expect(regex.matches(in: units, index: doc.text.wordIndex, within: r).map(\.ranges) == whole, "\(name): \(doc.text.slice(piece))")
          #expect(regex.firstMatch(in: doc.text, within: r)?.ranges == whole.first, "\(name)")
          #expect(regex.firstMatch(in: doc.text.nsString, within: r)?.ranges == whole.first, "\(name) on NSString")
        }
      }
    }
    #expect(found > 100)
  }
}
