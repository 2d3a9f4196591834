/// Export text written into `report.json` and `items.csv` together: as a JSON string and as a CSV cell, through
/// ``JSONEscaping`` and ``CSVEscaping``, checked once.
///
/// Text both files show exactly as it is (nothing ``JSONEscaping`` would escape or ``CSVEscaping`` would quote, and
/// no first byte ``CSVEscaping`` would neutralise) is copied as it is into both, as the escapers would copy it
/// (between quotes in the JSON, as it is in the CSV); other text goes through each escaper. The check is the two
/// escapers' own byte classes, so it cannot drift from them.
enum JSONAndCSVEscaping {
    /// Writes `value` as a JSON string to `json` and as a CSV cell (after a `,` when `csvComma`) to `csv`, each
    /// when given.
    @inline(__always)
    static func append(_ value: String, json: OutputBuffer?, csv: OutputBuffer?, csvComma: Bool) {
        // The buffers are only reached through optional chaining here: binding them (`if let`) would retain them,
        // twice a value, four hundred thousand times a report.
        let copied = value.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard isPlain(bytes) else { return false }
            json?.appendQuoted(bytes)
            if csvComma { csv?.append(byte: UInt8(ascii: ",")) }
            csv?.append(bytes)
            return true
        }
        guard copied != true else { return }
        if let json { JSONEscaping.append(value, to: json) }
        if let csv {
            if csvComma { csv.append(byte: UInt8(ascii: ",")) }
            CSVEscaping.append(text: value, to: csv)
        }
    }

    /// Whether `bytes` come out of both escapers unchanged.
    @inline(__always)
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
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
