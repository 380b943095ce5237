import Extract
import Foundation
import Ingest
import Link
import Model
import Testing

@Suite struct CommitmentLinkerTests {
  func linked(_ s: String, dated iso: String) -> [Commitment] {
    let d = PlainTextReader().read(s, format: .text)
    let date = CalendarDay(iso: iso)!
    let extractor = DateExtractor()
    let dates = extractor.resolve(extractor.candidates(in: d), in: d, anchor: date)
    let raw = CommitmentExtractor().extract(d, context: ExtractionContext(anchor: date, kind: .response), bodies: [])
    return CommitmentLinker().link(
      raw, in: d, documentID: "t", author: "Example Trust", concerns: [], dates: dates, kind: .response, documentDate: date)
  }

  @Test func actsYearsBeforeTheLetterAreHistory() {
    let text = "The code was deployed to all services in October 2019. We updated the code in March 2024. "
      + "We undertook a site visit on 27 September 2022."
    let found = linked(text, dated: "2024-12-03")
    #expect(found.map(\.text) == ["We updated the code in March 2024.", "We undertook a site visit on 27 September 2022."])
    #expect(found.allSatisfy { $0.body == "Example Trust" })
  }
}
