/// The one place a value becomes a cell of `items.csv` (RFC 4180).
///
/// Export text is neutralised first: a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return
/// would be read as a formula by spreadsheets, so it gets a leading `'`. Then a cell holding a comma, a
/// quote or a line break is quoted, with quotes doubled.
enum CSVEscaping {
    /// A cell of text that came from an export (titles, keys, statuses, names).
    static func text(_ value: String) -> String {
        let output = OutputBuffer()
        append(text: value, to: output)
        return output.text
    }

    /// A cell the renderer made itself (numbers, timestamps): quoted if needed, never neutralised, so a
    /// negative number stays a number.
    static func generated(_ value: String) -> String {
        let output = OutputBuffer()
        append(generated: value, to: output)
        return output.text
    }

    /// Appends the cell for export text `value`.
    static func append(text value: String, to output: OutputBuffer) {
        append(value, neutralise: true, to: output)
    }

    /// Appends the cell for a value the renderer made.
    static func append(generated value: String, to output: OutputBuffer) {
        append(value, neutralise: false, to: output)
    }

    private static func append(_ value: String, neutralise: Bool, to output: OutputBuffer) {
        let written: Void? = value.utf8.withContiguousStorageIfAvailable { bytes in
            append(bytes, neutralise: neutralise, to: output)
        }
        if written == nil {
            Array(value.utf8).withUnsafeBufferPointer { append($0, neutralise: neutralise, to: output) }
        }
    }

    private static func append(_ bytes: UnsafeBufferPointer<UInt8>, neutralise: Bool, to output: OutputBuffer) {
        let prefix = neutralise && bytes.first.map(startsFormula) == true
        let quoted = ByteScan.contains(bytes, Quoted.self)
        if quoted { output.append(byte: UInt8(ascii: "\"")) }
        if prefix { output.append(byte: UInt8(ascii: "'")) }
        if quoted {
            var run = 0
            for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\"") {
                output.append(UnsafeBufferPointer(rebasing: bytes[run...index]))
                output.append(byte: UInt8(ascii: "\""))
                run = index + 1
            }
            output.append(UnsafeBufferPointer(rebasing: bytes[run...]))
            output.append(byte: UInt8(ascii: "\""))
        } else {
            output.append(bytes)
        }
    }

    /// The first bytes that make a spreadsheet read a cell as a formula.
    static func startsFormula(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "=") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: "@") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }

    /// The bytes that make a cell need quotes.
    enum Quoted: ByteClass {
        @inline(__always)
        static func inWord(_ word: UInt64) -> Bool { marks(word) != 0 }

        /// The high bit of each byte of `word` in the class.
        @inline(__always)
        static func marks(_ word: UInt64) -> UInt64 {
            ByteScan.bytes(word, equalTo: UInt8(ascii: ",")) | ByteScan.bytes(word, equalTo: UInt8(ascii: "\""))
                | ByteScan.bytes(word, equalTo: UInt8(ascii: "\n")) | ByteScan.bytes(word, equalTo: UInt8(ascii: "\r"))
        }

        @inline(__always)
        static func contains(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n")
                || byte == UInt8(ascii: "\r")
        }
    }
}
