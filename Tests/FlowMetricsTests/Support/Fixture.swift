import FlowMapping
import FlowMetrics
import FlowModel
import Foundation

/// Small hand-made items and value streams for the metric tests. Times are days after Monday 2026-11-02
/// 00:00 UTC (`Fixture.at(1.5)` = Tuesday 12:00).
enum Fixture {
    static let origin = Date.utc(year: 2026, month: 11, day: 2)
    static let utc = LocalClock()

    static func at(_ days: Double) -> Date { origin.addingTimeInterval(days * 86_400) }

    static func day(_ offset: Int) -> Day { utc.day(of: origin).advanced(by: offset) }

    /// Backlog → Development (active) → Review (wait) → Test (active) → Done → Discarded.
    static let stream = ValueStream(stages: [
        Stage(name: "Backlog", kind: .backlog, statuses: ["Open", "To Do"]),
        Stage(name: "Development", kind: .active, statuses: ["In Progress"]),
        Stage(name: "Review", kind: .wait, statuses: ["In Review"]),
        Stage(name: "Test", kind: .active, statuses: ["QA"]),
        Stage(name: "Done", kind: .done, statuses: ["Done", "Closed"]),
        Stage(name: "Discarded", kind: .discarded, statuses: ["Cancelled"]),
    ])

    /// An item created at day `created` whose history is `moves` (day, from, to); its status is the last `to`.
    static func item(
        _ key: String, type: String = "Story", created: Double = 0, _ moves: [(Double, String?, String)] = [],
        status: String? = nil, resolution: String? = nil, project: String = "PAY"
    ) -> WorkItem {
        WorkItem(
            key: key, title: "Item \(key)", type: type, status: status ?? moves.last?.2 ?? "Open",
            project: project, created: at(created), resolution: resolution,
            history: moves.map { StatusChange(at: at($0.0), from: $0.1, to: $0.2) }, source: "test-history")
    }

    /// A dataset whose source records every status change.
    static func dataset(_ items: [WorkItem]) -> Dataset {
        Dataset(
            items: items,
            sources: [
                SourceSummary(
                    file: "history.json", format: "test-history", formatName: "Test history", items: items.count,
                    history: .full)
            ])
    }

    /// Maps one item with history against `stream`, as of `asOf` days.
    static func flow(_ item: WorkItem, stream: ValueStream = Fixture.stream, asOf: Double = 30) -> ItemFlow {
        Mapper(valueStream: stream).map(dataset([item]), asOf: at(asOf))[0]
    }

    static func flows(_ items: [WorkItem], stream: ValueStream = Fixture.stream, asOf: Double = 30) -> [ItemFlow] {
        Mapper(valueStream: stream).map(dataset(items), asOf: at(asOf))
    }

    /// Stage kinds of `stream`, as the mapper resolves them.
    static func kinds(_ stream: ValueStream = Fixture.stream) -> [StageKind] {
        StageMap(valueStream: stream).stages.map(\.kind)
    }

    /// The window of `days` whole UTC days starting `from` days after the origin.
    static func window(from: Int, days: Int) -> MetricWindow {
        MetricWindow(from: day(from), to: day(from + days - 1), clock: utc)
    }
}
