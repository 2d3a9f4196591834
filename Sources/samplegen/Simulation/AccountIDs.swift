/// Jira Cloud style identifiers made from the generator's random numbers.
enum AccountIDs {
    /// `712020:8b6cde1c-893c-494e-b440-6e239f14cd97` for newer accounts, 24 hex digits for older ones.
    static func account(position: Int, random: inout SplitMix64) -> String {
        if position % 2 == 1 { return hex(random.next(), digits: 16) + hex(random.next(), digits: 8) }
        return "712020:" + uuid(random: &random)
    }

    /// A random version-4 style UUID in lowercase.
    static func uuid(random: inout SplitMix64) -> String {
        let high = random.next()
        let low = random.next()
        let text = hex(high, digits: 16) + hex(low, digits: 16)
        let characters = Array(text)
        return String(characters[0..<8]) + "-" + String(characters[8..<12]) + "-4" + String(characters[13..<16])
            + "-a" + String(characters[17..<20]) + "-" + String(characters[20..<32])
    }

    /// The lowest `digits` hex digits of `value`, zero-padded.
    static func hex(_ value: UInt64, digits: Int) -> String {
        let text = String(value, radix: 16)
        let padded = String(repeating: "0", count: max(0, 16 - text.count)) + text
        return String(padded.suffix(digits))
    }
}
