/// The one place a value becomes a cell of `items.csv` (RFC 4180).
///
/// Export text is neutralised first: a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return
/// would be read as a formula by spreadsheets, so it gets a leading `'`. Then a cell holding a comma, a
/// quote or a line break is quoted, with quotes doubled.
enum CSVEscaping {
    /// A cell of text that came from an export (titles, keys, statuses, names).
    static func text(_ value: String) -> String {
        quoted(neutralised(value))
    }

    /// A cell the renderer made itself (numbers, timestamps): quoted if needed, never neutralised, so a
    /// negative number stays a number.
    static func generated(_ value: String) -> String {
        quoted(value)
    }

    private static func neutralised(_ value: String) -> String {
        guard let first = value.unicodeScalars.first else { return value }
        switch first {
        case "=", "+", "-", "@", "\t", "\r": return "'" + value
        default: return value
        }
    }

    private static func quoted(_ value: String) -> String {
        let needsQuotes = value.utf8.contains { byte in
            byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n")
                || byte == UInt8(ascii: "\r")
        }
        guard needsQuotes else { return value }
        var result = "\""
        result.reserveCapacity(value.utf8.count + 8)
        for character in value.unicodeScalars {
            if character == "\"" { result += "\"" }
            result.unicodeScalars.append(character)
        }
        return result + "\""
    }
}
