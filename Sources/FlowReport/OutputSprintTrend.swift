/// Each team's sprints side by side, oldest → newest, shared by the HTML and Markdown reports: a teams ×
/// sprints matrix of velocity (items and points), say/do and carry-over. It formats the rows' numbers only.
enum OutputSprintTrend {
    /// One team's line of the matrix: each cell lists the sprints' values joined by ` → `.
    struct Line {
        var team: String
        /// First and last sprint names (`PAY Sprint 15 → PAY Sprint 20`).
        var span: String
        var completed: String
        var points: String
        var sayDo: String
        var carriedOver: String
    }

    static let heading = "Sprint trend by team"

    static let lead =
        "Each team's sprints from oldest to newest: velocity in items and story points completed inside the "
        + "sprint, say/do and items carried over to a later sprint."

    /// Said under the matrix when some sprint's "committed" came from the items' creation dates.
    static let fallbackNote =
        "No sprint-change history for some sprints: committed counts the items created before the sprint "
        + "started, added those created while it ran, and removals are unknown."

    static let separator = " → "

    /// One line per team, in the rows' order of teams, each team's sprints in the rows' order.
    static func lines(_ rows: [SprintRow]) -> [Line] {
        var teams: [String] = []
        var byTeam: [String: [SprintRow]] = [:]
        for row in rows {
            if byTeam[row.team] == nil { teams.append(row.team) }
            byTeam[row.team, default: []].append(row)
        }
        return teams.compactMap { team in
            guard let sprints = byTeam[team], let first = sprints.first, let last = sprints.last else { return nil }
            return Line(
                team: team,
                span: sprints.count == 1 ? first.sprint : first.sprint + separator + last.sprint,
                completed: sprints.map { OutputText.count($0.completed) }.joined(separator: separator),
                points: sprints.map { OutputText.amount($0.pointsCompleted) }.joined(separator: separator),
                sayDo: sprints.map { OutputText.percent($0.sayDo) }.joined(separator: separator),
                carriedOver: sprints.map { OutputText.count($0.carriedOver) }.joined(separator: separator))
        }
    }

    /// A line's cell in the pieces a narrow cell may break between, each keeping its arrow: `5 →`, `7 →`, `12`.
    static func pieces(_ cell: String) -> [String] {
        let values = cell.components(separatedBy: separator)
        return values.indices.map { index in
            index < values.count - 1 ? values[index] + separator.dropLast() : values[index]
        }
    }

    /// True when a note should say that "committed" came from creation dates.
    static func needsFallbackNote(_ rows: [SprintRow]) -> Bool { rows.contains { !$0.fromHistory } }
}
