/// The site's configuration rows that issues refer to by id: projects, issue types, statuses
/// (with Jira's fixed status category ids 2, 4, 3), resolutions, priorities and the custom
/// fields the Jira Software site has.
enum BackupCatalogue {
    /// (id, type key, searcher key, name) of the custom fields; the ids are the RSS export's.
    static let customFields: [(Int, String, String, String)] = [
        (
            10_000, "com.atlassian.jira.plugins.jira-development-integration-plugin:devsummarycf",
            "com.atlassian.jira.plugins.jira-development-integration-plugin:devsummarysearcher", "Development"
        ),
        (
            10_015, "com.atlassian.jira.plugin.system.customfieldtypes:datepicker",
            "com.atlassian.jira.plugin.system.customfieldtypes:daterange", "Start date"
        ),
        (10_019, "com.pyxis.greenhopper.jira:gh-lexo-rank", "com.pyxis.greenhopper.jira:gh-lexo-rank-searcher", "Rank"),
        (10_020, "com.pyxis.greenhopper.jira:gh-sprint", "com.pyxis.greenhopper.jira:gh-sprint-searcher", "Sprint"),
        (
            10_028, "com.atlassian.jira.plugin.system.customfieldtypes:float",
            "com.atlassian.jira.plugin.system.customfieldtypes:exactnumber", "Story Points"
        ),
    ]

    static let rankField = 10_019
    static let sprintField = 10_020
    static let storyPointsField = 10_028
    static let startDateField = 10_015

    static func writeCustomFields(to file: inout OutputFile) {
        for (id, type, searcher, name) in customFields {
            var element = BackupElement("CustomField", file: &file)
            element.attribute("id", number: id, file: &file)
            element.attribute("customfieldtypekey", type, file: &file)
            element.attribute("customfieldsearcherkey", searcher, file: &file)
            element.attribute("name", name, file: &file)
            element.attribute("description", name == "Sprint" ? "Jira Software sprint field" : "", file: &file)
            element.close(file: &file)
        }
    }

    static func writeIssueTypes(to file: inout OutputFile) {
        for kind in IssueKind.allCases {
            var element = BackupElement("IssueType", file: &file)
            element.attribute("id", kind.id, file: &file)
            element.attribute("sequence", number: kind.rawValue + 1, file: &file)
            element.attribute("name", kind.name, file: &file)
            if kind == .subTask { element.attribute("style", "jira_subtask", file: &file) }
            element.attribute("description", "", file: &file)
            element.attribute("avatar", number: 10_310 + kind.rawValue, file: &file)
            element.close(file: &file)
        }
    }

    static func writePriorities(to file: inout OutputFile) {
        let colours = ["#ff7452", "#ff8f73", "#ffab00", "#2684ff", "#0065ff"]
        for priority in Priority.allCases {
            var element = BackupElement("Priority", file: &file)
            element.attribute("id", priority.id, file: &file)
            element.attribute("sequence", number: priority.rawValue, file: &file)
            element.attribute("name", priority.name, file: &file)
            element.attribute("description", "", file: &file)
            element.attribute("iconurl", "/images/icons/priorities/\(priority.name.lowercased()).svg", file: &file)
            element.attribute("statusColor", colours[priority.rawValue - 1], file: &file)
            element.close(file: &file)
        }
    }

    static func writeProjects(_ organisation: Organisation, lastNumbers: [Int], to file: inout OutputFile) {
        for (index, team) in organisation.teams.enumerated() {
            var element = BackupElement("Project", file: &file)
            element.attribute("id", team.projectID, file: &file)
            element.attribute("name", team.name, file: &file)
            element.attribute("url", "", file: &file)
            element.attribute("lead", BackupUsers.key(team.lead), file: &file)
            element.attribute("description", team.projectDescription, file: &file)
            element.attribute("key", team.key, file: &file)
            element.attribute("counter", number: lastNumbers[index], file: &file)
            element.attribute("assigneetype", number: 3, file: &file)
            element.attribute("avatar", number: 10_400 + index, file: &file)
            element.attribute("originalkey", team.key, file: &file)
            element.attribute("projecttype", "software", file: &file)
            element.close(file: &file)
        }
    }

    static func writeResolutions(to file: inout OutputFile) {
        let descriptions = [
            "Work has been completed on this issue.", "This issue won't be actioned.",
            "The problem is a duplicate of an existing issue.",
        ]
        for resolution in Resolution.allCases {
            var element = BackupElement("Resolution", file: &file)
            element.attribute("id", resolution.id, file: &file)
            element.attribute("sequence", number: resolution.rawValue + 1, file: &file)
            element.attribute("name", resolution.name, file: &file)
            element.attribute("description", descriptions[resolution.rawValue], file: &file)
            element.close(file: &file)
        }
    }

    static func writeStatuses(queues: Bool, to file: inout OutputFile) {
        for status in WorkflowStatus.workflow(queues: queues) {
            var element = BackupElement("Status", file: &file)
            element.attribute("id", status.id, file: &file)
            element.attribute("sequence", number: status.rawValue + 1, file: &file)
            element.attribute("name", status.name, file: &file)
            element.attribute("description", "", file: &file)
            element.attribute("iconurl", "/images/icons/statuses/generic.png", file: &file)
            element.attribute("statuscategory", status.category.jiraID, file: &file)
            element.close(file: &file)
        }
    }
}
