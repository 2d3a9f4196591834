/// The one place text becomes HTML (and inline SVG): everything a renderer writes as text or as an
/// attribute value passes through here. Markup that is already safe must use the differently named
/// ``HTMLWriter/trustedMarkup(_:)``.
enum HTMLEscaping {
    /// Text content: `&`, `<` and `>` become entities.
    static func text(_ value: String) -> String {
        escape(value, quotes: false)
    }

    /// A double-quoted attribute value: `&`, `<`, `>`, `"` and `'` become entities.
    static func attribute(_ value: String) -> String {
        escape(value, quotes: true)
    }

    private static func escape(_ value: String, quotes: Bool) -> String {
        var bytes: [UInt8] = []
        append(value, quotes: quotes, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `value` escaped, as text (`quotes` false) or as an attribute value, to the UTF-8 `bytes` of a
    /// page. The characters escaped are ASCII, so the bytes between them are copied as they are, in runs.
    static func append(_ value: String, quotes: Bool, to bytes: inout [UInt8]) {
        var value = value
        value.withUTF8 { text in
            var runStart = 0
            for (index, byte) in text.enumerated() {
                let entity: StaticString
                switch byte {
                case UInt8(ascii: "&"): entity = "&amp;"
                case UInt8(ascii: "<"): entity = "&lt;"
                case UInt8(ascii: ">"): entity = "&gt;"
                case UInt8(ascii: "\"") where quotes: entity = "&quot;"
                case UInt8(ascii: "'") where quotes: entity = "&#39;"
                case 0: entity = "\u{FFFD}"
                default: continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index]))
                entity.withUTF8Buffer { bytes.append(contentsOf: $0) }
                runStart = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart...]))
        }
    }
}
