extension CSVReader {
    /// The number of fields in the current record.
    var fieldCount: Int { fields.count }

    /// True when field `index` holds nothing but spaces and tabs (or is past the record's end).
    func isBlank(_ index: Int) -> Bool {
        guard index < fields.count else { return true }
        let field = fields[index]
        return buffer.withUnsafeBufferPointer { bytes in
            var position = field.start
            while position < field.end {
                let byte = bytes[position]
                if byte != 0x20 && byte != 0x09 { return false }
                position += 1
            }
            return true
        }
    }

    /// True when every field of the current record is blank: an empty line, or a row of delimiters only
    /// (spreadsheets append hundreds of them).
    var isBlankRecord: Bool {
        for index in fields.indices where !isBlank(index) { return false }
        return true
    }

    /// Field `index` as text, doubled quotes undone; `""` past the record's end.
    ///
    /// - Parameter trimmed: drop leading and trailing spaces and tabs.
    func string(_ index: Int, trimmed: Bool = true) -> String {
        guard index < fields.count else { return "" }
        let field = fields[index]
        return buffer.withUnsafeBufferPointer { bytes in
            var start = field.start
            var end = field.end
            if trimmed {
                while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
                while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
            }
            let content = UnsafeBufferPointer(rebasing: bytes[start..<end])
            guard field.hasDoubledQuotes else { return String(decoding: content, as: UTF8.self) }
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

    /// Calls `body` with the bytes of field `index`, spaces and tabs around them dropped; doubled quotes
    /// are left as they are. Empty past the record's end.
    func withBytes<Result, Failure: Error>(
        _ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        let field = index < fields.count ? fields[index] : CSVField(start: 0, end: 0, hasDoubledQuotes: false)
        return try buffer.withUnsafeBufferPointer { (bytes) throws(Failure) -> Result in
            var start = field.start
            var end = field.end
            while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
            while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
            return try body(UnsafeBufferPointer(rebasing: bytes[start..<end]))
        }
    }
}
