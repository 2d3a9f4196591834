/// Maps interned name identities to the cases of a vocabulary, without hashing strings.
///
/// The parser hands out each distinct name as one stable identity for the whole parse (libxml2
/// interns names in its dictionary), so looking a name up is an integer probe in a small
/// open-addressed table.
struct XMLNameTable<Name: XMLVocabulary> {
    /// The vocabulary's cases, in `allCases` order.
    let cases: [Name]
    /// Each case's identity, by its index in `cases`.
    let identities: [Int]
    private let positions: [Name: Int]
    private let slots: [Int]
    private let slotCases: [Int32]
    private let shift: Int

    /// Builds the table from each case's identity, as `intern` gives it for the case's raw value.
    init(intern: (String) -> Int) {
        cases = Name.allCases
        identities = cases.map { intern($0.rawValue) }
        var positions: [Name: Int] = [:]
        for (index, name) in cases.enumerated() { positions[name] = index }
        self.positions = positions
        var bits = 4
        while 1 << bits < cases.count * 4 { bits += 1 }
        shift = 64 - bits
        var slots = [Int](repeating: 0, count: 1 << bits)
        var slotCases = [Int32](repeating: -1, count: 1 << bits)
        for (index, identity) in identities.enumerated() where identity != 0 {
            var slot = XMLNameTable.slot(of: identity, shift: shift)
            while slots[slot] != 0 && slots[slot] != identity { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = identity
            slotCases[slot] = Int32(index)
        }
        self.slots = slots
        self.slotCases = slotCases
    }

    /// The case whose name has `identity`, or `nil` for a name outside the vocabulary.
    @inline(__always)
    func name(for identity: Int) -> Name? {
        var slot = XMLNameTable.slot(of: identity, shift: shift)
        while true {
            let stored = slots[slot]
            if stored == identity { return cases[Int(slotCases[slot])] }
            if stored == 0 { return nil }
            slot = (slot + 1) & (slots.count - 1)
        }
    }

    /// The identity of a case's name.
    @inline(__always)
    func identity(of name: Name) -> Int {
        guard let position = positions[name] else { return 0 }
        return identities[position]
    }

    @inline(__always)
    private static func slot(of identity: Int, shift: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(UInt(bitPattern: identity)) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift))
    }
}
