/// The rows that tie issues to their components and labels in a site backup: each project's `Component`s,
/// one `Label` per label of an issue, and one `NodeAssociation` (`IssueComponent`) per component of an issue.
struct BackupIssueLinks {
    let organisation: Organisation

    /// The id of team `team`'s component at `index` in its list.
    static func componentID(team: Int, index: Int) -> Int { 10_000 + 100 * team + index }

    /// Every project's components; returns how many.
    func writeComponents(to file: inout OutputFile) -> Int {
        var count = 0
        for (teamIndex, team) in organisation.teams.enumerated() {
            for (index, name) in team.components.enumerated() {
                var element = BackupElement("Component", file: &file)
                element.attribute("id", number: Self.componentID(team: teamIndex, index: index), file: &file)
                element.attribute("project", team.projectID, file: &file)
                element.attribute("name", name, file: &file)
                element.attribute("assigneetype", number: 0, file: &file)
                element.close(file: &file)
                count += 1
            }
        }
        return count
    }

    /// One `Label` row per label of each issue, numbered from 10 000; returns how many.
    func writeLabels(to file: inout OutputFile) -> Int {
        var id = 10_000
        for issue in organisation.issues {
            for label in issue.labels {
                var element = BackupElement("Label", file: &file)
                element.attribute("id", number: id, file: &file)
                element.attribute("issue", number: issue.id, file: &file)
                element.attribute("label", label, file: &file)
                element.close(file: &file)
                id += 1
            }
        }
        return id - 10_000
    }

    /// One `IssueComponent` association per component of each issue; returns how many.
    func writeComponentAssociations(to file: inout OutputFile) -> Int {
        var count = 0
        for issue in organisation.issues {
            let components = organisation.teams[issue.team].components
            for name in issue.components {
                guard let index = components.firstIndex(of: name) else { continue }
                var element = BackupElement("NodeAssociation", file: &file)
                element.attribute("sourceNodeId", number: issue.id, file: &file)
                element.attribute("sourceNodeEntity", "Issue", file: &file)
                element.attribute("sinkNodeId", number: Self.componentID(team: issue.team, index: index), file: &file)
                element.attribute("sinkNodeEntity", "Component", file: &file)
                element.attribute("associationType", "IssueComponent", file: &file)
                element.close(file: &file)
                count += 1
            }
        }
        return count
    }
}
