import Foundation
import Model

/// The one JSON style of every output: sorted keys, pretty-printed, slashes unescaped.
public enum RecordEncoder {
  public static func encode<T: Encodable>(_ value: T) throws -> Data {
    var data = try JSONOutput.encode(value, pretty: true)
    data.append(0x0A)
    return data
  }
}
