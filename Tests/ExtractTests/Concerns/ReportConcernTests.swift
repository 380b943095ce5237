import Extract
import Ingest
import Model
import Testing

/// Concerns read from a coroner's own report.
struct ReportConcernTests {
  func concerns(_ body: String, kind: DocumentKind = .other) -> [Concern] {
    let text = """
      REGULATION 28: REPORT TO PREVENT FUTURE DEATHS

      THIS REPORT IS BEING SENT TO: The Chief Executive, Anytown NHS Trust

      CORONER'S CONCERNS

      \(body)

      ACTION SHOULD BE TAKEN

      In my opinion action should be taken to prevent future deaths and I believe you have the power to take such action.
      """
    return ConcernExtractor().extract(PlainTextReader().read(text, format: .text), kind: kind)
  }

  @Test func numberedListWithTemplateIntroduction() {
    let found = concerns("""
      During the course of the inquest the evidence revealed matters giving rise to concern. In my opinion there is a risk that future deaths will occur unless action is taken. In the circumstances it is my statutory duty to report to you.

      The MATTERS OF CONCERN are as follows:

      1. The ward had no written policy on observations at night.

      2. Staff were not trained to use the new monitoring equipment.
      """)
    #expect(found.map(\.number) == [1, 2])
    #expect(found[0].text == "The ward had no written policy on observations at night.")
    #expect(found.allSatisfy { !$0.text.contains("statutory duty") })
  }

  @Test func subItemsStayInsideTheirConcern() {
    let found = concerns("""
      1. Discharge planning was inadequate, in that:
      (a) no community follow-up was arranged; and
      (b) the GP was not told of the discharge.

      2. There was no review of the medication on discharge.
      """)
    #expect(found.map(\.number) == [1, 2])
    #expect(found[0].text.contains("the GP was not told"))
  }

  @Test func concernLabelsAndTitles() {
    let found = concerns("""
      Concern 1: Handover between teams
      Information about the patient's risk was not passed on at handover.

      Concern 2: Escalation
      Nurses may not know when to escalate a deteriorating patient.
      """)
    #expect(found.map(\.number) == [1, 2])
    #expect(found[0].text.contains("not passed on at handover"))
  }

  @Test func runOnNumbersInOneParagraph() {
    let found = concerns("(1) The alarm was not tested; (2) the alarm log was not kept; and (3) no one was responsible for the alarm.")
    #expect(found.map(\.number) == [1, 2, 3])
    #expect(found[1].text.hasPrefix("the alarm log"))
  }

  @Test func duplicatedPrintedNumbersAreCountedInOrder() {
    let found = concerns("""
      (1) The results were not phoned through;
      (2) The guidance does not cover pregnancy;
      (2) As a result there was a delay in diagnosis.
      """)
    #expect(found.map(\.number) == [1, 2, 3])
  }

  @Test func letteredItemsAfterALeadIn() {
    let found = concerns("""
      During the evidence a number of concerns arose as to the care she received. These include:
      a) Carers did not record her fluid intake.
      b) Carers did not escalate when she stopped eating.
      """)
    #expect(found.map(\.number) == [1, 2])
    #expect(found[0].text.hasPrefix("Carers did not record"))
  }

  @Test func unnumberedParagraphsDropBackgroundAndClosing() {
    let found = concerns("""
      The court heard that the service supports adults moving between homes.

      Those supporting him were unclear on the stage the process had reached.

      Further, no internal review was carried out after his death.

      In short, I ask the council to review its procedures.
      """)
    #expect(found.map(\.number) == [1, 2])
    #expect(found[0].text.hasPrefix("Those supporting him"))
  }

  @Test func aSingleSentenceSectionIsOneConcern() {
    let found = concerns("Greater public awareness of aquaplaning is important.")
    #expect(found.count == 1)
    #expect(found.first?.number == 1)
  }

  @Test func aFurtherPointInsideOneParagraphIsSplit() {
    let found = concerns("The driver said he would not act differently. Furthermore, the firm did not contact the police.")
    #expect(found.map(\.number) == [1, 2])
  }

  @Test func continuationParagraphStaysWithItsConcern() {
    let found = concerns("""
      The guidance was not applied to her care in the emergency department.

      The failure to apply this guidance meant that an opportunity was missed.
      """)
    #expect(found.count == 1)
    #expect(found[0].text.contains("opportunity was missed"))
  }

  @Test func laterSectionsAreNotConcerns() {
    let found = concerns("1. The stairs had no handrail.")
    #expect(found.count == 1)
    #expect(!found[0].text.contains("ACTION"))
  }

  @Test func aResponseQuotingTheSectionIsReadAsARestatement() {
    // A response that reproduces the coroner's section lists the concerns; it is not itself a report.
    let found = concerns("1. The stairs had no handrail.", kind: .response)
    #expect(found.map(\.number) == [1])
    #expect(found.allSatisfy { $0.rule.hasPrefix("restated.") })
  }
}
