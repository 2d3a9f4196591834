/// Which custom fields hold story points and the epic link, from the `names` map a page has with
/// `expand=names`, or — without it — from the field ids Jira Cloud and Server use by default.
enum JiraJSONCustomFields {
    /// Display names of story point fields, in order of preference (English and the localised names seen).
    static let storyPointNames = [
        "story points", "story point estimate", "puntos de historia", "estimación de puntos de historia",
        "pontos de história", "estimativa de pontos de história", "исторические точки", "story points (оценка)",
    ]

    /// Without a `names` map: `customfield_10016` (Cloud's "Story point estimate"), `customfield_10026`
    /// (Cloud's "Story Points" on many sites) and `customfield_10002` (Server's "Story Points"), used only
    /// when the value is a number.
    static let defaultStoryPointFields = ["customfield_10016", "customfield_10026", "customfield_10002"]

    /// The custom field ids that hold story points, most preferred first: those `names` gives; without it,
    /// those the changelogs name (`changelogNames`, by id), then the default ids.
    static func storyPointFields(names: [String: String], changelogNames: [String: String] = [:]) -> [String] {
        func named(_ names: [String: String]) -> [String] {
            storyPointNames.flatMap { wanted in names.filter { $0.value.matchKey == wanted }.keys.sorted() }
        }
        guard names.isEmpty else { return named(names) }
        let learned = named(changelogNames)
        return learned + defaultStoryPointFields.filter { !learned.contains($0) }
    }

    /// A changelog item's `field` when it names story points (`Story Points`, `Story point estimate`, or a
    /// localised name); `count` is its length in bytes, checked first so that most fields build no `String`.
    static func storyPointsName(count: Int, _ text: @autoclosure () -> String) -> String? {
        guard storyPointNameLengths.contains(count) else { return nil }
        let name = text()
        return storyPointNames.contains(name.matchKey) ? name : nil
    }

    private static let storyPointNameLengths = Set(storyPointNames.map(\.utf8.count))

    /// The custom field ids named `Epic Link`; none without a `names` map (the id differs per site, so the
    /// epic then comes only from a `parent` that is an epic).
    static func epicLinkFields(names: [String: String]) -> [String] {
        names.filter { $0.value.matchKey == "epic link" }.keys.sorted()
    }
}
