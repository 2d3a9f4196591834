/// Counts of a few distinct strings (teams, flow item types), kept in a short list rather than a dictionary:
/// the strings of a sprint's members are mostly the very same few values, which compare equal at once without
/// hashing their text — and a sprint tally counts hundreds of thousands of them.
struct SmallTally {
    private(set) var entries: [(text: String, count: Int)] = []
    /// Where the last counted string was, tried first.
    private var last = 0

    mutating func add(_ text: String) {
        if last < entries.count && entries[last].text == text {
            entries[last].count += 1
            return
        }
        if let index = entries.firstIndex(where: { $0.text == text }) {
            entries[index].count += 1
            last = index
        } else {
            entries.append((text, 1))
            last = entries.count - 1
        }
    }

    /// The counts by string.
    var dictionary: [String: Int] {
        Dictionary(entries.map { ($0.text, $0.count) }, uniquingKeysWith: +)
    }
}
