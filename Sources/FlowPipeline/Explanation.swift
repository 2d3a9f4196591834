import FlowMapping
import FlowModel
import Foundation

/// `streamgauge explain`: one item's status history as read, the stage of each interval, and how each
/// date and duration in the report was derived from it (which rule of SPEC §4 picked it).
///
/// The item is mapped by the same ``Mapper`` call the report uses, so what it shows is what the report counts.
public struct Explanation: Sendable {
    public var flow: ItemFlow
    public var stages: [Stage]
    public var clock: LocalClock
    /// Whether the item's source records status changes (an empty history then means "never moved").
    public var hasHistory: Bool

    /// Imports `inputs` and explains the item with `key`.
    ///
    /// - Throws: ``InputError`` when no item has that key.
    public init(inputs: [String], key: String, settings: RunSettings) throws {
        let (dataset, valueStream) = try settings.load(inputs)
        let mapper = Mapper(valueStream: valueStream)
        guard let index = dataset.items.firstIndex(where: { $0.key.caseInsensitiveCompare(key) == .orderedSame }) else {
            let examples = dataset.items.prefix(3).map(\.key).joined(separator: ", ")
            throw InputError(
                file: inputs.joined(separator: ", "),
                message: "no item '\(key)' in the exports; keys look like \(examples.isEmpty ? "PAY-7" : examples)")
        }
        var single = dataset
        single.items = [dataset.items[index]]
        let asOf = dataset.newestTimestamp ?? settings.generatedAt
        guard let flow = mapper.map(single, asOf: asOf).first else {
            throw InputError(file: inputs.joined(separator: ", "), message: "the item '\(key)' could not be mapped")
        }
        self.flow = flow
        self.stages = mapper.stageMap(for: dataset).stages
        self.clock = LocalClock(timeZone: valueStream.timeZone)
        self.hasHistory = !flow.item.history.isEmpty || dataset.fullHistoryFormats.contains(flow.item.source)
    }

    /// The explanation as plain text.
    public var text: String {
        let item = flow.item
        var lines: [String] = []
        lines.append("\(item.key) \"\(item.title)\"")
        lines.append(
            "\(item.type.isEmpty ? "no type" : item.type) → flow item \(flow.flowItem); team \(flow.team); from \(item.source)"
        )
        lines.append(
            "Created: \(time(item.created))   Resolved: \(time(item.resolved))   Resolution: \(item.resolution ?? "—")")
        lines.append(
            "Status now: \(item.status) (\(item.statusCategory?.rawValue ?? "no category")) → stage \(stageName(flow.stage))"
        )
        lines.append("")
        if item.history.isEmpty {
            lines.append(
                hasHistory
                    ? "Status history: no changes; the item has been in its status since it was created."
                    : "Status history: none in this export (only the current status and a few dates).")
        } else {
            lines.append("Status history, oldest first (times in \(clock.zoneName)):")
            for change in item.history.sorted(by: { $0.at < $1.at }) {
                let move = change.from.map { "\($0) → \(change.to)" } ?? "created in \(change.to)"
                lines.append("  \(time(change.at))  \(move)")
            }
        }
        if !flow.intervals.isEmpty {
            lines.append("")
            lines.append("Stage intervals:")
            for interval in flow.intervals {
                let stage = stages.indices.contains(interval.stage) ? stages[interval.stage] : nil
                let end = interval.end.map { time($0) } ?? "now"
                let length = interval.end.map { days($0.timeIntervalSince(interval.start)) } ?? "open"
                lines.append(
                    "  \(stage?.name ?? "?") (\(stage?.kind.rawValue ?? "?"), status \(interval.status)): \(time(interval.start)) → \(end)  \(length)"
                )
            }
        }
        lines.append("")
        lines.append(
            "Outcome: \(flow.outcome.rawValue)\(flow.skippedFlow ? " (skipped the flow: backlog straight to done)" : "")"
        )
        if flow.flowStart == nil, let agingStart = flow.agingStart {
            lines.append("Flow start: —  (unknown without status history)")
            lines.append("Aging from: \(time(agingStart))\(rule(flow.startRule))")
        } else {
            lines.append("Flow start: \(time(flow.flowStart))\(rule(flow.startRule))")
        }
        lines.append("Flow end:   \(time(flow.flowEnd))\(rule(flow.endRule))")
        lines.append(
            "Flow time:  \(optionalDays(flow.flowTimeDays))\(flow.flowTimeDays == nil ? whyNoFlowTime : " = flow end − flow start")"
        )
        lines.append(
            "Lead time:  \(optionalDays(flow.leadTimeDays))\(flow.leadTimeDays == nil ? whyNoLeadTime : " = flow end − created")"
        )
        if let active = flow.activeSeconds, let wait = flow.waitSeconds {
            lines.append(
                "Active:     \(days(active)) in active stages between flow start and flow end\(breakdown(.active))")
            lines.append("Wait:       \(days(wait)) in wait stages between flow start and flow end\(breakdown(.wait))")
            if active + wait > 0 {
                lines.append(String(format: "Flow efficiency of this item: %.0f %%", active / (active + wait) * 100))
            }
        } else {
            lines.append("Active and wait time: unknown without status history.")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Wording

    private var whyNoFlowTime: String {
        switch flow.outcome {
        case .discarded: " (discarded items have no flow time)"
        case .delivered: " (no flow start: the export has no status history)"
        default: " (not delivered)"
        }
    }

    private var whyNoLeadTime: String {
        switch flow.outcome {
        case .discarded: " (discarded items have no lead time)"
        case .delivered: " (no created date)"
        default: " (not delivered)"
        }
    }

    private func rule(_ rule: FlowRule?) -> String {
        guard let rule else { return "" }
        let text: String =
            switch rule {
            case .firstEntryIntoFlow: "first entry into an active or wait stage"
            case .skippedFlow: "went from the backlog straight to done: starts when it finishes"
            case .lastEntryIntoDone: "last entry into a done stage from a stage that is not done"
            case .reopened: "re-opened out of done and not done again: in progress"
            case .resolvedDate: "no history: the resolved date"
            case .statusCategoryChanged: "no history and no resolved date: Status Category Changed of a Done item"
            case .statusCategoryChangedStart:
                "no history: Status Category Changed, when it entered In Progress (used for aging only)"
            case .enteredDiscarded: "entered the discarded stage it ended in"
            }
        return "  — \(text)"
    }

    /// Per-stage totals of one kind between flow start and flow end, e.g. " (Development 3.0 d, Test 1.5 d)".
    private func breakdown(_ kind: StageKind) -> String {
        guard let start = flow.flowStart else { return "" }
        let end = flow.flowEnd
        var totals: [Int: Double] = [:]
        for interval in flow.intervals
        where stages.indices.contains(interval.stage) && stages[interval.stage].kind == kind {
            let from = max(interval.start, start)
            let to = [interval.end, end].compactMap { $0 }.min() ?? interval.start
            if to > from { totals[interval.stage, default: 0] += to.timeIntervalSince(from) }
        }
        guard !totals.isEmpty else { return "" }
        let parts = totals.keys.sorted().map { "\(stages[$0].name) \(days(totals[$0] ?? 0))" }
        return " (\(parts.joined(separator: ", ")))"
    }

    private func stageName(_ index: Int) -> String {
        stages.indices.contains(index) ? "\(stages[index].name) (\(stages[index].kind.rawValue))" : "?"
    }

    private func time(_ date: Date?) -> String {
        guard let date else { return "—" }
        let day = clock.day(of: date)
        let seconds = Int(date.timeIntervalSince1970) + clock.offset(at: date) - day.ordinal * 86_400
        return String(format: "%@ %02d:%02d", day.description, seconds / 3600, seconds % 3600 / 60)
    }

    private func days(_ seconds: Double) -> String { String(format: "%.2f d", seconds / 86_400) }

    private func optionalDays(_ value: Double?) -> String {
        value.map { String(format: "%.2f days", $0) } ?? "—"
    }
}
