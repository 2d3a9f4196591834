extension JiraBackupCollector {
    /// Sets column `name` of the row being read from its value's bytes (an attribute's value, or a child
    /// element's trimmed text). Columns the row's entity does not use are ignored; an empty value is absent.
    mutating func set(_ name: JiraBackupName, _ bytes: UnsafeBufferPointer<UInt8>) {
        guard !bytes.isEmpty else { return }
        switch row.entity {
        case .issue: setIssue(name, bytes)
        case .changeGroup:
            switch name {
            case .id: row.id = integer(bytes, name)
            case .issue: row.issue = integer(bytes, name)
            case .created: row.created = timestamp(bytes, name)
            default: break
            }
        case .changeItem: setChangeItem(name, bytes)
        case .customFieldValue:
            switch name {
            case .issue: row.issue = integer(bytes, name)
            case .customfield: row.customfield = integer(bytes, name)
            case .numbervalue:
                guard let value = JiraBackupBytes.decimal(bytes) else {
                    row.report(.badNumber(entity: row.entity.elementName, column: name.rawValue, value: text(bytes)))
                    return
                }
                row.value = value
            case .stringvalue:
                // Text fields hold any text; only a number (a sprint's or an epic's id) is of use.
                if row.value == nil, let id = JiraBackupBytes.integer(bytes) { row.value = Double(id) }
            default: break
            }
        case .project, .component, .version, .customField, .issueLinkType:
            switch name {
            case .id: row.id = integer(bytes, name)
            case .key: row.key = text(bytes)
            case .name, .linkname: row.name = text(bytes)
            case .customfieldtypekey: row.typeKey = text(bytes)
            default: break
            }
        case .status, .issueType, .resolution, .priority:
            switch name {
            case .id: row.textID = interner.intern(bytes)
            case .name: row.name = text(bytes)
            case .statuscategory: row.category = integer(bytes, name)
            default: break
            }
        case .label:
            switch name {
            case .issue: row.issue = integer(bytes, name)
            case .label: row.label = interner.intern(bytes)
            default: break
            }
        case .nodeAssociation:
            switch name {
            case .sourceNodeId: row.source = integer(bytes, name)
            case .sinkNodeId: row.destination = integer(bytes, name)
            case .sourceNodeEntity: row.sourceIsIssue = JiraBackupBytes.equal(bytes, "Issue")
            case .associationType:
                if JiraBackupBytes.equal(bytes, "IssueComponent") {
                    row.associatesComponent = true
                } else if JiraBackupBytes.equal(bytes, "IssueFixVersion") {
                    row.associatesComponent = false
                }
            default: break
            }
        case .issueLink:
            switch name {
            case .linktype: row.linktype = integer(bytes, name)
            case .source: row.source = integer(bytes, name)
            case .destination: row.destination = integer(bytes, name)
            default: break
            }
        }
    }

    /// Whether a child element called `name` of the row being read holds a column worth its text.
    func wantsChild(_ name: JiraBackupName) -> Bool {
        switch name {
        case .oldvalue, .oldstring, .newvalue, .newstring:
            row.entity == .changeItem && row.field != .other
        case .summary: row.entity == .issue
        default: true
        }
    }

    private mutating func setIssue(_ name: JiraBackupName, _ bytes: UnsafeBufferPointer<UInt8>) {
        switch name {
        case .id: row.id = integer(bytes, name)
        case .key: row.key = text(bytes)
        case .number: row.number = integer(bytes, name)
        case .project: row.project = integer(bytes, name)
        case .type: row.type = interner.intern(bytes)
        case .status: row.status = interner.intern(bytes)
        case .resolution: row.resolution = interner.intern(bytes)
        case .priority: row.priority = interner.intern(bytes)
        case .summary: row.summary = text(bytes)
        case .assignee: row.assignee = interner.intern(bytes)
        case .reporter: row.reporter = interner.intern(bytes)
        case .created: row.created = timestamp(bytes, name)
        case .updated: row.updated = timestamp(bytes, name)
        case .resolutiondate: row.resolved = timestamp(bytes, name)
        default: break
        }
    }

    /// A change item's old and new values are copied only while it may be a status or sprint change; the
    /// text of any other change (whole descriptions) is skipped.
    private mutating func setChangeItem(_ name: JiraBackupName, _ bytes: UnsafeBufferPointer<UInt8>) {
        switch name {
        case .group: row.group = integer(bytes, name)
        case .fieldtype:
            row.fieldTypeIsJira =
                JiraBackupBytes.equal(bytes, "jira") ? true : JiraBackupBytes.equal(bytes, "custom") ? false : nil
        case .field:
            if JiraBackupBytes.equal(bytes, "status") {
                row.field = .status
            } else if JiraBackupBytes.equal(bytes, "Sprint") {
                row.field = .sprint
            } else {
                row.field = .other
            }
        case .oldvalue where row.field != .other: row.oldValue.append(contentsOf: bytes)
        case .oldstring where row.field != .other: row.oldString.append(contentsOf: bytes)
        case .newvalue where row.field != .other: row.newValue.append(contentsOf: bytes)
        case .newstring where row.field != .other: row.newString.append(contentsOf: bytes)
        default: break
        }
    }

    private mutating func integer(_ bytes: UnsafeBufferPointer<UInt8>, _ column: JiraBackupName) -> Int {
        if let value = JiraBackupBytes.integer(bytes) { return value }
        row.report(.badNumber(entity: row.entity.elementName, column: column.rawValue, value: text(bytes)))
        return JiraBackupRow.absent
    }

    private mutating func timestamp(_ bytes: UnsafeBufferPointer<UInt8>, _ column: JiraBackupName) -> Double? {
        if let seconds = clock.seconds(bytes) { return seconds }
        row.report(.badTimestamp(entity: row.entity.elementName, column: column.rawValue, value: text(bytes)))
        return nil
    }

    private func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
