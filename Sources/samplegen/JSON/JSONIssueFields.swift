/// The `fields` object of one issue in REST JSON, with the custom fields of the RSS export
/// under the same ids.
struct JSONIssueFields {
    let issue: SimIssue
    let organisation: Organisation
    let objects: JSONObjects
    /// Indexes of the issue's sub-tasks.
    let subtasks: [Int]

    private var zone: ZoneRules { organisation.zone }
    private var site: String { JiraRSSWriter.site }

    func write(to file: inout OutputFile) {
        file.write("\"fields\":{\"statuscategorychangedate\":\"")
        file.writeJiraJSONDate(issue.statusCategoryChanged, zone: zone)
        file.write("\",\"issuetype\":")
        objects.writeIssueType(issue.kind, to: &file)
        if let parent = issue.parent ?? issue.epic {
            file.write(",\"parent\":")
            objects.writeIssueReference(organisation.issues[parent], to: &file)
        }
        file.write(",\"timespent\":")
        writeNumber(issue.timeSpent, to: &file)
        file.write(",\"project\":")
        objects.writeProject(organisation.teams[issue.team], to: &file)
        writeVersions(to: &file)
        file.write(",\"resolution\":")
        if let resolution = issue.resolution {
            file.write("{\"self\":\"\(site)/rest/api/2/resolution/\(resolution.id)\",\"id\":\"\(resolution.id)\",")
            file.write("\"description\":\"\",\"name\":")
            file.writeJSONString(resolution.name)
            file.write("}")
        } else {
            file.write("null")
        }
        writeSprints(to: &file)
        file.write(",\"customfield_10014\":")
        file.writeJSONString(orNull: issue.epic.map { organisation.issues[$0].key })
        file.write(",\"customfield_10015\":")
        writeDay(issue.startDate, to: &file)
        file.write(",\"customfield_10019\":")
        file.writeJSONString(FieldText.rank(issue.rank))
        file.write(",\"customfield_10025\":")
        file.writeJSONString(
            issue.timeInStatus.map { "\($0.status.id)_*:*_\($0.timesEntered)_*:*_\($0.milliseconds)" }
                .joined(separator: "_*|*_"))
        file.write(",\"customfield_10028\":")
        if let points = issue.storyPoints { file.write(FieldText.number(points)) } else { file.write("null") }
        let team = organisation.teams[issue.team]
        file.write(",\"customfield_10001\":{\"id\":\"\(team.teamID)\",\"name\":")
        file.writeJSONString(team.name)
        file.write(",\"title\":")
        file.writeJSONString(team.name)
        file.write(",\"isVisible\":true,\"isVerified\":false,\"isShared\":true}")
        file.write(",\"customfield_10000\":")
        file.writeJSONString(issue.hasPullRequest ? FieldText.mergedPullRequest : "{}")
        file.write(",\"resolutiondate\":")
        writeTime(issue.resolved, to: &file)
        file.write(",\"watches\":{\"self\":\"\(site)/rest/api/2/issue/\(issue.key)/watchers\",\"watchCount\":")
        file.write(number: issue.watchers.count)
        file.write(",\"isWatching\":false},\"lastViewed\":")
        writeTime(issue.lastViewed, to: &file)
        file.write(",\"created\":")
        writeTime(issue.created, to: &file)
        file.write(",\"priority\":")
        objects.writePriority(issue.priority, to: &file)
        file.write(",\"labels\":[")
        for (position, label) in issue.labels.enumerated() {
            if position > 0 { file.write(byte: UInt8(ascii: ",")) }
            file.writeJSONString(label)
        }
        file.write("],\"timeestimate\":")
        writeNumber(issue.originalEstimate.map { max(0, $0 - (issue.timeSpent ?? 0)) }, to: &file)
        file.write(",\"timeoriginalestimate\":")
        writeNumber(issue.originalEstimate, to: &file)
        file.write(",\"assignee\":")
        writePerson(issue.assignee, to: &file)
        file.write(",\"updated\":")
        writeTime(issue.updated, to: &file)
        file.write(",\"status\":")
        objects.writeStatus(issue.status, to: &file)
        writeComponents(to: &file)
        file.write(",\"description\":")
        file.writeJSONString(orNull: issue.description.isEmpty ? nil : issue.description)
        file.write(",\"summary\":")
        file.writeJSONString(issue.summary)
        file.write(",\"creator\":")
        writePerson(issue.reporter, to: &file)
        file.write(",\"subtasks\":[")
        for (position, child) in subtasks.enumerated() {
            if position > 0 { file.write(byte: UInt8(ascii: ",")) }
            objects.writeIssueReference(organisation.issues[child], to: &file)
        }
        file.write("],\"reporter\":")
        writePerson(issue.reporter, to: &file)
        file.write(",\"environment\":")
        file.writeJSONString(orNull: issue.environment.isEmpty ? nil : issue.environment)
        file.write(",\"duedate\":")
        writeDay(issue.dueDate, to: &file)
        file.write("}")
    }

    private func writeSprints(to file: inout OutputFile) {
        let sprints = issue.sprints
        file.write(",\"\(JSONFieldCatalogue.sprint)\":")
        guard !sprints.isEmpty else {
            file.write("null")
            return
        }
        file.write("[")
        for (position, index) in sprints.enumerated() {
            let sprint = organisation.sprints[index]
            if position > 0 { file.write(byte: UInt8(ascii: ",")) }
            file.write("{\"id\":\(sprint.id),\"name\":")
            file.writeJSONString(sprint.name)
            file.write(",\"state\":\"\(sprint.state(at: organisation.exportTime))\",\"boardId\":\(sprint.team + 1),")
            file.write("\"goal\":\"\",\"startDate\":\"")
            file.writeUTCDate(sprint.start)
            file.write("\",\"endDate\":\"")
            file.writeUTCDate(sprint.end)
            if let completed = sprint.completed {
                file.write("\",\"completeDate\":\"")
                file.writeUTCDate(completed)
            }
            file.write("\"}")
        }
        file.write("]")
    }

    private func writeVersions(to file: inout OutputFile) {
        file.write(",\"fixVersions\":[")
        for (position, index) in issue.fixVersions.enumerated() {
            let release = organisation.releases[index]
            if position > 0 { file.write(byte: UInt8(ascii: ",")) }
            file.write("{\"self\":\"\(site)/rest/api/2/version/\(release.id)\",\"id\":\"\(release.id)\",")
            file.write("\"description\":\"\",\"name\":")
            file.writeJSONString(release.name)
            file.write(",\"archived\":false,\"released\":\(release.date <= organisation.exportTime),\"releaseDate\":\"")
            file.writeDay(release.date, zone: zone)
            file.write("\"}")
        }
        file.write("]")
    }

    private func writeComponents(to file: inout OutputFile) {
        let team = organisation.teams[issue.team]
        file.write(",\"components\":[")
        for (position, component) in issue.components.enumerated() {
            let id = 10_100 + issue.team * 10 + (team.components.firstIndex(of: component) ?? 0)
            if position > 0 { file.write(byte: UInt8(ascii: ",")) }
            file.write("{\"self\":\"\(site)/rest/api/2/component/\(id)\",\"id\":\"\(id)\",\"name\":")
            file.writeJSONString(component)
            file.write("}")
        }
        file.write("]")
    }

    private func writePerson(_ index: Int?, to file: inout OutputFile) {
        if let index { objects.writePerson(index, to: &file) } else { file.write("null") }
    }

    private func writeTime(_ instant: Int?, to file: inout OutputFile) {
        guard let instant else {
            file.write("null")
            return
        }
        file.write(byte: UInt8(ascii: "\""))
        file.writeJiraJSONDate(instant, zone: zone)
        file.write(byte: UInt8(ascii: "\""))
    }

    private func writeDay(_ instant: Int?, to file: inout OutputFile) {
        guard let instant else {
            file.write("null")
            return
        }
        file.write(byte: UInt8(ascii: "\""))
        file.writeDay(instant, zone: zone)
        file.write(byte: UInt8(ascii: "\""))
    }

    private func writeNumber(_ value: Int?, to file: inout OutputFile) {
        if let value { file.write(number: value) } else { file.write("null") }
    }
}
