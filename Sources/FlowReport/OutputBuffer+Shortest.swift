extension OutputBuffer {
    /// Appends `value.description`, the shortest text that reads back as `value` (`7.0`, `0.30000000000000004`,
    /// `1e-05`), from the ASCII bytes the standard library writes to a stream (`_writeASCII`), without making a
    /// `String`.
    func append(shortest value: Double) {
        var stream = ShortestText(output: self)
        value.write(to: &stream)
    }
}

/// The stream a number writes its text to: straight into the buffer.
private struct ShortestText: TextOutputStream {
    let output: OutputBuffer

    mutating func write(_ string: String) { output.append(string) }

    mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) { output.append(buffer) }
}
