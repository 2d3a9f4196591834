import Testing

@testable import FlowReport

@Suite struct NumberTextsTests {
    /// The text `texts` appends for `value`.
    static func appended(_ value: Double, _ texts: inout NumberTexts) -> String {
        let output = OutputBuffer()
        texts.append(value, to: output)
        return output.text
    }

    @Test func eachNumberGetsItsOwnShortestText() {
        var texts = NumberTexts()
        // Zero first (an empty slot's bits), more values than are kept, repeated, zeros of both signs (other bits,
        // other text), and the longest texts there are.
        let values: [Double] = [
            0.0, 36.02430555555556, -0.0, 7.0, 1e-05, 36.02430555555556, 0.1 + 0.2, -0.0, 0.0, 1e23,
            -2.2250738585072014e-308, .greatestFiniteMagnitude, .leastNonzeroMagnitude,
        ]
        for value in values + values.reversed() {
            #expect(Self.appended(value, &texts) == value.description)
        }
        #expect(Self.appended(-0.0, &texts) == "-0.0")
        #expect(Self.appended(0.0, &texts) == "0.0")
        #expect(Self.appended(1e23, &texts) == "1e+23")
    }

    @Test func aNumberSeenBeforeIsWrittenAgainWhole() {
        var texts = NumberTexts()
        let output = OutputBuffer()
        for value in [8.03, 8.03, 12.5, 8.03] { texts.append(value, to: output) }
        #expect(output.text == "8.038.0312.58.03")
    }
}
