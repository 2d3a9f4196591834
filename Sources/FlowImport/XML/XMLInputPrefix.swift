import Foundation

/// What the first bytes of a file say before any XML is parsed: where the markup starts, or why
/// the file cannot be XML.
///
/// Files saved from a browser's XML viewer start with a sentence ("This XML file does not appear to
/// have any style information…") before the first `<`; such leading text is skipped, and the lines
/// it took are remembered so that positions still point into the file as the user sees it.
struct XMLInputPrefix: Equatable {
    /// The byte offset of the first `<` (0 when nothing is skipped).
    let start: Int
    /// How many lines the skipped bytes took.
    let skippedLines: Int

    /// Inspects `prefix`, the first bytes of the file (all of it when the file is shorter).
    static func inspect(_ prefix: [UInt8]) -> Result<XMLInputPrefix, XMLProblem> {
        if prefix.isEmpty { return .failure(.empty) }
        if prefix.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .failure(.compressed(.zip)) }
        if prefix.starts(with: [0x1F, 0x8B]) { return .failure(.compressed(.gzip)) }
        // UTF-16 (with its BOM) is left to the parser, which decodes it.
        if prefix.starts(with: [0xFF, 0xFE]) || prefix.starts(with: [0xFE, 0xFF]) {
            return .success(XMLInputPrefix(start: 0, skippedLines: 0))
        }
        if looksBinary(prefix) { return .failure(.binary) }
        guard let start = prefix.firstIndex(of: UInt8(ascii: "<")) else {
            let text = String(decoding: prefix.prefix(200), as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            return .failure(text.isEmpty ? .onlyWhitespace : .noMarkup(found: String(text.prefix(40))))
        }
        return .success(XMLInputPrefix(start: start, skippedLines: lineBreaks(in: prefix[..<start])))
    }

    /// NUL bytes, or more than a few control characters, in the first 4 KB.
    private static func looksBinary(_ prefix: [UInt8]) -> Bool {
        var control = 0
        for byte in prefix.prefix(4096) {
            if byte == 0 { return true }
            if byte < 0x09 || (byte > 0x0D && byte < 0x20) || byte == 0x0B || byte == 0x0C { control += 1 }
        }
        return control > 8
    }

    /// Line breaks as XML counts them: LF, CR LF, and a lone CR.
    private static func lineBreaks(in bytes: ArraySlice<UInt8>) -> Int {
        var count = 0
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == 0x0A && previous != 0x0D { count += 1 }
            if byte == 0x0D { count += 1 }
            previous = byte
        }
        return count
    }
}
