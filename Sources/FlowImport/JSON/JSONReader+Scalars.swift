import FlowModel

extension JSONReader {
    /// Reads a string's body after its opening quote, up to and including the closing quote; when
    /// `decode`, its unescaped UTF-8 becomes the text (``textBuffer``).
    ///
    /// A string with no escapes inside one chunk is left in place; others are copied to `textStorage`.
    /// Escaped UTF-16 surrogate pairs become one character; an unpaired surrogate becomes U+FFFD.
    mutating func scanString(decode: Bool) throws(InputError) {
        var pendingHigh: UInt32?
        var inPlace = true
        var runStart = position
        if decode { textStorage.count = 0 }
        while true {
            position += Self.plainRun(UnsafeBufferPointer(start: base + position, count: limit - position))
            guard position < limit else {
                if decode {
                    inPlace = false
                    copyRun(from: runStart, &pendingHigh)
                }
                guard try refill() else { throw endInsideString() }
                runStart = position
                continue
            }
            let byte = base[position]
            switch byte {
            case Byte.quote:
                if decode {
                    if inPlace {
                        setTextInPlace(count: position - runStart)
                    } else {
                        copyRun(from: runStart, &pendingHigh)
                        flush(&pendingHigh)
                        setTextFromStorage()
                    }
                }
                position += 1
                return
            case Byte.backslash:
                if decode {
                    inPlace = false
                    copyRun(from: runStart, &pendingHigh)
                }
                position += 1
                try scanEscape(decode: decode, pendingHigh: &pendingHigh)
                runStart = position
            default:
                throw problem(.controlCharacter(byte))
            }
        }
    }

    /// Copies the plain bytes from `start` to the read position to `textStorage`.
    @inline(__always)
    private mutating func copyRun(from start: Int, _ pendingHigh: inout UInt32?) {
        guard position > start else { return }
        flush(&pendingHigh)
        textStorage.append(base + start, count: position - start)
    }

    /// How many bytes at the start of `bytes` need no attention inside a string: no quote, no backslash,
    /// no control character. Looks at eight bytes at a time.
    @inline(__always)
    static func plainRun(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let start = bytes.baseAddress else { return 0 }
        let count = bytes.count
        var index = 0
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        while index + 8 <= count {
            let word = UnsafeRawPointer(start + index).loadUnaligned(as: UInt64.self)
            // A byte of `x` is zero exactly when the same byte of `(x - ones) & ~x & highs` is set (bytes
            // above a zero byte may be set by the borrow, never bytes below it); likewise
            // `(word - 0x20 * ones) & ~word & highs` marks bytes below 0x20.
            let quotes = word ^ (UInt64(Byte.quote) &* ones)
            let backslashes = word ^ (UInt64(Byte.backslash) &* ones)
            let found =
                ((quotes &- ones) & ~quotes) | ((backslashes &- ones) & ~backslashes) | ((word &- 0x20 &* ones) & ~word)
            if found & highs != 0 { break }
            index += 8
        }
        while index < count {
            let byte = start[index]
            if byte == Byte.quote || byte == Byte.backslash || byte < 0x20 { break }
            index += 1
        }
        return index
    }

    /// Reads a number's bytes as the text and checks them against JSON's number grammar.
    mutating func scanNumber() throws(InputError) {
        try scanWord(Self.isNumberByte)
        guard Self.isNumber(textBuffer) else { throw problemAtToken(.invalidNumber(text: text)) }
    }

    /// Reads `true`, `false` or `null`.
    mutating func scanLiteral() throws(InputError) -> JSONEvent {
        try scanWord { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (Byte.zero...Byte.nine).contains(byte)
        }
        if textIs("null") { return .null }
        if textIs("true") { return .bool(true) }
        if textIs("false") { return .bool(false) }
        throw problemAtToken(.invalidLiteral(text: text))
    }

    /// Reads the bytes that `belongs` accepts (at most 64 when they span two chunks) as the text.
    @inline(__always)
    private mutating func scanWord(_ belongs: (UInt8) -> Bool) throws(InputError) {
        let start = position
        while position < limit && belongs(base[position]) { position += 1 }
        if position < limit {
            setTextInPlace(count: position - start)
            return
        }
        textStorage.count = 0
        textStorage.append(base + start, count: position - start)
        while textStorage.count < 64, let byte = try peekByte(), belongs(byte) {
            textStorage.append(byte)
            advance()
        }
        setTextFromStorage()
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        switch byte {
        case Byte.zero...Byte.nine, Byte.minus, Byte.plus, Byte.dot, UInt8(ascii: "e"), UInt8(ascii: "E"): true
        default: false
        }
    }

    /// True when `bytes` is `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    static func isNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        func digits() -> Bool {
            let start = index
            while index < count && (Byte.zero...Byte.nine).contains(bytes[index]) { index += 1 }
            return index > start
        }
        if index < count && bytes[index] == Byte.minus { index += 1 }
        if index < count && bytes[index] == Byte.zero {
            index += 1
        } else if !digits() {
            return false
        }
        if index < count && bytes[index] == Byte.dot {
            index += 1
            guard digits() else { return false }
        }
        if index < count && (bytes[index] | 0x20) == UInt8(ascii: "e") {
            index += 1
            if index < count && (bytes[index] == Byte.plus || bytes[index] == Byte.minus) { index += 1 }
            guard digits() else { return false }
        }
        return index == count
    }

    // MARK: - Escapes

    private mutating func scanEscape(decode: Bool, pendingHigh: inout UInt32?) throws(InputError) {
        guard let byte = try peekByte() else { throw endInsideString() }
        let replacement: UInt8
        switch byte {
        case Byte.quote, Byte.backslash, Byte.slash: replacement = byte
        case UInt8(ascii: "b"): replacement = 0x08
        case UInt8(ascii: "f"): replacement = 0x0C
        case UInt8(ascii: "n"): replacement = Byte.lineFeed
        case UInt8(ascii: "r"): replacement = Byte.carriageReturn
        case UInt8(ascii: "t"): replacement = Byte.tab
        case UInt8(ascii: "u"):
            advance()
            let unit = try readHexUnit()
            if decode { append(unit: unit, pendingHigh: &pendingHigh) }
            return
        default:
            throw problem(.invalidEscape(found: found()))
        }
        advance()
        if decode {
            flush(&pendingHigh)
            textStorage.append(replacement)
        }
    }

    /// Reads the four hexadecimal digits after `\u`.
    private mutating func readHexUnit() throws(InputError) -> UInt32 {
        var value: UInt32 = 0
        var seen = "u"
        for _ in 0..<4 {
            guard let byte = try peekByte() else { throw endInsideString() }
            let digit: UInt8
            switch byte {
            case Byte.zero...Byte.nine: digit = byte - Byte.zero
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default:
                if case .character(let scalar) = found(), scalar.value >= 0x20 { seen.unicodeScalars.append(scalar) }
                throw problem(.invalidUnicodeEscape(text: seen))
            }
            seen.unicodeScalars.append(Unicode.Scalar(byte))
            value = value << 4 | UInt32(digit)
            advance()
        }
        return value
    }

    /// Appends one UTF-16 code unit from a `\u` escape, pairing surrogates.
    private mutating func append(unit: UInt32, pendingHigh: inout UInt32?) {
        switch unit {
        case 0xD800...0xDBFF:
            flush(&pendingHigh)
            pendingHigh = unit
        case 0xDC00...0xDFFF:
            if let high = pendingHigh {
                appendScalar(0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00))
                pendingHigh = nil
            } else {
                appendScalar(0xFFFD)
            }
        default:
            flush(&pendingHigh)
            appendScalar(unit)
        }
    }

    /// Writes U+FFFD for a high surrogate that no low surrogate followed.
    private mutating func flush(_ pendingHigh: inout UInt32?) {
        guard pendingHigh != nil else { return }
        appendScalar(0xFFFD)
        pendingHigh = nil
    }

    /// Appends a Unicode scalar value as UTF-8.
    private mutating func appendScalar(_ value: UInt32) {
        switch value {
        case 0..<0x80:
            textStorage.append(UInt8(value))
        case 0x80..<0x800:
            textStorage.append(UInt8(0xC0 | value >> 6))
            textStorage.append(UInt8(0x80 | value & 0x3F))
        case 0x800..<0x10000:
            textStorage.append(UInt8(0xE0 | value >> 12))
            textStorage.append(UInt8(0x80 | value >> 6 & 0x3F))
            textStorage.append(UInt8(0x80 | value & 0x3F))
        default:
            textStorage.append(UInt8(0xF0 | value >> 18))
            textStorage.append(UInt8(0x80 | value >> 12 & 0x3F))
            textStorage.append(UInt8(0x80 | value >> 6 & 0x3F))
            textStorage.append(UInt8(0x80 | value & 0x3F))
        }
    }

    private func endInsideString() -> InputError {
        problem(.endsInsideString(line: tokenLine, column: tokenColumn))
    }
}
