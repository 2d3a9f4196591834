/// Decides which sprints an issue was in, and when it was added and removed, from its history
/// and its team's sprint calendar.
///
/// An issue joins a sprint when it is committed (leaves To Do for the flow) or re-opened: most
/// are planned in at the sprint's start, the rest are added mid-sprint when picked up. An issue
/// still open when its sprint closes moves to the next sprint at that moment (carried over). One
/// sent back to To Do leaves its sprint then. Recently created To Do items are sometimes
/// planned into the current sprint without being started.
struct SprintPlanner {
    let sprints: [SprintInfo]
    /// Indexes into `sprints` of this team's sprints, oldest first.
    let teamSprints: [Int]
    let now: Int

    func events(for history: [Transition], created: Int, random: inout SplitMix64) -> [SprintEvent] {
        var events: [SprintEvent] = []
        for (position, change) in history.enumerated() {
            guard let from = change.from else { continue }
            let commits = from == .toDo && change.to != .toDo
            let reopens = from.category == .done && change.to.category != .done
            guard commits || reopens else { continue }
            if change.to.category == .done && (change.to == .cancelled || random.chance(0.5)) { continue }
            let backToDo = history[(position + 1)...].first { $0.to == .toDo }?.at
            events += segment(from: change.at, backToDo: backToDo, history: history, created: created, random: &random)
        }
        if events.isEmpty, history.last?.to == .toDo, created > now - 10 * 86_400, random.chance(0.3),
            let current = sprint(containing: now)
        {
            events.append(SprintEvent(sprint: current, added: true, at: max(created, sprints[current].start) + 600))
        }
        // Stays can overlap (a reopened issue planned into a sprint before its last stay ended):
        // the Sprint field's history is replayed in time order, so the events must be in it too.
        return events.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
    }

    /// The events of one stay in the flow, from `start` until the issue went back to To Do
    /// (`backToDo`), finished before a sprint closed, or the export.
    private func segment(
        from start: Int, backToDo: Int?, history: [Transition], created: Int, random: inout SplitMix64
    ) -> [SprintEvent] {
        guard var current = sprint(containing: start) else { return [] }
        let sprintStart = sprints[current].start
        let planned = created < sprintStart - 3600 && start >= sprintStart && random.chance(0.75)
        let addedAt = planned ? sprintStart - 600 - random.int(below: 3000) : start
        var events = [SprintEvent(sprint: current, added: true, at: addedAt)]
        while true {
            let closed = sprints[current].completed ?? Int.max
            if let backToDo, backToDo <= closed {
                events.append(SprintEvent(sprint: current, added: false, at: backToDo))
                break
            }
            guard closed != Int.max, status(in: history, at: closed).category != .done,
                let position = teamSprints.firstIndex(of: current), position + 1 < teamSprints.count
            else { break }
            current = teamSprints[position + 1]
            events.append(SprintEvent(sprint: current, added: true, at: closed))
        }
        return events
    }

    /// The team's sprint running at `instant`: the last one started at or before it (or the
    /// first, for an instant before every sprint).
    private func sprint(containing instant: Int) -> Int? {
        var result = teamSprints.first
        for index in teamSprints where sprints[index].start <= instant { result = index }
        return result
    }

    private func status(in history: [Transition], at instant: Int) -> WorkflowStatus {
        var result = WorkflowStatus.toDo
        for change in history where change.at <= instant { result = change.to }
        return result
    }
}
