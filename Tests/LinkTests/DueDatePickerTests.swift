import Foundation
import Ingest
import Link
import Model
import Testing

@Suite struct DueDatePickerTests {
  func mention(_ text: String, in d: ParsedDocument, _ start: String, _ end: String) -> DateMention {
    DateMention(
      text: text, span: d.text.span((d.text.string as NSString).range(of: text)), start: CalendarDay(iso: start)!,
      end: CalendarDay(iso: end)!, granularity: .month, rule: "test")
  }

  @Test func prefersTheGovernedDateOverAReportReference() {
    let s = "Further to your report dated 12 December 2023, we will publish guidance by March 2024."
    let d = PlainTextReader().read(s, format: .text)
    let dates = [
      mention("12 December 2023", in: d, "2023-12-12", "2023-12-12"),
      mention("March 2024", in: d, "2024-03-01", "2024-03-31"),
    ]
    let due = DueDatePicker.pick(in: d.blocks[0].span, doc: d, dates: dates)
    #expect(due?.text == "March 2024")
    #expect(due?.end.iso == "2024-03-31")
  }

  @Test func noDateNoDue() {
    let d = PlainTextReader().read("We will publish guidance.", format: .text)
    #expect(DueDatePicker.pick(in: d.blocks[0].span, doc: d, dates: []) == nil)
  }
}
