/// The columns of the CSV export, in Jira Cloud's order, sized to the data: each multi-valued
/// field gets as many columns as the issue with the most values needs.
///
/// With a target width, padding custom fields are added, or — when the data alone is already
/// wider — optional columns that real sites often lack are left out, least useful first.
struct CSVLayout {
    let columns: [CSVColumn]
    let extras: [ExtraField]
    /// Set when the target width could not be met exactly.
    let warning: String?

    init(organisation: Organisation, targetColumns: Int?) {
        let counts = RepeatCounts(organisation.issues)
        let natural = CSVLayout.columns(counts: counts, extras: [], dropping: [])
        guard let target = targetColumns else {
            (columns, extras, warning) = (natural, [], nil)
            return
        }
        var dropped: [CSVColumn] = []
        for column in CSVLayout.optional where natural.count - dropped.count > target {
            dropped.append(column)
        }
        let extras = ExtraField.fields(count: max(0, target - (natural.count - dropped.count)))
        let columns = CSVLayout.columns(counts: counts, extras: extras, dropping: dropped)
        self.columns = columns
        self.extras = extras
        warning =
            columns.count == target
            ? nil : "the data needs at least \(columns.count) columns; wrote \(columns.count) instead of \(target)"
    }

    /// Columns that may be left out to meet a width, in the order they are dropped.
    private static let optional: [CSVColumn] = [
        .projectDescription, .creatorID, .creator, .projectLeadID, .environment, .securityLevel,
        .sumOriginalEstimate, .sumRemainingEstimate, .sumTimeSpent, .workRatio, .votes, .projectLead,
        .remainingEstimate,
        .timeSpent, .originalEstimate, .dueDate, .lastViewed, .development, .projectType,
    ]

    private static func columns(counts: RepeatCounts, extras: [ExtraField], dropping dropped: [CSVColumn])
        -> [CSVColumn]
    {
        var custom: [(name: String, column: CSVColumn)] = [
            ("Development", .development), ("Epic Link", .epicLink), ("Rank", .rank), ("Start date", .startDate),
            ("Story Points", .storyPoints), ("Team", .team), ("[CHART] Time in Status", .timeInStatus),
        ]
        custom += (0..<counts.sprints).map { ("Sprint", .sprint(slot: $0)) }
        custom += extras.indices.map { (extras[$0].name, .extra($0)) }
        let sortedCustom = custom.enumerated().sorted { ($0.element.name, $0.offset) < ($1.element.name, $1.offset) }
            .map(\.element.column)

        var columns: [CSVColumn] = [
            .summary, .key, .id, .type, .status, .projectKey, .projectName, .projectType, .projectLead, .projectLeadID,
            .projectDescription, .priority, .resolution, .assignee, .assigneeID, .reporter, .reporterID, .creator,
            .creatorID, .created, .updated, .lastViewed, .resolved,
        ]
        columns += (0..<counts.fixVersions).map { .fixVersion(slot: $0) }
        columns += (0..<counts.components).map { .component(slot: $0) }
        columns += [.dueDate, .votes]
        columns += (0..<counts.labels).map { .label(slot: $0) }
        columns += [.description, .environment]
        columns += (0..<counts.watchers).map { .watcher(slot: $0) }
        columns += (0..<counts.watchers).map { .watcherID(slot: $0) }
        columns += [
            .originalEstimate, .remainingEstimate, .timeSpent, .workRatio, .sumOriginalEstimate, .sumRemainingEstimate,
            .sumTimeSpent, .securityLevel,
        ]
        columns += sortedCustom
        columns += (0..<counts.comments).map { .comment(slot: $0) }
        columns += [.parentID, .parentKey, .parentSummary, .statusCategory, .statusCategoryChanged]
        return columns.filter { !dropped.contains($0) }
    }
}

/// The most values any one issue has of each multi-valued field.
private struct RepeatCounts {
    var fixVersions = 0, components = 0, labels = 0, watchers = 0, sprints = 0, comments = 0

    init(_ issues: [SimIssue]) {
        for issue in issues {
            fixVersions = max(fixVersions, issue.fixVersions.count)
            components = max(components, issue.components.count)
            labels = max(labels, issue.labels.count)
            watchers = max(watchers, issue.watchers.count)
            sprints = max(sprints, issue.sprints.count)
            comments = max(comments, issue.comments.count)
        }
    }
}
