import FlowModel

extension JiraBackupCollector {
    /// Keeps the row just read (its element has closed) in the table its entity belongs to; a row with a
    /// bad value is thrown, or skipped under `--lenient`.
    mutating func commit() throws(InputError) {
        if let problem = row.problem {
            try fail(problem, line: row.line)
            return
        }
        switch row.entity {
        case .issue: try commitIssue()
        case .changeGroup:
            guard row.id != JiraBackupRow.absent, row.issue != JiraBackupRow.absent, let created = row.created else {
                let column =
                    row.id == JiraBackupRow.absent ? "id" : row.issue == JiraBackupRow.absent ? "issue" : "created"
                try fail(.missingColumn(entity: "ChangeGroup", column: column), line: row.line)
                return
            }
            groups.append(id: row.id, issue: row.issue, time: created)
        case .changeItem: commitChangeItem()
        case .customFieldValue:
            guard row.issue != JiraBackupRow.absent, row.customfield != JiraBackupRow.absent, let value = row.value,
                !sawCustomFields || customFields[row.customfield] != nil
            else { return }
            customValues.append(JiraBackupCustomValue(issue: row.issue, field: row.customfield, value: value))
        case .project:
            guard row.id != JiraBackupRow.absent, let key = row.key else { return }
            projects[row.id] = key
        case .status:
            guard row.textID != JiraBackupInterner.none, let name = row.name else { return }
            if statuses[row.textID] == nil { statusOrder.append(row.textID) }
            statuses[row.textID] = (name, row.category.flatMap(Self.category))
        case .issueType: if row.textID != JiraBackupInterner.none, let name = row.name { issueTypes[row.textID] = name }
        case .resolution:
            if row.textID != JiraBackupInterner.none, let name = row.name { resolutions[row.textID] = name }
        case .priority: if row.textID != JiraBackupInterner.none, let name = row.name { priorities[row.textID] = name }
        case .customField:
            sawCustomFields = true
            guard row.id != JiraBackupRow.absent, let typeKey = row.typeKey,
                let field = JiraBackupCustomField(typeKey: typeKey, name: row.name ?? "")
            else { return }
            customFields[row.id] = field
        case .label:
            if row.issue != JiraBackupRow.absent, row.label != JiraBackupInterner.none, !unread.contains(.labels) {
                labels.append((row.issue, row.label))
            }
        case .component: if row.id != JiraBackupRow.absent, let name = row.name { components[row.id] = name }
        case .version: if row.id != JiraBackupRow.absent, let name = row.name { versions[row.id] = name }
        case .nodeAssociation:
            if row.sourceIsIssue, let isComponent = row.associatesComponent, row.source != JiraBackupRow.absent,
                row.destination != JiraBackupRow.absent, !unread.contains(isComponent ? .components : .fixVersions)
            {
                associations.append((row.source, row.destination, isComponent))
            }
        case .issueLink:
            if row.linktype != JiraBackupRow.absent, row.source != JiraBackupRow.absent,
                row.destination != JiraBackupRow.absent
            {
                links.append((row.linktype, row.source, row.destination))
            }
        case .issueLinkType: if row.id != JiraBackupRow.absent, let name = row.name { linkTypes[row.id] = name }
        }
    }

    /// Jira's fixed status category ids: 2 = To Do, 4 = In Progress, 3 = Done (1 is "no category").
    static func category(_ id: Int) -> StatusCategory? {
        switch id {
        case 2: .toDo
        case 4: .inProgress
        case 3: .done
        default: nil
        }
    }

    private mutating func commitIssue() throws(InputError) {
        guard row.id != JiraBackupRow.absent else {
            try fail(.missingColumn(entity: "Issue", column: "id"), line: row.line)
            return
        }
        let issue = JiraBackupIssue(
            id: row.id, line: row.line, key: row.key, number: row.number, project: row.project, type: row.type,
            status: row.status, resolution: row.resolution, priority: row.priority, assignee: row.assignee,
            reporter: row.reporter, summary: row.summary ?? "", created: row.created, updated: row.updated,
            resolved: row.resolved)
        if let known = issueIndex[row.id] {
            issues[known] = issue
        } else {
            issueIndex[row.id] = issues.count
            issues.append(issue)
        }
    }

    /// Keeps a status change (`fieldtype="jira" field="status"`, or no fieldtype) or a sprint change
    /// (`fieldtype="custom" field="Sprint"`); every other change item is dropped.
    private mutating func commitChangeItem() {
        guard row.group != JiraBackupRow.absent else { return }
        switch row.field {
        case .status where row.fieldTypeIsJira != false:
            let change = JiraBackupStatusChange(
                group: row.group, fromID: intern(row.oldValue), toID: intern(row.newValue),
                fromName: intern(row.oldString), toName: intern(row.newString))
            guard change.toID != JiraBackupInterner.none || change.toName != JiraBackupInterner.none else { return }
            statusChanges.append(change)
        case .sprint where row.fieldTypeIsJira != true:
            sprintChanges.append(
                JiraBackupSprintChange(
                    group: row.group, newValue: intern(row.newValue), newString: intern(row.newString)))
        default:
            break
        }
    }

    private mutating func intern(_ bytes: [UInt8]) -> Int32 {
        bytes.withUnsafeBufferPointer { interner.internUnlessEmpty($0) }
    }
}
