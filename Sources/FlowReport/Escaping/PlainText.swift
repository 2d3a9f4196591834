/// Text that `report.json` and `items.csv` both show exactly as it is: nothing in it that ``JSONEscaping`` would
/// escape or ``CSVEscaping`` would quote, and no first byte that ``CSVEscaping`` would neutralise.
///
/// A writer of both files (``ItemLine``) checks a value once here; when it is plain, the escapers would copy it
/// unchanged (between quotes in the JSON, as it is in the CSV), and so may the writer. The rule is the two
/// escapers' own byte classes, so it cannot drift from them.
enum PlainText {
    /// Whether `bytes` come out of both escapers unchanged.
    @inline(__always)
    static func isPlainInJSONAndCSV(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        !ByteScan.contains(bytes, EscapedOrQuoted.self) && bytes.first.map(CSVEscaping.startsFormula) != true
    }

    private enum EscapedOrQuoted: ByteClass {
        @inline(__always)
        static func inWord(_ word: UInt64) -> Bool {
            JSONEscaping.Escaped.marks(word) | CSVEscaping.Quoted.marks(word) != 0
        }

        @inline(__always)
        static func contains(_ byte: UInt8) -> Bool {
            JSONEscaping.Escaped.contains(byte) || CSVEscaping.Quoted.contains(byte)
        }
    }
}
