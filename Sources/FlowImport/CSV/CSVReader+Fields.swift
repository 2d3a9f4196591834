extension CSVReader {
    /// Calls `body` with the current record seen through pointers (see ``CSVRecord``), which must not
    /// escape it.
    func withRecord<Result, Failure: Error>(
        _ body: (CSVRecord) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        let count = fieldCount
        return try buffer.withUnsafeBufferPointer { (bytes) throws(Failure) -> Result in
            try fields.withUnsafeBufferPointer { (fields) throws(Failure) -> Result in
                try body(CSVRecord(bytes: bytes.baseAddress!, fields: UnsafeBufferPointer(rebasing: fields[0..<count])))
            }
        }
    }

    /// True when field `index` holds nothing but spaces and tabs (or is past the record's end).
    func isBlank(_ index: Int) -> Bool {
        withRecord { $0.isBlank(index) }
    }

    /// True when every field of the current record is blank: an empty line, or a row of delimiters only
    /// (spreadsheets append hundreds of them).
    var isBlankRecord: Bool {
        withRecord { record in
            for index in 0..<record.count where !record.isBlank(index) { return false }
            return true
        }
    }

    /// Field `index` as text, doubled quotes undone; `""` past the record's end.
    ///
    /// - Parameter trimmed: drop leading and trailing spaces and tabs.
    func string(_ index: Int, trimmed: Bool = true) -> String {
        withRecord { $0.string(index, trimmed: trimmed) }
    }

    /// Calls `body` with the bytes of field `index`, spaces and tabs around them dropped; doubled quotes
    /// are left as they are. Empty past the record's end.
    func withBytes<Result, Failure: Error>(
        _ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        try withRecord { (record) throws(Failure) -> Result in try body(record.content(index)) }
    }
}
