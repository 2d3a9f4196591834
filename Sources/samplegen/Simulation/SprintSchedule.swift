import FlowModel

/// Lays out every team's two-week sprints and the release shipped at the end of each.
///
/// A team's sprint starts at about 10:00 on its start day; the sprint before it is closed
/// that morning at about 09:30 (so the two never overlap), and what was not finished moves on.
/// Sprints are laid out from before the period until one sprint after the export, which is
/// left in the future.
struct SprintSchedule {
    let sprints: [SprintInfo]
    let releases: [Release]

    init(teams: [Team], periodStart: Day, exportTime: Int, hours: WorkingHours, random: inout SplitMix64) {
        var drafts: [(team: Int, number: Int, start: Int, end: Int, completed: Int?)] = []
        for (teamIndex, team) in teams.enumerated() {
            var startDay = periodStart.advanced(by: team.sprintStartOffset - (team.sprintStartOffset > 0 ? 14 : 0))
            var number = team.firstSprintNumber
            while true {
                let start = hours.instant(on: startDay, hour: 10, minute: random.int(below: 20))
                let nextDay = startDay.advanced(by: 14)
                let end = hours.instant(on: nextDay, hour: 9)
                let closing = hours.instant(on: nextDay, hour: 9, minute: 20 + random.int(below: 30))
                let completed = closing <= exportTime ? closing : nil
                drafts.append((teamIndex, number, start, end, completed))
                if start > exportTime { break }
                startDay = nextDay
                number += 1
            }
        }
        drafts.sort { ($0.start, $0.team) < ($1.start, $1.team) }
        var sprints: [SprintInfo] = []
        var releases: [Release] = []
        for (position, draft) in drafts.enumerated() {
            let team = teams[draft.team]
            sprints.append(
                SprintInfo(
                    id: 41 + position, team: draft.team, name: "\(team.key) Sprint \(draft.number)",
                    start: draft.start, end: draft.end, completed: draft.completed))
            releases.append(
                Release(
                    id: 10_200 + position, team: draft.team,
                    name: team.versionPrefix + String(draft.number - team.firstSprintNumber + 3),
                    date: draft.end))
        }
        self.sprints = sprints
        self.releases = releases
    }
}
