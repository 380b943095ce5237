import Foundation
import Model
import Testing

@testable import Extract

/// Runs the extractor over one made-up passage; `dates` are the date texts the date extractor would give.
private func figures(_ text: String, dates: [String] = []) -> [Figure] {
  let doc = ParsedDocument(text: DocumentText(text), format: .text, blocks: [])
  let ns = text as NSString
  let mentions = dates.map { d -> DateMention in
    let r = ns.range(of: d)
    let day = CalendarDay(year: 2024, month: 1, day: 1)!
    return DateMention(text: d, span: doc.text.span(r), start: day, end: day, granularity: .day, rule: "test")
  }
  return FigureExtractor().extract(doc, dates: mentions)
}

private func texts(_ text: String, dates: [String] = []) -> [String] { figures(text, dates: dates).map(\.text) }

@Test func moneyAmountsWithScaleWords() {
  let f = figures("We announced £1.5 million for supervision, and a further £1.5million from April, plus £42m.")
  #expect(f.map(\.text) == ["£1.5 million", "£1.5million", "£42m"])
  #expect(f.map(\.value) == [1_500_000, 1_500_000, 42_000_000])
  #expect(f.allSatisfy { $0.unit == .gbp })
}

@Test func percentagesAndCounts() {
  let f = figures("Over 80% of 1,036 people agreed; 62 per cent of the 269 schools did too.")
  #expect(f.map(\.text) == ["80%", "1,036 people", "62 per cent", "269 schools"])
  #expect(f[1].unit == .count && f[1].value == 1036 && f[1].countsWhat == "people")
  #expect(f[2].unit == .percent && f[2].value == 62)
}

@Test func numberWordsCountNounsWithModifiers() {
  let t = texts("The Coroner raised two matters of concern. We work with four other NHS Ambulance Trusts across 32 London boroughs.")
  #expect(t == ["two matters of concern", "four other NHS Ambulance Trusts", "32 London boroughs"])
}

@Test func durationsIncludingCompounds() {
  let f = figures("Inspectors return within three months under a three-year package; the helpline runs 24 hour and leave was six-hour.")
  #expect(f.map(\.text) == ["three months", "three-year", "24 hour", "six-hour"])
  #expect(f.map(\.unit) == [.months, .years, .hours, .hours])
}

@Test func ratesSpeedsAndRoundTheClock() {
  let f = figures("Nurses visited twice a week and carers 3 times a day. The car was at 50 miles per hour on a 40mph road; the service runs 24/7.")
  #expect(f.map(\.text) == ["twice a week", "3 times a day", "50 miles per hour", "40mph", "24/7"])
  #expect(f.map(\.value) == [2, 3, 50, 40, 24])
}

@Test func bareNumbersThatStillCount() {
  let t = texts("Calls concerned 269 schools, with 17 of them judged ineffective. Three of the four proposals passed. 8 to 15 minutes is not enough. The location was inspected twice; once in 2020.")
  #expect(t == ["269 schools", "17", "Three", "four proposals", "8", "15 minutes", "twice"])
}

@Test func agesAreNotFigures() {
  #expect(texts("Mr Yates, aged 53, was a 53 year old man. She was aged under 18 accessing services.").isEmpty)
}

@Test func clockTimesDatesAndRelativeDatesAreNotFigures() {
  let text = "At 22:15 hours on 19 January 2024 the crew arrived; two years ago the policy changed, and Three days later she died."
  #expect(texts(text, dates: ["19 January 2024", "two years ago", "Three days later"]).isEmpty)
}

@Test func aDurationInsideAPeriodIsStillAFigure() {
  #expect(texts("There were six collisions in the three years up to 31 July 2024.", dates: ["the three years up to 31 July 2024"]) == ["six collisions", "three years"])
}

@Test func identifiersAreNotFigures() {
  let text = """
    This is made under Regulations 28 and 29 and Section 17 leave. Rules 117 to 126 cover this. The A483 and \
    Band 7 nurse called 999 and 101 calls. Acuity 1 patients wait. See paragraphs 2.6 and 2.7 on the 6th floor.
    """
  #expect(texts(text).isEmpty)
}

@Test func listNumberingAndCauseOfDeathLabelsAreNotFigures() {
  #expect(texts("1a Bronchopneumonia\n2 Ischaemic heart disease\n3 Patient understands the leave plan").isEmpty)
}

@Test func determinersVagueWordsAndMeasurementsAreNotFigures() {
  let text = "On one occasion several carers took a week. A number of times she waited many hours. The path is 3.5 metres wide and she took 50 mg; it was 50 times more than the fatal level."
  #expect(texts(text).isEmpty)
}

@Test func spansPointAtTheText() {
  let text = "Education Support has helped 1,400 leaders so far."
  let doc = ParsedDocument(text: DocumentText(text), format: .text, blocks: [])
  let f = FigureExtractor().extract(doc, dates: [])
  #expect(f.count == 1)
  #expect(doc.text(of: f[0].span) == "1,400 leaders")
}
