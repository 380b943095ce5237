import Foundation
import Model
import Testing

@testable import Extract

@Suite struct BodyExtractorTests {
  let extractor = BodyExtractor()

  func doc(_ text: String) -> ParsedDocument {
    ParsedDocument(text: DocumentText(text), format: .text, blocks: [])
  }

  func names(_ text: String, author: String? = nil) -> [String] {
    extractor.extract(doc(text), author: author).map(\.name)
  }

  /// One scan read for several authors gives what a fresh extraction for each gives.
  @Test func oneScanServesEveryAuthor() {
    let d = doc(
      "The Department for Transport wrote to Ofsted. The Department will act, and the watchdog (the inspectorate) "
        + "agreed; our Trust and the Trust's board, with NHS England (NHSE), replied. NHSE and the regulator met.")
    let scan = extractor.scan(d)
    var differ = false
    for author in [nil, "Department for Transport", "Ofsted", "George Eliot Hospital NHS Trust"] {
      let fresh = extractor.extract(d, author: author)
      #expect(extractor.extract(d, scan: scan, author: author) == fresh, "\(author ?? "no author")")
      differ = differ || fresh != extractor.extract(d, author: nil)
    }
    // The author changes what is found, so the scan really is read per author.
    #expect(differ)
  }

  @Test func findsAliasesWithSpans() {
    let text = "The Home Secretary has asked the ACMD and NHS England’s Chief Midwife to report to DHSC."
    let found = extractor.extract(doc(text))
    #expect(found.map(\.name) == ["Home Office", "Advisory Council on the Misuse of Drugs", "NHS England", "Department of Health and Social Care"])
    #expect(found.map(\.text) == ["Home Secretary", "ACMD", "NHS England", "DHSC"])
    let d = doc(text)
    for m in found { #expect(d.text.slice(m.span) == m.text) }
  }

  @Test func prefersTheLongestName() {
    #expect(names("NHS England and NHS Improvement wrote to the Trust.") == ["NHS England"])
    #expect(names("the Royal College of Surgeons of England replied") == ["Royal College of Surgeons of England"])
    #expect(names("the Department for Education Regions Group will") == ["DfE Regions Group"])
  }

  @Test func appliesCaseRules() {
    #expect(names("We followed NICE guidance.") == ["National Institute for Health and Care Excellence"])
    #expect(names("It was nice to meet the family.").isEmpty)
    #expect(names("Guidance from the DFE and the DfE.") == ["Department for Education", "Department for Education"])
    #expect(names("We spoke to the department and the trust.", author: "Department for Education").isEmpty)
    #expect(names("She worked from her home office.").isEmpty)
    #expect(names("OFSTED will inspect.") == ["Ofsted"])
  }

  @Test func respectsWordBoundaries() {
    #expect(names("The CQCs and NICEly and DfEs").isEmpty)
    #expect(names("Ofstedian thinking").isEmpty)
  }

  @Test func recognisesUnknownBodiesByShape() {
    let text = """
      Northumbria Healthcare NHS Foundation Trust, Kent Police and Avon and Somerset Constabulary met \
      Barnsley Metropolitan Borough Council, the London Borough of Tower Hamlets and NHS Cornwall and Isles of Scilly ICB. \
      The Chief Executive of Hampshire Hospitals NHS Foundation Trust wrote to the Royal College of Podiatry.
      """
    #expect(names(text) == [
      "Northumbria Healthcare NHS Foundation Trust", "Kent Police", "Avon and Somerset Constabulary",
      "Barnsley Metropolitan Borough Council", "London Borough of Tower Hamlets",
      "NHS Cornwall and Isles of Scilly Integrated Care Board", "Hampshire Hospitals NHS Foundation Trust",
      "Royal College of Podiatry",
    ])
  }

  @Test func patternsDoNotSwallowNeighbours() {
    #expect(names("In Leicestershire County Council and Derbyshire County Council") == ["Leicestershire County Council", "Derbyshire County Council"])
    #expect(names("Both NHS England and Suffolk County Council agreed.") == ["NHS England", "Suffolk County Council"])
    #expect(names("The Royal College of Psychiatrists and NHS England") == ["Royal College of Psychiatrists", "NHS England"])
    #expect(names("the Police attended and the county council was told").isEmpty)
    #expect(names("The Royal College of Physicians Patient Safety Committee met.") == ["Royal College of Physicians"])
    #expect(names("George Eliot Hospital and with South Warwickshire Foundation Trust") == ["South Warwickshire Foundation Trust"])
    #expect(names("the National Ambulance Service and the NHS Constitution").isEmpty)
    #expect(names("The Sentencing Council and the Advisory Council met.").isEmpty)
  }

  @Test func learnsAbbreviationsFromTheText() {
    let text = "London Borough of Hounslow (LBH) owns the road. LBH will resurface it. The Women’s Justice Board (WJB) met; the WJB will report."
    let found = extractor.extract(doc(text))
    #expect(found.map(\.name) == [
      "London Borough of Hounslow", "London Borough of Hounslow", "London Borough of Hounslow",
      "Women's Justice Board", "Women's Justice Board", "Women's Justice Board",
    ])
    #expect(names("NHS England (PFDs) replied. PFDs are published.") == ["NHS England"])
    #expect(names("She was seen in the Emergency Department (ED) and the ED was busy.").isEmpty)
    #expect(names("A & B Healthcare Limited") == ["A & B Healthcare Limited"])
    #expect(names("Venous thromboembolism (VTE) and a Multi Disciplinary Plan (MDP) were discussed.").isEmpty)
  }

  @Test func definesOfstedByItsLongName() {
    let text = "the Office for Standards in Education, Children’s Services and Skills (Ofsted) will"
    let found = extractor.extract(doc(text))
    #expect(found.map(\.name) == ["Ofsted", "Ofsted"])
  }

  @Test func resolvesGenericReferencesOnlyWithAnAuthor() {
    let text = "The Department will publish guidance. My Department is developing a strategy. The Trust agreed."
    #expect(names(text).isEmpty)
    #expect(names(text, author: "Department for Transport") == ["Department for Transport", "Department for Transport"])
    #expect(names("our trust has reviewed", author: "George Eliot Hospital NHS Trust") == ["George Eliot Hospital NHS Trust"])
  }

  @Test func resolvesContextAliasesOnlyWhenUnambiguous() {
    #expect(names("The watchdog said it would act.").isEmpty)
    #expect(names("Ofsted responded. The watchdog said it would act.") == ["Ofsted", "Ofsted"])
    #expect(names("Ofsted and the CQC responded. The watchdog said it would act.") == ["Ofsted", "Care Quality Commission"])
    #expect(names("The watchdog said it would act.", author: "Ofsted") == ["Ofsted"])
  }

  @Test func doesNotJoinAcrossLines() {
    #expect(names("Home\nOffice").isEmpty)
    #expect(names("Kent\nPolice").isEmpty)
  }
}
