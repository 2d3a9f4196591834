import Testing

@testable import FlowReport

@Suite struct JSONAndCSVEscapingTests {
    /// Text is plain exactly when both escapers give it back unchanged (in quotes for the JSON): over short texts
    /// drawn from the bytes either escaper treats specially and ordinary ones, at every position.
    @Test func plainIsWhatBothEscapersLeaveAlone() {
        let alphabet = Array("a Z0,\"\\\n\r\t=+-@'€\u{2028}é".unicodeScalars).map(String.init)
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        var plain = 0
        for _ in 0..<4_000 {
            let text = (0..<next(20)).map { _ in next(4) == 0 ? alphabet[next(alphabet.count)] : "ab" }.joined()
            let unchanged = JSONEscaping.string(text) == "\"\(text)\"" && CSVEscaping.text(text) == text
            let isPlain = Array(text.utf8).withUnsafeBufferPointer { JSONAndCSVEscaping.isPlain($0) }
            // `€` shares U+2028's first byte, which the JSON check stops at without escaping it: plain is allowed to
            // say no to text both leave alone, never yes to text either changes.
            if isPlain { #expect(unchanged, "\(text.debugDescription)") }
            if unchanged && !text.utf8.contains(0xE2) { #expect(isPlain, "\(text.debugDescription)") }
            if isPlain { plain += 1 }
        }
        #expect(plain > 500)
    }
}
