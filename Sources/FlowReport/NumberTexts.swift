/// The shortest round-trip text of the last few numbers written, by their bits: an item's JSON line and its CSV
/// row write the same four durations, and making the text of one costs a few hundred instructions.
struct NumberTexts {
    private var bits = [UInt64](repeating: 0, count: NumberTexts.kept)
    /// The texts' bytes, by slot; an empty slot holds no number yet.
    private var texts = [[UInt8]](repeating: [], count: NumberTexts.kept)
    private var next = 0

    /// Numbers kept: an item's four durations.
    static let kept = 4

    /// Appends `value.description` to `output`, made once for the last ``kept`` values.
    mutating func append(_ value: Double, to output: OutputBuffer) {
        let pattern = value.bitPattern
        for index in 0..<Self.kept where bits[index] == pattern && !texts[index].isEmpty {
            return output.append(texts[index])
        }
        // The slot's bytes are moved out and back, so that they are filled in place.
        var text = ShortestText()
        swap(&text.bytes, &texts[next])
        text.bytes.removeAll(keepingCapacity: true)
        value.write(to: &text)
        output.append(text.bytes)
        swap(&text.bytes, &texts[next])
        bits[next] = pattern
        next = (next + 1) % Self.kept
    }
}

/// The bytes of a number's `description`, which the standard library writes to a stream as ASCII bytes
/// (`_writeASCII`) without making a `String`.
private struct ShortestText: TextOutputStream {
    var bytes: [UInt8] = []

    mutating func write(_ string: String) { bytes.append(contentsOf: string.utf8) }

    mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: buffer) }
}
