/// Something wrong with a JSON input, as data; ``message`` turns it into the text users see.
enum JSONProblem: Equatable, Sendable {
    /// The file cannot be opened or read.
    case unreadable(reason: String)
    /// The input holds nothing but whitespace.
    case empty
    /// A value was expected (object, array, string, number, literal).
    case expectedValue(found: JSONFound)
    /// Right after `{`: a key or the end of the object.
    case expectedKeyOrObjectEnd(found: JSONFound)
    /// After `,` in an object: a key.
    case expectedKey(found: JSONFound)
    case expectedColon(key: String, found: JSONFound)
    case expectedCommaOrObjectEnd(found: JSONFound)
    case expectedCommaOrArrayEnd(found: JSONFound)
    /// Something follows the one top-level value.
    case trailingContent(found: JSONFound)
    /// The input ends inside an object or array opened on `line`.
    case endsInside(object: Bool, line: Int)
    /// The input ends inside a string that starts at `line`, `column`.
    case endsInsideString(line: Int, column: Int)
    /// A raw control character (below U+0020) inside a string.
    case controlCharacter(UInt8)
    /// A backslash followed by something other than a JSON escape; holds what followed.
    case invalidEscape(found: JSONFound)
    /// `\u` not followed by four hexadecimal digits; holds the text after the backslash.
    case invalidUnicodeEscape(text: String)
    case invalidNumber(text: String)
    case invalidLiteral(text: String)
    /// Objects and arrays nested deeper than `limit`.
    case tooDeep(limit: Int)

    /// A lowercase phrase that says what was expected and what was found.
    var message: String {
        switch self {
        case .unreadable(let reason):
            "the file cannot be read: \(reason)"
        case .empty:
            "the file holds no JSON value; expected an object or an array"
        case .expectedValue(let found):
            "expected a value (object, array, string, number, true, false or null), found \(found)"
        case .expectedKeyOrObjectEnd(let found):
            "expected a string key or '}' in an object, found \(found)"
        case .expectedKey(let found):
            "expected a string key after ',' in an object, found \(found)"
        case .expectedColon(let key, let found):
            "expected ':' after the key \"\(key)\", found \(found)"
        case .expectedCommaOrObjectEnd(let found):
            "expected ',' or '}' after a value in an object, found \(found)"
        case .expectedCommaOrArrayEnd(let found):
            "expected ',' or ']' after a value in an array, found \(found)"
        case .trailingContent(let found):
            "expected the end of the file after the JSON value, found \(found)"
        case .endsInside(let object, let line):
            "the file ends inside \(object ? "an object" : "an array") opened at line \(line)"
        case .endsInsideString(let line, let column):
            "the file ends inside a string that starts at line \(line), column \(column)"
        case .controlCharacter(let byte):
            "control character \(JSONFound.codePoint(UInt32(byte))) inside a string; expected it escaped as \\u\(JSONFound.hex4(UInt32(byte)))"
        case .invalidEscape(let found):
            "invalid escape: '\\' followed by \(found); expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX"
        case .invalidUnicodeEscape(let text):
            "invalid escape '\\\(text)'; expected four hexadecimal digits after \\u"
        case .invalidNumber(let text):
            "invalid number '\(text)'; expected a number such as 0, -12, 3.5 or 1e-6"
        case .invalidLiteral(let text):
            "invalid literal '\(text)'; expected true, false or null"
        case .tooDeep(let limit):
            "objects and arrays nested more than \(limit) deep; expected at most \(limit) levels"
        }
    }
}
