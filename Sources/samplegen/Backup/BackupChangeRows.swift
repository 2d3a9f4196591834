/// The change log of a site backup: every `ChangeGroup` (who changed an issue, and when), then
/// every `ChangeItem` (what changed: `status`, `resolution`, `Sprint`), both in id order, which
/// is time order.
struct BackupChangeRows {
    let organisation: Organisation
    let changeLog: ChangeLog

    func writeGroups(to file: inout OutputFile) {
        for (number, entry) in changeLog.order.enumerated() {
            let issue = organisation.issues[Int(entry.issue)]
            let event = changeLog.events[Int(entry.issue)][Int(entry.event)]
            var element = BackupElement("ChangeGroup", file: &file)
            element.attribute("id", number: ChangeLog.firstID + number, file: &file)
            element.attribute("issue", number: issue.id, file: &file)
            element.attribute("author", BackupUsers.key(event.author), file: &file)
            element.attribute("created", date: event.at, zone: organisation.zone, file: &file)
            element.close(file: &file)
        }
    }

    /// Writes every change item; returns how many.
    func writeItems(to file: inout OutputFile) -> Int {
        var id = ChangeLog.firstID
        for (number, entry) in changeLog.order.enumerated() {
            let group = ChangeLog.firstID + number
            switch changeLog.events[Int(entry.issue)][Int(entry.event)].kind {
            case .status(let from, let to, let before, let after):
                if before != after {
                    item(id: id, group: group, type: "jira", field: "resolution", file: &file) { element, file in
                        if let before {
                            element.attribute("oldvalue", before.id, file: &file)
                            element.attribute("oldstring", before.name, file: &file)
                        }
                        if let after {
                            element.attribute("newvalue", after.id, file: &file)
                            element.attribute("newstring", after.name, file: &file)
                        }
                    }
                    id += 1
                }
                item(id: id, group: group, type: "jira", field: "status", file: &file) { element, file in
                    element.attribute("oldvalue", from.id, file: &file)
                    element.attribute("oldstring", from.name, file: &file)
                    element.attribute("newvalue", to.id, file: &file)
                    element.attribute("newstring", to.name, file: &file)
                }
            case .sprint(let before, let after):
                let sprints = organisation.sprints
                item(id: id, group: group, type: "custom", field: "Sprint", file: &file) { element, file in
                    if !before.isEmpty {
                        element.attribute(
                            "oldvalue", before.map { String(sprints[$0].id) }.joined(separator: ", "), file: &file)
                        element.attribute(
                            "oldstring", before.map { sprints[$0].name }.joined(separator: ", "), file: &file)
                    }
                    element.attribute(
                        "newvalue", after.map { String(sprints[$0].id) }.joined(separator: ", "), file: &file)
                    element.attribute("newstring", after.map { sprints[$0].name }.joined(separator: ", "), file: &file)
                }
            }
            id += 1
        }
        return id - ChangeLog.firstID
    }

    private func item(
        id: Int, group: Int, type: String, field: String, file: inout OutputFile,
        values: (inout BackupElement, inout OutputFile) -> Void
    ) {
        var element = BackupElement("ChangeItem", file: &file)
        element.attribute("id", number: id, file: &file)
        element.attribute("group", number: group, file: &file)
        element.attribute("fieldtype", type, file: &file)
        element.attribute("field", field, file: &file)
        values(&element, &file)
        element.close(file: &file)
    }
}
