import Foundation
import Testing

@testable import Extract

@Suite struct BodyRegistryTests {
  let registry = BodyRegistry.standard

  @Test func loadsTheShippedFile() {
    #expect(registry.entries.count > 100)
    #expect(registry.entry(named: "Home Office")?.type == "department")
  }

  @Test(arguments: [
    ("The Home Secretary", "Home Office"),
    ("Secretary of State for the Home Department", "Home Office"),
    ("Minister of State for Policing", "Home Office"),
    ("Secretary of State for Education", "Department for Education"),
    ("Secretary of State for Health and Social Care, Department of Health and Social Care", "Department of Health and Social Care"),
    ("Chief Executive, NHS England", "NHS England"),
    ("Chief Executive of NHS England", "NHS England"),
    ("NHS England & NHS Improvement (PFDs)", "NHS England"),
    ("NHSE/I", "NHS England"),
    ("HMCI", "Ofsted"),
    ("His Majesty’s Chief Inspector", "Ofsted"),
    ("Chief Midwife for England", "NHS England"),
    ("Chief Nursing Officer for England", "NHS England"),
    ("President of the Royal College of Surgeons", "Royal College of Surgeons of England"),
    ("President of the Royal College of Paediatricians and Child Health", "Royal College of Paediatrics and Child Health"),
    ("President Royal, Royal College of General Practitioners", "Royal College of General Practitioners"),
    ("President of the Royal College of Podiatry", "Royal College of Podiatry"),
    ("Director of Highways and Operations Oxfordshire County Council", "Oxfordshire County Council"),
    ("Director of Highways and Operations, Oxfordshire County Council", "Oxfordshire County Council"),
    ("Safeguarding Adults Team, East Riding of Yorkshire Council", "East Riding of Yorkshire Council"),
    ("Adult Social Care, Leicestershire County Council", "Leicestershire County Council"),
    ("NHS Derby & Derbyshire Integrated Care Board", "NHS Derby and Derbyshire Integrated Care Board"),
    ("Chief Executive, Suffolk and North East Essex Integrated Care Board", "NHS Suffolk and North East Essex Integrated Care Board"),
    ("The Chief Executive Officer of George Eliot Hospital NHS Trust", "George Eliot Hospital NHS Trust"),
    ("The Chief Executive Officer of the Coventry and Warwickshire Partnership Trust", "Coventry and Warwickshire Partnership Trust"),
    ("Chief Executive Officer South East Coast Ambulance Service NHS Foundation Trust", "South East Coast Ambulance Service NHS Foundation Trust"),
    ("Chief Executive, West Suffolk NHS Foundation Trust", "West Suffolk NHS Foundation Trust"),
    ("Salford Royal Hospital Foundation Trust", "Salford Royal Hospital Foundation Trust"),
    ("Department of Transport", "Department for Transport"),
    ("Department for Transport (DFT)", "Department for Transport"),
    ("Driver Vehicle Standards Agency", "Driver and Vehicle Standards Agency"),
    ("Transport for London (TFL)", "Transport for London"),
    ("London Borough of Hounslow (LBH)", "London Borough of Hounslow"),
    ("Operations Director, Tenancy and Homeowner Services, London Borough of Hackney", "London Borough of Hackney"),
    ("Royal Society for the Prevention of Accidents", "Royal Society for the Prevention of Accidents"),
    ("The Chief Coroner", "Chief Coroner"),
    ("UK Kidney Association", "UK Kidney Association"),
    ("Probation Service", "Probation Service"),
    ("Chief Constable of Thames Valley Police", "Thames Valley Police"),
    ("A&B Healthcare Ltd", "A&B Healthcare Ltd"),
  ])
  func resolvesAddressLines(_ line: String, _ expected: String) {
    #expect(registry.resolve(line) == expected)
  }

  @Test(arguments: ["Cannock Chase Hospital", "the watchdog", "the Department", "Steps2Recovery", "Nice weather", "", "the Police", "the department", "director of highways and operations oxfo", "royal college of"])
  func leavesUnknownsAlone(_ line: String) {
    #expect(registry.resolve(line) == nil)
  }

  @Test(arguments: [
    ("the home secretary", "Home Office"),
    ("department of transport", "Department for Transport"),
    ("nhs england nhs improvement pfds", "NHS England"),
    ("chief executive west suffolk nhs foundation trust", "West Suffolk NHS Foundation Trust"),
    ("london borough of hounslow", "London Borough of Hounslow"),
    ("nice", "National Institute for Health and Care Excellence"),
    ("national institute for health and care e", "National Institute for Health and Care Excellence"),
    ("royal society for the prevention of acci", "Royal Society for the Prevention of Accidents"),
  ])
  func resolvesLowerCaseSlugs(_ slug: String, _ expected: String) {
    #expect(registry.resolve(slug) == expected)
  }

  @Test func resolvesGenericReferencesToTheAuthor() {
    #expect(registry.resolve("the Department", author: "Department for Transport") == "Department for Transport")
    #expect(registry.resolve("the Department", author: "Home Office") == "Home Office")
    #expect(registry.resolve("our Trust", author: "West Suffolk NHS Foundation Trust") == "West Suffolk NHS Foundation Trust")
    #expect(registry.resolve("The Trust", author: "Home Office") == nil)
    #expect(registry.resolve("the Department", author: nil) == nil)
    #expect(registry.resolve("the Home Secretary", author: "Ofsted") == "Home Office")
  }

  @Test func knowsParents() {
    #expect(registry.parent(of: "ESFA") == "Department for Education")
    #expect(registry.parent(of: "Probation Service") == "HM Prison and Probation Service")
    #expect(registry.parent(of: "Home Office") == nil)
  }

  @Test func addsAUserFile() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("bodies-\(UUID().uuidString).json")
    let json = """
      [{"name": "Steps2Recovery", "aliases": ["S2R", "Steps 2 Recovery"]},
       {"name": "Home Office", "aliases": ["Policing Minister for England"]},
       {"name": "Riverside Housing Association", "parent": null, "context": ["the Association"]}]
      """
    try Data(json.utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let extended = try registry.adding(contentsOf: url)
    #expect(extended.resolve("S2R") == "Steps2Recovery")
    #expect(extended.resolve("Steps 2 Recovery") == "Steps2Recovery")
    #expect(extended.resolve("Policing Minister for England") == "Home Office")
    #expect(extended.resolve("Home Secretary") == "Home Office")
    #expect(extended.entries.count == registry.entries.count + 2)
    #expect(registry.resolve("S2R") == nil)
  }

  @Test func reportsBadFiles() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("bodies-\(UUID().uuidString).json")
    try Data(#"{"name": "not a list"}"#.utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    #expect(throws: BodyRegistryError.self) { try registry.adding(contentsOf: url) }
    #expect(throws: BodyRegistryError.self) {
      try registry.adding(contentsOf: URL(fileURLWithPath: "/nonexistent/bodies.json"))
    }
  }
}
