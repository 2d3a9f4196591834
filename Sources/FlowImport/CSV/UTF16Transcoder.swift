/// Turns UTF-16 bytes into UTF-8 bytes, one chunk at a time.
enum UTF16Transcoder {
    /// Transcodes as much of `input` as forms whole characters into `output`, which must have room for
    /// `input.count * 3 / 2 + 3` bytes.
    ///
    /// Unpaired surrogates become U+FFFD. Unless `final`, a trailing odd byte or a high surrogate whose
    /// partner has not been read yet is left unconsumed; when `final`, they become U+FFFD too.
    ///
    /// - Returns: the bytes written to `output` and the bytes of `input` consumed.
    static func transcode(
        _ input: UnsafeBufferPointer<UInt8>, bigEndian: Bool, final: Bool, into output: UnsafeMutablePointer<UInt8>
    ) -> (written: Int, consumed: Int) {
        var written = 0
        var index = 0
        let count = input.count

        func unit(at position: Int) -> UInt32 {
            bigEndian
                ? UInt32(input[position]) << 8 | UInt32(input[position + 1])
                : UInt32(input[position + 1]) << 8 | UInt32(input[position])
        }
        func emit(_ scalar: UInt32) {
            switch scalar {
            case 0..<0x80:
                output[written] = UInt8(scalar)
                written += 1
            case 0x80..<0x800:
                output[written] = UInt8(0xC0 | scalar >> 6)
                output[written + 1] = UInt8(0x80 | scalar & 0x3F)
                written += 2
            case 0x800..<0x10000:
                output[written] = UInt8(0xE0 | scalar >> 12)
                output[written + 1] = UInt8(0x80 | scalar >> 6 & 0x3F)
                output[written + 2] = UInt8(0x80 | scalar & 0x3F)
                written += 3
            default:
                output[written] = UInt8(0xF0 | scalar >> 18)
                output[written + 1] = UInt8(0x80 | scalar >> 12 & 0x3F)
                output[written + 2] = UInt8(0x80 | scalar >> 6 & 0x3F)
                output[written + 3] = UInt8(0x80 | scalar & 0x3F)
                written += 4
            }
        }

        while index + 1 < count {
            let first = unit(at: index)
            if first < 0xD800 || first > 0xDFFF {
                emit(first)
                index += 2
            } else if first >= 0xDC00 {
                emit(0xFFFD)
                index += 2
            } else if index + 3 < count {
                let second = unit(at: index + 2)
                if second >= 0xDC00 && second <= 0xDFFF {
                    emit(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
                    index += 4
                } else {
                    emit(0xFFFD)
                    index += 2
                }
            } else if final {
                emit(0xFFFD)
                index += 2
            } else {
                break
            }
        }
        if final && index < count {
            emit(0xFFFD)
            index = count
        }
        return (written, index)
    }
}
