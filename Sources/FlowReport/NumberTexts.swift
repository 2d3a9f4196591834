/// The shortest round-trip text of the last few numbers written, by their bits: an item's JSON line and its CSV
/// row write the same four durations, and making the text of one costs about a thousand instructions and, for
/// a text of more than fifteen characters, an allocation.
struct NumberTexts {
    private var bits = [UInt64](repeating: 0, count: NumberTexts.kept)
    private var texts = [String?](repeating: nil, count: NumberTexts.kept)
    private var next = 0

    /// Numbers kept: an item's four durations.
    static let kept = 4

    /// `value.description`, made once for the last ``kept`` values.
    mutating func text(_ value: Double) -> String {
        let pattern = value.bitPattern
        for index in 0..<Self.kept where bits[index] == pattern {
            if let text = texts[index] { return text }
        }
        let text = value.description
        bits[next] = pattern
        texts[next] = text
        next = (next + 1) % Self.kept
        return text
    }
}
