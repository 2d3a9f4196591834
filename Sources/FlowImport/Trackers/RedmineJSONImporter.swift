import FlowModel
import Foundation

/// Reads Redmine's REST JSON: a page of `/issues.json` (`{"issues":[…],"total_count":…}`) or one issue
/// with its journals (`/issues/7311.json?include=journals`, `{"issue":{…}}`).
///
/// Journals name statuses by id only (`"name":"status_id","old_value":"1","new_value":"3"`); ids are
/// named from the statuses the file's issues are in, and the others become `status 1` with a note.
/// Each issue is read whole; the file as a whole is streamed.
struct RedmineJSONImporter {
    let options: ImportOptions

    /// The `source` of the items this importer makes.
    static let source = "redmine-json"
    private static let expected = "a Redmine object with \"issues\" or \"issue\""

    func read(_ file: String) throws(InputError) -> Dataset {
        var reader = try JSONReader(path: file, file: file)
        if let progress = options.progress { reader.progress = { read, total in progress(file, read, total) } }
        let clock = LocalClock(timeZone: options.timeZone)
        var drafts: [RedmineIssueDraft] = []
        var total: Int?
        var offset = 0
        let event = try reader.next()
        guard event == .objectStart else {
            throw reader.errorAtToken(TrackerProblem.unexpectedJSON(found: event.noun, expected: Self.expected).message)
        }
        while try reader.nextKey() {
            if reader.textIs("issues") {
                guard try reader.beginArray() else { continue }
                while let element = try reader.nextElement() {
                    let record = try TrackerJSONRecord(element, reader: &reader)
                    guard case .object = record.value else { continue }
                    drafts.append(try RedmineIssueDraft(record, clock: clock))
                }
            } else if reader.textIs("total_count") {
                total = try Self.count(&reader)
            } else if reader.textIs("offset") {
                offset = try Self.count(&reader) ?? 0
            } else if reader.textIs("issue") {
                let record = try TrackerJSONRecord(try reader.next(), reader: &reader)
                guard case .object = record.value else { continue }
                drafts.append(try RedmineIssueDraft(record, clock: clock))
            } else {
                try reader.skipValue()
            }
        }
        _ = try reader.next()
        var dataset = Self.dataset(drafts, file: file)
        if let total, offset > 0 || drafts.count < total {
            dataset.notes.append(
                "\(file): a page with issues \(offset + 1)–\(offset + drafts.count) of \(total) (total_count); the"
                    + " others are in other pages (/issues.json?offset=…&limit=…)")
        }
        return dataset
    }

    /// A whole number value (`total_count`, `offset`); `nil` for anything else, which is skipped.
    private static func count(_ reader: inout JSONReader) throws(InputError) -> Int? {
        let event = try reader.next()
        guard event == .number, let value = reader.number, value >= 0, value == value.rounded() else {
            try reader.skip(after: event)
            return nil
        }
        return Int(value)
    }

    private static func dataset(_ drafts: [RedmineIssueDraft], file: String) -> Dataset {
        var dataset = Dataset()
        for draft in drafts {
            if let id = draft.item.statusID { dataset.statusNames[id] = draft.item.status }
            if let category = draft.item.statusCategory { dataset.statusCategories[draft.item.status] = category }
        }
        let unnamed = Set(drafts.flatMap(\.statusIDs)).subtracting(dataset.statusNames.keys)
        if !unnamed.isEmpty {
            let ids = unnamed.sorted { ($0.count, $0) < ($1.count, $1) }
            dataset.notes.append(
                "\(file): Redmine status ids \(ids.joined(separator: ", ")) are named by no issue in the file;"
                    + " their changes show as 'status \(ids[0])' and so on (add /issue_statuses.json names"
                    + " to the value-stream configuration)")
        }
        dataset.items = drafts.map { $0.finished(names: dataset.statusNames) }
        let changes = dataset.items.reduce(0) { $0 + $1.history.count }
        let history: HistoryLevel = drafts.contains { $0.hasJournals } ? .full : .none
        dataset.sources = [
            SourceSummary(
                file: file, format: ExportFormat.redmineJSON.rawValue,
                formatName: ExportFormat.redmineJSON.displayName, items: dataset.items.count,
                statusChanges: changes, history: history)
        ]
        return dataset
    }
}
