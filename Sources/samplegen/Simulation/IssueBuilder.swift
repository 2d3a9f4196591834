/// Creates issues one at a time, in creation order, each linked only to issues created before it.
struct IssueBuilder {
    private let organisation: Organisation
    private let hours: WorkingHours
    private var issues: [SimIssue] = []
    private var nextNumber: [Int]
    /// Per team: epics, and stories/tasks/bugs that can own sub-tasks, most recent last.
    private var epics: [[Int]]
    private var parents: [[Int]]
    private let planners: [SprintPlanner]
    /// Whether hand-offs pass through queue statuses (see ``StatusWalk``).
    private let queues: Bool

    init(organisation: Organisation, hours: WorkingHours, queues: Bool = false) {
        self.organisation = organisation
        self.hours = hours
        self.queues = queues
        nextNumber = organisation.teams.map(\.firstIssueNumber)
        epics = organisation.teams.map { _ in [] }
        parents = organisation.teams.map { _ in [] }
        planners = organisation.teams.indices.map {
            SprintPlanner(
                sprints: organisation.sprints, teamSprints: organisation.sprints(of: $0), now: organisation.exportTime)
        }
    }

    mutating func add(team: Int, kind drawnKind: IssueKind, created: Int, random seed: SplitMix64) {
        var random = seed
        let index = issues.count
        let candidates = parents[team].suffix(15).filter { issues[$0].status(at: created).category != .done }
        let kind = drawnKind == .subTask && candidates.isEmpty ? IssueKind.task : drawnKind
        let teamInfo = organisation.teams[team]
        var issue = SimIssue(
            index: index, id: 10_000 + 3 * index + random.int(below: 3), key: "\(teamInfo.key)-\(nextNumber[team])",
            team: team, kind: kind, created: created)
        nextNumber[team] += 1

        if kind == .subTask { issue.parent = random.pick(candidates) }
        if kind != .epic && kind != .subTask && random.chance(0.65) {
            let open = epics[team].suffix(5).filter { issues[$0].status(at: created).category != .done }
            if !open.isEmpty { issue.epic = random.pick(open) }
        }
        issue.storyPoints = storyPoints(kind: kind, random: &random)
        issue.priority = priority(kind: kind, random: &random)
        issue.reporter = random.chance(0.5) ? teamInfo.lead : random.pick(teamInfo.members + Catalogue.reporters)
        let worker = random.pick(teamInfo.members)

        var walk = StatusWalk(
            random: random.fork(), hours: hours, now: organisation.exportTime, kind: kind,
            size: 0.5 + (issue.storyPoints ?? 2.5) / 5, doneResolution: teamInfo.setsResolution ? .done : nil,
            actor: kind == .epic ? teamInfo.lead : worker)
        walk.queues = queues
        issue.history = walk.run(created: created, reporter: issue.reporter)
        if issue.history.count > 1 || random.chance(0.35) { issue.assignee = kind == .epic ? teamInfo.lead : worker }

        if let parent = issue.parent {
            issue.sprintEvents = inheritedSprints(from: issues[parent], created: created)
        } else if kind != .epic {
            issue.sprintEvents = planners[team].events(for: issue.history, created: created, random: &random)
        }
        var details = IssueDetails(organisation: organisation, hours: hours, random: random.fork())
        details.fill(&issue, parentTopic: issue.parent.map { issues[$0].topic }, epicNumber: epics[team].count)

        issues.append(issue)
        switch kind {
        case .epic: epics[team].append(index)
        case .story, .task, .bug: parents[team].append(index)
        default: break
        }
    }

    /// The issues, with comment ids numbered in time order as Jira would have.
    mutating func finish() -> [SimIssue] {
        var order: [(at: Int, issue: Int, comment: Int)] = []
        for issue in issues {
            for (position, comment) in issue.comments.enumerated() { order.append((comment.at, issue.index, position)) }
        }
        order.sort { ($0.at, $0.issue, $0.comment) < ($1.at, $1.issue, $1.comment) }
        for (number, entry) in order.enumerated() {
            let old = issues[entry.issue].comments[entry.comment]
            issues[entry.issue].comments[entry.comment] = IssueComment(
                id: 20_000 + number, author: old.author, at: old.at, body: old.body)
        }
        return issues
    }

    /// A sub-task is in the sprints its parent is in: those the parent was in when the
    /// sub-task was created, then every later change.
    private func inheritedSprints(from parent: SimIssue, created: Int) -> [SprintEvent] {
        var before = parent
        before.sprintEvents = parent.sprintEvents.filter { $0.at <= created }
        let inherited = before.sprints.map { SprintEvent(sprint: $0, added: true, at: created) }
        return inherited + parent.sprintEvents.filter { $0.at > created }
    }

    private func storyPoints(kind: IssueKind, random: inout SplitMix64) -> Double? {
        switch kind {
        case .story, .technicalDebt, .security:
            return random.chance(0.92)
                ? random.pick(weighted: [(1, 10), (2, 20), (3, 25), (5, 25), (8, 14), (13, 6)]) : nil
        case .bug, .task:
            return random.chance(0.5) ? random.pick(weighted: [(0.5, 5), (1, 30), (2, 35), (3, 30)]) : nil
        case .epic, .subTask:
            return nil
        }
    }

    private func priority(kind: IssueKind, random: inout SplitMix64) -> Priority {
        switch kind {
        case .bug, .security:
            random.pick(weighted: [(.highest, 12), (.high, 33), (.medium, 40), (.low, 12), (.lowest, 3)])
        default:
            random.pick(weighted: [(.highest, 4), (.high, 18), (.medium, 58), (.low, 14), (.lowest, 6)])
        }
    }
}
