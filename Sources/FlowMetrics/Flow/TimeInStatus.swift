import FlowMapping

/// Time per status from `[CHART] Time in Status` (SPEC §4, history-less exports): totals the export made.
public enum TimeInStatus {
    /// Per status id over `flows`: items that entered it, nearest-rank p50/p85 of their days, and the sum.
    ///
    /// Ids are named through `statusNames`; ordered by total days (largest first), then by name. An entry for the
    /// status an item is in now, entered once and with no time, is the stay Jira does not count yet: no visit, as
    /// in ``TimeInStage/rows(fromTimeInStatus:statusNames:kinds:stageOf:)``.
    public static func totals(_ flows: [ItemFlow], statusNames: [String: String]) -> [StatusTimeTotal] {
        // Status ids are few and repeat in every item: each gets a code, and an item's days are summed per code.
        var ids = NameCodes()
        var daysByStatus: [[Double]] = []
        // The current item's days per code, and the codes it has, in the order it listed them.
        var itemDays: [Double] = []
        var itemHas: [Bool] = []
        var itemCodes: [Int] = []
        for flow in flows {
            for entry in flow.item.timeInStatus where entry.timesEntered > 0 || entry.seconds > 0 {
                if entry.timesEntered <= 1 && entry.seconds == 0 && statusNames[entry.statusID] == flow.item.status {
                    continue
                }
                let code = Int(ids.code(entry.statusID))
                if code == daysByStatus.count {
                    daysByStatus.append([])
                    itemDays.append(0)
                    itemHas.append(false)
                }
                if !itemHas[code] {
                    itemHas[code] = true
                    itemCodes.append(code)
                }
                itemDays[code] += entry.seconds / 86_400
            }
            for code in itemCodes {
                daysByStatus[code].append(itemDays[code])
                itemDays[code] = 0
                itemHas[code] = false
            }
            itemCodes.removeAll(keepingCapacity: true)
        }
        return zip(ids.names, daysByStatus).map { id, values in
            let sorted = values.sorted()
            return StatusTimeTotal(
                statusID: id, status: statusNames[id] ?? "status \(id)", items: sorted.count,
                p50Days: Percentile.nearestRank(sorted, percent: 50),
                p85Days: Percentile.nearestRank(sorted, percent: 85), totalDays: sorted.reduce(0, +))
        }
        .sorted { ($1.totalDays, $0.status, $0.statusID) < ($0.totalDays, $1.status, $1.statusID) }
    }
}
