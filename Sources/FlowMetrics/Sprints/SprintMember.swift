import FlowMapping
import FlowModel
import Foundation

/// One item's part in one sprint, with what the sprint's tally reads of the item.
///
/// The facts are copied while the flows are read in order. The tally then reads each sprint's members one after
/// the other, instead of going back to 100 000 items in the sprints' order: those reads missed the cache and were
/// most of the sprint numbers' time.
struct SprintMember {
    /// The item's position in the flows.
    var flow: Int
    var membership: SprintMembership
    var facts: Facts

    /// What a sprint's tally reads of an item.
    struct Facts {
        var storyPoints: Double?
        var outcome: Outcome
        var flowEnd: Date?
        var flowTimeDays: Double?
        var flowItem: String
        var team: String

        init(_ flow: ItemFlow) {
            storyPoints = flow.item.storyPoints
            outcome = flow.outcome
            flowEnd = flow.flowEnd
            flowTimeDays = flow.flowTimeDays
            flowItem = flow.flowItem
            team = flow.team
        }
    }
}
