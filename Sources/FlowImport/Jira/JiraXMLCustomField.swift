import FlowModel
import Foundation

/// One `<customfield id= key=>` of an item, and what it means for a work item.
///
/// Fields are recognised by their type `key`, never by their name (names are localised); only
/// number fields are also recognised by a story-points name, since several sites keep story
/// points in a plain number field. Other fields go into `fields` by name, except long-text
/// (`textarea`) fields, which are descriptions in all but name.
struct JiraXMLCustomField {
    /// `customfield_10020`.
    let id: String
    /// The field type: `com.pyxis.greenhopper.jira:gh-sprint`.
    let key: String
    /// The 1-based line of the `<customfield>` tag.
    let line: Int
    /// The display name (`<customfieldname>`), as localised by the exporting user.
    var name = ""
    /// Non-empty values, trimmed, in order.
    var values: [String] = []
    /// The `id` attribute of each value (sprint ids), aligned with `values`.
    var valueIDs: [String?] = []

    /// Puts the field's values where they belong in `item`; sprints named are added to `sprints`.
    func apply(to item: inout WorkItem, sprints: inout [String: Sprint]) -> JiraXMLProblem? {
        if key.hasSuffix(":gh-sprint") {
            for (name, id) in sprintsOldestFirst {
                item.sprints.append(name)
                if sprints[name] == nil { sprints[name] = Sprint(id: id, name: name) }
            }
        } else if isEpicLink {
            // Jira Cloud writes the epic's name here (and its key in <parent>); older sites the key.
            guard let value = values.first else { return nil }
            if JiraXMLIssueKey.matches(value) {
                if item.epic == nil { item.epic = value }
            } else if item.fields[label] == nil {
                item.fields[label] = value
            }
        } else if key.hasSuffix(":timeinstatus") {
            for value in values {
                guard let totals = JiraTimeInStatus.parse(value) else { return .badTimeInStatus(value: value) }
                item.timeInStatus = StatusTimes(Array(item.timeInStatus) + totals)
            }
        } else if isStoryPoints {
            guard let value = values.first else { return nil }
            guard let points = Double(value), points.isFinite else {
                return .badStoryPoints(field: name, value: value)
            }
            if item.storyPoints == nil { item.storyPoints = points }
        } else if let value = values.first, !key.hasSuffix(":textarea") {
            if item.fields[label] == nil { item.fields[label] = value }
        }
        return nil
    }

    /// Jira Software's Epic Link field.
    var isEpicLink: Bool { key.hasSuffix(":gh-epic-link") }

    /// The name the field goes by in `fields`: its display name, else its id.
    private var label: String { name.isEmpty ? id : name }

    /// The sprint values with their ids, ordered by id when every value has a numeric one (Jira
    /// numbers sprints as they are created; the export lists them in no particular order).
    private var sprintsOldestFirst: [(name: String, id: String?)] {
        let pairs = Array(zip(values, valueIDs))
        let numbered = pairs.compactMap { pair in pair.1.flatMap { Int($0) }.map { (pair, $0) } }
        guard numbered.count == pairs.count else { return pairs }
        return numbered.sorted { $0.1 < $1.1 }.map(\.0)
    }

    /// Jira Software's story-points types, or a number field named like story points.
    private var isStoryPoints: Bool {
        if key.hasSuffix("story-points") { return true }
        guard key.hasSuffix(":float") else { return false }
        let folded = name.matchKey
        return folded.hasPrefix("story point") || JiraXMLCustomField.storyPointNames.contains(folded)
    }

    /// Localised names of Jira's story points fields (folded to lowercase).
    static let storyPointNames: Set<String> = [
        "исторические точки", "оценка story points", "puntos de historia", "estimación de puntos de historia",
        "pontos de história", "pontos da história", "estimativa de pontos de história", "story-punkte",
        "points d'histoire", "estimation des points d'histoire", "נקודות סיפור",
    ]
}
