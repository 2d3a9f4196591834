import FlowModel
import Foundation

/// The dates of a Linear CSV row and what they imply: the status category (Linear's state types:
/// canceled and completed → Done, started → In Progress, else To Do), the resolution, and a partial
/// history.
///
/// The history enters `Todo` at creation, `In Progress` when started, `Done` when completed and
/// `Canceled` when canceled; a stage the issue is in now is named by its current status instead. An issue
/// never started has none (``StageDateHistory``).
struct LinearHistory {
    var status: String
    var category: StatusCategory
    var created: Date?
    var started: Date?
    /// When the issue was completed or canceled.
    var finished: Date?
    /// `Canceled` or `Done` for a finished issue; `nil` otherwise.
    var resolution: String?
    var changes: [StatusChange]

    init(_ row: TrackerCSVRow, status: String, dates: inout TrackerDateReader) throws(TrackerRowError) {
        created = try row.date("Created", &dates)
        started = try row.date("Started", &dates)
        let completed = try row.date("Completed", &dates)
        let canceled = try row.date("Canceled", &dates)
        self.status = status
        if let canceled {
            (category, finished, resolution) = (.done, canceled, "Canceled")
        } else if let completed {
            (category, finished, resolution) = (.done, completed, "Done")
        } else if started != nil {
            (category, finished, resolution) = (.inProgress, nil, nil)
        } else {
            (category, finished, resolution) = (.toDo, nil, nil)
        }
        let current = category
        func name(_ stage: String, _ stageCategory: StatusCategory, now: Bool) -> String {
            now && current == stageCategory && !status.isEmpty ? status : stage
        }
        var history = StageDateHistory()
        history.add(name("Todo", .toDo, now: true), at: created)
        history.add(name("In Progress", .inProgress, now: true), at: started, inFlow: true)
        history.add(name("Done", .done, now: canceled == nil), at: completed)
        history.add(name("Canceled", .done, now: true), at: canceled)
        changes = history.changes
    }

    /// The categories of the statuses a history names when the issue is no longer in them.
    static let statusCategories: [String: StatusCategory] = [
        "Todo": .toDo, "In Progress": .inProgress, "Done": .done, "Canceled": .done,
    ]
}
