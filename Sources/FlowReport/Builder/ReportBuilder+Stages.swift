import FlowMapping
import FlowMetrics
import FlowModel

extension ReportBuilder {
    /// Time in stage for the items delivered in the window, in flow order: from their status history, else from
    /// Jira's `[CHART] Time in Status` where the export has it; empty when neither gives any.
    static func stageRows(
        _ scope: ReportScope, delivered: [ItemFlow], statusNames: [String: String]
    ) -> (rows: [StageRow], bottleneck: String?) {
        let times: [StageTime]
        if scope.historyKnown {
            times = TimeInStage.rows(delivered, kinds: scope.kinds)
        } else {
            times = TimeInStage.rows(
                fromTimeInStatus: delivered, statusNames: statusNames, kinds: scope.kinds,
                stageOf: { scope.map.placement(of: $0).stage })
            guard times.contains(where: { $0.items > 0 }) else { return ([], nil) }
        }
        let rows = times.map { time in
            StageRow(
                name: scope.map.stages[time.stage].name, kind: scope.kinds[time.stage], items: time.items,
                p50Days: time.p50Days, p85Days: time.p85Days, totalDays: time.totalDays)
        }
        let bottleneck = TimeInStage.bottleneck(times, kinds: scope.kinds).map { scope.map.stages[$0].name }
        return (rows, bottleneck)
    }

    /// Items by status category at export time: To Do, In Progress, Done, then Unknown when any has none.
    static func loadByCategory(_ scope: ReportScope) -> [CategoryCount] {
        var counts = [Int](repeating: 0, count: StatusCategory.allCases.count)
        var unknown = 0
        var categoryByStatus: [String: StatusCategory] = [:]
        var uncategorised: Set<String> = []
        for flow in scope.flows {
            var category = flow.item.statusCategory
            if category == nil {
                let status = flow.item.status
                category = categoryByStatus[status]
                if category == nil && !uncategorised.contains(status) {
                    category = scope.map.category(of: status)
                    if let category { categoryByStatus[status] = category } else { uncategorised.insert(status) }
                }
            }
            if let category, let index = StatusCategory.allCases.firstIndex(of: category) {
                counts[index] += 1
            } else {
                unknown += 1
            }
        }
        var rows = StatusCategory.allCases.indices.map {
            CategoryCount(category: StatusCategory.allCases[$0].rawValue, count: counts[$0])
        }
        if unknown > 0 { rows.append(CategoryCount(category: "Unknown", count: unknown)) }
        return rows
    }

    /// Every status the report's items are in or passed through, with where it maps.
    static func statusUsage(_ scope: ReportScope, dataset: Dataset) -> [StatusUsage] {
        guard scope.flows.count != dataset.items.count else {
            return MappingInspection.statuses(of: dataset, valueStream: scope.stream)
        }
        var subset = dataset
        subset.items = scope.flows.map(\.item)
        return MappingInspection.statuses(of: subset, valueStream: scope.stream)
    }

    static func statusRows(_ usage: [StatusUsage]) -> [StatusRow] {
        usage.map {
            StatusRow(
                status: $0.status, category: $0.category?.rawValue, stage: $0.stage, kind: $0.kind, count: $0.items,
                unmapped: $0.unmapped)
        }
    }

    /// `[CHART] Time in Status` totals over the items delivered in the window, where the export has them.
    static func timeInStatusRows(_ delivered: [ItemFlow], statusNames: [String: String]) -> [StatusTimeRow] {
        TimeInStatus.totals(delivered, statusNames: statusNames).map {
            StatusTimeRow(
                status: $0.status, items: $0.items, p50Days: $0.p50Days, p85Days: $0.p85Days, totalDays: $0.totalDays)
        }
    }
}
