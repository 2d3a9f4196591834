import FlowModel
import Foundation

extension JiraJSONParser {
    /// Reads an issue's `changelog` object, whose `{` was just read: every `status` item of every history.
    mutating func readChangelog(into draft: inout JiraJSONIssueDraft) throws(InputError) {
        draft.hasChangelog = true
        while try reader.nextKey() {
            if reader.textIs("histories") {
                guard try reader.beginArray() else { continue }
                while let event = try reader.nextElement() {
                    guard event == .objectStart else {
                        try reader.skip(after: event)
                        continue
                    }
                    try readHistory(into: &draft)
                }
            } else if reader.textIs("total") {
                draft.historyTotal = try reader.readNumber().flatMap { Int(exactly: $0) }
            } else {
                try reader.skipValue()
            }
        }
    }

    /// Reads one history, whose `{` was just read; its `created` may come before or after its `items`.
    private mutating func readHistory(into draft: inout JiraJSONIssueDraft) throws(InputError) {
        let ordinal = draft.historyCount
        draft.historyCount += 1
        let position = InputPosition.line(reader.tokenLine, column: reader.tokenColumn)
        var created: Date?
        pendingChanges.removeAll(keepingCapacity: true)
        while try reader.nextKey() {
            if reader.textIs("created") {
                created = try readDate("created", into: &draft)
            } else if reader.textIs("items") {
                guard try reader.beginArray() else { continue }
                while let event = try reader.nextElement() {
                    guard event == .objectStart else {
                        try reader.skip(after: event)
                        continue
                    }
                    try readHistoryItem()
                }
            } else {
                try reader.skipValue()
            }
        }
        if let created {
            draft.noteHistory(at: created)
            for change in pendingSprintChanges {
                draft.sprintChanges += JiraJSONSprintChange.changes(at: created, from: change.from, to: change.to)
            }
        }
        pendingSprintChanges.removeAll(keepingCapacity: true)
        guard !pendingChanges.isEmpty else { return }
        guard let created else {
            if draft.problem == nil {
                draft.problem = InputError(
                    file: reader.file, position: position, message: JiraJSONProblem.historyWithoutTime.message)
            }
            return
        }
        for (index, change) in pendingChanges.enumerated() {
            draft.changes.append(
                JiraJSONChange(at: created, history: ordinal, item: index, from: change.from, to: change.to))
        }
    }

    /// Reads one item of a history, whose `{` was just read; a status change goes to `pendingChanges`.
    ///
    /// An item is a status change when its `field` is `status` and its `fieldtype`, when given, is `jira`
    /// (`fieldId` is absent in older sites, so it is not used). Once `field` says the item is something
    /// else, its old and new values (whole descriptions, sometimes) are skipped undecoded.
    ///
    /// A `Sprint` item goes to `pendingSprintChanges` with its whole sprint lists before and after. A story
    /// points item tells which custom field holds story points (`fieldId`), for pages without `names`.
    private mutating func readHistoryItem() throws(InputError) {
        var isStatus: Bool?
        var isSprint = false
        var isJira = true
        var storyPointsName: String?
        var from: String?
        var to: String?
        while try reader.nextKey() {
            if reader.textIs("field") {
                let isString = try reader.readStringBytes()
                isStatus = isString && reader.textIs("status")
                isSprint = isString && reader.textIs("Sprint")
                if isString && isStatus == false && !isSprint {
                    storyPointsName = JiraJSONCustomFields.storyPointsName(count: reader.textCount, reader.text)
                }
            } else if let name = storyPointsName, reader.textIs("fieldId") {
                if let id = try reader.readString(), changelogFieldNames[id] == nil { changelogFieldNames[id] = name }
            } else if reader.textIs("fieldtype") {
                isJira = try reader.readStringBytes() ? reader.textIs("jira") : true
            } else if reader.textIs("fromString"), isStatus != false || isSprint {
                // Before `field` says what the item is, keep the text out of the interner: it may be a
                // whole description.
                from = isStatus == true ? try readInterned() : try reader.readString()
            } else if reader.textIs("toString"), isStatus != false || isSprint {
                to = isStatus == true ? try readInterned() : try reader.readString()
            } else {
                try reader.skipValue()
            }
        }
        if isSprint {
            pendingSprintChanges.append((from ?? "", to ?? ""))
            return
        }
        guard isStatus == true, isJira, let to, !to.isEmpty else { return }
        let source = from.flatMap { $0.isEmpty ? nil : interner.intern($0) }
        pendingChanges.append((source, interner.intern(to)))
    }
}
