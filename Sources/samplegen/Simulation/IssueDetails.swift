/// Fills in everything about an issue besides its history and sprints: texts, people,
/// labels, components, fix versions, comments, dates and estimates.
struct IssueDetails {
    let organisation: Organisation
    let hours: WorkingHours
    var random: SplitMix64

    /// Fills `issue`; `parentTopic` is the parent's topic for a sub-task.
    mutating func fill(_ issue: inout SimIssue, parentTopic: String?, epicNumber: Int) {
        let team = organisation.teams[issue.team]
        var text = TextFactory(random: random.fork())
        issue.topic = parentTopic ?? text.topic(team: issue.team)
        issue.summary = text.summary(kind: issue.kind, team: issue.team, feature: issue.topic, epicNumber: epicNumber)
        issue.description =
            random.chance(0.2) ? "" : text.description(kind: issue.kind, team: issue.team, feature: issue.topic)
        if issue.kind == .bug && random.chance(0.5) { issue.environment = text.environment() }
        issue.labels = labels(team: team)
        issue.components = components(team: team, kind: issue.kind)
        issue.fixVersions = fixVersions(for: issue)
        issue.comments = comments(for: issue, team: team, text: &text)
        issue.watchers = watchers(for: issue)
        let lastChange = max(
            issue.history.last?.at ?? issue.created, issue.comments.last?.at ?? 0, issue.sprintEvents.last?.at ?? 0)
        issue.updated = lastChange
        if random.chance(0.3) {
            let edited = hours.snap(lastChange + Int(random.skewed(mean: 2) * 86_400), random: &random)
            if edited <= organisation.exportTime { issue.updated = edited }
        }
        if random.chance(0.3) {
            let viewed = hours.snap(
                issue.updated + random.int(below: max(1, organisation.exportTime - issue.updated)), random: &random)
            issue.lastViewed = min(viewed, organisation.exportTime)
        }
        if random.chance(0.08) {
            let day = hours.day(of: issue.created).advanced(by: random.int(in: 7...40))
            issue.dueDate = hours.instant(on: day, hour: 0)
        }
        if let started = issue.firstStarted, random.chance(0.5) {
            issue.startDate = hours.instant(on: hours.day(of: started), hour: 0)
        }
        if let points = issue.storyPoints, random.chance(0.15) {
            issue.originalEstimate = Int(points * 4) * 3600
            if issue.status == .done && random.chance(0.6) {
                issue.timeSpent = Int(points * Double(random.int(in: 2...7))) * 3600
            }
        }
        issue.hasPullRequest = issue.status == .done && issue.kind != .epic && random.chance(0.45)
        issue.rank = random.int(below: 36 * 36 * 36 * 36 * 36)
        issue.extraSeed = random.next()
    }

    private mutating func labels(team: Team) -> [String] {
        var labels: [String] = []
        if random.chance(0.4) { labels.append(random.pick(team.favouriteLabels)) }
        let extra = random.pick(weighted: [(0, 50), (1, 35), (2, 15)])
        for _ in 0..<extra {
            let label = random.pick(Catalogue.sharedLabels)
            if !labels.contains(label) { labels.append(label) }
        }
        return labels
    }

    private mutating func components(team: Team, kind: IssueKind) -> [String] {
        let roll = random.unit()
        if roll < (kind == .epic ? 0.5 : 0.12) { return [] }
        let first = random.pick(team.components)
        if roll > 0.92 {
            let second = random.pick(team.components)
            if second != first { return [first, second] }
        }
        return [first]
    }

    /// Delivered items carry the release of the sprint they finished in (a few also a hotfix
    /// release); a third of open items are planned for the team's next release.
    private mutating func fixVersions(for issue: SimIssue) -> [Int] {
        let teamReleases = organisation.releases.indices.filter { organisation.releases[$0].team == issue.team }
        if issue.status == .done, issue.resolution != .duplicate, let finished = issue.history.last?.at {
            guard let release = teamReleases.first(where: { organisation.releases[$0].date >= finished }) else {
                return []
            }
            if random.chance(0.04), let position = teamReleases.firstIndex(of: release),
                position + 1 < teamReleases.count
            {
                return [release, teamReleases[position + 1]]
            }
            return [release]
        }
        if issue.status.category == .inProgress && random.chance(0.33),
            let next = teamReleases.first(where: { organisation.releases[$0].date >= organisation.exportTime })
        {
            return [next]
        }
        return []
    }

    private mutating func comments(for issue: SimIssue, team: Team, text: inout TextFactory) -> [IssueComment] {
        let count = random.pick(weighted: [(0, 50), (1, 30), (2, 12), (3, 8)])
        let first = issue.created + 600
        let last = max(first + 3600, issue.history.last?.at ?? first)
        var times: [Int] = []
        for _ in 0..<count {
            let at = hours.snap(first + random.int(below: last - first), random: &random)
            if at <= organisation.exportTime { times.append(at) }
        }
        times.sort()
        return times.map { at in
            let author = random.chance(0.7) ? random.pick(team.members) : issue.reporter
            return IssueComment(id: 0, author: author, at: at, body: text.comment())
        }
    }

    private mutating func watchers(for issue: SimIssue) -> [Int] {
        var watchers = [issue.reporter]
        if let assignee = issue.assignee, assignee != issue.reporter { watchers.append(assignee) }
        if random.chance(0.15) {
            let extra = random.int(below: organisation.people.count)
            if !watchers.contains(extra) { watchers.append(extra) }
        }
        return watchers.sorted { organisation.people[$0].name < organisation.people[$1].name }
    }
}
