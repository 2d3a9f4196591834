/// The `<customfields>` block of one RSS item, in custom field id order, leaving out fields
/// the issue has no value for (as Jira does, except `Development`, which is always there).
struct RSSCustomFields {
    let issue: SimIssue
    let organisation: Organisation
    let extras: [ExtraField]

    private enum Key {
        static let development = "com.atlassian.jira.plugins.jira-development-integration-plugin:devsummarycf"
        static let team = "com.atlassian.jira.plugin.system.customfieldtypes:atlassian-team"
        static let epicLink = "com.pyxis.greenhopper.jira:gh-epic-link"
        static let datePicker = "com.atlassian.jira.plugin.system.customfieldtypes:datepicker"
        static let rank = "com.pyxis.greenhopper.jira:gh-lexo-rank"
        static let sprint = "com.pyxis.greenhopper.jira:gh-sprint"
        static let timeInStatus = "com.atlassian.jira.ext.charting:timeinstatus"
        static let float = "com.atlassian.jira.plugin.system.customfieldtypes:float"
    }

    func write(to file: inout OutputFile) {
        file.write("                <customfields>\n")
        open("customfield_10000", Key.development, "Development", to: &file)
        if issue.hasPullRequest { value(FieldText.mergedPullRequest, to: &file) }
        close(to: &file)
        let team = organisation.teams[issue.team]
        open("customfield_10001", Key.team, "Team", to: &file)
        file.write("                            <customfieldvalue id=\"\(team.teamID)\">")
        file.writeXMLText(team.name)
        file.write("</customfieldvalue>\n")
        close(to: &file)
        if let epic = issue.epic {
            open("customfield_10014", Key.epicLink, "Epic Link", to: &file)
            file.write("                            <customfieldvalue key=\"$xmlutils.escape($text)\">")
            file.write(organisation.issues[epic].key)
            file.write("</customfieldvalue>\n")
            close(to: &file)
        }
        if let start = issue.startDate {
            open("customfield_10015", Key.datePicker, "Start date", to: &file)
            dateValue(start, to: &file)
            close(to: &file)
        }
        open("customfield_10019", Key.rank, "Rank", to: &file)
        value(FieldText.rank(issue.rank), to: &file)
        close(to: &file)
        let sprints = issue.sprints
        if !sprints.isEmpty {
            open("customfield_10020", Key.sprint, "Sprint", to: &file)
            for index in sprints {
                let sprint = organisation.sprints[index]
                file.write("                                <customfieldvalue id=\"\(sprint.id)\">")
                file.writeXMLText(sprint.name)
                file.write("</customfieldvalue>\n")
            }
            close(to: &file)
        }
        open("customfield_10025", Key.timeInStatus, "[CHART] Time in Status", to: &file)
        value(
            issue.timeInStatus.map { "\($0.status.id)_*:*_\($0.timesEntered)_*:*_\($0.milliseconds)" }
                .joined(separator: "_*|*_"), to: &file)
        close(to: &file)
        if let points = issue.storyPoints {
            open("customfield_10028", Key.float, "Story Points", to: &file)
            value(FieldText.number(points), to: &file)
            close(to: &file)
        }
        for field in extras { writeExtra(field, to: &file) }
        file.write("                                    </customfields>\n")
    }

    private func writeExtra(_ field: ExtraField, to file: inout OutputFile) {
        let fieldValue = field.value(for: issue, organisation: organisation)
        if case .none = fieldValue { return }
        open(field.id, field.type.jiraKey, field.name, to: &file)
        switch fieldValue {
        case .none: break
        case .text(let text): value(text, to: &file)
        case .option(let text, let id):
            file.write("                                <customfieldvalue key=\"\(id)\"><![CDATA[")
            file.write(text)
            file.write("]]></customfieldvalue>\n")
        case .date(let instant): dateValue(instant, to: &file)
        }
        close(to: &file)
    }

    private func open(_ id: String, _ key: String, _ name: String, to file: inout OutputFile) {
        file.write("                        <customfield id=\"\(id)\" key=\"\(key)\">\n")
        file.write("                        <customfieldname>")
        file.writeXMLText(name)
        file.write("</customfieldname>\n                        <customfieldvalues>\n")
    }

    private func value(_ text: String, to file: inout OutputFile) {
        file.write("                            <customfieldvalue>")
        file.writeXMLText(text)
        file.write("</customfieldvalue>\n")
    }

    private func dateValue(_ instant: Int, to file: inout OutputFile) {
        file.write("                            <customfieldvalue>")
        file.writeRFC822(instant, zone: organisation.zone)
        file.write("</customfieldvalue>\n")
    }

    private func close(to file: inout OutputFile) {
        file.write("\n                        </customfieldvalues>\n                    </customfield>\n")
    }
}
