import Foundation
import Model

/// The one JSON style of every output: sorted keys, pretty-printed, slashes unescaped.
public enum RecordEncoder {
  public static func encode<T: Encodable>(_ value: T) throws -> Data {
    let e = JSONEncoder()
    e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    var data = try e.encode(value)
    data.append(0x0A)
    return data
  }
}
