/// A small JSON subtree held in memory: one sprint object, one changelog history.
///
/// Objects are unordered; a key given twice keeps its last value.
enum JSONValue: Equatable, Sendable {
    case object([String: JSONValue])
    case array([JSONValue])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    /// An object's member; `nil` for a missing key or when this is not an object.
    subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    /// The text of a string, or the digits of a whole number; `nil` otherwise.
    var string: String? {
        switch self {
        case .string(let text): text
        case .number(let value): Int(exactly: value).map(String.init) ?? String(value)
        default: nil
        }
    }

    /// A number's value; `nil` otherwise.
    var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }
}
