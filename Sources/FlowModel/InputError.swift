/// Where in an input a problem was found.
public enum InputPosition: Sendable, Hashable {
    /// Nowhere in particular: the whole file (missing, empty, unknown format).
    case file
    /// A 1-based line and, where known, a 1-based column.
    case line(Int, column: Int?)
    /// A 1-based record (CSV row after the header, XML item) and, where known, the column's name.
    case record(Int, column: String?)
    /// A 0-based byte offset, for formats read as one stream of bytes (JSON).
    case byteOffset(Int)
}

/// A problem with a user's input: a file that is missing, malformed or not of a known format.
///
/// Prints as `file:line:col: error: message`, the way compilers and linters report findings.
public struct InputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    public var position: InputPosition
    /// A lowercase phrase that quotes the offending value and says what was expected.
    public var message: String
    /// True when the problem is confined to one row or item, which a lenient import skips (and lists in the
    /// report) instead of stopping.
    public var skippable: Bool

    public init(file: String, position: InputPosition = .file, message: String, skippable: Bool = false) {
        self.file = file
        self.position = position
        self.message = message
        self.skippable = skippable
    }

    public var description: String {
        switch position {
        case .file:
            "\(file): error: \(message)"
        case .line(let line, let column?):
            "\(file):\(line):\(column): error: \(message)"
        case .line(let line, nil):
            "\(file):\(line): error: \(message)"
        case .record(let record, let column?):
            "\(file): record \(record), column \"\(column)\": error: \(message)"
        case .record(let record, nil):
            "\(file): record \(record): error: \(message)"
        case .byteOffset(let offset):
            "\(file): byte \(offset): error: \(message)"
        }
    }
}
