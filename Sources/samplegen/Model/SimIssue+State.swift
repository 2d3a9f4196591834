import FlowModel

/// What an issue looks like at export time, derived from its history.
extension SimIssue {
    /// The current status.
    var status: WorkflowStatus { history.last?.to ?? .toDo }

    /// The current resolution; `nil` while unresolved.
    var resolution: Resolution? { history.last?.resolution }

    /// When the current resolution was set; `nil` while unresolved.
    var resolved: Int? {
        guard resolution != nil else { return nil }
        var time: Int?
        for change in history.reversed() {
            guard change.resolution != nil else { break }
            time = change.at
        }
        return time
    }

    /// Jira's `Status Category Changed`: the last change of status category, or the creation.
    var statusCategoryChanged: Int {
        for change in history.reversed() {
            if let from = change.from, from.category != change.to.category { return change.at }
        }
        return created
    }

    /// The sprints the `Sprint` field lists: every sprint the issue was added to and not
    /// removed from again, oldest sprint first (sprints are numbered in the order they start), as
    /// Jira lists them.
    var sprints: [Int] {
        var result: [Int] = []
        for event in sprintEvents {
            if event.added {
                if !result.contains(event.sprint) { result.append(event.sprint) }
            } else {
                result.removeAll { $0 == event.sprint }
            }
        }
        return result.sorted()
    }

    /// The first time the issue entered In Progress, if it did.
    var firstStarted: Int? { history.first { $0.to == .inProgress }?.at }

    /// Jira's `[CHART] Time in Status` totals, in order of first entry: every status entered,
    /// how often, and the milliseconds of the stays that have ended (the current stay is not
    /// counted, as in Jira).
    var timeInStatus: [(status: WorkflowStatus, timesEntered: Int, milliseconds: Int)] {
        var order: [WorkflowStatus] = []
        var entered = [Int](repeating: 0, count: WorkflowStatus.allCases.count)
        var total = [Int](repeating: 0, count: WorkflowStatus.allCases.count)
        for (position, change) in history.enumerated() {
            if entered[change.to.rawValue] == 0 { order.append(change.to) }
            entered[change.to.rawValue] += 1
            if position + 1 < history.count {
                total[change.to.rawValue] += (history[position + 1].at - change.at) * 1000
            }
        }
        return order.map { ($0, entered[$0.rawValue], total[$0.rawValue]) }
    }
}

extension SimIssue {
    /// The status at `instant` (To Do before the issue existed).
    func status(at instant: Int) -> WorkflowStatus {
        var result = WorkflowStatus.toDo
        for change in history {
            if change.at > instant { break }
            result = change.to
        }
        return result
    }
}
