/// One issue of a REST search page: `expand`, `id`, `self`, `key`, the change log (newest
/// history first, as Jira Cloud returns it) and the fields.
struct JSONIssue {
    let issue: SimIssue
    let organisation: Organisation
    let changeLog: ChangeLog
    /// Indexes of the issue's sub-tasks.
    let subtasks: [Int]

    var objects: JSONObjects { JSONObjects(organisation: organisation) }

    func write(to file: inout OutputFile) {
        file.write(
            "{\"expand\":\"operations,versionedRepresentations,editmeta,changelog,renderedFields\",\"id\":\"")
        file.write(number: issue.id)
        file.write("\",\"self\":\"\(JiraRSSWriter.site)/rest/api/2/issue/")
        file.write(number: issue.id)
        file.write("\",\"key\":\"\(issue.key)\",")
        writeChangelog(to: &file)
        file.write(",")
        JSONIssueFields(issue: issue, organisation: organisation, objects: objects, subtasks: subtasks).write(to: &file)
        file.write("}")
    }

    private func writeChangelog(to file: inout OutputFile) {
        let events = changeLog.events[issue.index]
        file.write("\"changelog\":{\"startAt\":0,\"maxResults\":")
        file.write(number: max(events.count, 100))
        file.write(",\"total\":")
        file.write(number: events.count)
        file.write(",\"histories\":[")
        for position in events.indices.reversed() {
            if position < events.count - 1 { file.write(byte: UInt8(ascii: ",")) }
            writeHistory(events[position], id: changeLog.id(issue: issue.index, event: position), to: &file)
        }
        file.write("]}")
    }

    private func writeHistory(_ event: ChangeEvent, id: Int, to file: inout OutputFile) {
        file.write("{\"id\":\"")
        file.write(number: id)
        file.write("\",\"author\":")
        objects.writePerson(event.author, to: &file)
        file.write(",\"created\":\"")
        file.writeJiraJSONDate(event.at, zone: organisation.zone)
        file.write("\",\"items\":[")
        switch event.kind {
        case .status(let from, let to, let before, let after):
            if before != after {
                writeItem(
                    field: "resolution", type: "jira", fieldID: "resolution", from: before?.id,
                    fromString: before?.name,
                    to: after?.id, toString: after?.name, to: &file)
                file.write(",")
            }
            writeItem(
                field: "status", type: "jira", fieldID: "status", from: from.id, fromString: from.name, to: to.id,
                toString: to.name, to: &file)
        case .sprint(let before, let after):
            let sprints = organisation.sprints
            writeItem(
                field: "Sprint", type: "custom", fieldID: JSONFieldCatalogue.sprint,
                from: before.map { String(sprints[$0].id) }.joined(separator: ", "),
                fromString: before.map { sprints[$0].name }.joined(separator: ", "),
                to: after.map { String(sprints[$0].id) }.joined(separator: ", "),
                toString: after.map { sprints[$0].name }.joined(separator: ", "), to: &file)
        }
        file.write("]}")
    }

    private func writeItem(
        field: String, type: String, fieldID: String, from: String?, fromString: String?, to: String?,
        toString: String?, to file: inout OutputFile
    ) {
        file.write("{\"field\":\"\(field)\",\"fieldtype\":\"\(type)\",\"fieldId\":\"\(fieldID)\",\"from\":")
        file.writeJSONString(orNull: from)
        file.write(",\"fromString\":")
        file.writeJSONString(orNull: fromString)
        file.write(",\"to\":")
        file.writeJSONString(orNull: to)
        file.write(",\"toString\":")
        file.writeJSONString(orNull: toString)
        file.write("}")
    }
}
