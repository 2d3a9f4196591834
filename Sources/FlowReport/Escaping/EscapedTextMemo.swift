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

/// What one thread keeps from row to row while it writes item lines: the escaped values of the repeating columns,
/// for the JSON and for the CSV, and the text of the numbers the two share.
struct ItemLineMemos {
    var json = ColumnMemos()
    var csv = ColumnMemos()
    var numbers = NumberTexts()

    /// One memo per repeating column: type, flow item, team, status, stage and source.
    struct ColumnMemos {
        var type = EscapedTextMemo()
        var flowItem = EscapedTextMemo()
        var team = EscapedTextMemo()
        var status = EscapedTextMemo()
        var stage = EscapedTextMemo()
        var source = EscapedTextMemo()
    }
}

/// The shortest round-trip text of the last few numbers written, by their bits: an item's JSON line and its CSV
/// row write the same four durations, and making the text of one costs several hundred instructions.
struct NumberTexts {
    private var bits = [UInt64](repeating: 0, count: NumberTexts.kept)
    private var texts = [String?](repeating: nil, count: NumberTexts.kept)
    private var next = 0

    /// Numbers kept: an item's four durations.
    static let kept = 4

    /// `value.description`, made once for the last ``kept`` values.
    mutating func text(_ value: Double) -> String {
        let pattern = value.bitPattern
        for index in 0..<Self.kept where bits[index] == pattern {
            if let text = texts[index] { return text }
        }
        let text = value.description
        bits[next] = pattern
        texts[next] = text
        next = (next + 1) % Self.kept
        return text
    }
}
