import Foundation
import Model
import Testing

@testable import Ingest

/// Layout text as `pdftotext -layout` prints it, read without running poppler.
@Suite struct PDFLayoutReaderTests {
  private func blocks(_ layout: String) -> [(Block, String)] {
    let doc = PDFLayoutReader().read(layout)
    #expect(doc.format == .pdf)
    return doc.blocks.map { ($0, doc.text.slice($0.span)) }
  }

  @Test func templateSectionsAreLevelOneHeadingsWithTheirNumbers() {
    let layout = """
          1    CORONER
               I am Jane Doe, Assistant Coroner for the coroner area of Northshire.

          2    CORONER'S LEGAL POWERS
               I make this report under paragraph 7, Schedule 5, of the Coroners and Justice Act
               2009 and regulations 28 and 29 of the Coroners (Investigations) Regulations 2013.

          7    YOUR RESPONSE
               You are under a duty to respond to this report within 56 days of the date of this report.

          8    COPIES and PUBLICATION
               I have sent a copy of my report to the Chief Coroner.

          9    12 September 2024                               Jane Doe, Assistant Coroner
      """
    let b = blocks(layout)
    let headings = b.filter { $0.0.kind == .heading }
    #expect(headings.map(\.1) == ["CORONER", "CORONER'S LEGAL POWERS", "YOUR RESPONSE", "COPIES and PUBLICATION", "12 September 2024"])
    #expect(headings.map(\.0.marker) == ["1", "2", "7", "8", "9"])
    #expect(headings.allSatisfy { $0.0.level == 1 })
    #expect(b.contains { $0.0.kind == .paragraph && $0.1 == "I make this report under paragraph 7, Schedule 5, of the Coroners and Justice Act 2009 and regulations 28 and 29 of the Coroners (Investigations) Regulations 2013." })
    #expect(b.contains { $0.1 == "Jane Doe, Assistant Coroner" })
  }

  @Test func aSectionNumberAloneBesideItsTitleIsAttached() {
    let layout = """
                               CORONER
       1
                               I am Jane Doe, Senior Coroner for Northshire.

                               CIRCUMSTANCES OF THE DEATH
       4                       Mr Example fell at home on 2 March 2024 and died in hospital the
                               following day.

                                                 3
      """
    let b = blocks(layout)
    #expect(b.map(\.1) == ["CORONER", "I am Jane Doe, Senior Coroner for Northshire.", "CIRCUMSTANCES OF THE DEATH",
                           "Mr Example fell at home on 2 March 2024 and died in hospital the following day."])
    #expect(b.map(\.0.marker) == ["1", nil, "4", nil])
    #expect(b[0].0.kind == .heading && b[2].0.kind == .heading && b[3].0.kind == .paragraph)
  }

  @Test func sectionTitlesInProseAreNotHeadings() {
    let b = blocks("""
      Thank you for your report. Your response was received on 3 May and the
      investigation and inquest were concluded.

      Your response
      """)
    #expect(!b.contains { $0.0.kind == .heading && $0.0.level == 1 })
    #expect(ReportTemplate.match("CORONER", afterSection: nil) == nil)
    #expect(ReportTemplate.match("9. The Trust will audit compliance.", afterSection: 8) == nil)
    #expect(ReportTemplate.match("9    12 May 2024", afterSection: 2) == nil)
    #expect(ReportTemplate.match("CIRCUMSTANCES OF THE DEATH", afterSection: 3)?.title == "CIRCUMSTANCES OF THE DEATH")
  }

  @Test func runningHeadersPageNumbersAndRepeatedFootersAreDropped() {
    let page = { (n: Int, body: String) in
      """
                    REGULATION 28: REPORT TO PREVENT FUTURE DEATHS (1)

         \(body)

                 Example NHS Trust, Hill Road, Northtown NT1 2AB   www.example.nhs.uk
                                      Page \(n) of 3
      """
    }
    let layout = [page(1, "The first page says one thing."), page(2, "The second page says another."),
                  page(3, "The third page closes.")].joined(separator: "\u{0C}") + "\u{0C}"
    let doc = PDFLayoutReader().read(layout)
    let text = doc.text.string
    #expect(!text.contains("Page"))
    #expect(!text.contains("www.example"))
    // The running title is kept once, where it first appears.
    #expect(text.components(separatedBy: "REGULATION 28").count == 2)
    #expect(doc.blocks.first.map { doc.text.slice($0.span) } == "REGULATION 28: REPORT TO PREVENT FUTURE DEATHS (1)")
    #expect(text.contains("The second page says another."))
    #expect(doc.diagnostics.contains { $0.message.contains("page furniture") })
  }

  @Test func aLineOnOnlyOnePageIsNotFurniture() {
    let layout = "Example NHS Trust\n\nDear Dr Doe,\n\u{0C}Thank you.\n\nYours sincerely\n\u{0C}"
    let text = PDFLayoutReader().read(layout).text.string
    #expect(text.contains("Example NHS Trust"))
    #expect(text.contains("Yours sincerely"))
  }

  @Test func paragraphsJoinAcrossWrapsAndPageBreaksWithHyphensRepaired() {
    let layout = """
        On 3 March 2024 I commenced an investigation into the death of John Example. The inves-
        tigation concluded at the end of the inquest on 9 September 2024. Mr Example had a long-
        standing heart condition and was admitted to hospital after a fall at his home, where his
      \u{0C}
        medication was not reconciled on admission.

        A second paragraph starts here.
      \u{0C}
      """
    let b = blocks(layout)
    #expect(b.map(\.1) == [
      "On 3 March 2024 I commenced an investigation into the death of John Example. The investigation concluded at the end of the inquest on 9 September 2024. Mr Example had a long-standing heart condition and was admitted to hospital after a fall at his home, where his medication was not reconciled on admission.",
      "A second paragraph starts here.",
    ])
  }

  @Test func hyphenationFollowsTheDocumentsOwnSpelling() {
    let h = Hyphenation(lines: ["a follow-up appointment", "the decision-making was poor", "a co-ordinated plan"])
    #expect(h.join("arranged a follow-", "up call") == "arranged a follow-up call")
    #expect(h.join("the decision-", "making process") == "the decision-making process")
    #expect(h.join("the recom-", "mendation") == "the recommendation")
    #expect(h.join("a long-", "term plan") == "a long-term plan")
    #expect(h.join("ends here -", "next") == "ends here - next")
  }

  @Test func numberedConcernsAreListItemsWithMarkers() {
    let layout = """
      The MATTERS OF CONCERN are as follows:
      1.   There is no system for reconciling medication within 24 hours of admission, and
           doses were missed as a result.
      2.   Staff were not trained to use the electronic prescribing system.
             (a) agency staff had no log-in;
             (b) bank staff had no training.
      """
    let b = blocks(layout)
    #expect(b[0].0.kind == .paragraph)
    #expect(b[0].1 == "The MATTERS OF CONCERN are as follows:")
    let items = b.filter { $0.0.kind == .listItem }
    #expect(items.map(\.0.marker) == ["1.", "2.", "(a)", "(b)"])
    #expect(items.map(\.0.level) == [1, 1, 2, 2])
    #expect(items[0].1 == "There is no system for reconciling medication within 24 hours of admission, and doses were missed as a result.")
  }

  @Test func twoColumnLetterheadSplitsIntoSeparateBlocks() {
    let layout = """
      Jane Doe                                          Example NHS Trust
      Assistant Coroner                                 Trust Headquarters
      Northshire Coroner's Office                       Hill Road
                                                        Northtown NT1 2AB

                                                        12 October 2024
      Dear Ms Doe,

      Name of deceased:      John Example
      """
    let b = blocks(layout)
    #expect(b.map(\.1) == [
      "Jane Doe", "Assistant Coroner", "Northshire Coroner's Office", "Example NHS Trust", "Trust Headquarters",
      "Hill Road", "Northtown NT1 2AB", "12 October 2024", "Dear Ms Doe,", "Name of deceased: John Example",
    ])
    #expect(!b.contains { $0.0.kind == .heading })
  }

  @Test func spansSliceToTrimmedSingleLineText() {
    let layout = "  HEADING\n\n  Some text that\n  wraps onto a second line.\n\u{0C}"
    let doc = PDFLayoutReader().read(layout)
    for block in doc.blocks {
      let s = doc.text.slice(block.span)
      #expect(!s.isEmpty && !s.contains("\n") && s == s.trimmingCharacters(in: .whitespaces))
    }
    #expect(doc.blocks.map(\.kind) == [.heading, .paragraph])
  }
}
