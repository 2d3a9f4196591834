import FlowMapping
import FlowMetrics
import FlowModel
import Foundation

/// The report's notes: what the import noticed, what the mapping had to guess, what the data lacks.
enum NoteWriter {
    /// Most reasons listed for one source's skipped rows.
    static let reasonsShown = 5

    static func notes(
        _ scope: ReportScope, dataset: Dataset, usage: [StatusUsage], delivered: [ItemFlow], forecast: Forecast?
    ) -> [String] {
        var notes = dataset.notes
        for source in dataset.sources where !source.skipped.isEmpty {
            var line = "\(source.file): \(source.skipped.count) skipped: "
            line += source.skipped.prefix(reasonsShown).joined(separator: "; ")
            if source.skipped.count > reasonsShown { line += "; and \(source.skipped.count - reasonsShown) more" }
            notes.append(line)
        }
        for status in usage where status.unmapped {
            let counts = "\(ReportText.items(status.items)) now, entered \(status.entries) times in histories"
            if let category = status.category {
                notes.append(
                    "Status \(ReportText.quoted(status.status)) is named by no stage: placed in \(status.stage) by "
                        + "its category \(category.rawValue) (\(counts)).")
            } else {
                notes.append(
                    "Status \(ReportText.quoted(status.status)) is named by no stage and the export gives no "
                        + "category for it: treated as \(status.stage) (\(counts)). Name it in a stage of the "
                        + "configuration (`streamgauge init` writes one) to place it.")
            }
        }
        for status in usage where status.kind == .done && NoteWriter.soundsDiscarded(status.status) {
            notes.append(
                "Status \(ReportText.quoted(status.status)) counts as done (\(ReportText.items(status.items)) now) "
                    + "unless the resolution says otherwise; put it in a discarded stage of the configuration to "
                    + "count it as discarded.")
        }
        if case .field(let name) = scope.stream.teamRule, !scope.flows.isEmpty,
            scope.flows.allSatisfy({ $0.team == ItemClassifier.noTeam })
        {
            notes.append(
                "No item has the field '\(name)' that the configuration's teams: by: names, so every item is in "
                    + "'\(ItemClassifier.noTeam)'. Expected project, component, label or a field of the export "
                    + "(such as Team).")
        }
        let lastDataDay = scope.clock.day(of: scope.mapped.asOf)
        if scope.mapped.asOfIsData && lastDataDay < scope.window.to {
            notes.append(
                "The window runs to \(scope.window.to), past the newest timestamp in the data (\(lastDataDay)): the "
                    + "days after it have no data, so nothing is delivered in them and what was in progress then "
                    + "stays so.")
        }
        notes += itemNotes(scope, delivered: delivered)
        if !scope.missingTeams.isEmpty {
            let missing = MissingTeams(asked: scope.missingTeams, inData: scope.allTeams)
            notes.append("No items belong to \(missing.askedText). Teams in the data: \(missing.inDataText).")
        }
        if forecast == nil && !scope.flows.isEmpty {
            notes.append("Nothing was delivered in the 12 weeks up to the window's end, so there is no forecast.")
        }
        return notes
    }

    /// Notes about individual items: cut-short histories, missing dates, skipped flow. One pass over the items.
    static func itemNotes(_ scope: ReportScope, delivered: [ItemFlow]) -> [String] {
        var truncated = 0
        var drifted = 0
        var undated = 0
        var uncreated = 0
        for flow in scope.flows {
            if flow.item.historyTruncated { truncated += 1 }
            if flow.item.created == nil { uncreated += 1 }
            if flow.outcome == .delivered && flow.flowEnd == nil { undated += 1 }
            if let last = flow.intervals.last?.status, !flow.item.status.isEmpty, !flow.item.history.isEmpty,
                last != flow.item.status, last.lowercased() != flow.item.status.lowercased()
            {
                drifted += 1
            }
        }
        var notes: [String] = []
        if truncated > 0 {
            notes.append(
                "\(ReportText.items(truncated)) had a changelog the export cut short: their flow dates come from "
                    + "the changes it kept.")
        }
        if drifted > 0 {
            notes.append(
                "\(ReportText.items(drifted)) end their history in a status other than their current one: the "
                    + "history is followed.")
        }
        if undated > 0 {
            notes.append(
                "\(ReportText.items(undated)) are done but have neither a resolved date nor a Status Category "
                    + "Changed date: they count in no window.")
        }
        if uncreated > 0 {
            notes.append("\(ReportText.items(uncreated)) have no created date: no lead time for them.")
        }
        let skipped = delivered.count(where: \.skippedFlow)
        if skipped > 0 {
            notes.append(
                "\(skipped) of the \(ReportText.items(delivered.count)) delivered in the window went from backlog "
                    + "straight to done (skipped the flow): counted, with flow time 0.")
        }
        return notes
    }

    /// Words in status names that usually mean "ended without delivering".
    static let discardWords = [
        "cancel", "reject", "abort", "abandon", "won't", "wont", "duplicate", "obsolete", "declin",
    ]

    /// True for status names such as `Cancelled`, `Won't Do`, `Rejected`.
    static func soundsDiscarded(_ status: String) -> Bool {
        let folded = status.lowercased().replacingOccurrences(of: "’", with: "'")
        return discardWords.contains { folded.contains($0) }
    }
}
