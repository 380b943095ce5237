import Model

/// What a batch knows about a document's case from its other documents: a date to anchor on when the
/// document prints none, and the bodies the coroner's report was sent to.
public struct CaseContext: Sendable, Hashable {
  public var anchor: CalendarDay?
  /// The report's "THIS REPORT IS BEING SENT TO" entries, as printed.
  public var addressees: [String]

  /// True when the case adds nothing to what the document says of itself.
  public var isEmpty: Bool { anchor == nil && addressees.isEmpty }

  public init(anchor: CalendarDay? = nil, addressees: [String] = []) {
    self.anchor = anchor
    self.addressees = addressees
  }
}
