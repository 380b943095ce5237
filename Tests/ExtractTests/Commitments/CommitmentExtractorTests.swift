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

  @Test func actorHeadingCarriesOverSubHeadings() {
    let text = """
      What the Council plans to do:

        • Install new warning signs at the lock

      Coroner’s concern 2

      The towpath was poorly lit.

        • Review the towpath lighting before the winter. Work to be complete by March

      Background: What the Council has already done

        • Updated its inspection checklist for the towpath
        • Introduced a weekly patrol of the lock
      """
    let found = commitments(text, kind: .press)
    #expect(found.map(\.status) == [.planned, .planned, .done, .done], "\(found.map(\.text))")
    #expect(found[1].text.hasPrefix("Review the towpath"))
  }

  @Test func bulletsUnderALeadInThatAnnouncesUndertakings() {
    let text = """
      We are developing a formal crossing proposal at this junction. The proposals are:

      - A signalised crossing for pedestrians across the High Road;
      - Amendments to the kerb layout to facilitate the above crossing.

      Our priorities for the coming year are:

      - Introducing a single point of contact for families
      - Continued working with the voluntary sector to speed up discharge
      """
    let found = commitments(text)
    let listed = found.filter { $0.rule.hasPrefix("commitment.list-lead-in") }
    #expect(listed.count == 4, "\(found.map(\.text))")
    #expect(listed.map(\.status) == [.planned, .planned, .planned, .ongoing])
  }

  @Test func bulletsUnderAHedgedLeadInAreSoft() {
    let text = """
      In the medium term we will explore ways to reduce the demand for hospital beds across the county. The planned changes are:

      1. Reducing the number of avoidable admissions through prevention
      2. Improving flow through our acute wards
      """
    let listed = commitments(text).filter { $0.rule.hasPrefix("commitment.list-lead-in") }
    #expect(listed.count == 2)
    #expect(listed.allSatisfy { $0.strength == .soft && $0.status == .planned }, "\(listed.map(\.hedge))")
  }

  @Test func bulletsUnderALeadInThatStatesFindingsAreNot() {
    let text = """
      The inspection identified the following issues:

      - Medication charts incomplete on two wards
      - Staff rota gaps at weekends

      The proposals are:

      - Carers did not record the early warning signs.
      - The safety of residents is our first priority.
      """
    #expect(commitments(text).isEmpty, "\(commitments(text).map(\.text))")
  }


  @Test func coordinatedVerbSharesTheAuxiliary() {
    let a = commitments("The Council will consult by September on further changes, and introduce them in the new year.")
    #expect(a.map(\.status) == [.planned, .planned], "\(a.map(\.rule))")
    let b = commitments("We will continue to monitor national guidance and, where appropriate, modify our protocols.")
    #expect(b.map(\.status) == [.ongoing, .planned], "\(b.map(\.rule))")
    // A perfect is one act done, however many verbs it joins.
    let c = commitments("We have updated the falls policy and circulated it to all ward managers.")
    #expect(c.map(\.status) == [.done], "\(c.map(\.rule))")
    #expect(commitments("We will review the audit and training records for the ward.").count == 1)
    let d = commitments("We will carry out an audit and review of the discharge notes.")
    #expect(d.count == 1, "\(d.map(\.rule))")
  }

  @Test func includeListsSplitIntoItems() {
    let text = "We have introduced a number of changes since 2030. These include the creation of a falls board "
      + "and the introduction of a new discharge checklist."
    let found = commitments(text)
    #expect(found.count == 3, "\(found.map(\.rule))")
    #expect(found.filter { $0.rule.hasPrefix("commitment.included-items") }.count == 2)
    #expect(found.allSatisfy { $0.status == .done })
    let semis = commitments("We will make several changes. These include: a new rota; a named lead; and a monthly audit.")
    #expect(semis.count == 4, "\(semis.map(\.rule))")
    // No undertaking before it: a description, not a list of actions.
    #expect(commitments("The ward has twelve beds. These include two side rooms and a bay for frail patients.").isEmpty)
    let people = commitments("We have reviewed the triage pathway. These include patients that present with an overdose.")
    #expect(people.count == 1, "\(people.map(\.rule))")
    let listed = commitments("""
      Dear Sir,

      Following the inquest, we have introduced a number of changes to how the home manages falls risk at night. These include:

      - a rapid review of every fall on the ward within 48 hours
      - a named lead for falls prevention in each care home
      """)
    #expect(listed.map(\.status) == [.done, .done, .done], "\(listed.map(\.text))")
  }

  @Test func meetingsAndPronounSubjects() {
    #expect(one("We have had discussions with the borough council regarding a joint approach to the junction.")?.status == .done)
    #expect(commitments("We have had a difficult year across the service.").isEmpty)
    let they = commitments("The regional team manages referrals. They are also engaging with local leads to promote the service.")
    #expect(they.contains { $0.status == .ongoing && $0.text.hasPrefix("They are") }, "\(they.map(\.text))")
  }

  @Test func relativeAndPurposeClausesAddNothing() {
    let a = commitments("We will review our audit tool against the standards we set ourselves last year.")
    #expect(a.count == 1, "\(a.map(\.rule))")
    let b = commitments("We will redesign the referral form to ensure that we record the time of every call.")
    #expect(b.count == 1, "\(b.map(\.rule))")
    // A time phrase before "we" is not a relative clause.
    let c = commitments("We have reviewed the policy and in April we will introduce a new checklist for night staff.")
    #expect(c.count == 2, "\(c.map(\.rule))")
  }

  @Test func scheduledEvents() {
    #expect(one("The public consultation on the scheme will take place in spring 2032.")?.status == .planned)
    let b = commitments("A new escalation procedure has been developed for managers which will go live in January 2032.")
    #expect(b.map(\.status) == [.done, .planned], "\(b.map(\.rule))")
    #expect(commitments("The inquest will take place in the coroner's court.").count <= 1)
  }

  @Test func reportedActionsOfABodysPeople() {
    let a = commitments("I can confirm that county council representatives have met on site with the landowner to discuss measures.")
    #expect(a.map(\.status) == [.done], "\(a.map(\.rule))")
    #expect(commitments("I can confirm that local residents have raised the issue before.").isEmpty)
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
      "The Council became the highway authority in 2000 when the Council was created.",
      "I refer to your report and am issuing this response on behalf of the Trust.",
      "While an attempt was made by the driver to call 101, the call was not completed.",
      "The evidence was that the referral was being looked at by the Probation Service.",
      "They are to be welcomed for having done so.",
      "The Trust took over responsibility for the service in 2019.",
    ] {
      #expect(commitments(s).isEmpty, "\(s)")
    }
  }

  @Test func simpleTensesAfterANamedBody() {
    #expect(one("On 3 May 2031, the Department announced a new £2 million fund for counselling.")?.status == .done)
    #expect(one("For urgent help, the Department signposts staff to the national helpline.")?.status == .ongoing)
    #expect(one("From June 2030, we therefore consulted on changes to the complaints process.")?.status == .done)
    #expect(one("We also briefed all inspectors on the amendment at the December briefing.")?.status == .done)
    // Verbs of speech or discovery, and capitalised words that are not bodies, do not act.
    #expect(commitments("The Gazette revealed how faults force inspectors to re-record evidence.").isEmpty)
    #expect(commitments("The Trust admitted that there had been no written policy.").isEmpty)
    #expect(commitments("Sponsored post").isEmpty)
  }

  @Test func secondClausesCountOnlyWithTheirOwnVerbGroup() {
    #expect(commitments("We intend to publish the terms by March 2031 and aim to complete the review by June 2031.").count == 2)
    #expect(commitments("The guidance will be reviewed and a call for evidence will be launched in the spring.").count == 2)
    #expect(commitments("We will publish the findings and formally respond to each recommendation.").count == 2)
    // A participle or an infinitive's second verb after a comma or "and" is not a second act.
    #expect(commitments("We will explore a separate judgement, decoupled from the leadership grade.").count == 1)
    #expect(commitments("We delivered training in May 2030 to reinforce the changes and promote consistency.").count == 1)
    #expect(commitments("We will run a listening exercise across the sectors we regulate and inspect.").count == 1)
    #expect(commitments("We have since developed and published a national policy on pausing visits.").count == 1)
    // The perfect's auxiliary carries to an action verb when the first verb is no action.
    #expect(one("The team have carefully considered this matter and reviewed our current policies.")?.status == .done)
  }

  @Test func relativeClausesAndLeadIns() {
    #expect(commitments("We have worked with the unions to write this policy, which will take effect on 1 April 2031.")
      .map(\.status) == [.done, .planned])
    #expect(one("The surveys are planned to take place in early January 2031.")?.status == .planned)
    #expect(commitments("Some of the early actions that the Trust have taken are a small step in the right direction.").isEmpty)
    #expect(commitments("We made four main proposals:").isEmpty)
    #expect(commitments("I hope many parents take part so the service continues to improve.").isEmpty)
    #expect(commitments("The Council has sent the coroner its response to the report.").isEmpty)
    #expect(one("We will respond to the recommendations of the review in our annual report.")?.status == .planned)
    #expect(commitments("We will respond to each of the concerns in turn.").isEmpty)
  }

  @Test func pressReportedSpeech() {
    let c = one("The department said that work is ongoing with councils to support headteachers.")
    #expect(c?.status == .ongoing)
    #expect(one("That's why I have worked closely with the family over the past year.")?.status == .done)
  }

  func withBodies(_ s: String) -> [Commitment] {
    let d = PlainTextReader().read(s, format: .text)
    return CommitmentExtractor().extract(d, context: ExtractionContext(kind: .response), bodies: BodyExtractor().extract(d))
  }

  @Test func actorsOtherThanTheSubject() {
    // The agent of a passive, unless it acts jointly with another.
    #expect(withBodies("Further work is planned by NHS England on the wording of letters.").first?.body == "NHS England")
    #expect(withBodies("This information was shared by the CQC and NHS England with all trusts.").first?.body == nil)
    // "The Agency" is the last body named with that word, not necessarily the author.
    let text = "The Environment Agency has reviewed the lock site. The Agency will continue to inspect the weir monthly."
    #expect(withBodies(text).map(\.body) == ["Environment Agency", "Environment Agency"])
    #expect(withBodies("We will continue to inspect the weir monthly.").first?.body == nil)
  }

  @Test func settingTheScene() {
    #expect(commitments("There are ongoing trials of the kit in some areas.").isEmpty)
    #expect(one("Work is ongoing between the council and the police to close the gap.")?.status == .ongoing)
    #expect(commitments("Where the Care Quality Commission inspects theatres, storage would form part of that work.").isEmpty)
  }

  @Test func howAServiceRunsIsNoUndertaking() {
    #expect(commitments("A social worker will make their methodology clear to the family.").isEmpty)
    // A new arrangement, a date or one of ours acting makes it an undertaking again.
    #expect(one("From March 2031 a social worker will visit every resident weekly.")?.status == .planned)
    #expect(one("The new falls team will visit every resident weekly.")?.status == .planned)
    #expect(one("We will visit every resident weekly.")?.status == .planned)
    // Capitalised things that are no body do not act when they only have an effect.
    #expect(commitments("The SLA will support decision-making between the two units.").isEmpty)
    // Advice to others and quoted policy.
    #expect(commitments("The College recommends that cut-off values are agreed locally by each laboratory.").isEmpty)
    #expect(commitments("The policy says: “The duty nurse will call the family within one hour.”").count <= 1)
    #expect(commitments("“The duty nurse will call the family within one hour of admission.”").isEmpty)
  }

  @Test func gappedPassives() {
    let a = commitments("Policies have been reviewed, training refined and extended, triage forms changed, and additional safety netting put into place.")
    #expect(a.count == 4, "\(a.map(\.rule))")
    #expect(a.allSatisfy { $0.status == .done })
    #expect(commitments("Two new sections were added (Legal Duty of Care) and another strengthened (Managing Confrontation).").count == 2)
    #expect(commitments("The policy has been updated, and the changes made were welcomed by staff.").count == 1)
  }

  @Test func systemsDescribed() {
    #expect(commitments("A higher response will be reached where there are symptoms of a threat to life.").isEmpty)
    #expect(commitments("The Anaesthetic Gases are delivered by an anaesthetic machine in theatre.").isEmpty)
    #expect(commitments("Patients without a medical need will be referred directly to the liaison team.").isEmpty)
    #expect(one("Patients without a medical need will now be referred directly to the liaison team.")?.status == .planned)
    #expect(one("Where a patient leaves early, a new follow-up call will be made the next day.")?.status == .planned)
    #expect(one("All 16 inpatient wards now have a named consultant for leave decisions.")?.status == .done)
  }

  @Test func aboutTheLetterItself() {
    for s in [
      "A response as to the quality of the work undertaken will be provided below.",
      "I have set out the updates to the policy at appendix one.",
      "Colleagues at the regional office have been consulted on my response to the Coroner.",
      "I confirm that the Trust has received and acknowledged your report.",
      "We look forward to working with them on the new guidance.",
      "We continue to take all necessary steps to minimise risk to patients.",
      "It is good practice that a social worker will share their plan with the family.",
      "Concern 1: Section 17 leave conditions may not always be reviewed before leave.",
      "This response has been developed following input from members of the safety committee.",
      "At the time of writing, we are awaiting the response from the Royal College.",
      "We have sought the assistance of our clinical leads in preparing this reply.",
      "Secondly, we have examined the issues you raised in the regulation 28 notice.",
      "We have carefully reviewed the matters of concern you highlighted.",
      "Option B: the ambulance service have a responder network trained in falls recovery.",
      "This means that pedestrians will need to judge when it is safe to cross.",
      "We want leaders to know that any complaint will be dealt with swiftly.",
      "The Trust has taken the following measures to address the concern raised: 1.",
    ] {
      #expect(commitments(s).isEmpty, "\(s)")
    }
  }

  @Test func moreTensesAndShapes() {
    #expect(one("The renal team have been developing shared guidelines with the centre.")?.status == .ongoing)
    #expect(one("We had undertaken a full review of the case before the inquest.")?.status == .done)
    #expect(commitments("They stated that they had received some reports of misuse.").isEmpty)
    let considered = one("A referral system is being considered by the network.")
    #expect(considered?.status == .ongoing)
    #expect(considered?.strength == .soft)
    #expect(one("As described above, the service has implemented new paperwork for every visit.")?.status == .done)
    #expect(one("UHCW will provide onsite training for the ward staff.")?.status == .planned)
    #expect(one("UHBW will set up a task and finish group on reference ranges.")?.status == .planned)
    #expect(commitments("3 Concern 1: Section 17 leave conditions may not always be reviewed before leave.").isEmpty)
    #expect(one("We have raised the issue with the regional commissioners.")?.status == .done)
    #expect(one("We have agreed a service level agreement with the centre.")?.status == .done)
    #expect(commitments("We have agreed with the findings of the inquest.").isEmpty)
    let policy = "The policy reads:\n\n“The duty nurse will call the family within one hour.\n\nThe team will record each call.”\n\nWe will audit the policy in May."
    #expect(commitments(policy).map(\.text) == ["We will audit the policy in May."])
    #expect(one("Each contact will be recorded on the case system.")?.status == .planned)
    #expect(one("The Professional Record Standards Body (PRSB) have updated their guidance.")?.status == .done)
    #expect(one("We will, whenever possible, recommend a second opinion.")?.status == .planned)
    let likely = one("The new tool will likely be rolled out across the region.")
    #expect(likely?.strength == .soft)
    #expect(one("There is now a daily triage for safeguarding referrals.")?.status == .done)
    #expect(commitments("There is now a similar lack of rehabilitation places.").isEmpty)
    #expect(one("The discharge protocol is currently under review by the ward managers.")?.status == .ongoing)
    #expect(one("This will be considered in the planning process for 2031/32.")?.strength == .soft)
  }

  @Test func listsAfterALeadInThatEndsInAFullStop() {
    let text = """
      Each organisation is to take the following actions.

      - Share the learning from this case with all ward managers.
      - Contact the patient associations to agree a joint leaflet.
      """
    #expect(commitments(text).map(\.status) == [.planned, .planned])
  }

  @Test func coronersReportsGetNone() {
    #expect(commitments("The Trust will review its policy.", kind: .pfdReport).isEmpty)
  }
}
