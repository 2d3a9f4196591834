/// RFC 4180 cells: a cell holding a comma, quote, CR or LF is quoted and its quotes doubled;
/// every other cell is written as is. This is the only place CSV text is escaped.
extension OutputFile {
    mutating func writeCSVCell(_ text: String) {
        var needsQuotes = false
        for byte in text.utf8 where byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 10 || byte == 13
        {
            needsQuotes = true
            break
        }
        guard needsQuotes else {
            write(text)
            return
        }
        write(byte: UInt8(ascii: "\""))
        writeCSVQuotedBody(text)
        write(byte: UInt8(ascii: "\""))
    }

    /// `text` with its quotes doubled, for the inside of a quoted cell.
    mutating func writeCSVQuotedBody(_ text: String) {
        for byte in text.utf8 {
            write(byte: byte)
            if byte == UInt8(ascii: "\"") { write(byte: byte) }
        }
    }

    /// True when `text` would have to be quoted in a CSV cell.
    static func csvNeedsQuotes(_ text: String) -> Bool {
        text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
    }
}
