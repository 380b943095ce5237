import Extract
import Foundation
import Ingest
import Model
import Testing

@Suite struct CommitmentExtractorTests {
  func commitments(_ s: String, kind: DocumentKind = .response) -> [Commitment] {
    let d = PlainTextReader().read(s, format: .text)
    return CommitmentExtractor().extract(d, context: ExtractionContext(kind: kind), bodies: [])
  }

  func one(_ s: String) -> Commitment? {
    let found = commitments(s)
    #expect(found.count == 1, "\(s) gave \(found.map(\.text))")
    return found.first
  }

  @Test func firstPersonFuture() {
    let c = one("By March 2031, we will appoint an independent reviewer to examine our discharge process.")
    #expect(c?.status == .planned)
    #expect(c?.strength == .firm)
    #expect(c?.body == nil)
    #expect(c?.text == "By March 2031, we will appoint an independent reviewer to examine our discharge process.")
  }

  @Test func spanIsTheSentence() throws {
    let text = "Thank you for your report. We have introduced a new falls policy on all wards."
    let d = PlainTextReader().read(text, format: .text)
    let c = try #require(CommitmentExtractor().extract(d, context: ExtractionContext(kind: .response), bodies: []).first)
    #expect(d.text.slice(c.span) == "We have introduced a new falls policy on all wards.")
    #expect(c.status == .done)
  }

  @Test func statuses() {
    #expect(one("We are currently reviewing the triage protocol used by call handlers.")?.status == .ongoing)
    #expect(one("Work is underway to replace the signage at the junction.")?.status == .ongoing)
    #expect(one("The new training package is being rolled out to every ward.")?.status == .ongoing)
    #expect(one("We will continue to audit compliance with the policy each quarter.")?.status == .ongoing)
    #expect(one("A new escalation policy has been introduced for night staff.")?.status == .done)
    #expect(one("Training has been delivered to all officials in the team.")?.status == .done)
    #expect(one("I intend to commission an updated harms assessment next year.")?.status == .planned)
    #expect(one("We undertook a further site visit on 14 September 2030.")?.status == .done)
    #expect(one("We continuously review our medication formulary in line with new evidence.")?.status == .ongoing)
  }

  @Test func softHedges() {
    let c = one("We will explore options for extending the service to weekends.")
    #expect(c?.strength == .soft)
    #expect(c?.hedge == "explore")
    #expect(one("We aim to carry out an audit of signage in the winter.")?.strength == .soft)
    #expect(one("The council will seek to improve lighting on the towpath.")?.strength == .soft)
    #expect(one("We will consider whether further regulatory action is needed.")?.strength == .soft)
    #expect(one("We will review our guidance to see if an update is warranted.")?.strength == .firm)
  }

  @Test func namedBodyFromTheSentence() {
    let c = one("Ofsted will look at how inspectors can pause an inspection.")
    #expect(c?.body == "Ofsted")
    #expect(c?.strength == .soft)
    let r = one("In addition, Regions Group has reviewed the way it writes to schools.")
    #expect(r?.body == "Regions Group")
    #expect(r?.status == .done)
  }

  @Test func authorSubjectsLeaveBodyEmpty() {
    #expect(one("The Trust has implemented a new sepsis screening tool.")?.body == nil)
    #expect(one("We have updated the driver handbook.")?.body == nil)
  }

  @Test func bodyMentionWins() throws {
    let text = "The ESFA has refocused the way it engages with schools."
    let d = PlainTextReader().read(text, format: .text)
    let mention = BodyMention(
      text: "ESFA", span: TextSpan(4, 8), name: "Education and Skills Funding Agency", rule: "test")
    let c = try #require(
      CommitmentExtractor().extract(d, context: ExtractionContext(kind: .response), bodies: [mention]).first)
    #expect(c.body == "Education and Skills Funding Agency")
    #expect(c.bodySpan == TextSpan(4, 8))
  }

  @Test func twoUndertakingsInOneSentence() {
    let found = commitments("We have reviewed the case and will consider any other changes to the layout.")
    #expect(found.map(\.status) == [.done, .planned])
    #expect(found.last?.strength == .soft)
  }

  @Test func bulletsUnderAnActorHeading() {
    let text = """
      What Ofsted plans to do:

      - Publish a new policy on pausing inspections
      - Explore a standalone safeguarding judgement
      """
    let found = commitments(text, kind: .press)
    #expect(found.count == 2)
    #expect(found.allSatisfy { $0.status == .planned && $0.body == "Ofsted" })
    #expect(found.last?.strength == .soft)
  }

  @Test func notCommitments() {
    for s in [
      "Thank you for your letter of 4 March 2031 concerning the death of Mr Parker.",
      "I would like to express my deepest condolences to his family.",
      "We accept the Coroner's findings in full.",
      "We will strive in every way to support school leaders.",
      "Below, we respond to each of the Coroner's areas of concern.",
      "I am writing in response to your Regulation 28 report.",
      "We are committed to making sure that inspection is fair.",
      "Mr Parker was admitted to hospital on 2 January 2031.",
      "He has been seen by his GP on three occasions.",
      "This will enable us to better quantify usage of the towpath.",
      "We currently have no plans to carry out a major revision of the Code.",
      "We are determined to explore what more can be done.",
      "It is important that staff feel able to raise concerns.",
    ] {
      #expect(commitments(s).isEmpty, "\(s)")
    }
  }

  @Test func coronersReportsGetNone() {
    #expect(commitments("The Trust will review its policy.", kind: .pfdReport).isEmpty)
  }
}
