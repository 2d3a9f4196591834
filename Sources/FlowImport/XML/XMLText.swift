/// A run of character data between two tags, decoded to UTF-8.
struct XMLText {
    /// The UTF-8 bytes, with entity and character references already replaced.
    let bytes: [UInt8]
    /// The 1-based line of the tag that ends the run.
    let line: Int

    /// The text as it is.
    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// The text without leading and trailing whitespace; empty for whitespace-only text.
    var trimmed: String { XMLText.trimmedString(bytes) }

    /// UTF-8 `bytes` as a string without leading and trailing spaces, tabs and line breaks.
    static func trimmedString(_ bytes: [UInt8]) -> String {
        guard let first = bytes.firstIndex(where: { !isSpace($0) }),
            let last = bytes.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(decoding: bytes[first...last], as: UTF8.self)
    }

    /// True when the text is only spaces, tabs and line breaks (or empty).
    var isWhitespace: Bool { bytes.allSatisfy(XMLText.isSpace) }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
