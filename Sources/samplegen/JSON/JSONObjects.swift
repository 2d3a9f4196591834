/// The small objects REST JSON repeats everywhere — people, statuses, issue types, priorities,
/// projects — written the way Jira Cloud's API v2 does (trimmed of avatar URLs).
struct JSONObjects {
    let organisation: Organisation

    private var site: String { JiraRSSWriter.site }

    /// A user: `self`, `accountId`, `displayName`, `active`, `timeZone`, `accountType`.
    func writePerson(_ index: Int, to file: inout OutputFile) {
        let person = organisation.people[index]
        file.write("{\"self\":\"\(site)/rest/api/2/user?accountId=")
        file.write(person.accountID.replacingColon())
        file.write("\",\"accountId\":")
        file.writeJSONString(person.accountID)
        file.write(",\"displayName\":")
        file.writeJSONString(person.name)
        file.write(",\"active\":true,\"timeZone\":")
        file.writeJSONString(organisation.zone.identifier)
        file.write(",\"accountType\":\"atlassian\"}")
    }

    func writeStatus(_ status: WorkflowStatus, to file: inout OutputFile) {
        let category = status.category
        file.write(
            "{\"self\":\"\(site)/rest/api/2/status/\(status.id)\",\"description\":\"\",\"iconUrl\":\"\(site)/\",")
        file.write("\"name\":")
        file.writeJSONString(status.name)
        file.write(",\"id\":\"\(status.id)\",\"statusCategory\":{\"self\":\"\(site)/rest/api/2/statuscategory/")
        file.write(category.jiraID)
        file.write("\",\"id\":\(category.jiraID),\"key\":\"\(category.jiraKey)\",\"colorName\":\"")
        file.write(category.jiraColorName)
        file.write("\",\"name\":")
        file.writeJSONString(category.rawValue)
        file.write("}}")
    }

    func writeIssueType(_ kind: IssueKind, to file: inout OutputFile) {
        let level = kind == .epic ? 1 : (kind == .subTask ? -1 : 0)
        file.write("{\"self\":\"\(site)/rest/api/2/issuetype/\(kind.id)\",\"id\":\"\(kind.id)\",\"description\":\"\",")
        file.write("\"iconUrl\":\"\(site)/rest/api/2/universal_avatar/view/type/issuetype/avatar/1031\(kind.rawValue)")
        file.write("?size=medium\",\"name\":")
        file.writeJSONString(kind.name)
        file.write(",\"subtask\":\(kind == .subTask),\"avatarId\":1031\(kind.rawValue),\"hierarchyLevel\":\(level)}")
    }

    func writePriority(_ priority: Priority, to file: inout OutputFile) {
        file.write("{\"self\":\"\(site)/rest/api/2/priority/\(priority.id)\",\"iconUrl\":\"")
        file.write("\(site)/images/icons/priorities/\(priority.iconName)\",\"name\":\"\(priority.name)\",")
        file.write("\"id\":\"\(priority.id)\"}")
    }

    func writeProject(_ team: Team, to file: inout OutputFile) {
        file.write("{\"self\":\"\(site)/rest/api/2/project/\(team.projectID)\",\"id\":\"\(team.projectID)\",")
        file.write("\"key\":\"\(team.key)\",\"name\":")
        file.writeJSONString(team.name)
        file.write(",\"projectTypeKey\":\"software\",\"simplified\":false}")
    }

    /// `{id, key, self, fields: {summary, status, priority, issuetype}}`, as `parent` and `subtasks` list an issue.
    func writeIssueReference(_ issue: SimIssue, to file: inout OutputFile) {
        file.write("{\"id\":\"")
        file.write(number: issue.id)
        file.write("\",\"key\":\"\(issue.key)\",\"self\":\"\(site)/rest/api/2/issue/")
        file.write(number: issue.id)
        file.write("\",\"fields\":{\"summary\":")
        file.writeJSONString(issue.summary)
        file.write(",\"status\":")
        writeStatus(issue.status, to: &file)
        file.write(",\"priority\":")
        writePriority(issue.priority, to: &file)
        file.write(",\"issuetype\":")
        writeIssueType(issue.kind, to: &file)
        file.write("}}")
    }
}

extension String {
    /// The text with `:` percent-encoded, for account ids in URLs.
    fileprivate func replacingColon() -> String {
        contains(":") ? split(separator: ":", omittingEmptySubsequences: false).joined(separator: "%3A") : self
    }
}
