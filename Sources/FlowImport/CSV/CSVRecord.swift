/// The current record of a ``CSVReader`` seen through pointers, for code that reads many cells of each
/// row; valid only inside ``CSVReader/withRecord(_:)``.
///
/// Cells are read as bytes (``content(_:)``) or as text (``string(_:trimmed:)``); indices past the
/// record's end read as empty.
struct CSVRecord {
    /// The reader's buffer.
    let bytes: UnsafePointer<UInt8>
    /// The record's fields.
    let fields: UnsafeBufferPointer<CSVField>

    /// The number of fields in the record.
    var count: Int { fields.count }

    /// True when field `index` holds nothing but spaces and tabs (or is past the record's end).
    @inline(__always)
    func isBlank(_ index: Int) -> Bool {
        guard index < fields.count else { return true }
        let field = fields[index]
        var position = field.start
        while position < field.end {
            let byte = bytes[position]
            if byte != 0x20 && byte != 0x09 { return false }
            position += 1
        }
        return true
    }

    /// The bytes of field `index` with spaces and tabs around them dropped; doubled quotes are left as
    /// they are (see ``hasDoubledQuotes(_:)``). Empty past the record's end.
    @inline(__always)
    func content(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        guard index < fields.count else { return UnsafeBufferPointer(start: bytes, count: 0) }
        let field = fields[index]
        var start = field.start
        var end = field.end
        while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
        while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
        return UnsafeBufferPointer(start: bytes + start, count: end - start)
    }

    /// True when field `index` is quoted and holds doubled quotes (`""`), each standing for one quote.
    @inline(__always)
    func hasDoubledQuotes(_ index: Int) -> Bool {
        index < fields.count && fields[index].hasDoubledQuotes
    }

    /// The record's text from the start of field `first` to the end of field `last` (quotes and
    /// delimiters included), which alone decides those fields; `nil` when either is past the end.
    @inline(__always)
    func span(from first: Int, to last: Int) -> UnsafeBufferPointer<UInt8>? {
        guard first <= last, last < fields.count else { return nil }
        let start = fields[first].rawStart
        return UnsafeBufferPointer(start: bytes + start, count: fields[last].rawEnd - start)
    }

    /// Field `index` as text, doubled quotes undone; `""` past the record's end.
    ///
    /// - Parameter trimmed: drop leading and trailing spaces and tabs.
    func string(_ index: Int, trimmed: Bool = true) -> String {
        guard index < fields.count else { return "" }
        let field = fields[index]
        let content =
            trimmed ? self.content(index) : UnsafeBufferPointer(start: bytes + field.start, count: field.byteCount)
        return Self.text(content, hasDoubledQuotes: field.hasDoubledQuotes)
    }

    /// `content` as text: UTF-8 (invalid bytes repaired), each doubled quote read as one when
    /// `hasDoubledQuotes`.
    static func text(_ content: UnsafeBufferPointer<UInt8>, hasDoubledQuotes: Bool) -> String {
        guard hasDoubledQuotes else { return String(decoding: content, as: UTF8.self) }
        return String(unsafeUninitializedCapacity: content.count) { output in
            var written = 0
            var position = 0
            while position < content.count {
                let byte = content[position]
                output[written] = byte
                written += 1
                position += byte == 0x22 && position + 1 < content.count && content[position + 1] == 0x22 ? 2 : 1
            }
            return written
        }
    }
}
