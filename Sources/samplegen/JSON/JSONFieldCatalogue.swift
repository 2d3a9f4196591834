/// The fields the REST JSON pages carry, with their display names (the `names` map) and, for
/// custom fields, their types (the `schema` map). The ids are the same as the RSS export's.
enum JSONFieldCatalogue {
    static let sprint = "customfield_10020"
    static let storyPoints = "customfield_10028"

    /// (field id, display name).
    static let names: [(String, String)] = [
        ("statuscategorychangedate", "Status Category Changed"), ("issuetype", "Issue Type"), ("parent", "Parent"),
        ("timespent", "Time Spent"), ("project", "Project"), ("fixVersions", "Fix versions"),
        ("resolution", "Resolution"), ("resolutiondate", "Resolved"), ("watches", "Watchers"),
        ("lastViewed", "Last Viewed"), ("created", "Created"), ("priority", "Priority"), ("labels", "Labels"),
        ("timeestimate", "Remaining Estimate"), ("timeoriginalestimate", "Original estimate"),
        ("assignee", "Assignee"), ("updated", "Updated"), ("status", "Status"), ("components", "Components"),
        ("description", "Description"), ("summary", "Summary"), ("creator", "Creator"), ("subtasks", "Sub-tasks"),
        ("reporter", "Reporter"), ("environment", "Environment"), ("duedate", "Due date"),
        ("customfield_10000", "Development"), ("customfield_10001", "Team"), ("customfield_10014", "Epic Link"),
        ("customfield_10015", "Start date"), ("customfield_10019", "Rank"), (sprint, "Sprint"),
        ("customfield_10025", "[CHART] Time in Status"), (storyPoints, "Story Points"),
    ]

    /// (field id, schema type, custom field type key) of the custom fields.
    static let schemas: [(String, String, String)] = [
        ("customfield_10000", "any", "com.atlassian.jira.plugins.jira-development-integration-plugin:devsummarycf"),
        ("customfield_10001", "team", "com.atlassian.jira.plugin.system.customfieldtypes:atlassian-team"),
        ("customfield_10014", "any", "com.pyxis.greenhopper.jira:gh-epic-link"),
        ("customfield_10015", "date", "com.atlassian.jira.plugin.system.customfieldtypes:datepicker"),
        ("customfield_10019", "any", "com.pyxis.greenhopper.jira:gh-lexo-rank"),
        (sprint, "array", "com.pyxis.greenhopper.jira:gh-sprint"),
        ("customfield_10025", "any", "com.atlassian.jira.ext.charting:timeinstatus"),
        (storyPoints, "number", "com.atlassian.jira.plugin.system.customfieldtypes:float"),
    ]

    static func writeNames(to file: inout OutputFile) {
        file.write("\"names\":{")
        for (position, (id, name)) in names.enumerated() {
            if position > 0 { file.write(byte: UInt8(ascii: ",")) }
            file.writeJSONString(id)
            file.write(byte: UInt8(ascii: ":"))
            file.writeJSONString(name)
        }
        file.write("}")
    }

    static func writeSchema(to file: inout OutputFile) {
        file.write("\"schema\":{")
        for (position, (id, type, key)) in schemas.enumerated() {
            if position > 0 { file.write(byte: UInt8(ascii: ",")) }
            file.writeJSONString(id)
            file.write(":{\"type\":\"\(type)\",")
            if type == "array" { file.write("\"items\":\"json\",") }
            file.write("\"custom\":\"\(key)\",\"customId\":\(id.dropFirst("customfield_".count))}")
        }
        file.write("}")
    }
}
