import FlowMapping
import Foundation

/// The dates and kinds of a list of mapped items laid out as plain columns, built once so that the many
/// windows of a report (weeks, teams, the period before, the baseline) scan numbers instead of items.
///
/// Instants are seconds since the reference date; `.nan` stands for unknown.
public struct FlowTable: Sendable {
    /// The items, in the order the columns follow.
    public let flows: [ItemFlow]
    let start: [Double]
    let end: [Double]
    let created: [Double]
    let outcome: [Outcome]
    /// Index into `flowItemNames` per item.
    let flowItem: [Int]
    let flowItemNames: [String]
    /// True when at least one item has stage intervals (status history).
    public let hasHistory: Bool

    public init(_ flows: [ItemFlow]) {
        self.flows = flows
        var start: [Double] = []
        var end: [Double] = []
        var created: [Double] = []
        var outcome: [Outcome] = []
        var flowItem: [Int] = []
        var names: [String] = []
        var codes: [String: Int] = [:]
        start.reserveCapacity(flows.count)
        end.reserveCapacity(flows.count)
        created.reserveCapacity(flows.count)
        outcome.reserveCapacity(flows.count)
        flowItem.reserveCapacity(flows.count)
        var history = false
        for flow in flows {
            start.append(flow.flowStart?.timeIntervalSinceReferenceDate ?? .nan)
            end.append(flow.flowEnd?.timeIntervalSinceReferenceDate ?? .nan)
            created.append(flow.item.created?.timeIntervalSinceReferenceDate ?? .nan)
            outcome.append(flow.outcome)
            let name = flow.flowItem
            if let code = codes[name] {
                flowItem.append(code)
            } else {
                codes[name] = names.count
                flowItem.append(names.count)
                names.append(name)
            }
            history = history || !flow.intervals.isEmpty
        }
        self.start = start
        self.end = end
        self.created = created
        self.outcome = outcome
        self.flowItem = flowItem
        flowItemNames = names
        hasHistory = history
    }

    /// The rows at `indices`, in that order.
    public func subset(_ indices: [Int]) -> FlowTable {
        FlowTable(indices.map { flows[$0] })
    }

    /// Indices of items delivered with a flow end in `window`.
    func delivered(in window: MetricWindow) -> [Int] {
        let lower = window.start.timeIntervalSinceReferenceDate
        let upper = window.end.timeIntervalSinceReferenceDate
        return outcome.indices.filter { outcome[$0] == .delivered && end[$0] >= lower && end[$0] < upper }
    }

    /// Indices of items in the load at `instant`: flow start ≤ instant, no flow end ≤ instant.
    func inProgress(at instant: Date) -> [Int] {
        let time = instant.timeIntervalSinceReferenceDate
        return start.indices.filter { start[$0] <= time && !(end[$0] <= time) }
    }

    /// Shares of each flow item type among the rows at `indices`.
    func shares(_ indices: [Int]) -> [String: Double] {
        guard !indices.isEmpty else { return [:] }
        var counts = [Int](repeating: 0, count: flowItemNames.count)
        for index in indices { counts[flowItem[index]] += 1 }
        var shares: [String: Double] = [:]
        for (code, count) in counts.enumerated() where count > 0 {
            shares[flowItemNames[code]] = Double(count) / Double(indices.count)
        }
        return shares
    }
}
