import FlowMapping
import FlowModel
import Foundation

extension Fixture {
    /// An already-mapped item with the given flow dates (days after the origin) and times (days).
    static func made(
        _ key: String, flowItem: String = "Feature", created: Double = 0, start: Double? = nil, end: Double? = nil,
        outcome: Outcome = .delivered, activeDays: Double? = nil, waitDays: Double? = nil, team: String = "Payments"
    ) -> ItemFlow {
        ItemFlow(
            item: WorkItem(key: key, created: at(created)), flowItem: flowItem, team: team, stage: 0,
            flowStart: start.map(at), flowEnd: end.map(at), outcome: outcome,
            activeSeconds: activeDays.map { $0 * 86_400 }, waitSeconds: waitDays.map { $0 * 86_400 })
    }
}
