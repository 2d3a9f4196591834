/// The change log of an issue: what a Jira site records after the creation.
extension SimIssue {
    /// Status changes (the creation left out) and Sprint field changes, oldest first; a status
    /// change comes before a Sprint change at the same instant. Sprint events that leave the
    /// field as it was are not changes.
    var changeEvents: [ChangeEvent] {
        var events: [ChangeEvent] = []
        events.reserveCapacity(history.count + sprintEvents.count)
        var resolution: Resolution?
        for change in history {
            defer { resolution = change.resolution }
            guard let from = change.from else { continue }
            events.append(
                ChangeEvent(
                    at: change.at, author: change.author,
                    kind: .status(
                        from: from, to: change.to, resolutionBefore: resolution, resolutionAfter: change.resolution)))
        }
        var sprints: [Int] = []
        var sprintChanges: [ChangeEvent] = []
        let planner = assignee ?? reporter
        for event in sprintEvents {
            var after = sprints
            if event.added {
                if !after.contains(event.sprint) { after.append(event.sprint) }
            } else {
                after.removeAll { $0 == event.sprint }
            }
            guard after != sprints else { continue }
            sprintChanges.append(
                ChangeEvent(at: event.at, author: planner, kind: .sprint(before: sprints, after: after)))
            sprints = after
        }
        guard !sprintChanges.isEmpty else { return events }
        events += sprintChanges
        return events.enumerated().sorted { left, right in
            if left.element.at != right.element.at { return left.element.at < right.element.at }
            return left.offset < right.offset
        }.map(\.element)
    }
}
