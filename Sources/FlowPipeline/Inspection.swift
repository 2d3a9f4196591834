import FlowImport
import FlowMapping
import FlowModel
import Foundation

/// What `streamgauge inspect` tells about a set of exports: formats, counts, dates, history, and how
/// every status maps onto the value stream.
public struct Inspection: Sendable {
    public var dataset: Dataset
    public var valueStream: ValueStream
    public var mapping: MappingInspection

    /// Imports `inputs` with `settings` and inspects the result.
    public init(inputs: [String], settings: RunSettings) throws {
        let (dataset, valueStream) = try settings.load(inputs)
        self.init(dataset: dataset, valueStream: valueStream)
    }

    public init(dataset: Dataset, valueStream: ValueStream) {
        self.dataset = dataset
        self.valueStream = valueStream
        self.mapping = MappingInspection(dataset: dataset, valueStream: valueStream)
    }

    /// The inspection as plain text for a terminal.
    public var text: String {
        var lines: [String] = []
        for source in dataset.sources {
            var line = "\(source.file): \(source.formatName), \(source.items) items"
            line += ", \(source.statusChanges) status changes, history: \(source.history.rawValue)"
            if !source.skipped.isEmpty { line += ", \(source.skipped.count) rows skipped" }
            lines.append(line)
        }
        lines.append("")
        lines.append("Items: \(dataset.items.count)")
        let clock = LocalClock(timeZone: valueStream.timeZone)
        if let range = mapping.dateRange {
            lines.append(
                "Dates: \(clock.day(of: range.lowerBound)) to \(clock.day(of: range.upperBound)) (\(clock.zoneName))"
            )
        }
        lines.append("History: \(historyLine)")
        let mappingName = valueStream.stages.isEmpty ? "the default mapping by status category" : "the configuration"
        lines.append("")
        lines.append("Statuses, and where \(mappingName) places them:")
        lines.append(contentsOf: statusTable())
        let unmapped = mapping.statuses.filter(\.unmapped)
        if !valueStream.stages.isEmpty && !unmapped.isEmpty {
            lines.append("")
            lines.append("Unmapped statuses (placed by their category, else in the backlog):")
            for usage in unmapped { lines.append("  \(usage.status): \(usage.items) items now → \(usage.stage)") }
        }
        if !dataset.notes.isEmpty {
            lines.append("")
            lines.append("Notes:")
            lines.append(contentsOf: dataset.notes.map { "  \($0)" })
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private var historyLine: String {
        let changes = dataset.items.reduce(0) { $0 + $1.history.count }
        let withChanges = dataset.items.filter { !$0.history.isEmpty }
        guard let first = withChanges.compactMap({ $0.history.map(\.at).min() }).min(),
            let last = withChanges.compactMap({ $0.history.map(\.at).max() }).max()
        else {
            let categoryChanged = dataset.items.count { $0.statusCategoryChanged != nil }
            let timeInStatus = dataset.items.count { !$0.timeInStatus.isEmpty }
            var parts = ["no status changes"]
            if categoryChanged > 0 { parts.append("\(categoryChanged) items with Status Category Changed") }
            if timeInStatus > 0 { parts.append("\(timeInStatus) items with [CHART] Time in Status") }
            return parts.joined(separator: "; ")
        }
        let clock = LocalClock(timeZone: valueStream.timeZone)
        var line =
            "\(changes) status changes on \(withChanges.count) items, \(clock.day(of: first)) to \(clock.day(of: last))"
        if mapping.itemsWithTruncatedHistory > 0 {
            line += "; \(mapping.itemsWithTruncatedHistory) items' changelogs are truncated"
        }
        return line
    }

    private func statusTable() -> [String] {
        let header = ["status", "category", "items now", "entries", "stage (kind)"]
        let rows = mapping.statuses.map { usage in
            [
                usage.status, usage.category?.rawValue ?? "—", String(usage.items), String(usage.entries),
                "\(usage.stage) (\(usage.kind.rawValue))\(usage.unmapped && !valueStream.stages.isEmpty ? " unmapped" : "")",
            ]
        }
        let widths = header.indices.map { column in
            ([header] + rows).map { $0[column].count }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column == 2 || column == 3 ? padding + cell : cell + padding
            }
            return "  " + padded.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        return [line(header)] + rows.map(line)
    }
}
