import Extract
import Ingest
import Model
import Testing

/// Concerns restated in a response or an article.
struct RestatedConcernTests {
  func concerns(_ text: String, kind: DocumentKind = .response) -> [Concern] {
    ConcernExtractor().extract(PlainTextReader().read(text, format: .text), kind: kind)
  }

  @Test func concernHeadings() {
    let found = concerns("""
      Thank you for your report of 3 May 2024.

      Matter of concern 1

      The trust had no policy for patients who leave before assessment.

      We have written a new policy, which came into force in June.

      Coroner's concern number three

      Staff did not record observations.

      We will audit observation records every month.
      """)
    #expect(found.map(\.number) == [1, 3])
    #expect(found[0].text.hasPrefix("The trust had no policy"))
    #expect(found[1].rule == "restated.heading")
  }

  @Test func listAfterALeadInWithAnswersBetween() {
    let found = concerns("""
      We note that the concerns are as follows:

      1. Carers spent too little time with her.

      Our inspection found no concerns about staffing. We will inspect again in the spring.

      2. Carers did not escalate when she was unwell.

      We have received an action plan from the provider.

      1. We will check the provider's training records.
      """)
    #expect(found.map(\.number) == [1, 2])
    #expect(found[1].text.hasPrefix("Carers did not escalate"))
  }

  @Test func respondentsOwnNumberedActionsAreNotConcerns() {
    let found = concerns("""
      Thank you for your report. We have taken the following actions:

      1. We have reviewed our signage.
      2. We will resurface the path by March 2025.
      """)
    #expect(found.isEmpty)
  }

  @Test func inlineLetteredPoints() {
    let found = concerns("""
      We have reviewed the matters of concern in your report and address the two key points raised: (a) the driver's adherence to training; and (b) the failure to contact the police. We set out our response below.
      """)
    #expect(found.map(\.number) == [1, 2])
    #expect(found[1].text.hasPrefix("the failure to contact"))
  }

  @Test func proseRestatements() {
    let found = concerns("""
      I write on behalf of the Probation Service. You expressed a concern that there is a lack of specialist accommodation for women. We are working to increase it. Linked to your first concern, you commented that officers need to know what accommodation is available. We have briefed all officers.
      """)
    #expect(found.map(\.number) == [1, 2])
    #expect(found[0].text.hasPrefix("You expressed a concern"))
  }

  @Test func oneSentenceRaisingTwoConcerns() {
    let found = concerns("""
      Your Report raised concerns over a lack of monitoring of medicines in theatres, and that the trust was unable to confirm where the bottle came from.
      """)
    #expect(found.map(\.number) == [1, 2])
    #expect(found[1].text.hasPrefix("that the trust"))
  }

  @Test func consecutiveRestatingSentencesAreOneConcern() {
    let found = concerns("""
      The inquest found that he chose the drug because he thought it less harmful. You are concerned that its classification encourages others to use it. Ketamine is a Class B drug.
      """)
    #expect(found.count == 1)
  }

  @Test func pressWithoutRestatedConcerns() {
    let found = concerns("""
      Ofsted will publish a new policy today, the watchdog said.

      The changes follow the coroner's report into the death of the head teacher last year.
      """, kind: .press)
    #expect(found.isEmpty)
  }

  @Test func concernRestatedOnItsLabelLine() {
    let found = concerns("""
      The three concerns that you have raised with the Trust are repeated below for ease of reference:

      Concern 1: Leave conditions may not always be reviewed before a patient is signed out.

      Concern 2: There may be no reliable way for patients on leave to contact the ward.
      """)
    #expect(found.map(\.number) == [1, 2])
    #expect(found[0].text.hasPrefix("Leave conditions"))
  }

  @Test func listAfterALeadInThatOnlyMentionsConcernsIsNotRestated() {
    let found = concerns("""
      Both safeguarding concerns received were triaged on the grounds that there was reasonable cause to suspect that she:

      (a) had needs for care and support
      (b) was experiencing abuse or neglect
      """)
    #expect(found.isEmpty)
  }
}
