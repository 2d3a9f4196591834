import FlowModel
import Foundation

extension JiraJSONParser {
    /// Reads a `customfield_…` value, whose key was just read, by its shape: sprints (objects with
    /// `name` and `state`, or the older `…sprint.Sprint@…[…]` strings), `[CHART] Time in Status` totals,
    /// numbers (story points candidates), and short values — strings, numbers, an option's `value`, a
    /// user's `displayName` — kept for `WorkItem.fields` (and the epic link). Anything else is skipped.
    mutating func readCustomField(into draft: inout JiraJSONIssueDraft) throws(InputError) {
        let field = interner.intern(reader.textBuffer)
        let event = try reader.next()
        switch event {
        case .number:
            guard let value = reader.number else { break }
            draft.custom.numbers.append((field, value))
            draft.custom.keep(field, Int(exactly: value).map(String.init) ?? String(value))
        case .string:
            readCustomString(field, into: &draft)
        case .objectStart:
            if let value = try readCustomObject().value { draft.custom.keep(field, value) }
        case .arrayStart:
            while let element = try reader.nextElement() {
                switch element {
                case .objectStart:
                    let object = try readCustomObject()
                    if let sprint = object.sprint {
                        add(sprint, to: &draft)
                    } else if let value = object.value {
                        draft.custom.keep(field, value)
                    }
                case .string:
                    readCustomString(field, into: &draft)
                default:
                    try reader.skip(after: element)
                }
            }
        default:
            try reader.skip(after: event)
        }
    }

    /// Files a custom field's string value (in ``JSONReader/textBuffer``) by its shape.
    private mutating func readCustomString(_ field: String, into draft: inout JiraJSONIssueDraft) {
        let bytes = reader.textBuffer
        if reader.textHasPrefix(JiraJSONLegacySprint.prefix) {
            if let sprint = JiraJSONLegacySprint.parse(Array(bytes), clock: clock) { add(sprint, to: &draft) }
        } else if let first = bytes.first, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first),
            Self.contains(bytes, "_*:*_"), let totals = JiraTimeInStatus.decode(reader.text)
        {
            draft.item.timeInStatus = StatusTimes(totals)
        } else if bytes.count <= JiraJSONCustomValues.longestValue, !Self.isMachineText(bytes) {
            draft.custom.keep(field, reader.text)
        }
    }

    /// True for values that are for Jira, not for people: rank keys (`0|i0004f:`), Java object names
    /// (`com.atlassian.servicedesk…ApprovalsCFValue@b3c99c`) and development summaries (`{}`, `{pullrequest=…}`).
    static func isMachineText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        if first == UInt8(ascii: "{") { return true }
        if bytes.count > 2, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first), bytes[1] == UInt8(ascii: "|") {
            return true
        }
        return Self.contains(bytes, "com.atlassian.") && Self.contains(bytes, "@")
    }

    /// Reads an object in a custom field, whose `{` was just read: a sprint when it has a `name` and a
    /// `state` (Jira Cloud and Server 7+: `{id, name, state, boardId, goal, startDate, endDate,
    /// completeDate}`), else its `value` (options), `name` or `displayName` (users).
    private mutating func readCustomObject() throws(InputError) -> (sprint: Sprint?, value: String?) {
        var id: String?
        var name: String?
        var state: String?
        var value: String?
        var displayName: String?
        var start: Date?
        var end: Date?
        var completed: Date?
        while try reader.nextKey() {
            if reader.textIs("name") {
                name = try readInterned()
            } else if reader.textIs("state") {
                state = try readInterned()?.lowercased()
            } else if reader.textIs("value") {
                value = try readInterned()
            } else if reader.textIs("displayName") {
                displayName = try readInterned()
            } else if reader.textIs("id") {
                id = try reader.readString()
            } else if reader.textIs("startDate") {
                start = try readLooseDate()
            } else if reader.textIs("endDate") {
                end = try readLooseDate()
            } else if reader.textIs("completeDate") {
                completed = try readLooseDate()
            } else {
                try reader.skipValue()
            }
        }
        if let name, !name.isEmpty, let state {
            return (Sprint(id: id, name: name, state: state, start: start, end: end, completed: completed), nil)
        }
        let text = value ?? name ?? displayName
        return (nil, text.flatMap { $0.utf8.count <= JiraJSONCustomValues.longestValue ? $0 : nil })
    }

    /// Reads a date that the import can do without (a sprint's dates): `nil` when it is not a timestamp.
    private mutating func readLooseDate() throws(InputError) -> Date? {
        guard try reader.readStringBytes() else { return nil }
        return JSONTimestamp.parse(reader.textBuffer, clock: clock)
    }

    /// Adds a sprint to the issue (once) and to the file's sprints; dates known from an earlier mention stay
    /// when a later one lacks them.
    private mutating func add(_ sprint: Sprint, to draft: inout JiraJSONIssueDraft) {
        let name = interner.intern(sprint.name)
        if !draft.item.sprints.contains(name) { draft.item.sprints.append(name) }
        var merged = sprint
        merged.name = name
        if let known = sprints[name] {
            merged.id = merged.id ?? known.id
            merged.state = merged.state ?? known.state
            merged.start = merged.start ?? known.start
            merged.end = merged.end ?? known.end
            merged.completed = merged.completed ?? known.completed
        }
        sprints[name] = merged
    }

    /// True when `needle` occurs in `bytes`.
    private static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: StaticString) -> Bool {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard bytes.count >= pattern.count else { return false }
        for start in 0...(bytes.count - pattern.count) where bytes[start] == pattern[0] {
            if bytes[start..<start + pattern.count].elementsEqual(pattern) { return true }
        }
        return false
    }
}
