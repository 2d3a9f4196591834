import FlowModel

/// What an issue's custom fields hold, by field id, to be named once the file's `names` map is known
/// (`names` can come after the issues): story points, the epic link and the values for `WorkItem.fields`.
struct JiraJSONCustomValues {
    /// Numeric custom fields: story points candidates.
    var numbers: [(field: String, value: Double)] = []
    /// Short text values (strings, numbers, option and user names), the first one per field.
    var values: [(field: String, value: String)] = []
    /// True when `fields.parent` is an epic (by type name or hierarchy level).
    var parentIsEpic = false

    /// Values longer than this (in UTF-8 bytes) are not kept: they are text, not something to group by.
    static let longestValue = 128

    /// Keeps `value` as the field's value unless the field has one already.
    mutating func keep(_ field: String, _ value: String) {
        guard !value.isEmpty, !values.contains(where: { $0.field == field }) else { return }
        values.append((field, value))
    }

    /// Sets `item`'s story points, epic and custom fields.
    ///
    /// - Parameters:
    ///   - names: display names by field id; a field without one is kept under its id.
    ///   - storyPointFields: custom field ids that hold story points, in order of preference.
    ///   - epicFields: custom field ids that hold the epic's key (`Epic Link`).
    func apply(to item: inout WorkItem, names: [String: String], storyPointFields: [String], epicFields: [String]) {
        for field in storyPointFields {
            if let points = numbers.first(where: { $0.field == field }) {
                item.storyPoints = points.value
                break
            }
        }
        if parentIsEpic {
            item.epic = item.parent
        } else if let link = epicFields.lazy.compactMap({ field in self.values.first { $0.field == field } }).first {
            item.epic = link.value
        }
        for (field, value) in values {
            let name = names[field] ?? field
            if item.fields[name] == nil { item.fields[name] = value }
        }
    }
}
