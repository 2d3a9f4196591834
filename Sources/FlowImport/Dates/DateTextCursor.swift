extension DateTextParser {
    /// A position in the bytes of one date, with the small readers the parser needs.
    struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0

        var atEnd: Bool { position >= bytes.count }

        private var current: UInt8? { position < bytes.count ? bytes[position] : nil }

        /// Skips spaces and tabs; returns how many.
        @discardableResult
        mutating func skipSpaces() -> Int {
            let start = position
            while let byte = current, byte == 0x20 || byte == 0x09 { position += 1 }
            return position - start
        }

        /// Consumes `character` if it is next.
        mutating func take(_ character: Unicode.Scalar) -> Bool {
            guard let byte = current, byte == UInt8(ascii: character) else { return false }
            position += 1
            return true
        }

        /// Consumes whichever byte of `set` is next, and returns it.
        mutating func take(anyOf set: StaticString) -> UInt8? {
            guard let byte = current else { return nil }
            let members = UnsafeBufferPointer(start: set.utf8Start, count: set.utf8CodeUnitCount)
            guard members.contains(byte) else { return nil }
            position += 1
            return byte
        }

        /// Consumes `byte` if it is next.
        mutating func take(byte expected: UInt8) -> Bool {
            guard let byte = current, byte == expected else { return false }
            position += 1
            return true
        }

        /// Up to `maxDigits` decimal digits, and how many there were; `nil` when no digit is next.
        mutating func number(maxDigits: Int) -> (value: Int, digits: Int)? {
            var value = 0
            var digits = 0
            while digits < maxDigits, let byte = current, byte >= 0x30 && byte <= 0x39 {
                value = value * 10 + Int(byte - 0x30)
                digits += 1
                position += 1
            }
            return digits == 0 ? nil : (value, digits)
        }

        /// Fraction digits after the decimal point, as nanoseconds (digits past the ninth are dropped).
        mutating func fraction() -> Int? {
            var nanoseconds = 0
            var digits = 0
            while let byte = current, byte >= 0x30 && byte <= 0x39 {
                if digits < 9 {
                    nanoseconds = nanoseconds * 10 + Int(byte - 0x30)
                    digits += 1
                }
                position += 1
            }
            guard digits > 0 else { return nil }
            for _ in digits..<9 { nanoseconds *= 10 }
            return nanoseconds
        }

        /// A month name: letters (any script) up to a separator; a trailing dot is left for the caller.
        mutating func monthName() -> Int? {
            let start = position
            while let byte = current, byte >= 0x80 || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) { position += 1 }
            guard position > start else { return nil }
            return MonthNames.month(UnsafeBufferPointer(rebasing: bytes[start..<position]))
        }

        /// A dot ending an abbreviation, then `separator` or a space (`nov./26`, `sept. 2025`).
        mutating func afterDot(_ separator: UInt8) -> Bool {
            let start = position
            if take("."), take(byte: separator) || take(" ") { return true }
            position = start
            return false
        }

        /// `AM`/`PM` in any case, dotted or spaced (`a.m.`, `p. m.`): `true` for PM; `nil` when absent.
        mutating func meridiem() -> Bool? {
            guard let byte = current, byte | 0x20 == 0x61 || byte | 0x20 == 0x70 else { return nil }
            let start = position
            position += 1
            _ = take(".")
            skipSpaces()
            guard let next = current, next | 0x20 == 0x6D else {
                position = start
                return nil
            }
            position += 1
            _ = take(".")
            return byte | 0x20 == 0x70
        }

        /// A UTC offset: `nil` when none is next; `.some(nil)` when one starts but is malformed.
        mutating func offset() -> Int?? {
            guard let byte = current else { return nil }
            if byte == UInt8(ascii: "Z") || byte == UInt8(ascii: "z") {
                position += 1
                return .some(0)
            }
            if bytes.count - position >= 3 {
                let word = String(decoding: bytes[position..<position + 3], as: UTF8.self).uppercased()
                if word == "UTC" || word == "GMT" {
                    position += 3
                    return .some(0)
                }
            }
            guard byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") else { return nil }
            position += 1
            guard let (hours, hourDigits) = number(maxDigits: 2), hourDigits == 2, hours <= 14 else {
                return .some(nil)
            }
            var minutes = 0
            let colon = take(":")
            if let (value, digits) = number(maxDigits: 2) {
                guard digits == 2, value < 60 else { return .some(nil) }
                minutes = value
            } else if colon {
                return .some(nil)
            }
            let total = hours * 60 + minutes
            return .some(byte == UInt8(ascii: "-") ? -total : total)
        }
    }
}
