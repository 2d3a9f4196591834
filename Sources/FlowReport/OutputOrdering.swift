/// Display order for values keyed by flow item type (`velocityByFlowItem`, `distribution`).
enum OutputOrdering {
    /// The dictionary's keys: first those named in `preferred` (the report's `flowItems`), in that order,
    /// then any others sorted by name.
    static func keys<Value>(of dictionary: [String: Value], preferred: [String]) -> [String] {
        let known = preferred.filter { dictionary[$0] != nil }
        let knownSet = Set(known)
        return known + dictionary.keys.filter { !knownSet.contains($0) }.sorted()
    }

    /// Every flow item type to show as a series: `preferred` first, then any other key found in `rows`.
    static func series(_ preferred: [String], in rows: [[String: Int]]) -> [String] {
        let named = Set(preferred)
        var extra = Set<String>()
        for row in rows { for key in row.keys where !named.contains(key) { extra.insert(key) } }
        return preferred + extra.sorted()
    }
}
