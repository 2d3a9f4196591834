import FlowModel

extension JiraJSONParser {
    /// Reads the members of an object whose `{` was just read.
    mutating func readObject() throws(InputError) -> JiraJSONObjectSummary {
        var object = JiraJSONObjectSummary()
        object.draft.line = reader.tokenLine
        object.draft.column = reader.tokenColumn
        while try reader.nextKey() {
            if reader.textIs("key") {
                if let key = try reader.readString() {
                    object.draft.item.key = key
                    object.draft.hasKey = true
                }
            } else if reader.textIs("fields") {
                object.draft.hasFields = true
                if try reader.beginObject() { try readFields(into: &object.draft) }
            } else if reader.textIs("changelog") {
                if try reader.beginObject() { try readChangelog(into: &object.draft) }
            } else if reader.textIs("issues") {
                if let total = object.total, let maxResults = object.maxResults {
                    // A page holds at most maxResults of the issues from startAt on.
                    items.reserveCapacity(items.count + max(0, min(total - (object.startAt ?? 0), maxResults, 1 << 20)))
                }
                object.issueCount = try readIssues()
            } else if reader.textIs("names") {
                try readFieldNames()
            } else if reader.textIs("startAt") {
                object.startAt = try reader.readNumber().flatMap { Int(exactly: $0) }
            } else if reader.textIs("maxResults") {
                object.maxResults = try reader.readNumber().flatMap { Int(exactly: $0) }
            } else if reader.textIs("total") {
                object.total = try reader.readNumber().flatMap { Int(exactly: $0) }
            } else if reader.textIs("name") {
                object.name = try readInterned()
            } else if reader.textIs("id") {
                object.id = try reader.readString()
            } else if reader.textIs("statusCategory") {
                object.hasCategory = true
                object.category = try readCategory()
            } else if reader.textIs("columnConfig") {
                object.isBoard = true
                try reader.skipValue()
            } else {
                try reader.skipValue()
            }
        }
        return object
    }

    /// Files what an object turned out to be. Inside a page's `issues`, every object must be an issue.
    mutating func accept(_ object: JiraJSONObjectSummary, inIssues: Bool) throws(InputError) {
        let draft = object.draft
        let position = InputPosition.line(draft.line, column: draft.column)
        if inIssues || draft.isIssue {
            guard draft.hasKey else {
                throw InputError(
                    file: reader.file, position: position, message: JiraJSONProblem.issueWithoutKey.message)
            }
            try add(draft)
        } else if let count = object.issueCount {
            let startAt = object.startAt ?? 0
            if let total = object.total, count > 0, total > count {
                notes.append(.partialPage(file: reader.file, first: startAt + 1, last: startAt + count, total: total))
            }
        } else if object.isBoard {
            notes.append(.boardConfiguration(file: reader.file, name: object.name))
        } else if object.hasCategory, let name = object.name {
            if let id = object.id { statusNames[id] = name }
            if let category = object.category { statusCategories[name] = category }
        } else {
            throw InputError(file: reader.file, position: position, message: JiraJSONProblem.unknownObject.message)
        }
    }

    /// Reads a page's `issues` array; the number of issues.
    private mutating func readIssues() throws(InputError) -> Int {
        guard try reader.beginArray() else { return 0 }
        var count = 0
        while let event = try reader.nextElement() {
            guard event == .objectStart else {
                throw reader.errorAtToken(
                    JiraJSONProblem.unexpectedElement(found: JiraJSONProblem.describe(event)).message)
            }
            try accept(try readObject(), inIssues: true)
            count += 1
        }
        return count
    }

    /// Reads `names` (`{"customfield_10016": "Story point estimate", …}`).
    private mutating func readFieldNames() throws(InputError) {
        guard try reader.beginObject() else { return }
        while try reader.nextKey() {
            let id = interner.intern(reader.textBuffer)
            if let name = try reader.readString() { fieldNames[id] = name }
        }
    }

    /// Reads a `statusCategory` object's `key` (`new`, `indeterminate`, `done`), or its `id` when it has no key.
    mutating func readCategory() throws(InputError) -> StatusCategory? {
        guard try reader.beginObject() else { return nil }
        var byKey: StatusCategory?
        var byID: StatusCategory?
        while try reader.nextKey() {
            if reader.textIs("key") {
                byKey = try reader.readString().flatMap { StatusCategory(jiraName: $0) }
            } else if reader.textIs("id") {
                byID = try reader.readString().flatMap { StatusCategory(jiraName: $0) }
            } else {
                try reader.skipValue()
            }
        }
        return byKey ?? byID
    }
}
