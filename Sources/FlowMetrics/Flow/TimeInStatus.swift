import FlowMapping

/// Time per status from `[CHART] Time in Status` (SPEC §4, history-less exports): totals the export made.
public enum TimeInStatus {
    /// Per status id over `flows`: items that entered it, nearest-rank p50/p85 of their days, and the sum.
    ///
    /// Ids are named through `statusNames`; ordered by total days (largest first), then by name.
    public static func totals(_ flows: [ItemFlow], statusNames: [String: String]) -> [StatusTimeTotal] {
        var daysByStatus: [String: [Double]] = [:]
        for flow in flows {
            var perItem: [String: Double] = [:]
            for entry in flow.item.timeInStatus where entry.timesEntered > 0 || entry.seconds > 0 {
                perItem[entry.statusID, default: 0] += entry.seconds / 86_400
            }
            for (id, days) in perItem { daysByStatus[id, default: []].append(days) }
        }
        return daysByStatus.map { id, values in
            let sorted = values.sorted()
            return StatusTimeTotal(
                statusID: id, status: statusNames[id] ?? "status \(id)", items: sorted.count,
                p50Days: Percentile.nearestRank(sorted, percent: 50),
                p85Days: Percentile.nearestRank(sorted, percent: 85), totalDays: sorted.reduce(0, +))
        }
        .sorted { ($1.totalDays, $0.status, $0.statusID) < ($0.totalDays, $1.status, $1.statusID) }
    }
}
