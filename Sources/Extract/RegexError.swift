/// An expression ICU would not compile. Every expression is a constant of this module, so this is a programming
/// error: the tests compile each one, and the message names the pattern to fix.
enum RegexError: Error, CustomStringConvertible {
  case invalidPattern(String, icuStatus: Int32)

  var description: String {
    switch self {
    case .invalidPattern(let pattern, let status):
      "ICU cannot compile the expression (status \(status)); fix it in the source: \(pattern.prefix(120))"
    }
  }
}
