import FlowMapping
import FlowMetrics
import FlowModel
import FlowReport
import Foundation
import Testing

/// A report built from a small hand-made dataset of three teams — Payments and Onboarding with full
/// history, Claims from a CSV without — for week 2026-W47 (Mon 16 – Sun 22 November, UTC). Every number
/// below was worked out by hand from the items in `ReportBuilderDataset`; `d` is days after Mon 16 00:00.
@Suite struct ReportBuilderTests {
    static let report = ReportBuilderDataset.report()

    @Test func windowHistoryAndTeams() {
        let report = Self.report
        #expect(report.title == "Claims and payments")
        let week = ReportBuilderDataset.week47
        #expect(report.window == ReportWindow(from: week.start, to: week.end, timeZone: "UTC"))
        // 8 of 12 items have history.
        #expect(report.history == .partial)
        #expect(report.teams == ["Claims", "Onboarding", "Payments"])
        #expect(report.flowItems == ["Feature", "Defect", "Risk", "Debt"])
        #expect(report.stageNames == ["Backlog", "Development", "Review", "Test", "Done", "Discarded"])
    }

    @Test func summaryOfTheWindow() throws {
        let summary = Self.report.summary
        // Delivered in W47: PAY-1 (d1, Story), PAY-2 (d2.5, Bug), CLM-1 (d3, Bug), ONB-1 (d5, Story, skipped
        // the flow), CLM-2 (d6.5, Story): 5 — Feature 3, Defect 2.
        #expect(summary.velocity == 5)
        #expect(summary.velocityByFlowItem == ["Feature": 3, "Defect": 2])
        // Flow times with history: PAY-1 d−3→d1 = 4, PAY-2 d−4→d2.5 = 6.5, ONB-1 0. Sorted [0, 4, 6.5]:
        // p50 rank 2 → 4, p85 rank ⌈2.55⌉ = 3 → 6.5, p95 → 6.5, mean 10.5 / 3 = 3.5.
        #expect(summary.flowTime == Percentiles(p50: 4, p85: 6.5, p95: 6.5, mean: 3.5, count: 3))
        // Lead times: PAY-1 11, PAY-2 7.5, CLM-1 6, ONB-1 20, CLM-2 8. Sorted [6, 7.5, 8, 11, 20]:
        // p50 rank ⌈2.5⌉ = 3 → 8, p85 rank ⌈4.25⌉ = 5 → 20, p95 → 20, mean 52.5 / 5 = 10.5.
        #expect(summary.leadTime == Percentiles(p50: 8, p85: 20, p95: 20, mean: 10.5, count: 5))
        // Active / wait: PAY-1 2 / 2, PAY-2 6.5 / 0, ONB-1 0 / 0: 8.5 / 10.5.
        let efficiency = try #require(summary.flowEfficiency)
        #expect(abs(efficiency - 8.5 / 10.5) < 1e-12)
        // Load at the end of each day: [4, 3, 2, 3, 2, 2, 2] (see ReportBuilderDataset): 18 / 7; end 2.
        #expect(summary.load == Load(end: 2, average: 18.0 / 7.0))
        #expect(summary.distribution == ["Feature": 0.6, "Defect": 0.4, "Risk": 0, "Debt": 0])
        // In progress at the end: PAY-4 (Story) and ONB-2 (Bug).
        #expect(summary.distributionInProgress == ["Feature": 0.5, "Defect": 0.5, "Risk": 0, "Debt": 0])
        // Created in W47: ONB-3 only. Discarded in W47: PAY-5.
        #expect(summary.created == 1)
        #expect(summary.discarded == 1)
        #expect(summary.days == 7)
    }

    @Test func previousWeekAndBaseline() throws {
        // W46 (d−7…d−1): PAY-3 delivered at d−6, flow time 6 (active 2, wait 4), lead 14.
        // Load at the end of each day, just before d−6…d0: PAY-3 before d−6 (it is done at d−6: 1 sample), PAY-1
        // started d−3 (before d−2, d−1, d0: 3), PAY-2 started d−4 (4), PAY-5 (7), ONB-2 started d−5 (5): 20 / 7;
        // at the end, PAY-1, PAY-2, PAY-5, ONB-2 = 4.
        let previous = try #require(Self.report.previous)
        #expect(previous.velocity == 1)
        #expect(previous.flowTime == Percentiles(p50: 6, p85: 6, p95: 6, mean: 6, count: 1))
        #expect(previous.flowEfficiency == 2.0 / 6.0)
        #expect(previous.load == Load(end: 4, average: 20.0 / 7.0))
        // The data starts at d−20 (PAY-3 created), so the baseline is d−20…d−1 = 20 days with PAY-3 only:
        // 1 × 7 / 20 = 0.35 → 0 items for a week; 0.35 per week unscaled.
        let baseline = try #require(Self.report.baseline)
        #expect(baseline.days == 20)
        // The reports say the baseline is shorter than 12 weeks.
        for text in [MarkdownRenderer().render(Self.report), HTMLRenderer().render(Self.report)] {
            #expect(text.contains("the baseline is the 20 days before it (the data starts then)"))
        }
        #expect(baseline.velocity == 0)
        #expect(baseline.velocityPerWeek == 0.35)
    }

    @Test func verdictsSayWhatChanged() {
        #expect(
            Self.report.verdicts == [
                // 1 → 5: +4 ≥ 2 items and ≥ 20 %.
                "Velocity rose from 1 to 5 items against the week before.",
                // 2/6 = 33 % → 8.5/10.5 = 81 %. (Flow time p85 6 → 6.5 is under 20 %; load 3.1 → 2.4 under 1.)
                "Flow efficiency rose from 33 % to 81 %.",
                "Velocity of 5 is above the 20-day average of 0 for a period this long.",
                // Aging basis: flow times over W44–W47 [0, 4, 6, 6.5]: p85 rank ⌈3.4⌉ = 4 → 6.5.
                "1 item in progress is older than the flow-time p85 of 6.5 days; the oldest, ONB-2, is 12.0 days in flow.",
                "1 item was discarded after work had started (12.0 days in flow).",
                "Review held the most waiting: 2.0 days over 1 item delivered in the window.",
            ])
    }

    @Test func weeksStagesAndAging() {
        let report = Self.report
        // The data starts in W44 (PAY-3 created Tue 27 Oct), so the trend is W44…W47.
        #expect(report.weeks.map(\.week) == ["2026-W44", "2026-W45", "2026-W46", "2026-W47"])
        #expect(report.weeks.map(\.velocity) == [0, 0, 1, 5])
        #expect(report.weeks.map(\.created) == [2, 2, 7, 1])
        #expect(report.weeks.map(\.inWindow) == [false, false, false, true])
        // Time in stage over PAY-1 (Backlog 7, Development 2, Review 2), PAY-2 (Backlog 1, Development 6.5),
        // ONB-1 (Backlog 20): Backlog [1, 7, 20] → p50 7, p85 20, total 28; Development [2, 6.5] → 2, 6.5,
        // 8.5; Review [2].
        #expect(report.stages.map(\.items) == [3, 2, 1, 0, 0, 0])
        #expect(report.stages.map(\.p50Days) == [7, 2, 2, nil, nil, nil])
        #expect(report.stages.map(\.p85Days) == [20, 6.5, 2, nil, nil, nil])
        #expect(report.stages.map(\.totalDays) == [28, 8.5, 2, 0, 0, 0])
        #expect(report.bottleneck == "Review")
        // At d7: ONB-2 in flow since d−5 (12, past p95 6.5), CLM-3 In Progress category since d2 (5, past
        // p50 4), PAY-4 since d3 (4, not past p50 4). CLM-4 has no category change date: not aged.
        #expect(report.aging.map(\.key) == ["ONB-2", "CLM-3", "PAY-4"])
        #expect(report.aging.map(\.ageDays) == [12, 5, 4])
        #expect(report.aging.map(\.beyond) == ["p95", "p50", nil])
        #expect(report.aging.map(\.stage) == ["Review", "Development", "Development"])
        #expect(report.agingFlowTime == Percentiles(p50: 4, p85: 6.5, p95: 6.5, mean: 4.125, count: 4))
        #expect(report.discarded == DiscardedSummary(count: 1, afterStart: 1, daysSpent: 12))
    }

    @Test func teamsSideBySide() throws {
        let rows = Self.report.teamRows
        #expect(rows.map(\.name) == ["Claims", "Onboarding", "Payments"])
        let claims = rows[0].summary
        // CSV only: lead times [6, 8]; no flow time, efficiency or load.
        #expect(claims.velocity == 2)
        #expect(claims.leadTime == Percentiles(p50: 6, p85: 8, p95: 8, mean: 7, count: 2))
        #expect(claims.flowTime == nil)
        #expect(claims.load == nil)
        // Onboarding: ONB-1 skipped the flow (0 days); ONB-2 in flow all week.
        let onboarding = rows[1].summary
        #expect(onboarding.flowTime == Percentiles(p50: 0, p85: 0, p95: 0, mean: 0, count: 1))
        #expect(onboarding.flowEfficiency == nil)
        #expect(onboarding.load == Load(end: 1, average: 1))
        // Payments, at the end of each day: PAY-1 on day 1, PAY-2 days 1–2, PAY-5 days 1–4, PAY-4 days 4–7 →
        // [3, 2, 1, 2, 1, 1, 1]: 11 / 7, end 1.
        let payments = rows[2].summary
        #expect(payments.velocity == 2)
        #expect(payments.flowTime == Percentiles(p50: 4, p85: 6.5, p95: 6.5, mean: 5.25, count: 2))
        #expect(payments.load == Load(end: 1, average: 11.0 / 7.0))
        #expect(payments.discarded == 1)
    }

    @Test func statusesNotesAndCapabilities() {
        let report = Self.report
        let unmapped = report.statuses.filter(\.unmapped).map { "\($0.status) → \($0.stage)" }
        #expect(unmapped == ["Waiting for Customer → Development"])
        #expect(
            report.notes.contains(
                "Status 'Waiting for Customer' is named by no stage: placed in Development by its category In "
                    + "Progress (1 item now, entered 0 times in histories)."))
        #expect(
            report.notes.contains(
                "1 of the 5 items delivered in the window went from backlog straight to done (skipped the flow): "
                    + "counted, with flow time 0."))
        #expect(report.capabilities.first?.hasPrefix("8 of 12 items carry status history") == true)
        // CSV items carry a category: In Progress CLM-3, CLM-4; Done CLM-1, CLM-2. The history items carry none
        // and the dataset lists none for their statuses, so all eight are Unknown: a status named like a
        // category (PAY-4's In Progress, the Done of PAY-1, PAY-2, PAY-3, ONB-1) is not taken for one (SPEC §3).
        #expect(report.loadByCategory.map(\.category) == ["To Do", "In Progress", "Done", "Unknown"])
        #expect(report.loadByCategory.map(\.count) == [0, 2, 2, 8])
    }

    @Test func aWindowPastTheDataSaysSo() throws {
        // The newest timestamp is CLM-2's category change at d6.5 (Sunday 22 November): W47 ends that day, W48 is
        // wholly after it.
        #expect(!Self.report.notes.contains { $0.hasPrefix("The window runs to") })
        let week48 = ReportBuilderDataset.report(.week(ReportBuilderDataset.week47.next))
        #expect(
            week48.notes.contains(
                "The window runs to 2026-11-29, past the newest timestamp in the data (2026-11-22): the days after it "
                    + "have no data, so nothing is delivered in them and what was in progress then stays so."))
    }

    @Test func everyItemIsListedByKey() throws {
        let items = Self.report.items
        #expect(
            items.map(\.key) == [
                "CLM-1", "CLM-2", "CLM-3", "CLM-4", "ONB-1", "ONB-2", "ONB-3", "PAY-1", "PAY-2", "PAY-3", "PAY-4",
                "PAY-5",
            ])
        let pay5 = try #require(items.first { $0.key == "PAY-5" })
        #expect(pay5.outcome == .discarded)
        #expect(pay5.started == ReportBuilderDataset.d(-8))
        #expect(pay5.done == ReportBuilderDataset.d(4))
        #expect(pay5.flowTimeDays == nil)
        // Its time in flow ended when it was discarded: in Development d−8…d4, 12 active days, none waiting.
        #expect(pay5.activeDays == 12)
        #expect(pay5.waitDays == 0)
        // PAY-4 has been in Development since d3 and has no flow end: active and wait time, "between flow start and
        // flow end" (SPEC §4), are not known yet.
        let pay4 = try #require(items.first { $0.key == "PAY-4" })
        #expect(pay4.activeDays == nil)
        #expect(pay4.waitDays == nil)
        #expect(pay4.stageEntries == [ReportBuilderDataset.d(-2), ReportBuilderDataset.d(3), nil, nil, nil, nil])
        let clm2 = try #require(items.first { $0.key == "CLM-2" })
        #expect(clm2.done == ReportBuilderDataset.d(6.5))
        #expect(clm2.leadTimeDays == 8)
        #expect(clm2.stageEntries[4] == ReportBuilderDataset.d(6.5))
        #expect(items.first { $0.key == "ONB-1" }?.skippedFlow == true)
    }

    @Test func theSameInputGivesTheSameReport() {
        let again = ReportBuilderDataset.report()
        #expect(again.items == Self.report.items)
        #expect(again.summary == Self.report.summary)
        #expect(again.weeks == Self.report.weeks)
        #expect(again.forecast == Self.report.forecast)
        #expect(again.notes == Self.report.notes)
        #expect(again.cumulativeFlow == Self.report.cumulativeFlow)
        // The forecast resamples 10-27 … 11-22 (27 days, 4 weeks rounded up).
        #expect(Self.report.forecast?.basisWeeks == 4)
    }

    @Test func theAutomaticWindowIsTheLastCompleteWeek() {
        // The newest timestamp is Sun 22 Nov 12:00 (CLM-2), so W47 is not over: the window is W46.
        let report = ReportBuilderDataset.report(.automatic)
        #expect(report.window.from.description == "2026-11-09")
        #expect(report.summary.velocity == 1)
    }

    @Test func aTeamFilterKeepsOnlyThoseTeams() {
        // "pay" is the project key that teamNames renames to Payments.
        let report = ReportBuilderDataset.report(teams: ["pay", "Nobody"])
        #expect(report.teams == ["Payments"])
        #expect(report.summary.velocity == 2)
        #expect(report.history == .full)
        #expect(report.notes.contains { $0.hasPrefix("No items belong to the team asked for: Nobody.") })
    }
}

@Suite struct ReportBuilderForecastTests {
    @Test func forecastRowsNameTheirDaysAndRepeat() throws {
        let forecast = try #require(ReportBuilderDataset.report().forecast)
        // Basis 2026-10-27 … 2026-11-22 (27 days, 4 weeks rounded up); 2 and 4 weeks after 22 November.
        #expect(forecast.basisWeeks == 4)
        #expect(
            forecast.howMany.map(\.label) == [
                "Items delivered from 2026-11-23 to 2026-12-06", "Items delivered from 2026-11-23 to 2026-12-20",
            ])
        #expect(forecast.whenDone.map(\.label) == ["The 3 items in progress at the window's end, all done by"])
    }

    @Test func theForecastCommandAnswersOneQuestion() throws {
        // 6 deliveries in 27 days; at least one more within a week is near-certain at 50 %.
        let builder = ReportBuilder(valueStream: ReportBuilderDataset.stream, generatedAt: ReportBuilderDataset.d(30))
        let week = ReportBuilderDataset.week47
        let byDate = try #require(
            try builder.forecast(
                ReportBuilderDataset.dataset, question: .howManyBy(week.end.advanced(by: 7)), window: .week(week)
            ).forecast)
        #expect(byDate.howMany.map(\.label) == ["Items delivered from 2026-11-23 to 2026-11-29"])
        #expect(Int(byDate.howMany[0].p50).map { $0 >= 1 } == true)
        let answer = try builder.forecast(
            ReportBuilderDataset.dataset, question: .whenDone(items: 5), window: .week(week))
        let items = try #require(answer.forecast)
        #expect(items.whenDone.first?.label == "5 items delivered, counting from 2026-11-23, by")
        #expect(answer.missingTeams.asked.isEmpty)
        #expect(
            try answer
                == builder.forecast(ReportBuilderDataset.dataset, question: .whenDone(items: 5), window: .week(week)))
        // A team no item belongs to is named, with the teams there are, for the command's warning.
        let nobody = try builder.forecast(
            ReportBuilderDataset.dataset, question: .whenDone(items: 5), window: .week(week), teams: ["Nope"])
        #expect(nobody.forecast == nil)
        #expect(nobody.missingTeams.asked == ["Nope"])
        #expect(!nobody.missingTeams.inData.isEmpty)
    }

    @Test func aHowManyDayMustBeAfterTheWindowAndWithinTenYears() throws {
        let builder = ReportBuilder(valueStream: ReportBuilderDataset.stream, generatedAt: ReportBuilderDataset.d(30))
        let week = ReportBuilderDataset.week47
        func asking(_ day: Day) throws -> Forecast? {
            try builder.forecast(ReportBuilderDataset.dataset, question: .howManyBy(day), window: .week(week)).forecast
        }
        // The window ends on 22 November: the forecast counts from the 23rd.
        let start = week.end.advanced(by: 1)
        #expect(throws: ReportBuilder.ForecastDayProblem.notAfterStart(day: week.end, start: start)) {
            try asking(week.end)
        }
        #expect(try asking(start)?.howMany.map(\.label) == ["Items delivered from 2026-11-23 to 2026-11-23"])
        let last = week.end.advanced(by: MonteCarlo.dayLimit)
        #expect(try asking(last)?.howMany.count == 1)
        #expect(throws: ReportBuilder.ForecastDayProblem.beyondTenYears(day: last.advanced(by: 1), last: last)) {
            try asking(last.advanced(by: 1))
        }
        #expect(
            ReportBuilder.ForecastDayProblem.beyondTenYears(day: last.advanced(by: 1), last: last).description
                == "2036-11-20 is more than ten years ahead; expected a day up to 2036-11-19")
    }
}
