/// The escaped text of values that repeat from row to row — a type, a status, a team — kept by one thread while
/// it writes item lines, so that each distinct value of a column is escaped once rather than once per row.
///
/// A value is known by its string's two words. Equal words are the same string (a short string's own bytes, or
/// one shared storage), so a value found is always the right one; a value kept holds its string, so that storage
/// cannot be freed and its address reused by another string while the memo lives. Equal strings with different
/// storage are simply escaped again. Only the first ``capacity`` distinct values are kept.
struct EscapedTextMemo {
    private var words: [(UInt64, UInt64)] = []
    private var strings: [String] = []
    /// The escaped texts, one after the other, and where each is: for the JSON (a string literal) and for the
    /// CSV (`,` and the cell).
    private var escaped: [UInt8] = []
    private var jsonRanges: [Range<Int>] = []
    private var csvRanges: [Range<Int>] = []

    /// Values kept per column: a column of titles or keys would only fill the memo.
    static let capacity = 32

    /// Writes `value` as a JSON string to `json` and as a CSV cell after a `,` to `csv` (each when given), from
    /// the memo when it was seen before.
    @inline(__always)
    mutating func append(_ value: String, json: OutputBuffer?, csv: OutputBuffer?) {
        guard MemoryLayout<String>.size == 16 else {
            return JSONAndCSVEscaping.append(value, json: json, csv: csv, csvComma: true)
        }
        let key = unsafeBitCast(value, to: (UInt64, UInt64).self)
        for index in words.indices where words[index] == key { return copy(index, json: json, csv: csv) }
        guard words.count < Self.capacity else {
            return JSONAndCSVEscaping.append(value, json: json, csv: csv, csvComma: true)
        }
        // Kept first, then copied: `copy(keep(…))` would read the memo as it was before keeping.
        let index = keep(value, key: key)
        copy(index, json: json, csv: csv)
    }

    /// Writes the escaped texts of the memo's value at `index`.
    @inline(__always)
    private func copy(_ index: Int, json: OutputBuffer?, csv: OutputBuffer?) {
        // The buffers are only reached through optional chaining: binding them would retain them.
        escaped.withUnsafeBufferPointer { escaped in
            json?.append(UnsafeBufferPointer(rebasing: escaped[jsonRanges[index]]))
            csv?.append(UnsafeBufferPointer(rebasing: escaped[csvRanges[index]]))
        }
    }

    /// Escapes `value` both ways into the memo; returns its index there.
    private mutating func keep(_ value: String, key: (UInt64, UInt64)) -> Int {
        let scratch = OutputBuffer(reservingCapacity: 64)
        JSONAndCSVEscaping.append(value, json: scratch, csv: nil, csvComma: true)
        let jsonEnd = scratch.count
        JSONAndCSVEscaping.append(value, json: nil, csv: scratch, csvComma: true)
        words.append(key)
        strings.append(value)
        jsonRanges.append(escaped.count..<(escaped.count + jsonEnd))
        csvRanges.append((escaped.count + jsonEnd)..<(escaped.count + scratch.count))
        escaped.append(contentsOf: scratch.bytes)
        return words.count - 1
    }
}
