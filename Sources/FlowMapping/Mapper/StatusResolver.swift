import FlowModel

/// Remembers, per status spelling, its comparison key and where it is placed: a history names the same few
/// statuses hundreds of thousands of times.
///
/// Keys are numbered: two spellings with the same key (`Done`, ` done `) get the same key number.
struct StatusResolver {
    let map: StageMap
    private var spellings = SpellingCodes()
    /// Per spelling code: the number of its comparison key.
    private var keys: [Int] = []
    /// Per spelling code: the stage it is placed in without an item's own category.
    private var stages: [Int] = []
    /// Per spelling code: its number among all the process's spellings (``StatusSpellings``).
    private var spellingNumbers: [Int32] = []
    /// Per spelling code and category (none, To Do, In Progress, Done): the placement, once asked for.
    private var placements: [StagePlacement?] = []
    private var keyNumbers: [String: Int] = [:]

    init(map: StageMap) { self.map = map }

    /// The key number and stage of `status` (placed without an item-specific category), and its number
    /// among the spellings stage intervals name.
    mutating func resolve(_ status: String) -> (key: Int, stage: Int, spelling: Int32) {
        let code = self.code(status)
        return (keys[code], stages[code], spellingNumbers[code])
    }

    /// Where `status` goes when the item gives `category` for it (``StageMap/placement(of:category:)``).
    mutating func placement(of status: String, category: StatusCategory?) -> StagePlacement {
        let index = code(status) * 4 + StatusResolver.slot(category)
        if let known = placements[index] { return known }
        let placement = map.placement(of: status, category: category)
        placements[index] = placement
        return placement
    }

    /// The spelling code of `status`, resolving it when it is new.
    private mutating func code(_ status: String) -> Int {
        let code = spellings.code(status)
        if code == keys.count {
            let key = status.matchKey
            let number = keyNumbers[key] ?? keyNumbers.count
            keyNumbers[key] = number
            keys.append(number)
            stages.append(map.placement(of: status).stage)
            spellingNumbers.append(StatusSpellings.shared.number(of: status))
            placements += [nil, nil, nil, nil]
        }
        return code
    }

    private static func slot(_ category: StatusCategory?) -> Int {
        switch category {
        case nil: 0
        case .toDo: 1
        case .inProgress: 2
        case .done: 3
        }
    }
}
