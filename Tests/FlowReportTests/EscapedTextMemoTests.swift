import Testing

@testable import FlowReport

@Suite struct EscapedTextMemoTests {
    /// Each value through a memo, and each escaped alone, joined by `|`: as JSON strings, and as CSV cells (each
    /// after a `,`), written together, and each alone.
    static func throughMemo(_ values: [String]) -> (json: [String], csv: [String]) {
        var both = EscapedTextMemo()
        var jsonOnly = EscapedTextMemo()
        var csvOnly = EscapedTextMemo()
        let outputs = (0..<5).map { _ in OutputBuffer() }
        for value in values {
            both.append(value, json: outputs[0], csv: outputs[1])
            jsonOnly.append(value, json: outputs[2], csv: nil)
            csvOnly.append(value, json: nil, csv: outputs[3])
            JSONEscaping.append(value, to: outputs[4])
            for output in outputs { output.append(byte: UInt8(ascii: "|")) }
        }
        let alone = OutputBuffer()
        for value in values {
            alone.append(byte: UInt8(ascii: ","))
            CSVEscaping.append(text: value, to: alone)
            alone.append(byte: UInt8(ascii: "|"))
        }
        return ([outputs[0].text, outputs[2].text, outputs[4].text], [outputs[1].text, outputs[3].text, alone.text])
    }

    @Test func repeatedValuesGiveWhatEscapingEachGives() {
        // Short strings (their bytes are their words), long ones that share one storage, and long ones built
        // apart: equal text in other storage is escaped again, and still comes out the same.
        let long = "Waiting for the customer, \"urgent\""
        let rebuilt = String(decoding: Array(long.utf8), as: UTF8.self)
        let values = ["Done", "To Do", "Done", "a,\"b\"", long, "Done", long, rebuilt, "=SUM(1)", "a,\"b\"", rebuilt]
        let (json, csv) = Self.throughMemo(values)
        #expect(json[0] == json[2] && json[1] == json[2])
        #expect(json[0].hasPrefix("\"Done\"|\"To Do\"|\"Done\"|\"a,\\\"b\\\"\"|"))
        #expect(csv[0] == csv[2] && csv[1] == csv[2])
        #expect(csv[0].contains("|,'=SUM(1)|,\"a,\"\"b\"\"\"|"))
    }

    @Test func valuesPastTheCapacityAreEscapedEachTime() {
        let values = (0..<(EscapedTextMemo.capacity * 2)).map { "status \($0), \"\($0)\"" }
        let (json, csv) = Self.throughMemo(values + values.reversed())
        #expect(json[0] == json[2] && json[1] == json[2])
        #expect(csv[0] == csv[2] && csv[1] == csv[2])
    }
}
