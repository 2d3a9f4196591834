import Testing

@testable import FlowReport

@Suite struct NumberTextsTests {
    @Test func eachNumberGetsItsOwnShortestText() {
        var texts = NumberTexts()
        // More values than are kept, repeated, and zeros of both signs (other bits, other text).
        let values: [Double] = [36.02430555555556, 0.0, -0.0, 7.0, 1e-05, 36.02430555555556, 0.1 + 0.2, -0.0, 0.0]
        for value in values + values.reversed() {
            #expect(texts.text(value) == value.description)
        }
        #expect(texts.text(-0.0) == "-0.0")
        #expect(texts.text(0.0) == "0.0")
    }
}
