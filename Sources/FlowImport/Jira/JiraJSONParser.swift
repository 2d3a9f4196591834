import FlowModel
import Foundation

/// Reads one Jira REST JSON file — a search page, one issue, an array of issues, a status list or a
/// board configuration — streaming through a ``JSONReader``, in whatever order the keys come.
///
/// The reading of each part lives in `JiraJSONParser+Object.swift`, `+Fields`, `+Changelog` and
/// `+CustomField`; ``dataset(file:)`` settles what needs the whole file (the `names` map).
struct JiraJSONParser {
    var reader: JSONReader
    let clock: LocalClock
    let lenient: Bool
    var interner = JiraJSONInterner()
    /// Issues in first-seen order; a repeated key replaces the earlier issue in place.
    var items: [WorkItem] = []
    var itemIndex: [String: Int] = [:]
    /// Custom fields to settle once `names` is known, in step with `items`.
    var customValues: [JiraJSONCustomValues] = []
    var truncatedCount = 0
    var sawChangelog = false
    /// Custom field display names by id (`customfield_10016` → `Story point estimate`), from `names`.
    var fieldNames: [String: String] = [:]
    /// Story point fields by id as changelogs name them (`customfield_10036` → `Story Points`), for pages
    /// without `names`.
    var changelogFieldNames: [String: String] = [:]
    var statusNames: [String: String] = [:]
    var statusCategories: [String: StatusCategory] = [:]
    var sprints: [String: Sprint] = [:]
    var notes: [JiraJSONNote] = []
    /// Issues skipped under `--lenient`, with the reason for each.
    var skipped: [String] = []
    /// Status changes of the history being read: (from, to), reused from history to history.
    var pendingChanges: [(from: String?, to: String)] = []
    /// The `Sprint` items of the history being read: the sprint lists before and after.
    var pendingSprintChanges: [(from: String, to: String)] = []

    init(reader: JSONReader, clock: LocalClock, lenient: Bool) {
        self.reader = reader
        self.clock = clock
        self.lenient = lenient
    }

    /// Reads the whole file.
    mutating func readDocument() throws(InputError) {
        let event = try reader.next()
        switch event {
        case .objectStart:
            let object = try readObject()
            try accept(object, inIssues: false)
        case .arrayStart:
            while let element = try reader.nextElement() {
                guard element == .objectStart else {
                    throw reader.errorAtToken(
                        JiraJSONProblem.unexpectedElement(found: JiraJSONProblem.describe(element)).message)
                }
                try accept(try readObject(), inIssues: false)
            }
        default:
            throw reader.errorAtToken(JiraJSONProblem.notAResponse(found: JiraJSONProblem.describe(event)).message)
        }
        _ = try reader.next()  // the end of the input, or an error about what follows the value
    }

    /// Adds an issue read from the file; a key seen before is replaced in place.
    mutating func add(_ draft: JiraJSONIssueDraft) throws(InputError) {
        if var problem = draft.problem {
            problem.skippable = true
            guard lenient else { throw problem }
            skipped.append("line \(draft.line): issue \(draft.item.key): \(problem.message)")
            return
        }
        var draft = draft
        draft.settleHistory()
        if draft.isTruncated { truncatedCount += 1 }
        if draft.hasChangelog { sawChangelog = true }
        if let known = itemIndex[draft.item.key] {
            if items[known].historyTruncated { truncatedCount -= 1 }
            items[known] = draft.item
            customValues[known] = draft.custom
        } else {
            itemIndex[draft.item.key] = items.count
            items.append(draft.item)
            customValues.append(draft.custom)
        }
    }

    /// Everything the file gave, with custom fields settled through the `names` map.
    mutating func dataset(file: String) -> Dataset {
        let storyPointFields = JiraJSONCustomFields.storyPointFields(
            names: fieldNames, changelogNames: changelogFieldNames)
        let epicFields = JiraJSONCustomFields.epicLinkFields(names: fieldNames)
        for index in items.indices {
            customValues[index].apply(
                to: &items[index], names: fieldNames, storyPointFields: storyPointFields, epicFields: epicFields)
        }
        customValues = []
        var notes = notes
        if truncatedCount > 0 {
            notes.append(.truncatedChangelogs(file: file, count: truncatedCount, issues: items.count))
        }
        let source = SourceSummary(
            file: file, format: ExportFormat.jiraJSON.rawValue, formatName: ExportFormat.jiraJSON.displayName,
            items: items.count, statusChanges: items.reduce(0) { $0 + $1.history.count },
            history: sawChangelog ? .full : .none, skipped: skipped)
        return Dataset(
            items: items, sprints: sprints, statusNames: statusNames, statusCategories: statusCategories,
            sources: [source], notes: notes.map(\.text))
    }

    /// Reads a date value; text that is not a timestamp is recorded as the issue's problem.
    mutating func readDate(_ field: String, into draft: inout JiraJSONIssueDraft) throws(InputError) -> Date? {
        let event = try reader.next()
        guard event == .string else {
            try reader.skip(after: event)
            return nil
        }
        if reader.textCount == 0 { return nil }
        if let date = JSONTimestamp.parse(reader.textBuffer, clock: clock) { return date }
        if draft.problem == nil {
            draft.problem = reader.errorAtToken(JiraJSONProblem.badDate(text: reader.text, field: field).message)
        }
        return nil
    }

    /// Reads a string value, shared through the interner; `nil` for `null` and anything not a string.
    mutating func readInterned() throws(InputError) -> String? {
        let event = try reader.next()
        switch event {
        case .string, .number: return interner.intern(reader.textBuffer)
        default:
            try reader.skip(after: event)
            return nil
        }
    }

    /// Reads one member of the object that comes next (`name` of a priority, `displayName` of a user),
    /// interned; `nil` when the value is `null` or has no such member.
    mutating func readMember(_ name: StaticString) throws(InputError) -> String? {
        guard try reader.beginObject() else { return nil }
        var value: String?
        while try reader.nextKey() {
            if reader.textIs(name) { value = try readInterned() } else { try reader.skipValue() }
        }
        return value
    }

    /// Reads an array of strings (labels), interned.
    mutating func readStrings() throws(InputError) -> [String] {
        guard try reader.beginArray() else { return [] }
        var values: [String] = []
        while let event = try reader.nextElement() {
            if event == .string {
                values.append(interner.intern(reader.textBuffer))
            } else {
                try reader.skip(after: event)
            }
        }
        return values
    }

    /// Reads an array of objects and keeps each one's `name` (components, fix versions), interned.
    mutating func readNames() throws(InputError) -> [String] {
        guard try reader.beginArray() else { return [] }
        var values: [String] = []
        while let event = try reader.nextElement() {
            guard event == .objectStart else {
                try reader.skip(after: event)
                continue
            }
            while try reader.nextKey() {
                if reader.textIs("name"), let name = try readInterned() {
                    values.append(name)
                } else {
                    try reader.skipValue()
                }
            }
        }
        return values
    }
}
