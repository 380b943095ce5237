import Extract
import Foundation
import Ingest
import Model
import Testing

@Suite struct MetadataExtractorTests {
  func meta(_ s: String, file: String = "doc.txt") -> DocumentMetadata {
    let d = PlainTextReader().read(s, format: .text)
    let dates = DateExtractor().extract(d, anchor: nil)
    let bodies = BodyExtractor().extract(d)
    return MetadataExtractor().extract(d, fileName: file, dates: dates, bodies: bodies)
  }

  static let report = """
    REGULATION 28: REPORT TO PREVENT FUTURE DEATHS

    Ref: 2031-0042
    Date of report: 4 March 2031
    Coroner: J. Example, Area Coroner for the area of Northshire

    THIS REPORT IS BEING SENT TO:
    1. The Chief Executive, Northshire County Council
    2. The Chief Coroner

    INVESTIGATION and INQUEST
    On 2 January 2031 I commenced an investigation into the death of Alan James PARKER aged 80.

    CORONER'S CONCERNS
    The lack of gritting on rural roads.
    """

  @Test func readsAReportsHeader() {
    let m = meta(Self.report)
    #expect(m.kind == .pfdReport)
    #expect(m.author == "Area Coroner for Northshire")
    #expect(m.caseSignals.reference == "2031-0042")
    #expect(m.caseSignals.coroner == "J. Example")
    #expect(m.caseSignals.area == "Northshire")
    #expect(m.caseSignals.deceased == "Alan James Parker")
    #expect(m.caseSignals.addressees == ["The Chief Executive, Northshire County Council", "The Chief Coroner"])
  }

  @Test func aResponseIsNotAReport() {
    let m = meta("""
      RESPONSE TO REGULATION 28 REPORT TO PREVENT FUTURE DEATHS

      Thank you for your report dated 4 March 2031 following the death of Alan Parker. I am writing on behalf of \
      Northshire County Council. We will grit all rural roads by December 2031.

      Yours sincerely
      """)
    #expect(m.kind == .response)
    #expect(m.caseSignals.deceased == "Alan Parker")
  }

  @Test func pressItemsAreTold() {
    let m = meta("""
      Council to grit rural roads after coroner's warning

      Northshire council has responded to a coroner's report, Schools Week can reveal. A spokesperson said the \
      roads would be gritted. The council told Schools Week it had reviewed its policy, according to documents.
      """)
    #expect(m.kind == .press)
    #expect(m.author == "Schools Week")
  }
}
