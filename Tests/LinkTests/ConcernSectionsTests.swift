import Foundation
import Ingest
import Link
import Model
import Testing

@Suite struct ConcernSectionsTests {
  func span(of needle: String, in d: ParsedDocument) -> TextSpan {
    d.text.span((d.text.string as NSString).range(of: needle))
  }

  @Test func headingsSetTheConcernAndSubheadingsKeepIt() {
    let d = PlainTextReader().read("""
      Introduction

      We will publish a plan.

      Matter of concern 1

      We have reviewed the policy.

      Going further

      We will consult in spring.

      Coroner’s concern number seven

      We will fund supervision.
      """, format: .text)
    let s = ConcernSections(d, concerns: [])
    #expect(s.concern(at: span(of: "We will publish a plan.", in: d), text: "We will publish a plan.") == nil)
    #expect(s.concern(at: span(of: "We have reviewed the policy.", in: d), text: "") == 1)
    #expect(s.concern(at: span(of: "We will consult in spring.", in: d), text: "") == 1)
    #expect(s.concern(at: span(of: "We will fund supervision.", in: d), text: "") == 7)
  }

  @Test func aRestatedListEndsAtTheNextHeading() {
    let d = PlainTextReader().read("""
      The concerns

      1. Absence of training.
      2. Timescales for publication.

      Executive summary

      We will train all inspectors.
      """, format: .text)
    let c1 = Concern(number: 1, text: "Absence of training.", span: span(of: "Absence of training.", in: d), rule: "t")
    let c2 = Concern(number: 2, text: "Timescales", span: span(of: "Timescales for publication.", in: d), rule: "t")
    let s = ConcernSections(d, concerns: [c1, c2])
    #expect(s.concern(at: span(of: "We will train all inspectors.", in: d), text: "") == nil)
  }

  @Test func tagsInTheSentenceWin() {
    let d = PlainTextReader().read("We will publish guidance (2a and 2b).", format: .text)
    let s = ConcernSections(d, concerns: [])
    #expect(s.concern(at: d.blocks[0].span, text: "We will publish guidance (2a and 2b).") == 2)
    #expect(s.concern(at: d.blocks[0].span, text: "We will publish guidance (see annex 2).") == nil)
  }
}

@Suite struct ConcernSectionsOneBlockTests {
  @Test func restatementsInsideASingleBlockOpenSections() {
    let text = "You raised a concern about signage. We will audit the signs. You also noted the speed limit. We will consult on it."
    let d = PlainTextReader().read(text, format: .text)
    let ns = text as NSString
    let c1 = Concern(number: 1, text: "You raised a concern about signage.", span: d.text.span(ns.range(of: "You raised a concern about signage.")), rule: "t")
    let c2 = Concern(number: 2, text: "You also noted the speed limit.", span: d.text.span(ns.range(of: "You also noted the speed limit.")), rule: "t")
    let s = ConcernSections(d, concerns: [c1, c2])
    #expect(s.concern(at: d.text.span(ns.range(of: "We will audit the signs.")), text: "") == 1)
    #expect(s.concern(at: d.text.span(ns.range(of: "We will consult on it.")), text: "") == 2)
  }
}

@Suite struct ClosingSectionTests {
  @Test func aClosingHeadingEndsTheConcernSection() {
    let d = PlainTextReader().read("""
      Coroner’s concern 7

      Ofsted will review its training.

      Going further

      Ofsted will consult on changes.

      Refresher: What Ofsted has already done

      Introduced a helpline for concerns.
      """, format: .text)
    let s = ConcernSections(d, concerns: [])
    func at(_ t: String) -> Int? { s.concern(at: d.text.span((d.text.string as NSString).range(of: t)), text: t) }
    #expect(at("Ofsted will review its training.") == 7)
    #expect(at("Ofsted will consult on changes.") == 7)
    #expect(at("Introduced a helpline for concerns.") == nil)
  }
}
