import FlowModel

/// Remembers, per status spelling, its comparison key and stage: a history names the same few statuses
/// hundreds of thousands of times.
struct StatusResolver {
    let map: StageMap
    private var known: [String: (key: String, stage: Int)] = [:]

    init(map: StageMap) { self.map = map }

    /// The key and stage of `status` (placed without an item-specific category).
    mutating func resolve(_ status: String) -> (key: String, stage: Int) {
        if let found = known[status] { return found }
        let resolved = (status.matchKey, map.placement(of: status).stage)
        known[status] = resolved
        return resolved
    }

    /// The comparison key of `status`.
    mutating func key(_ status: String) -> String { resolve(status).key }
}
