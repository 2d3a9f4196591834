/// One cell of a CSV record: a range of bytes in the reader's buffer, without its quotes.
struct CSVField: Equatable {
    /// Offset of the first content byte (after an opening quote).
    var start: Int
    /// Offset one past the last content byte (before a closing quote).
    var end: Int
    /// True when the content holds doubled quotes (`""`), each standing for one quote.
    var hasDoubledQuotes: Bool

    /// The number of content bytes, doubled quotes counted twice.
    var byteCount: Int { end - start }
}
