/// XML escaping: the only place RSS text is escaped. Text escapes `&`, `<` and `>`; attribute
/// values also `"`. Everything else (including non-ASCII) is written as UTF-8.
extension OutputFile {
    mutating func writeXMLText(_ text: String) { writeEscaped(text, quotes: false) }

    mutating func writeXMLAttribute(_ text: String) { writeEscaped(text, quotes: true) }

    private mutating func writeEscaped(_ text: String, quotes: Bool) {
        let special = text.utf8.contains {
            $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">")
                || (quotes && $0 == UInt8(ascii: "\""))
        }
        guard special else {
            write(text)
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): write("&amp;")
            case UInt8(ascii: "<"): write("&lt;")
            case UInt8(ascii: ">"): write("&gt;")
            case UInt8(ascii: "\"") where quotes: write("&quot;")
            default: write(byte: byte)
            }
        }
    }
}
