import FlowModel

extension JiraJSONParser {
    /// Reads an issue's `fields` object, whose `{` was just read.
    mutating func readFields(into draft: inout JiraJSONIssueDraft) throws(InputError) {
        while try reader.nextKey() {
            if reader.textHasPrefix("customfield_") {
                try readCustomField(into: &draft)
                continue
            }
            guard let field = JiraJSONField(name: reader.textBuffer) else {
                try reader.skipValue()
                continue
            }
            switch field {
            case .summary: draft.item.title = try reader.readString() ?? ""
            case .issuetype: draft.item.type = try readMember("name") ?? ""
            case .status: try readStatus(into: &draft)
            case .project: draft.item.project = try readMember("key") ?? ""
            case .created: draft.item.created = try readDate("created", into: &draft)
            case .updated: draft.item.updated = try readDate("updated", into: &draft)
            case .resolutiondate: draft.item.resolved = try readDate("resolutiondate", into: &draft)
            case .statuscategorychangedate:
                draft.item.statusCategoryChanged = try readDate("statuscategorychangedate", into: &draft)
            case .resolution: draft.item.resolution = try readMember("name")
            case .assignee: draft.item.assignee = try readMember("displayName")
            case .reporter: draft.item.reporter = try readMember("displayName")
            case .priority: draft.item.priority = try readMember("name")
            case .labels: draft.item.labels = try readStrings()
            case .components: draft.item.components = try readNames()
            case .fixVersions: draft.item.fixVersions = try readNames()
            case .parent: try readParent(into: &draft)
            }
        }
    }

    /// Reads `status`: its name, id and category, which also go into the file's status tables.
    private mutating func readStatus(into draft: inout JiraJSONIssueDraft) throws(InputError) {
        guard try reader.beginObject() else { return }
        while try reader.nextKey() {
            if reader.textIs("name") {
                draft.item.status = try readInterned() ?? ""
            } else if reader.textIs("id") {
                draft.item.statusID = try readInterned()
            } else if reader.textIs("statusCategory") {
                draft.item.statusCategory = try readCategory()
            } else {
                try reader.skipValue()
            }
        }
        guard !draft.item.status.isEmpty else { return }
        if let id = draft.item.statusID { statusNames[id] = draft.item.status }
        if let category = draft.item.statusCategory { statusCategories[draft.item.status] = category }
    }

    /// Reads `parent`: its key, and whether it is an epic.
    private mutating func readParent(into draft: inout JiraJSONIssueDraft) throws(InputError) {
        guard try reader.beginObject() else { return }
        while try reader.nextKey() {
            if reader.textIs("key") {
                draft.item.parent = try reader.readString()
            } else if reader.textIs("fields") {
                guard try reader.beginObject() else { continue }
                while try reader.nextKey() {
                    if reader.textIs("issuetype") {
                        draft.custom.parentIsEpic = try readIsEpic()
                    } else {
                        try reader.skipValue()
                    }
                }
            } else {
                try reader.skipValue()
            }
        }
    }

    /// Reads an `issuetype` object: `true` for an epic — named `Epic`, or at hierarchy level 1 (Jira Cloud),
    /// which holds in every language.
    private mutating func readIsEpic() throws(InputError) -> Bool {
        guard try reader.beginObject() else { return false }
        var isEpic = false
        while try reader.nextKey() {
            if reader.textIs("name") {
                if try reader.readStringBytes(), reader.textIs("Epic") { isEpic = true }
            } else if reader.textIs("hierarchyLevel") {
                if try reader.readNumber() == 1 { isEpic = true }
            } else {
                try reader.skipValue()
            }
        }
        return isEpic
    }
}
