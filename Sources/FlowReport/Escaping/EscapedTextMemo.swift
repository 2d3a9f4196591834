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
    /// The escaped texts, one after the other, and where each is.
    private var escaped: [UInt8] = []
    private var ranges: [Range<Int>] = []

    /// Values kept per column: a column of titles or keys would only fill the memo.
    static let capacity = 32

    /// Writes `value` escaped by `escape`, from the memo when it was seen before.
    @inline(__always)
    mutating func append(_ value: String, to output: OutputBuffer, escape: (String, OutputBuffer) -> Void) {
        guard MemoryLayout<String>.size == 16 else { return escape(value, output) }
        let key = unsafeBitCast(value, to: (UInt64, UInt64).self)
        for index in words.indices where words[index] == key {
            let range = ranges[index]
            escaped.withUnsafeBufferPointer { output.append(UnsafeBufferPointer(rebasing: $0[range])) }
            return
        }
        guard words.count < Self.capacity else { return escape(value, output) }
        let scratch = OutputBuffer(reservingCapacity: 64)
        escape(value, scratch)
        let bytes = scratch.bytes
        bytes.withUnsafeBufferPointer { output.append($0) }
        words.append(key)
        strings.append(value)
        ranges.append(escaped.count..<(escaped.count + bytes.count))
        escaped.append(contentsOf: bytes)
    }
}
