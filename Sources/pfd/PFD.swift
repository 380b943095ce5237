import ArgumentParser

@main
struct PFD: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pfd",
    abstract: "Track what public bodies commit to after a coroner's Prevention of Future Deaths report.",
    discussion: """
      Reads coroners' reports, the responses to them and press coverage (text, HTML, PDF) and writes \
      structured JSON: concerns, commitments, dates, figures and bodies, each with an exact span.
      """,
    version: "0.1.0",
    subcommands: [Ingest.self, Parse.self, Eval.self, Dump.self])
}
