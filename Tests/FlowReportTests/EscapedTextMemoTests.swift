import Testing

@testable import FlowReport

@Suite struct EscapedTextMemoTests {
    /// Each value through a memo, and each escaped alone, joined by `|`.
    static func throughMemo(_ values: [String], escape: (String, OutputBuffer) -> Void) -> (String, String) {
        var memo = EscapedTextMemo()
        let memoized = OutputBuffer()
        let alone = OutputBuffer()
        for value in values {
            memo.append(value, to: memoized, escape: escape)
            memoized.append(byte: UInt8(ascii: "|"))
            escape(value, alone)
            alone.append(byte: UInt8(ascii: "|"))
        }
        return (memoized.text, alone.text)
    }

    @Test func repeatedValuesGiveWhatEscapingEachGives() {
        // Short strings (their bytes are their words), long ones that share one storage, and long ones built
        // apart: equal text in other storage is escaped again, and still comes out the same.
        let long = "Waiting for the customer, \"urgent\""
        let rebuilt = String(decoding: Array(long.utf8), as: UTF8.self)
        let values = ["Done", "To Do", "Done", "a,\"b\"", long, "Done", long, rebuilt, "=SUM(1)", "a,\"b\"", rebuilt]
        let json = Self.throughMemo(values, escape: JSONEscaping.append(_:to:))
        #expect(json.0 == json.1)
        #expect(json.0.hasPrefix("\"Done\"|\"To Do\"|\"Done\"|\"a,\\\"b\\\"\"|"))
        let csv = Self.throughMemo(values, escape: CSVEscaping.append(text:to:))
        #expect(csv.0 == csv.1)
        #expect(csv.0.contains("|'=SUM(1)|\"a,\"\"b\"\"\"|"))
    }

    @Test func valuesPastTheCapacityAreEscapedEachTime() {
        let values = (0..<(EscapedTextMemo.capacity * 2)).map { "status \($0), \"\($0)\"" }
        let twice = values + values.reversed()
        let json = Self.throughMemo(twice, escape: JSONEscaping.append(_:to:))
        #expect(json.0 == json.1)
        let csv = Self.throughMemo(twice, escape: CSVEscaping.append(text:to:))
        #expect(csv.0 == csv.1)
    }
}
