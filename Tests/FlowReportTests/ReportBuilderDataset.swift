import FlowMapping
import FlowMetrics
import FlowModel
import FlowReport
import Foundation

/// The hand-made dataset of ``ReportBuilderTests``. `d(x)` is x days after Monday 2026-11-16 00:00 UTC.
///
/// | item | team | history | moves |
/// | --- | --- | --- | --- |
/// | PAY-1 Story | Payments | yes | created d−10, In Progress d−3, In Review d−1, Done d1 |
/// | PAY-2 Bug | Payments | yes | created d−5, In Progress d−4, Done d2.5 |
/// | PAY-3 Story | Payments | yes | created d−20, In Progress d−12, In Review d−10, Done d−6 |
/// | PAY-4 Story | Payments | yes | created d−2, In Progress d3 |
/// | PAY-5 Story | Payments | yes | created d−9, In Progress d−8, Cancelled d4 |
/// | ONB-1 Story | Onboarding | yes | created d−15, Done d5 (straight from Open) |
/// | ONB-2 Bug | Onboarding | yes | created d−6, In Progress d−5, In Review d−2 |
/// | ONB-3 Story | Onboarding | yes | created d1, never moved |
/// | CLM-1 Bug | Claims | no | Done, created d−3, resolved d3 |
/// | CLM-2 Story | Claims | no | Done, created d−1.5, no resolved, category changed d6.5 |
/// | CLM-3 Story | Claims | no | In Progress, created d−4, category changed d2 |
/// | CLM-4 Story | Claims | no | Waiting for Customer (In Progress category, no stage names it), created d−7 |
///
/// Load at the end of each day of W47, the last moment before d1…d7 (flow start before it, no flow end before
/// it: an event at midnight belongs to the day it begins): before d1 PAY-1 (done at d1), PAY-2, PAY-5, ONB-2;
/// before d2 PAY-2, PAY-5, ONB-2; before d3 PAY-5, ONB-2 (PAY-2 ended d2.5, PAY-4 starts at d3); before d4
/// PAY-4, PAY-5 (discarded at d4), ONB-2; before d5…d7 PAY-4, ONB-2 (ONB-1 skips the flow at d5) →
/// [4, 3, 2, 3, 2, 2, 2].
enum ReportBuilderDataset {
    static let origin = Date.utc(year: 2026, month: 11, day: 16)

    static func d(_ days: Double) -> Date { origin.addingTimeInterval(days * 86_400) }

    /// 2026-11-16 … 2026-11-22.
    static let week47 = Week(containing: Day(ordinal: Day.ordinal(year: 2026, month: 11, day: 16)))

    /// The report for `window` (W47 unless given), made "at" d30.
    static func report(_ window: WindowRequest = .week(week47), teams: [String] = []) -> Report {
        ReportBuilder(valueStream: stream, generatedAt: d(30)).build(dataset, window: window, teams: teams)
    }

    static let stream = ValueStream(
        name: "Claims and payments",
        stages: [
            Stage(name: "Backlog", kind: .backlog, statuses: ["Open"]),
            Stage(name: "Development", kind: .active, statuses: ["In Progress"]),
            Stage(name: "Review", kind: .wait, statuses: ["In Review"]),
            Stage(name: "Test", kind: .active, statuses: ["QA"]),
            Stage(name: "Done", kind: .done, statuses: ["Done"]),
            Stage(name: "Discarded", kind: .discarded, statuses: ["Cancelled"]),
        ],
        teamNames: ["PAY": "Payments", "ONB": "Onboarding", "CLM": "Claims"])

    static func tracked(_ key: String, _ type: String, created: Double, _ moves: [(Double, String)]) -> WorkItem {
        var status = "Open"
        var history: [StatusChange] = []
        for (time, target) in moves {
            history.append(StatusChange(at: d(time), from: status, to: target))
            status = target
        }
        return WorkItem(
            key: key, title: "\(type) \(key)", type: type, status: status,
            project: String(key.prefix { $0 != "-" }), created: d(created), history: history, source: "jira-json")
    }

    static func exported(
        _ key: String, _ type: String, status: String, category: StatusCategory, created: Double,
        resolved: Double? = nil, categoryChanged: Double? = nil
    ) -> WorkItem {
        WorkItem(
            key: key, title: "\(type) \(key)", type: type, status: status, statusCategory: category,
            statusCategoryChanged: categoryChanged.map(d), project: "CLM", created: d(created),
            resolved: resolved.map(d), resolution: resolved == nil ? nil : "Done", source: "jira-csv")
    }

    static let dataset = Dataset(
        items: [
            tracked("PAY-1", "Story", created: -10, [(-3, "In Progress"), (-1, "In Review"), (1, "Done")]),
            tracked("PAY-2", "Bug", created: -5, [(-4, "In Progress"), (2.5, "Done")]),
            tracked("PAY-3", "Story", created: -20, [(-12, "In Progress"), (-10, "In Review"), (-6, "Done")]),
            tracked("PAY-4", "Story", created: -2, [(3, "In Progress")]),
            tracked("PAY-5", "Story", created: -9, [(-8, "In Progress"), (4, "Cancelled")]),
            tracked("ONB-1", "Story", created: -15, [(5, "Done")]),
            tracked("ONB-2", "Bug", created: -6, [(-5, "In Progress"), (-2, "In Review")]),
            tracked("ONB-3", "Story", created: 1, []),
            exported("CLM-1", "Bug", status: "Done", category: .done, created: -3, resolved: 3),
            exported("CLM-2", "Story", status: "Done", category: .done, created: -1.5, categoryChanged: 6.5),
            exported("CLM-3", "Story", status: "In Progress", category: .inProgress, created: -4, categoryChanged: 2),
            exported("CLM-4", "Story", status: "Waiting for Customer", category: .inProgress, created: -7),
        ],
        sources: [
            SourceSummary(
                file: "pay-onb.json", format: "jira-json", formatName: "Jira REST JSON", items: 8, statusChanges: 15,
                history: .full),
            SourceSummary(
                file: "claims.csv", format: "jira-csv", formatName: "Jira CSV export", items: 4, history: .none),
        ])
}
