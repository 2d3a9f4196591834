import FlowMapping
import Foundation

/// All the values of an ``ItemRow``, read at once (``ItemRow/fields``).
struct ItemRowFields: Hashable, Sendable {
    let key, title, type, flowItem, team, status, stage: String
    let outcome: Outcome
    let source: String
    let created, started, done: Date?
    let flowTimeDays, leadTimeDays, activeDays, waitDays: Double?
    var stageEntries: [Date?]
    let skippedFlow: Bool
}
