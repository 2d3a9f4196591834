/// One cell of a CSV record: a range of bytes in the reader's buffer, without its quotes.
struct CSVField: Equatable {
    /// Offset of the first content byte (after an opening quote).
    var start: Int
    /// Offset one past the last content byte (before a closing quote).
    var end: Int
    /// True when the content holds doubled quotes (`""`), each standing for one quote.
    var hasDoubledQuotes: Bool
    /// True when the cell is quoted: its quotes are the bytes just before `start` and at `end`.
    var isQuoted = false

    /// The number of content bytes, doubled quotes counted twice.
    var byteCount: Int { end - start }

    /// Where the cell's text begins in the file, its opening quote included.
    var rawStart: Int { isQuoted ? start - 1 : start }

    /// Where the cell's text ends in the file, its closing quote included.
    var rawEnd: Int { isQuoted ? end + 1 : end }
}
