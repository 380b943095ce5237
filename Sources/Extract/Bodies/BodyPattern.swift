import Foundation

/// A generic name shape ("X NHS Foundation Trust", "London Borough of X") whose match keeps its own name.
struct BodyPattern: Hashable, Sendable {
  enum Family: String, Hashable, Sendable {
    case trust, icb, council, bareCouncil, police, fire, company, college, borough, healthBoard
  }

  /// The fixed words, as printed.
  var phrase: String
  var family: Family
  /// True when the fixed words come first and the name words follow.
  var isPrefix: Bool

  var rule: String { "pattern.\(family.rawValue)" }

  static let all: [BodyPattern] = {
    var out: [BodyPattern] = []
    func suffix(_ family: Family, _ phrases: [String]) {
      out += phrases.map { BodyPattern(phrase: $0, family: family, isPrefix: false) }
    }
    func prefix(_ family: Family, _ phrases: [String]) {
      out += phrases.map { BodyPattern(phrase: $0, family: family, isPrefix: true) }
    }
    suffix(.trust, ["NHS Foundation Trust", "NHS Trust", "Foundation Trust", "Partnership Trust", "Care Trust"])
    suffix(.icb, ["Integrated Care Board", "ICB"])
    suffix(.healthBoard, ["Health Board", "University Health Board"])
    suffix(.council, [
      "County Council", "Borough Council", "City Council", "District Council", "Metropolitan Borough Council",
      "Town Council", "Parish Council", "Combined Authority",
    ])
    suffix(.bareCouncil, ["Council"])
    suffix(.police, ["Police", "Constabulary", "Police Service", "Police Force", "Police and Crime Commissioner"])
    suffix(.fire, ["Fire and Rescue Service", "Fire and Rescue Authority", "Fire Service"])
    suffix(.company, ["Ltd", "Limited", "PLC", "plc", "LLP"])
    prefix(.college, ["Royal College of"])
    prefix(.borough, ["London Borough of", "Royal Borough of", "Metropolitan Borough of"])
    return out
  }()

  /// Words that end a name from the left: roles and teams ("Director of …", "Operations Manager, …").
  static let roleWords: Set<String> = [
    "Director", "Directorate", "Executive", "Officer", "President", "Chair", "Chairman", "Chairperson",
    "Manager", "Secretary", "Head", "Lead", "Operations", "Team", "Constable", "Commissioner", "Superintendent",
    "Inspector", "Coroner", "Services", "Minister", "Clinician", "Nurse", "Doctor", "Consultant", "Matron",
    "Deputy", "Assistant", "Acting", "Interim", "Dear", "Regards", "Re", "RE",
  ]

  /// Capitalised words that start a sentence or a phrase rather than a name; trimmed from a name's left edge.
  static let leadingNoise: Set<String> = [
    "The", "This", "That", "These", "Those", "In", "At", "On", "To", "For", "From", "By", "With", "Within", "And",
    "Of", "Our", "My", "Your", "Their", "Its", "His", "Her", "Both", "All", "Each", "Every", "Under", "Between",
    "Following", "After", "Before", "When", "While", "Whilst", "As", "If", "Since", "Although", "However",
    "Further", "Furthermore", "Additionally", "Also", "Thank", "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor",
    "Sir", "Dame", "Lord", "Lady", "I", "We", "It", "A", "An", "Local", "Whether", "Where", "Which", "Whereas",
    "Once", "Then", "Therefore", "Thus", "Accordingly", "Nevertheless", "Moreover", "Through", "Via", "Per",
  ]

  /// Lower-case words allowed inside a name ("East Riding of Yorkshire", "Bristol and Weston").
  static let connectors: Set<String> = ["and", "&", "of", "upon", "on"]

  /// Last words that show a "… Council" is an advisory or professional body, not a local authority.
  static let notLocalCouncil: Set<String> = [
    "Advisory", "Medical", "Research", "Sentencing", "Chiefs", "Nursing", "Dental", "Pharmaceutical", "Professions",
    "Safety", "Security", "Arts", "Design", "Privy", "European", "Standards", "Funding", "Resuscitation",
    "Midwifery", "Care", "Sports", "Skills", "Optical", "Osteopathic", "Chiropractic", "Engineering", "Science",
    "Economic", "Social", "Health", "Education", "Justice", "Faith", "Youth", "Student", "Schools", "Muslim",
    "Jewish", "Christian", "Interfaith", "Transport", "Safeguarding", "Executive",
  ]
}
