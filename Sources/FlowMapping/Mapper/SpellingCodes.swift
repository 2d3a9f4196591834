/// Numbers the distinct spellings of a text field — statuses, issue types, projects — in the order they are
/// first seen, fast enough to look up every status change of a large export.
///
/// An export repeats a few hundred spellings millions of times, and hashing each with `Hasher` costs more than
/// everything else done with it. So a spelling is first looked up by the two machine words of the `String`
/// value itself: equal words are equal text, because a short string's words hold its bytes and a longer
/// string's words point to its storage, which this table keeps alive so that no other text can take its place.
/// Only words not seen before are hashed as text; up to ``identityLimit`` of them are remembered.
struct SpellingCodes {
    /// The spellings, by code.
    private(set) var spellings: [String] = []
    private var codeByText: [String: Int] = [:]
    /// Open addressing over the words of remembered `String` values: `slots` holds a code, or -1 when empty.
    private var firstWords: [UInt64]
    private var secondWords: [UInt64]
    private var slots: [Int32]
    /// The strings whose words are remembered, kept alive so that their storage is never reused.
    private var held: [String] = []

    /// The most `String` values remembered by their words.
    static let identityLimit = 4_096
    /// Whether a `String` is two 64-bit words here; otherwise every lookup hashes the text.
    private static let wordsAvailable = MemoryLayout<String>.size == 16

    init() {
        firstWords = [UInt64](repeating: 0, count: 64)
        secondWords = [UInt64](repeating: 0, count: 64)
        slots = [Int32](repeating: -1, count: 64)
    }

    /// The number of distinct spellings seen.
    var count: Int { spellings.count }

    /// The code of `text`, numbering it when it is new.
    mutating func code(_ text: String) -> Int {
        guard SpellingCodes.wordsAvailable else { return textCode(text) }
        let (first, second) = unsafeBitCast(text, to: (UInt64, UInt64).self)
        let mask = slots.count - 1
        var slot = SpellingCodes.slot(first, second) & mask
        while slots[slot] >= 0 {
            if firstWords[slot] == first && secondWords[slot] == second { return Int(slots[slot]) }
            slot = (slot + 1) & mask
        }
        let code = textCode(text)
        guard held.count < SpellingCodes.identityLimit else { return code }
        held.append(text)
        firstWords[slot] = first
        secondWords[slot] = second
        slots[slot] = Int32(code)
        if 2 * held.count > slots.count { grow() }
        return code
    }

    /// The code of `text` found by its content.
    private mutating func textCode(_ text: String) -> Int {
        if let code = codeByText[text] { return code }
        let code = spellings.count
        codeByText[text] = code
        spellings.append(text)
        return code
    }

    /// Doubles the word table and places every remembered string again.
    private mutating func grow() {
        let capacity = slots.count * 2
        firstWords = [UInt64](repeating: 0, count: capacity)
        secondWords = [UInt64](repeating: 0, count: capacity)
        var grown = [Int32](repeating: -1, count: capacity)
        for text in held {
            let (first, second) = unsafeBitCast(text, to: (UInt64, UInt64).self)
            var slot = SpellingCodes.slot(first, second) & (capacity - 1)
            while grown[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            firstWords[slot] = first
            secondWords[slot] = second
            grown[slot] = Int32(codeByText[text] ?? 0)
        }
        slots = grown
    }

    /// A random start for the mix, so that no input can be made to crowd one part of the table.
    private static let seed = UInt64.random(in: 0...UInt64.max)

    /// Mixes the two words into a table position.
    private static func slot(_ first: UInt64, _ second: UInt64) -> Int {
        var mixed = (first ^ seed ^ (second &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
        mixed ^= mixed >> 31
        return Int(truncatingIfNeeded: mixed)
    }
}
