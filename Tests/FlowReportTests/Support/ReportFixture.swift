import FlowMapping
import FlowModel
import Foundation

@testable import FlowReport

/// A small report built by hand: two teams, eight weeks, five stages, aging work, sprints, a forecast,
/// and export text that tries to break every output (`<script>`, `|`, `*`, a formula, a newline).
enum ReportFixture {
    static let hostileTitle = "<script>alert(1)</script> a | b *c*"
    static let formulaTitle = "=HYPERLINK(\"x\")"

    static func day(_ text: String) -> Day {
        guard let day = Day(iso: text) else { preconditionFailure("bad fixture day \(text)") }
        return day
    }

    static func at(_ year: Int, _ month: Int, _ dayOfMonth: Int, _ hour: Int = 0, _ minute: Int = 0) -> Date {
        Date.utc(year: year, month: month, day: dayOfMonth, hour: hour, minute: minute)
    }

    static func report() -> Report {
        Report(
            title: "Payments & Onboarding", generatedAt: at(2026, 11, 23, 8, 0),
            window: ReportWindow(from: day("2026-11-16"), to: day("2026-11-22"), timeZone: "UTC"),
            history: .full,
            sources: [
                SourceSummary(
                    file: "payments.json", format: "jira-json", formatName: "Jira REST JSON", items: 40,
                    statusChanges: 212, history: .full),
                SourceSummary(
                    file: "onboarding | export.csv", format: "transitions-csv", formatName: "Transitions CSV",
                    items: 25, statusChanges: 130, history: .full,
                    skipped: ["record 7: unrecognized date '31/13/26'"]),
            ],
            teams: ["Onboarding", "Payments"],
            capabilities: ["Full status history: every metric is computed from status changes."],
            summary: summary, previous: previous, baseline: baseline,
            verdicts: [
                "Flow time p85 rose from 6.1 to 8.9 days.",
                "Review holds the most waiting time: 9.5 days in total.",
            ],
            weeks: weeks, flowItems: ["Feature", "Defect", "Risk", "Debt"], stages: stages, bottleneck: "Review",
            loadByCategory: [
                CategoryCount(category: "To Do", count: 12), CategoryCount(category: "In Progress", count: 7),
                CategoryCount(category: "Done", count: 46),
            ],
            statuses: statuses, timeInStatus: timeInStatus, aging: aging, cumulativeFlow: cumulativeFlow,
            scatter: scatter, histogram: histogram,
            discarded: DiscardedSummary(count: 1, afterStart: 1, daysSpent: 2.5),
            teamRows: [
                TeamRow(name: "Onboarding", summary: onboarding), TeamRow(name: "Payments", summary: payments),
            ],
            businessSteps: [TeamRow(name: "Onboarding & Activation", summary: onboarding)],
            sprints: sprints, forecast: forecast,
            notes: ["Status 'Blocked' is not in any stage: 2 items placed by their category (In Progress)."],
            items: items, stageNames: ["Backlog", "Analysis", "Development", "Review", "Done"],
            durationBasis: "flow time", agingFlowTime: Percentiles(p50: 3.1, p85: 7.6, p95: 11.5, mean: 4.0, count: 63))
    }

    static let summary = FlowSummary(
        velocity: 5, velocityByFlowItem: ["Feature": 3, "Defect": 2, "Risk": 0, "Debt": 0],
        flowTime: Percentiles(p50: 3.2, p85: 8.9, p95: 12.0, mean: 4.1, count: 5),
        leadTime: Percentiles(p50: 9.0, p85: 20.1, p95: 31.7, mean: 11.25, count: 5), flowEfficiency: 0.3125,
        load: Load(end: 7, average: 6.428571428571429),
        distribution: ["Feature": 0.6, "Defect": 0.4, "Risk": 0.0, "Debt": 0.0],
        distributionInProgress: [
            "Feature": 0.5714285714285714, "Defect": 0.2857142857142857, "Debt": 0.14285714285714285,
        ],
        created: 4, discarded: 1, days: 7, velocityPerWeek: 5)

    /// Last week: no flow efficiency (to show a missing value beside present ones).
    static let previous = FlowSummary(
        velocity: 4, velocityByFlowItem: ["Feature": 4],
        flowTime: Percentiles(p50: 2.5, p85: 6.1, p95: 6.1, mean: 3.0, count: 4),
        leadTime: Percentiles(p50: 7.0, p85: 15.0, p95: 15.0, mean: 8.5, count: 4), flowEfficiency: nil,
        load: Load(end: 6, average: 5.857142857142857), distribution: ["Feature": 1.0], created: 3, days: 7,
        velocityPerWeek: 4)

    static let baseline = FlowSummary(
        velocity: 5, velocityByFlowItem: ["Feature": 4, "Defect": 1],
        flowTime: Percentiles(p50: 3.0, p85: 7.4, p95: 10.2, mean: 3.9, count: 58),
        leadTime: Percentiles(p50: 8.1, p85: 18.0, p95: 26.4, mean: 10.0, count: 58), flowEfficiency: 0.28,
        load: Load(end: 6, average: 6.1), distribution: ["Feature": 0.8, "Defect": 0.2], created: 4, days: 84,
        velocityPerWeek: 4.833333333333333)

    static let onboarding = FlowSummary(
        velocity: 2, velocityByFlowItem: ["Feature": 1, "Defect": 1],
        flowTime: Percentiles(p50: 2.0, p85: 4.5, p95: 4.5, mean: 3.25, count: 2), leadTime: nil,
        flowEfficiency: 0.5, load: Load(end: 3, average: 2.7142857142857144),
        distribution: ["Feature": 0.5, "Defect": 0.5], days: 7, velocityPerWeek: 2)

    static let payments = FlowSummary(
        velocity: 3, velocityByFlowItem: ["Feature": 2, "Defect": 1],
        flowTime: Percentiles(p50: 3.2, p85: 12.0, p95: 12.0, mean: 4.67, count: 3),
        leadTime: Percentiles(p50: 9.0, p85: 31.7, p95: 31.7, mean: 16.0, count: 3), flowEfficiency: 0.25,
        load: Load(end: 4, average: 3.7142857142857144),
        distribution: ["Feature": 0.6666666666666666, "Defect": 0.3333333333333333], days: 7,
        velocityPerWeek: 3)

    static let weeks: [WeekRow] = [
        ("2026-W40", "2026-09-28", 3, ["Feature": 2, "Defect": 1], 5.5, 12.0, 5.0, 4),
        ("2026-W41", "2026-10-05", 6, ["Feature": 4, "Debt": 2], 7.0, 16.5, 5.6, 5),
        ("2026-W42", "2026-10-12", 4, ["Feature": 3, "Defect": 1], 6.2, 14.0, 6.3, 3),
        ("2026-W43", "2026-10-19", 0, [:], nil, nil, 6.0, 2),
        ("2026-W44", "2026-10-26", 7, ["Feature": 4, "Defect": 2, "Risk": 1], 8.1, 19.2, 5.4, 6),
        ("2026-W45", "2026-11-02", 5, ["Feature": 5], 5.9, 13.3, 5.1, 4),
        ("2026-W46", "2026-11-09", 4, ["Feature": 4], 6.1, 15.0, 5.857142857142857, 3),
        ("2026-W47", "2026-11-16", 5, ["Feature": 3, "Defect": 2], 8.9, 20.1, 6.428571428571429, 4),
    ].map { label, start, velocity, byType, flowTime, leadTime, load, created in
        WeekRow(
            week: label, from: day(start), to: day(start).advanced(by: 6), velocity: velocity,
            velocityByFlowItem: byType, flowTimeP85: flowTime, leadTimeP85: leadTime, loadAverage: load,
            created: created, inWindow: label == "2026-W47")
    }

    static let stages = [
        StageRow(name: "Analysis", kind: .active, items: 4, p50Days: 0.8, p85Days: 1.5, totalDays: 3.9),
        StageRow(name: "Ready", kind: .wait, items: 5, p50Days: 0.6, p85Days: 2.0, totalDays: 4.2),
        StageRow(name: "Development", kind: .active, items: 5, p50Days: 1.5, p85Days: 3.1, totalDays: 8.6),
        StageRow(name: "Review", kind: .wait, items: 5, p50Days: 1.1, p85Days: 3.0, totalDays: 9.5),
        StageRow(name: "Test", kind: .active, items: 3, p50Days: 0.5, p85Days: nil, totalDays: 1.4),
    ]

    static let statuses = [
        StatusRow(status: "To Do", category: "To Do", stage: "Backlog", kind: .backlog, count: 12, unmapped: false),
        StatusRow(
            status: "In Progress", category: "In Progress", stage: "Development", kind: .active, count: 3,
            unmapped: false),
        StatusRow(
            status: "Code Review", category: "In Progress", stage: "Review", kind: .wait, count: 2, unmapped: false),
        StatusRow(
            status: "Blocked", category: "In Progress", stage: "Development", kind: .active, count: 2, unmapped: true),
        StatusRow(status: "Done", category: "Done", stage: "Done", kind: .done, count: 46, unmapped: false),
    ]

    static let timeInStatus = [
        StatusTimeRow(status: "In Progress", items: 5, p50Days: 1.5, p85Days: 3.1, totalDays: 8.6),
        StatusTimeRow(status: "status 10007", items: 2, p50Days: 0.25, p85Days: 0.5, totalDays: 0.75),
    ]

    static let aging = [
        AgingRow(
            key: "PAY-31", title: hostileTitle, status: "Code Review", stage: "Review", team: "Payments",
            ageDays: 14.25, beyond: "p95"),
        AgingRow(
            key: "ONB-12", title: formulaTitle, status: "In Progress", stage: "Development", team: "Onboarding",
            ageDays: 9.0, beyond: "p85"),
        AgingRow(
            key: "PAY-40", title: "Retry card\nauthorisation", status: "In Progress", stage: "Development",
            team: "Payments", ageDays: 4.5, beyond: "p50"),
        AgingRow(
            key: "ONB-15", title: "Welcome e-mail", status: "Blocked", stage: "Development", team: "Onboarding",
            ageDays: 1.2, beyond: nil),
    ]

    /// Seven days, five stages: Backlog shrinks as Done grows.
    static let cumulativeFlow = CumulativeFlow(
        days: (16...22).map { day("2026-11-\($0)") },
        stages: ["Backlog", "Analysis", "Development", "Review", "Done"],
        counts: [
            [14, 2, 3, 2, 41], [13, 2, 4, 2, 41], [13, 1, 4, 3, 42], [12, 2, 3, 3, 43],
            [12, 2, 3, 2, 44], [12, 1, 3, 2, 45], [12, 1, 4, 2, 46],
        ])

    static let scatter: [ScatterPoint] = [
        ("PAY-20", "2026-10-02", 2.5), ("ONB-4", "2026-10-06", 5.1), ("PAY-22", "2026-10-09", 1.2),
        ("PAY-23", "2026-10-14", 6.8), ("ONB-6", "2026-10-16", 3.3), ("PAY-25", "2026-10-27", 8.0),
        ("PAY-26", "2026-10-29", 0.0), ("ONB-8", "2026-11-03", 4.4), ("PAY-28", "2026-11-05", 2.2),
        ("ONB-9", "2026-11-11", 6.1), ("PAY-7", "2026-11-17", 3.2), ("ONB-10", "2026-11-18", 2.0),
        ("PAY-29", "2026-11-19", 8.9), ("ONB-11", "2026-11-20", 4.5), ("PAY-30", "2026-11-21", 12.0),
    ].map { key, done, days in ScatterPoint(key: key, done: day(done), days: days) }

    static let histogram = [
        HistogramBin(lowerDays: 0, upperDays: 2, count: 0), HistogramBin(lowerDays: 2, upperDays: 4, count: 2),
        HistogramBin(lowerDays: 4, upperDays: 6, count: 1), HistogramBin(lowerDays: 6, upperDays: 8, count: 0),
        HistogramBin(lowerDays: 8, upperDays: 10, count: 1), HistogramBin(lowerDays: 10, upperDays: 12, count: 0),
        HistogramBin(lowerDays: 12, upperDays: 14, count: 1),
    ]

    static let sprints = [
        SprintRow(
            team: "Payments", sprint: "PAY Sprint 12", state: "closed", start: day("2026-11-02"),
            end: day("2026-11-13"), datesFrom: "data", committed: 12, added: 3, removed: 1, completed: 10,
            notCompleted: 4, carriedOver: 3, sayDo: 0.8333333333333334, pointsCommitted: 30, pointsCompleted: 26,
            flowTimeP85: 6.1),
        SprintRow(
            team: "Onboarding", sprint: "ONB | Sprint *3*", state: nil, start: day("2026-11-09"), end: nil,
            datesFrom: "items", committed: 5, added: 0, removed: 0, completed: 2, notCompleted: 3,
            carriedOver: 0, sayDo: 0.4, pointsCommitted: nil, pointsCompleted: nil, flowTimeP85: nil),
    ]

    static let forecast = Forecast(
        basisWeeks: 12,
        howMany: [
            ForecastRow(label: "Items done by 2026-12-06 (2 weeks)", p50: "10", p85: "8", p95: "6"),
            ForecastRow(label: "Items done by 2026-12-20 (4 weeks)", p50: "21", p85: "17", p95: "15"),
        ],
        whenDone: [
            ForecastRow(label: "All 7 items in progress", p50: "2026-12-01", p85: "2026-12-04", p95: "2026-12-08")
        ], inProgress: 7)

    static let items = [
        ItemRow(
            key: "PAY-7", title: "Pay by link", type: "Story", flowItem: "Feature", team: "Payments",
            status: "Done", stage: "Done", outcome: .delivered, source: "jira-json",
            created: at(2026, 11, 2, 9, 15), started: at(2026, 11, 3, 10), done: at(2026, 11, 10, 10),
            flowTimeDays: 7.0, leadTimeDays: 8.03125, activeDays: 4.5, waitDays: 2.5,
            stageEntries: [
                at(2026, 11, 2, 9, 15), at(2026, 11, 3, 10), at(2026, 11, 5, 23, 30), at(2026, 11, 8, 12),
                at(2026, 11, 10, 10),
            ]),
        ItemRow(
            key: "PAY-31", title: hostileTitle, type: "Bug", flowItem: "Defect", team: "Payments",
            status: "Code Review", stage: "Review", outcome: .inProgress, source: "jira-json",
            created: Date(timeIntervalSince1970: 1_793_000_000.25), started: at(2026, 11, 8, 6), done: nil,
            flowTimeDays: nil, leadTimeDays: nil, activeDays: 3.0, waitDays: 11.25,
            stageEntries: [nil, nil, at(2026, 11, 8, 6), at(2026, 11, 12, 14), nil]),
        ItemRow(
            key: "ONB-12", title: formulaTitle, type: "Story", flowItem: "Feature", team: "Onboarding",
            status: "In Progress", stage: "Development", outcome: .inProgress, source: "transitions-csv",
            created: at(2026, 11, 1), started: at(2026, 11, 13), done: nil, flowTimeDays: nil, leadTimeDays: nil,
            activeDays: 9.0, waitDays: 0, stageEntries: [at(2026, 11, 1), nil, at(2026, 11, 13), nil, nil]),
        ItemRow(
            key: "ONB-20", title: "Line one\nline two, \"quoted\"", type: "Task", flowItem: "Feature",
            team: "Onboarding", status: "To Do", stage: "Backlog", outcome: .notStarted, source: "transitions-csv",
            created: nil, started: nil, done: nil, flowTimeDays: nil, leadTimeDays: nil, activeDays: nil,
            waitDays: nil, stageEntries: [nil, nil, nil, nil, nil]),
        ItemRow(
            key: "-5 PAY", title: "@mention +1", type: "Bug", flowItem: "Defect", team: "Payments",
            status: "Cancelled", stage: "Discarded", outcome: .discarded, source: "jira-json",
            created: at(2026, 11, 4), started: at(2026, 11, 16, 12), done: at(2026, 11, 19), flowTimeDays: nil,
            leadTimeDays: nil, activeDays: 2.5, waitDays: 0,
            stageEntries: [at(2026, 11, 4), nil, at(2026, 11, 16, 12), nil, nil]),
        ItemRow(
            key: "PAY-33", title: "Fix typo", type: "Bug", flowItem: "Defect", team: "Payments", status: "Done",
            stage: "Done", outcome: .delivered, source: "jira-json", created: at(2026, 11, 17, 9),
            started: at(2026, 11, 18, 15), done: at(2026, 11, 18, 15), flowTimeDays: 0, leadTimeDays: 1.25,
            activeDays: 0, waitDays: 0, stageEntries: [at(2026, 11, 17, 9), nil, nil, nil, at(2026, 11, 18, 15)],
            skippedFlow: true),
    ]
}

extension ReportFixture {
    /// A report where the data gives almost nothing: no history, no deliveries, no previous week.
    static func empty() -> Report {
        Report(
            title: "Empty", generatedAt: at(2026, 11, 23),
            window: ReportWindow(from: day("2026-11-16"), to: day("2026-11-22"), timeZone: "Europe/Berlin"),
            history: .none, sources: [], summary: FlowSummary(),
            items: [
                ItemRow(
                    key: "X-1", title: "", type: "", flowItem: "Feature", team: "", status: "Open", stage: "Backlog",
                    outcome: .notStarted, source: "jira-csv", created: nil, started: nil, done: nil, flowTimeDays: nil,
                    leadTimeDays: nil, activeDays: nil, waitDays: nil)
            ],
            stageNames: ["Backlog"])
    }

    /// A report of `count` items with everything large: aging, scatter, sprints, statuses, a year of
    /// cumulative flow. For the size bounds of the HTML.
    static func large(items count: Int) -> Report {
        var report = report()
        let base = at(2026, 1, 1)
        report.items = (0..<count).map { index -> ItemRow in
            let days: Double = Double(index % 40)
            let done: Date = base.addingTimeInterval(days * 86_400 + 172_800)
            let started: Date = base.addingTimeInterval(86_400)
            let team: String = index % 2 == 0 ? "Payments" : "Onboarding"
            return ItemRow(
                key: "BIG-\(index)", title: "Item number \(index) with a title of some length", type: "Story",
                flowItem: "Feature", team: team, status: "Done", stage: "Done", outcome: .delivered, source: "jira-csv",
                created: base, started: started, done: done, flowTimeDays: days + 1, leadTimeDays: days + 2,
                activeDays: 1, waitDays: days, stageEntries: [base, nil, started, nil, nil])
        }
        report.aging = (0..<(count / 10)).map { index -> AgingRow in
            let stage: String = index % 3 == 0 ? "Review" : "Development"
            let age: Double = Double(count / 10 - index) / 10
            let beyond: String? = index < 100 ? "p95" : nil
            return AgingRow(
                key: "OLD-\(index)", title: "Waiting item \(index)", status: "In Progress", stage: stage,
                team: "Payments", ageDays: age, beyond: beyond)
        }
        report.scatter = (0..<(count / 20)).map { index in
            ScatterPoint(
                key: "BIG-\(index)", done: day("2026-01-01").advanced(by: index % 320), days: Double(index % 40))
        }
        report.sprints = (0..<(count / 50)).map { index in
            SprintRow(
                team: "Payments", sprint: "Sprint \(index)", state: "closed", start: nil, end: nil, datesFrom: "items",
                committed: 10, added: 1, removed: 0, completed: 9, notCompleted: 1, carriedOver: 1, sayDo: 0.9,
                pointsCommitted: nil, pointsCompleted: nil, flowTimeP85: 4)
        }
        report.statuses = (0..<(count / 200)).map { index in
            StatusRow(
                status: "Status \(index)", category: "In Progress", stage: "Development", kind: .active, count: 3,
                unmapped: index % 2 == 0)
        }
        report.notes = (0..<(count / 100)).map { "Note \($0)" }
        let days = (0..<365).map { day("2026-01-01").advanced(by: $0) }
        report.cumulativeFlow = CumulativeFlow(
            days: days, stages: report.cumulativeFlow?.stages ?? [],
            counts: days.indices.map { [400, 20, 30, 10, $0 * 200] })
        return report
    }
}
