import Foundation

/// What a custom field holds, for the custom fields the import reads.
enum JiraBackupCustomField: Equatable {
    /// Jira Software's sprint field (`com.pyxis.greenhopper.jira:gh-sprint`): sprint ids.
    case sprint
    /// A story points field; a lower rank is preferred when an issue has several.
    case storyPoints(rank: Int)
    /// Jira Software's epic link (`com.pyxis.greenhopper.jira:gh-epic-link`): the epic's issue id.
    case epicLink

    /// The field a `<CustomField>` row describes, or `nil` for fields the import does not read.
    init?(typeKey: String, name: String) {
        switch typeKey {
        case "com.pyxis.greenhopper.jira:gh-sprint":
            self = .sprint
        case "com.pyxis.greenhopper.jira:gh-epic-link":
            self = .epicLink
        case "com.pyxis.greenhopper.jira:jsw-story-points", "com.atlassian.jira.plugin.system.customfieldtypes:float":
            let folded = name.trimmingCharacters(in: .whitespaces).lowercased()
            if let rank = JiraJSONCustomFields.storyPointNames.firstIndex(of: folded) {
                self = .storyPoints(rank: rank)
            } else if typeKey.hasSuffix("jsw-story-points") {
                self = .storyPoints(rank: JiraJSONCustomFields.storyPointNames.count)
            } else {
                return nil
            }
        default:
            return nil
        }
    }
}
