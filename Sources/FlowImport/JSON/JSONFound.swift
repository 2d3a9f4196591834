/// What a ``JSONReader`` found where it expected something else, for messages.
enum JSONFound: Equatable, Sendable, CustomStringConvertible {
    /// A character, quoted in messages.
    case character(Unicode.Scalar)
    /// A byte that starts no valid UTF-8 character.
    case byte(UInt8)
    case endOfFile

    /// `'x'`, `U+0007` for control characters, `byte 0xFF`, or `the end of the file`.
    var description: String {
        switch self {
        case .character(let scalar) where scalar.value < 0x20 || scalar.value == 0x7F:
            JSONFound.codePoint(scalar.value)
        case .character(let scalar):
            "'\(Character(scalar))'"
        case .byte(let byte):
            "byte 0x\(String(byte, radix: 16, uppercase: true))"
        case .endOfFile:
            "the end of the file"
        }
    }

    /// `U+000A`.
    static func codePoint(_ value: UInt32) -> String { "U+" + hex4(value) }

    /// At least four uppercase hexadecimal digits.
    static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
