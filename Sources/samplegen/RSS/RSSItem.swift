/// One issue's `<item>` in the RSS export, element by element in Jira's order.
struct RSSItem {
    let issue: SimIssue
    let organisation: Organisation
    let extras: [ExtraField]
    /// Indexes of the issue's sub-tasks.
    let subtasks: [Int]

    private var team: Team { organisation.teams[issue.team] }
    private var site: String { JiraRSSWriter.site }

    func write(to file: inout OutputFile) {
        file.write("<item>\n            <title>[")
        file.write(issue.key)
        file.write("] ")
        file.writeXMLText(issue.summary)
        file.write("</title>\n                <link>\(site)/browse/\(issue.key)</link>\n")
        file.write("                <project id=\"\(team.projectID)\" key=\"\(team.key)\">")
        file.writeXMLText(team.name)
        file.write("</project>\n                    <description>")
        WikiHTMLWriter.write(issue.description, to: &file)
        file.write("</description>\n                <environment>")
        file.writeXMLText(issue.environment)
        file.write("</environment>\n        <key id=\"\(issue.id)\">\(issue.key)</key>\n            <summary>")
        file.writeXMLText(issue.summary)
        file.write("</summary>\n                <type id=\"\(issue.kind.id)\" iconUrl=\"")
        file.write(
            "\(site)/rest/api/2/universal_avatar/view/type/issuetype/avatar/1031\(issue.kind.rawValue)?size=medium\">")
        file.writeXMLText(issue.kind.name)
        file.write("</type>\n")
        if let parent = issue.parent.map({ organisation.issues[$0] }) {
            file.write("                            <parent id=\"\(parent.id)\">\(parent.key)</parent>\n")
        }
        writeStatus(to: &file)
        writePeople(to: &file)
        writeLabels(to: &file)
        writeDates(to: &file)
        writeVersionsAndComponents(to: &file)
        writeCounts(to: &file)
        writeComments(to: &file)
        writeSubtasks(to: &file)
        RSSCustomFields(issue: issue, organisation: organisation, extras: extras).write(to: &file)
        file.write("    </item>\n\n")
    }

    private func writeStatus(to file: inout OutputFile) {
        let status = issue.status
        let priority = issue.priority
        file.write("                                    <priority id=\"\(priority.id)\" iconUrl=\"")
        file.write("\(site)/images/icons/priorities/\(priority.iconName)\">\(priority.name)</priority>\n")
        file.write("                        <status id=\"\(status.id)\" iconUrl=\"\(site)/\" description=\"\">")
        file.writeXMLText(status.name)
        file.write("</status>\n                    <statusCategory id=\"\(status.category.jiraID)\" ")
        file.write("key=\"\(status.category.jiraKey)\" colorName=\"\(status.category.jiraColorName)\"/>\n")
        if let resolution = issue.resolution {
            file.write("                                    <resolution id=\"\(resolution.id)\">")
            file.writeXMLText(resolution.name)
            file.write("</resolution>\n")
        } else {
            file.write("                                    <resolution id=\"-1\">Unresolved</resolution>\n")
        }
    }

    private func writePeople(to file: inout OutputFile) {
        if let assignee = issue.assignee {
            writePerson("assignee", organisation.people[assignee], indent: 24, to: &file)
        } else {
            file.write(String(repeating: " ", count: 56) + "<assignee accountid=\"-1\">Unassigned</assignee>\n")
        }
        writePerson("reporter", organisation.people[issue.reporter], indent: 24, to: &file)
    }

    private func writePerson(_ element: String, _ person: Person, indent: Int, to file: inout OutputFile) {
        file.write(String(repeating: " ", count: indent))
        file.write("<\(element) accountid=\"")
        file.writeXMLAttribute(person.accountID)
        file.write("\">")
        file.writeXMLText(person.name)
        file.write("</\(element)>\n")
    }

    private func writeLabels(to file: inout OutputFile) {
        file.write("                                    <labels>\n")
        for label in issue.labels {
            file.write("                            <label>")
            file.writeXMLText(label)
            file.write("</label>\n")
        }
        file.write("                    </labels>\n")
    }

    private func writeDates(to file: inout OutputFile) {
        file.write("                <created>")
        file.writeRFC822(issue.created, zone: organisation.zone)
        file.write("</created>\n                <updated>")
        file.writeRFC822(issue.updated, zone: organisation.zone)
        file.write("</updated>\n")
        if let resolved = issue.resolved {
            file.write("                            <resolved>")
            file.writeRFC822(resolved, zone: organisation.zone)
            file.write("</resolved>\n")
        }
    }

    private func writeVersionsAndComponents(to file: inout OutputFile) {
        for release in issue.fixVersions {
            file.write("                        <fixVersion>")
            file.writeXMLText(organisation.releases[release].name)
            file.write("</fixVersion>\n")
        }
        for component in issue.components {
            file.write("                        <component>")
            file.writeXMLText(component)
            file.write("</component>\n")
        }
        if let due = issue.dueDate {
            file.write("                            <due>")
            file.writeRFC822(due, zone: organisation.zone)
            file.write("</due>\n")
        } else {
            file.write("                            <due></due>\n")
        }
    }

    private func writeCounts(to file: inout OutputFile) {
        file.write("                            <votes>0</votes>\n")
        file.write("                                    <watches>\(issue.watchers.count)</watches>\n")
        if let estimate = issue.originalEstimate {
            let remaining = max(0, estimate - (issue.timeSpent ?? 0))
            file.write("                                    <timeoriginalestimate seconds=\"\(estimate)\">")
            file.write(FieldText.duration(seconds: estimate) + "</timeoriginalestimate>\n")
            file.write("                            <timeestimate seconds=\"\(remaining)\">")
            file.write(FieldText.duration(seconds: remaining) + "</timeestimate>\n")
            if let spent = issue.timeSpent {
                file.write("                            <timespent seconds=\"\(spent)\">")
                file.write(FieldText.duration(seconds: spent) + "</timespent>\n")
            }
        }
    }

    private func writeComments(to file: inout OutputFile) {
        guard !issue.comments.isEmpty else { return }
        file.write("                        <comments>\n")
        for comment in issue.comments {
            file.write("                        <comment id=\"\(comment.id)\" author=\"")
            file.writeXMLAttribute(organisation.people[comment.author].accountID)
            file.write("\" created=\"")
            file.writeRFC822(comment.at, zone: organisation.zone)
            file.write("\"  >")
            WikiHTMLWriter.write(comment.body, to: &file)
            file.write("</comment>\n")
        }
        file.write("                    </comments>\n")
    }

    private func writeSubtasks(to file: inout OutputFile) {
        file.write(
            "                    <attachments>\n                    </attachments>\n                <subtasks>\n")
        for child in subtasks {
            let subtask = organisation.issues[child]
            file.write("                            <subtask id=\"\(subtask.id)\">\(subtask.key)</subtask>\n")
        }
        file.write("                    </subtasks>\n")
    }
}
