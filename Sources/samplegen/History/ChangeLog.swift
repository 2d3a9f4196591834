/// Every issue's change log, with the ids a Jira site gives its change groups (histories): one
/// sequence over the whole site, in time order — so the site backup and the REST JSON name the
/// same change by the same id.
struct ChangeLog {
    /// Each issue's changes, oldest first, in step with ``Organisation/issues``.
    let events: [[ChangeEvent]]
    /// Every change as (issue, position in its events), in id order.
    let order: [(issue: Int32, event: Int32)]
    /// The id of every change, by issue and position in its events.
    private let ids: [[Int32]]

    /// The first change group id.
    static let firstID = 10_100

    init(organisation: Organisation) {
        let events = organisation.issues.map(\.changeEvents)
        var order: [(issue: Int32, event: Int32, at: Int)] = []
        order.reserveCapacity(events.reduce(0) { $0 + $1.count })
        for (issue, changes) in events.enumerated() {
            for (position, change) in changes.enumerated() { order.append((Int32(issue), Int32(position), change.at)) }
        }
        order.sort { ($0.at, $0.issue, $0.event) < ($1.at, $1.issue, $1.event) }
        var ids = events.map { [Int32](repeating: 0, count: $0.count) }
        for (number, entry) in order.enumerated() {
            ids[Int(entry.issue)][Int(entry.event)] = Int32(Self.firstID + number)
        }
        self.events = events
        self.order = order.map { ($0.issue, $0.event) }
        self.ids = ids
    }

    /// The id of change `event` of issue `issue`.
    func id(issue: Int, event: Int) -> Int { Int(ids[issue][event]) }

    /// How many changes the whole site has.
    var count: Int { order.count }

    /// How many of them are status changes.
    var statusChangeCount: Int {
        events.reduce(0) { total, changes in
            total + changes.count { if case .status = $0.kind { true } else { false } }
        }
    }
}
