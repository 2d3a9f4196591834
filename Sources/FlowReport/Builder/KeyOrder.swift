/// Orders item keys the way people read them: `PAY-2` before `PAY-10`, projects alphabetically.
///
/// A key splits into runs of ASCII digits and runs of other text; runs compare pairwise, digits as numbers
/// (of any length) and text as text, and a number sorts before text. Equal runs fall back to the whole key.
struct KeyOrder: Comparable {
    let key: String
    private let parts: [Part]

    init(_ key: String) {
        self.key = key
        var parts: [Part] = []
        var run: [UInt8] = []
        var digits = false
        for byte in key.utf8 {
            let isDigit = byte >= 0x30 && byte <= 0x39
            if !run.isEmpty && isDigit != digits {
                parts.append(Part(run, digits: digits))
                run.removeAll(keepingCapacity: true)
            }
            digits = isDigit
            run.append(byte)
        }
        if !run.isEmpty { parts.append(Part(run, digits: digits)) }
        self.parts = parts
    }

    static func < (left: KeyOrder, right: KeyOrder) -> Bool {
        for (a, b) in zip(left.parts, right.parts) where a != b { return a < b }
        return left.parts.count != right.parts.count ? left.parts.count < right.parts.count : left.key < right.key
    }

    static func == (left: KeyOrder, right: KeyOrder) -> Bool { left.key == right.key }

    /// True when `left` sorts before `right`.
    static func precedes(_ left: String, _ right: String) -> Bool { KeyOrder(left) < KeyOrder(right) }

    private struct Part: Comparable {
        /// Digits without leading zeros, or the text's bytes.
        var bytes: [UInt8]
        var digits: Bool

        init(_ run: [UInt8], digits: Bool) {
            self.digits = digits
            bytes = digits ? Array(run.drop { $0 == 0x30 }) : run
        }

        static func < (a: Part, b: Part) -> Bool {
            if a.digits != b.digits { return a.digits }
            if a.digits && a.bytes.count != b.bytes.count { return a.bytes.count < b.bytes.count }
            return a.bytes.lexicographicallyPrecedes(b.bytes)
        }
    }
}
