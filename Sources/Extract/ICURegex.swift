import Foundation
import Model

#if canImport(_FoundationICU)
  import _FoundationICU
#endif

/// An expression matched by ICU straight on a document's UTF-16 units (`DocumentText.utf16`), with the same
/// matches as `NSRegularExpression` gives on the same range.
///
/// On Linux, `NSRegularExpression` copies the searched range out of the Swift string, unit by unit, at every
/// call: ~75 instructions a character, which for the whole-document date passes cost as much as matching.
/// ICU here is the toolchain's own (`_FoundationICU`), the one `NSRegularExpression` uses, so the engine is the
/// same. Other platforms fall back to `NSRegularExpression`.
// @unchecked: the compiled pattern is never matched on; each call borrows a clone from a locked pool.
public final class ICURegex: @unchecked Sendable {
  public let pattern: String
  let options: NSRegularExpression.Options
  /// Capture group numbers by name, for `ICUMatch.range(withName:)`.
  let groupNumbers: [String: Int]

  #if canImport(_FoundationICU)
    private let compiled: OpaquePointer
    private let lock = NSLock()
    private var pool: [OpaquePointer] = []
  #else
    private let fallback: NSRegularExpression
  #endif

  public init(_ pattern: String, options: NSRegularExpression.Options = []) throws {
    self.pattern = pattern
    self.options = options
    #if canImport(_FoundationICU)
      var flags: UInt32 = 0
      if options.contains(.caseInsensitive) { flags |= UInt32(UREGEX_CASE_INSENSITIVE.rawValue) }
      if options.contains(.allowCommentsAndWhitespace) { flags |= UInt32(UREGEX_COMMENTS.rawValue) }
      if options.contains(.dotMatchesLineSeparators) { flags |= UInt32(UREGEX_DOTALL.rawValue) }
      if options.contains(.anchorsMatchLines) { flags |= UInt32(UREGEX_MULTILINE.rawValue) }
      if options.contains(.useUnixLineSeparators) { flags |= UInt32(UREGEX_UNIX_LINES.rawValue) }
      if options.contains(.useUnicodeWordBoundaries) { flags |= UInt32(UREGEX_UWORD.rawValue) }
      precondition(!options.contains(.ignoreMetacharacters), "ICURegex: literal patterns are not supported")
      let units = Array(pattern.utf16)
      var status = U_ZERO_ERROR
      var parseError = UParseError()
      let opened = swift_uregex_open(units, Int32(units.count), flags, &parseError, &status)
      guard let opened, status.rawValue <= U_ZERO_ERROR.rawValue else {
        if let opened { swift_uregex_close(opened) }
        throw RegexError.invalidPattern(pattern, icuStatus: Int32(status.rawValue))
      }
      compiled = opened
      var numbers: [String: Int] = [:]
      for (name, _) in ICURegex.groupNames(in: pattern) {
        let nameUnits = Array(name.utf16)
        var s = U_ZERO_ERROR
        let n = swift_uregex_groupNumberFromName(opened, nameUnits, Int32(nameUnits.count), &s)
        if s.rawValue <= U_ZERO_ERROR.rawValue { numbers[name] = Int(n) }
      }
      groupNumbers = numbers
    #else
      do {
        fallback = try NSRegularExpression(pattern: pattern, options: options)
      } catch {
        throw RegexError.invalidPattern(pattern, icuStatus: -1)
      }
      groupNumbers = Dictionary(ICURegex.groupNames(in: pattern).map { ($0.name, $0.number) }, uniquingKeysWith: { a, _ in a })
    #endif
  }

  deinit {
    #if canImport(_FoundationICU)
      for m in pool { swift_uregex_close(m) }
      swift_uregex_close(compiled)
    #endif
  }

  /// Every match inside `range` of `units`, as `NSRegularExpression.matches(in:range:)` finds them.
  func matches(in units: [UInt16], range: NSRange) -> [ICUMatch] {
    var out: [ICUMatch] = []
    search(units, range) { out.append($0); return true }
    return out
  }

  /// The first match inside `range` of `units`.
  func firstMatch(in units: [UInt16], range: NSRange) -> ICUMatch? {
    var first: ICUMatch?
    search(units, range) { first = $0; return false }
    return first
  }

  /// `NSRegularExpression`'s calls on a document (its units, no copy) or on any other text (the range copied, as
  /// CoreFoundation copies it).
  func firstMatch(in text: some UTF16Text, within range: NSRange) -> ICUMatch? {
    let (units, base) = text.unitsForMatching(range)
    return firstMatch(in: units, range: NSRange(location: range.location - base, length: range.length))?.shifted(by: base)
  }

  func matches(in text: some UTF16Text, within range: NSRange) -> [ICUMatch] {
    let (units, base) = text.unitsForMatching(range)
    return matches(in: units, range: NSRange(location: range.location - base, length: range.length)).map { $0.shifted(by: base) }
  }

  public func firstMatch(in text: String, range: NSRange) -> ICUMatch? { firstMatch(in: Array(text.utf16), range: range) }
  public func matches(in text: String, range: NSRange) -> [ICUMatch] { matches(in: Array(text.utf16), range: range) }
  func numberOfMatches(in text: String, range: NSRange) -> Int { matches(in: text, range: range).count }

  /// The match that starts exactly at `start`, as a search of `range` would find it there: the expression sees
  /// the text of `range` only, before `start` too (for `\b`), and `^`/`$` hold at the ends of `range`.
  func match(at start: Int, in units: [UInt16], within range: NSRange) -> ICUMatch? {
    matches(at: [start], in: units, within: range, firstOnly: true).first
  }

  /// `match(at:in:within:)` at each of `starts` (ascending), skipping those inside a match already found, as a
  /// search would; stops after the first match when `firstOnly`. One matcher, text and bounds serve every attempt:
  /// setting the text again for each cost about as much as a failed attempt.
  func matches(at starts: [Int], in units: [UInt16], within range: NSRange, firstOnly: Bool = false) -> [ICUMatch] {
    var out: [ICUMatch] = []
    var next = range.location
    attempts(units, range) { attempt in
      for p in starts where p >= next {
        guard let m = attempt(p) else { continue }
        out.append(m)
        if firstOnly { return }
        next = m.range.location + max(m.range.length, 1)
      }
    }
    return out
  }

  /// The pattern's named groups and their numbers, counted as ICU counts them: every "(" that is not escaped,
  /// not in a bracket expression and not followed by "?" opens a group, and so does "(?<name>".
  static func groupNames(in pattern: String) -> [(name: String, number: Int)] {
    let b = Array(pattern.utf8)
    var names: [(name: String, number: Int)] = []
    var number = 0
    var bracket = 0
    var i = 0
    func isNameByte(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || (c >= 0x30 && c <= 0x39) }
    while i < b.count {
      let c = b[i]
      if c == UInt8(ascii: "\\") { i += 2; continue }
      if c == UInt8(ascii: "[") { bracket += 1 } else if c == UInt8(ascii: "]"), bracket > 0 { bracket -= 1 }
      if bracket == 0, c == UInt8(ascii: "(") {
        if i + 1 < b.count, b[i + 1] == UInt8(ascii: "?") {
          if i + 3 < b.count, b[i + 2] == UInt8(ascii: "<"), isNameByte(b[i + 3]),
            let close = b[(i + 3)...].firstIndex(of: UInt8(ascii: ">")), b[(i + 3)..<close].allSatisfy(isNameByte)
          {
            number += 1
            names.append((String(decoding: b[(i + 3)..<close], as: UTF8.self), number))
          }
        } else {
          number += 1
        }
      }
      i += 1
    }
    return names
  }

  #if canImport(_FoundationICU)
    /// Runs `visit` on each match until it returns false. Mirrors CoreFoundation's set-up: the text ends at the
    /// range's end and the region is the range, with opaque, anchoring bounds.
    private func search(_ units: [UInt16], _ range: NSRange, _ visit: (ICUMatch) -> Bool) {
      guard range.location >= 0, range.length >= 0, range.location + range.length <= units.count else { return }
      withMatcher { matcher in
        var status = U_ZERO_ERROR
        let end = range.location + range.length
        units.withUnsafeBufferPointer { buffer in
          swift_uregex_setText(matcher, buffer.baseAddress ?? ICURegex.empty, Int32(end), &status)
          swift_uregex_setRegion64(matcher, Int64(range.location), Int64(end), &status)
          while status.rawValue <= U_ZERO_ERROR.rawValue, swift_uregex_findNext(matcher, &status) != 0,
            status.rawValue <= U_ZERO_ERROR.rawValue
          {
            if !visit(read(matcher, offset: 0)) { break }
          }
        }
      }
    }

    /// Lends `body` an anchored attempt at any start inside `range`, on one matcher set up once. The text is the
    /// range alone, so nothing outside it is seen; transparent bounds show the expression the range's text before
    /// the start, and non-anchoring bounds keep `^` at the range's start.
    private func attempts(_ units: [UInt16], _ range: NSRange, _ body: ((Int) -> ICUMatch?) -> Void) {
      guard range.location >= 0, range.length >= 0, range.location + range.length <= units.count else { return }
      withMatcher { matcher in
        var status = U_ZERO_ERROR
        units.withUnsafeBufferPointer { buffer in
          guard let base = buffer.baseAddress else { return }
          swift_uregex_setText(matcher, base + range.location, Int32(range.length), &status)
          swift_uregex_useTransparentBounds(matcher, 1, &status)
          swift_uregex_useAnchoringBounds(matcher, 0, &status)
          guard status.rawValue <= U_ZERO_ERROR.rawValue else { return }
          body { start in
            guard start >= range.location, start <= range.location + range.length else { return nil }
            var s = U_ZERO_ERROR
            swift_uregex_setRegion64(matcher, Int64(start - range.location), Int64(range.length), &s)
            guard s.rawValue <= U_ZERO_ERROR.rawValue, swift_uregex_lookingAt64(matcher, -1, &s) != 0,
              s.rawValue <= U_ZERO_ERROR.rawValue
            else { return nil }
            return read(matcher, offset: range.location)
          }
          swift_uregex_useTransparentBounds(matcher, 0, &status)
          swift_uregex_useAnchoringBounds(matcher, 1, &status)
        }
      }
    }

    /// Lends a matcher of its own to `body`: an ICU matcher holds its text and position, so it serves one call.
    private func withMatcher(_ body: (OpaquePointer) -> Void) {
      lock.lock()
      let borrowed = pool.popLast()
      lock.unlock()
      var status = U_ZERO_ERROR
      guard let matcher = borrowed ?? swift_uregex_clone(compiled, &status) else { return }
      body(matcher)
      var s = U_ZERO_ERROR
      swift_uregex_setText(matcher, ICURegex.empty, 0, &s)
      lock.lock()
      pool.append(matcher)
      lock.unlock()
    }

    private func read(_ matcher: OpaquePointer, offset: Int) -> ICUMatch {
      var status = U_ZERO_ERROR
      let groups = Int(swift_uregex_groupCount(matcher, &status))
      var ranges: [NSRange] = []
      ranges.reserveCapacity(groups + 1)
      for g in 0...groups {
        let s = swift_uregex_start64(matcher, Int32(g), &status)
        let e = swift_uregex_end64(matcher, Int32(g), &status)
        ranges.append(s < 0 ? NSRange(location: NSNotFound, length: 0) : NSRange(location: Int(s) + offset, length: Int(e - s)))
      }
      return ICUMatch(ranges: ranges, names: groupNumbers)
    }

    // Read by no one: ICU needs a pointer even for an empty text.
    private nonisolated(unsafe) static let empty: UnsafePointer<UInt16> = {
      let p = UnsafeMutablePointer<UInt16>.allocate(capacity: 1)
      p.initialize(to: 0)
      return UnsafePointer(p)
    }()
  #else
    private func attempt(_ units: [UInt16], _ range: NSRange, _ start: Int, _ visit: (ICUMatch) -> Void) {
      let text = String(decoding: units[range.location..<(range.location + range.length)], as: UTF16.self)
      let local = NSRange(location: start - range.location, length: range.location + range.length - start)
      guard let result = fallback.firstMatch(in: text, options: [.anchored, .withTransparentBounds, .withoutAnchoringBounds], range: local)
      else { return }
      visit(ICUMatch(ranges: (0..<result.numberOfRanges).map {
        let r = result.range(at: $0)
        return r.location == NSNotFound ? r : NSRange(location: r.location + range.location, length: r.length)
      }, names: groupNumbers))
    }

    private func attempts(_ units: [UInt16], _ range: NSRange, _ body: ((Int) -> ICUMatch?) -> Void) {
      body { start in
        var found: ICUMatch?
        attempt(units, range, start) { found = $0 }
        return found
      }
    }

    private func search(_ units: [UInt16], _ range: NSRange, _ visit: (ICUMatch) -> Bool) {
      let text = String(decoding: units, as: UTF16.self)
      var stop = false
      fallback.enumerateMatches(in: text, range: range) { result, _, halt in
        guard let result, !stop else { return }
        let ranges = (0..<result.numberOfRanges).map { result.range(at: $0) }
        if !visit(ICUMatch(ranges: ranges, names: groupNumbers)) { stop = true; halt.pointee = true }
      }
    }
  #endif
}

/// One match of an `ICURegex`: the whole range and each group's, `NSNotFound` for a group that took no part.
public struct ICUMatch: Sendable {
  let ranges: [NSRange]
  let names: [String: Int]

  public var range: NSRange { ranges[0] }
  public var numberOfRanges: Int { ranges.count }
  public func range(at i: Int) -> NSRange { ranges[i] }
  public func range(withName name: String) -> NSRange {
    names[name].map { ranges[$0] } ?? NSRange(location: NSNotFound, length: 0)
  }

  /// The match with every range moved by `offset` units.
  func shifted(by offset: Int) -> ICUMatch {
    guard offset != 0 else { return self }
    return ICUMatch(
      ranges: ranges.map { $0.location == NSNotFound ? $0 : NSRange(location: $0.location + offset, length: $0.length) },
      names: names)
  }
}
