/// One issue's row: what each column holds for it.
struct CSVRow {
    let issue: SimIssue
    let organisation: Organisation
    let extras: [ExtraField]
    private let sprints: [Int]
    /// The parent column: a sub-task's parent, or the epic of an issue in one (Jira Cloud shows
    /// the epic as parent since 2023).
    private let parent: SimIssue?

    init(issue: SimIssue, organisation: Organisation, extras: [ExtraField]) {
        self.issue = issue
        self.organisation = organisation
        self.extras = extras
        sprints = issue.sprints
        parent = (issue.parent ?? issue.epic).map { organisation.issues[$0] }
    }

    private var team: Team { organisation.teams[issue.team] }

    func writeCell(_ column: CSVColumn, to file: inout OutputFile) {
        switch column {
        case .summary: file.writeCSVCell(issue.summary)
        case .key: file.write(issue.key)
        case .id: file.write(number: issue.id)
        case .type: file.writeCSVCell(issue.kind.name)
        case .status: file.writeCSVCell(issue.status.name)
        case .projectKey: file.write(team.key)
        case .projectName: file.writeCSVCell(team.name)
        case .projectType: file.write("software")
        case .projectLead: writePersonName(team.lead, to: &file)
        case .projectLeadID: file.write(organisation.people[team.lead].accountID)
        case .projectDescription: file.writeCSVCell(team.projectDescription)
        case .priority: file.write(issue.priority.name)
        case .resolution: if let resolution = issue.resolution { file.writeCSVCell(resolution.name) }
        case .assignee: if let assignee = issue.assignee { writePersonName(assignee, to: &file) }
        case .assigneeID: if let assignee = issue.assignee { file.write(organisation.people[assignee].accountID) }
        case .reporter, .creator: writePersonName(issue.reporter, to: &file)
        case .reporterID, .creatorID: file.write(organisation.people[issue.reporter].accountID)
        case .created: writeDate(issue.created, to: &file)
        case .updated: writeDate(issue.updated, to: &file)
        case .lastViewed: if let viewed = issue.lastViewed { writeDate(viewed, to: &file) }
        case .resolved: if let resolved = issue.resolved { writeDate(resolved, to: &file) }
        case .fixVersion(let slot):
            if slot < issue.fixVersions.count { file.writeCSVCell(organisation.releases[issue.fixVersions[slot]].name) }
        case .component(let slot): if slot < issue.components.count { file.writeCSVCell(issue.components[slot]) }
        case .dueDate: if let due = issue.dueDate { writeDate(due, to: &file) }
        case .votes: file.write(byte: UInt8(ascii: "0"))
        case .label(let slot): if slot < issue.labels.count { file.writeCSVCell(issue.labels[slot]) }
        case .description: file.writeCSVCell(issue.description)
        case .environment: file.writeCSVCell(issue.environment)
        case .watcher(let slot): if slot < issue.watchers.count { writePersonName(issue.watchers[slot], to: &file) }
        case .watcherID(let slot):
            if slot < issue.watchers.count { file.write(organisation.people[issue.watchers[slot]].accountID) }
        case .originalEstimate, .sumOriginalEstimate:
            if let estimate = issue.originalEstimate { file.write(number: estimate) }
        case .remainingEstimate, .sumRemainingEstimate:
            if let estimate = issue.originalEstimate { file.write(number: max(0, estimate - (issue.timeSpent ?? 0))) }
        case .timeSpent, .sumTimeSpent: if let spent = issue.timeSpent { file.write(number: spent) }
        case .workRatio:
            if let estimate = issue.originalEstimate, estimate > 0 {
                file.write(number: (issue.timeSpent ?? 0) * 100 / estimate)
                file.write(byte: UInt8(ascii: "%"))
            }
        case .securityLevel: break
        case .development: writeDevelopment(to: &file)
        case .epicLink: if let epic = issue.epic { file.write(organisation.issues[epic].key) }
        case .rank: file.write(FieldText.rank(issue.rank))
        case .sprint(let slot): if slot < sprints.count { file.writeCSVCell(organisation.sprints[sprints[slot]].name) }
        case .startDate: if let start = issue.startDate { writeDate(start, to: &file) }
        case .storyPoints: if let points = issue.storyPoints { file.write(FieldText.number(points)) }
        case .team: file.writeCSVCell(team.name)
        case .timeInStatus: writeTimeInStatus(to: &file)
        case .extra(let index): writeExtra(extras[index], to: &file)
        case .comment(let slot): if slot < issue.comments.count { writeComment(issue.comments[slot], to: &file) }
        case .parentID: if let parent { file.write(number: parent.id) }
        case .parentKey: if let parent { file.write(parent.key) }
        case .parentSummary: if let parent { file.writeCSVCell(parent.summary) }
        case .statusCategory: file.write(issue.status.category.rawValue)
        case .statusCategoryChanged: writeDate(issue.statusCategoryChanged, to: &file)
        }
    }

    private func writeDate(_ instant: Int, to file: inout OutputFile) {
        file.writeJiraDate(instant, zone: organisation.zone)
    }

    private func writePersonName(_ person: Int, to file: inout OutputFile) {
        file.writeCSVCell(organisation.people[person].name)
    }

    private func writeDevelopment(to file: inout OutputFile) {
        file.writeCSVCell(issue.hasPullRequest ? FieldText.mergedPullRequest : "{}")
    }

    /// `statusId_*:*_timesEntered_*:*_milliseconds` per status, joined by `_*|*_`.
    private func writeTimeInStatus(to file: inout OutputFile) {
        for (position, entry) in issue.timeInStatus.enumerated() {
            if position > 0 { file.write("_*|*_") }
            file.write(entry.status.id)
            file.write("_*:*_")
            file.write(number: entry.timesEntered)
            file.write("_*:*_")
            file.write(number: entry.milliseconds)
        }
    }

    private func writeExtra(_ field: ExtraField, to file: inout OutputFile) {
        switch field.value(for: issue, organisation: organisation) {
        case .none: break
        case .text(let text), .option(let text, _): file.writeCSVCell(text)
        case .date(let instant): writeDate(instant, to: &file)
        }
    }

    /// `24/Nov/26 9:15 AM;accountId;body`, quoted as a whole when the body needs it.
    private func writeComment(_ comment: IssueComment, to file: inout OutputFile) {
        let quoted = OutputFile.csvNeedsQuotes(comment.body)
        if quoted { file.write(byte: UInt8(ascii: "\"")) }
        writeDate(comment.at, to: &file)
        file.write(byte: UInt8(ascii: ";"))
        file.write(organisation.people[comment.author].accountID)
        file.write(byte: UInt8(ascii: ";"))
        if quoted {
            file.writeCSVQuotedBody(comment.body)
            file.write(byte: UInt8(ascii: "\""))
        } else {
            file.write(comment.body)
        }
    }
}
