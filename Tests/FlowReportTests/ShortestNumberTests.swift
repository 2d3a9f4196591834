import Testing

@testable import FlowReport

@Suite struct ShortestNumberTests {
    @Test func eachNumberGetsItsDescription() {
        // Zeros of both signs, numbers of full precision, and the longest texts there are.
        let values: [Double] = [
            0.0, -0.0, 36.02430555555556, 7.0, 1e-05, 0.1 + 0.2, 1e23, -2.2250738585072014e-308,
            .greatestFiniteMagnitude, .leastNonzeroMagnitude, 123_456_789.125,
        ]
        let output = OutputBuffer(reservingCapacity: 8)
        for value in values {
            output.append(shortest: value)
            output.append(byte: UInt8(ascii: "|"))
        }
        #expect(output.text == values.map { "\($0.description)|" }.joined())
        #expect(output.text.hasPrefix("0.0|-0.0|36.02430555555556|7.0|1e-05|0.30000000000000004|1e+23|"))
    }
}
