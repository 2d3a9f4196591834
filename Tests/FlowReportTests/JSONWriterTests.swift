import Testing

@testable import FlowReport

@Suite struct JSONWriterTests {
    @Test func writesMembersInOrderWithTwoSpaceIndentation() {
        var json = JSONWriter()
        json.object { json in
            json.field("b", 1)
            json.field("a", "x")
            json.object("empty") { _ in }
            json.array("list") { json in
                json.int(1)
                json.object { json in json.field("n", Optional<Double>.none) }
            }
            json.key("row")
            json.numbers([1, 2, 3])
        }
        let expected = """
            {
              "b": 1,
              "a": "x",
              "empty": {},
              "list": [
                1,
                {
                  "n": null
                }
              ],
              "row": [1, 2, 3]
            }
            """
        #expect(json.output == expected)
    }

    @Test func numbersUseShortestRoundTripFormAndNullForNonFinite() {
        #expect(JSONWriter.literal(7) == "7.0")
        #expect(JSONWriter.literal(8.03) == "8.03")
        #expect(JSONWriter.literal(0.1 + 0.2) == "0.30000000000000004")
        #expect(JSONWriter.literal(0.00001) == "1e-05")
        #expect(JSONWriter.literal(.nan) == "null")
        #expect(JSONWriter.literal(.infinity) == "null")
        #expect(JSONWriter.literal(-.infinity) == "null")
        #expect(JSONWriter.literal(nil) == "null")
    }
}
