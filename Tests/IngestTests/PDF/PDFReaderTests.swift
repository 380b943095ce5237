import Foundation
import Model
import Testing

@testable import Ingest

/// End to end through poppler: PDFs written by `TestPDF`, read by the real pdftotext.
@Suite(.enabled(if: Poppler.available, "pdftotext is not installed (apt-get install poppler-utils)"))
struct PDFReaderTests {
  private let reader = PDFReader(timeout: 30)

  private func read(_ pdf: TestPDF) throws -> ParsedDocument {
    try reader.read(pdf.bytes(), path: "test.pdf")
  }

  /// A two-page report in the standard form, with the form's running title and a page number on each page.
  static func report() -> TestPDF {
    var p1 = TestPDF.Page()
    p1.text("REGULATION 28: REPORT TO PREVENT FUTURE DEATHS (1)", x: 150, y: 800)
    var y = p1.lines(["THIS REPORT IS BEING SENT TO:", "1. Chief Executive, Example NHS Trust"], top: 760) - 14
    func section(_ page: inout TestPDF.Page, _ n: String, _ title: String, _ body: [String], at top: Double) -> Double {
      page.text(n, x: 72, y: top)
      page.text(title, x: 100, y: top)
      return page.lines(body, x: 100, top: top - 14) - 14
    }
    y = section(&p1, "1", "CORONER", ["I am Jane Doe, Assistant Coroner for the coroner area of Northshire."], at: y)
    y = section(&p1, "2", "CORONER'S LEGAL POWERS", [
      "I make this report under paragraph 7, Schedule 5, of the Coroners and Justice Act 2009 and",
      "regulations 28 and 29 of the Coroners (Investigations) Regulations 2013.",
    ], at: y)
    y = section(&p1, "3", "INVESTIGATION and INQUEST", [
      "On 3 March 2024 I commenced an investigation into the death of John Example, aged 71. The inves-",
      "tigation concluded at the end of the inquest on 9 September 2024.",
    ], at: y)
    _ = section(&p1, "4", "CIRCUMSTANCES OF THE DEATH", [
      "Mr Example was admitted to hospital with a fractured hip after a fall at his home and his long-",
    ], at: y)
    p1.text("Page 1 of 2", x: 280, y: 40)

    var p2 = TestPDF.Page()
    p2.text("REGULATION 28: REPORT TO PREVENT FUTURE DEATHS (1)", x: 150, y: 800)
    y = p2.lines(["term medication was not reconciled on admission. He died on 2 March 2024."], x: 100, top: 760) - 14
    y = section(&p2, "5", "CORONER'S CONCERNS", [
      "During the course of the inquest the evidence revealed matters giving rise to concern. In my",
      "opinion there is a risk that future deaths will occur unless action is taken. The MATTERS OF",
      "CONCERN are as follows:",
    ], at: y)
    y = p2.lines([
      "1. There is no system for reconciling medication within 24 hours of admission.",
      "2. Staff were not trained to use the electronic prescribing system.",
    ], x: 100, top: y) - 14
    y = section(&p2, "6", "ACTION SHOULD BE TAKEN", [
      "In my opinion action should be taken to prevent future deaths and I believe you have the power",
      "to take such action.",
    ], at: y)
    y = section(&p2, "7", "YOUR RESPONSE", ["You are under a duty to respond to this report within 56 days."], at: y)
    y = section(&p2, "8", "COPIES and PUBLICATION", ["I have sent a copy of my report to the Chief Coroner."], at: y)
    p2.text("9", x: 72, y: y)
    p2.text("12 September 2024", x: 100, y: y)
    p2.text("Jane Doe, Assistant Coroner", x: 380, y: y)
    p2.text("Page 2 of 2", x: 280, y: 40)
    return TestPDF(pages: [p1, p2])
  }

  @Test func twoPageReportInTheStandardForm() throws {
    let doc = try read(Self.report())
    #expect(doc.format == .pdf)
    let blocks = doc.blocks.map { ($0, doc.text.slice($0.span)) }
    for (block, text) in blocks {
      #expect(!text.isEmpty && !text.contains("\n") && text == text.trimmingCharacters(in: .whitespaces), "\(block)")
    }
    let sections = blocks.filter { $0.0.kind == .heading && $0.0.marker != nil }
    #expect(sections.map(\.1) == [
      "CORONER", "CORONER'S LEGAL POWERS", "INVESTIGATION and INQUEST", "CIRCUMSTANCES OF THE DEATH",
      "CORONER'S CONCERNS", "ACTION SHOULD BE TAKEN", "YOUR RESPONSE", "COPIES and PUBLICATION", "12 September 2024",
    ])
    #expect(sections.map(\.0.marker) == (1...9).map { String($0) })
    #expect(sections.allSatisfy { $0.0.level == 1 })

    let text = doc.text.string
    #expect(blocks.first?.1 == "REGULATION 28: REPORT TO PREVENT FUTURE DEATHS (1)")
    #expect(text.components(separatedBy: "REGULATION 28").count == 2, "the running title is kept once")
    #expect(!text.contains("Page 1") && !text.contains("Page 2"))
    #expect(blocks.contains { $0.0.kind == .heading && $0.1 == "THIS REPORT IS BEING SENT TO:" })

    let paragraphs = blocks.filter { $0.0.kind == .paragraph }.map(\.1)
    #expect(paragraphs.contains("I make this report under paragraph 7, Schedule 5, of the Coroners and Justice Act 2009 and regulations 28 and 29 of the Coroners (Investigations) Regulations 2013."))
    #expect(paragraphs.contains("On 3 March 2024 I commenced an investigation into the death of John Example, aged 71. The investigation concluded at the end of the inquest on 9 September 2024."))
    // Joined across the page break, past the running header and the page number, keeping the compound's hyphen.
    #expect(paragraphs.contains("Mr Example was admitted to hospital with a fractured hip after a fall at his home and his long-term medication was not reconciled on admission. He died on 2 March 2024."))
    #expect(paragraphs.contains { $0.hasSuffix("The MATTERS OF CONCERN are as follows:") })
    #expect(paragraphs.contains("Jane Doe, Assistant Coroner"))

    let items = blocks.filter { $0.0.kind == .listItem }
    #expect(items.map(\.0.marker) == ["1.", "1.", "2."])
    #expect(items.last?.1 == "Staff were not trained to use the electronic prescribing system.")
    #expect(!doc.sentences.isEmpty)
  }

  /// A response letter: a two-column letterhead, and the trust's address as a footer on every page.
  @Test func letterWithLetterheadAndFooterOnEveryPage() throws {
    func footer(_ page: inout TestPDF.Page) {
      page.text("Example NHS Trust, Trust Headquarters, Hill Road, Northtown NT1 2AB", x: 130, y: 60, size: 8)
      page.text("Chair: Alex Person    Chief Executive: Sam Person", x: 190, y: 48, size: 8)
    }
    var p1 = TestPDF.Page()
    p1.lines(["Jane Doe", "Assistant Coroner", "Northshire Coroner's Office", "1 High Street"], top: 780)
    p1.lines(["Example NHS Trust", "Trust Headquarters", "Hill Road", "Northtown NT1 2AB", "", "12 October 2024"], x: 380, top: 780)
    var y = p1.lines(["Dear Ms Doe,"], top: 680) - 14
    y = p1.lines(["Re: Regulation 28 report following the inquest into the death of John Example"], top: y) - 14
    y = p1.lines([
      "Thank you for your report dated 12 September 2024. The Trust has reviewed each of the concerns",
      "raised and I set out our response below. We will complete a review of medicines reconciliation",
      "by 31 January 2025 and report the findings to the Trust Board, together with an action plan",
    ], top: y)
    footer(&p1)
    var p2 = TestPDF.Page()
    y = p2.lines([
      "and a timetable for training every ward pharmacist in the electronic prescribing system.",
    ], top: 780) - 14
    y = p2.lines(["Yours sincerely,"], top: y) - 28
    p2.lines(["Sam Person", "Chief Executive"], top: y)
    footer(&p2)

    let doc = try read(TestPDF(pages: [p1, p2]))
    let blocks = doc.blocks.map { ($0, doc.text.slice($0.span)) }
    let texts = blocks.map(\.1)
    #expect(Array(texts.prefix(9)) == [
      "Jane Doe", "Assistant Coroner", "Northshire Coroner's Office", "1 High Street", "Example NHS Trust",
      "Trust Headquarters", "Hill Road", "Northtown NT1 2AB", "12 October 2024",
    ])
    #expect(texts.contains("Thank you for your report dated 12 September 2024. The Trust has reviewed each of the concerns raised and I set out our response below. We will complete a review of medicines reconciliation by 31 January 2025 and report the findings to the Trust Board, together with an action plan and a timetable for training every ward pharmacist in the electronic prescribing system."))
    #expect(!doc.text.string.contains("Chair:"))
    #expect(doc.text.string.components(separatedBy: "Hill Road").count == 2, "the footer's address is gone, the letterhead's stays")
    #expect(texts.suffix(3) == ["Yours sincerely,", "Sam Person", "Chief Executive"])
    #expect(!blocks.contains { $0.0.kind == .heading && $0.1 == "Sam Person" })
  }

  @Test func aScannedPageWithNoTextLayerSaysSo() throws {
    var page = TestPDF.Page()
    page.rectangle(x: 72, y: 600, width: 200, height: 100)
    #expect(throws: IngestError.noText(path: "test.pdf", reason: "no text layer (scanned PDF?); pfd does no OCR")) {
      try read(TestPDF(pages: [page]))
    }
  }

  @Test(arguments: [0.3, 0.6, 0.9])
  func aTruncatedFileFailsWithOneLineOrReadsWhatIsThere(fraction: Double) throws {
    let whole = Self.report().bytes()
    let cut = Array(whole.prefix(Int(Double(whole.count) * fraction)))
    let started = Date()
    do {
      let doc = try reader.read(cut, path: "cut.pdf")
      // Poppler rebuilds what it can; what it finds must still be clean text.
      #expect(!doc.blocks.isEmpty)
    } catch let error as IngestError {
      switch error {
      case .toolFailed, .noText: break
      default: Issue.record("unexpected \(error)")
      }
      #expect(!error.description.contains("\n"))
    }
    #expect(Date().timeIntervalSince(started) < 20)
  }

  @Test func aFileThatIsNotAPDFIsRefusedBeforePopplerRuns() {
    #expect(throws: IngestError.toolFailed(path: "x.pdf", tool: "pdftotext", reason: "no %PDF- header: not a PDF file")) {
      try reader.read(Array("<html>not a pdf</html>".utf8), path: "x.pdf")
    }
  }

  @Test func aCorruptFileFailsWithPopplersComplaint() {
    #expect(throws: IngestError.self) {
      try reader.read(Array("%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage\n%%EOF\n".utf8), path: "bad.pdf")
    }
  }

  @Test func theIngesterRoutesPDFsHere() throws {
    let source = SourceFile(path: "report.pdf", bytes: Self.report().bytes(), format: .pdf)
    let doc = try Ingester().parse(source)
    #expect(doc.format == .pdf)
    #expect(doc.blocks.contains { $0.marker == "5" })
  }
}
