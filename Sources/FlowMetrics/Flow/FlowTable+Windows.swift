import FlowMapping
import Foundation

/// What a window asks of a ``FlowTable``, each answered in one scan of its columns.
extension FlowTable {
    /// The rows that ended in a window and how many were created in it.
    struct WindowRows {
        /// Delivered with a flow end in the window, in table order.
        var delivered: [Int] = []
        /// Discarded with a flow end in the window, in table order.
        var discarded: [Int] = []
        /// Created in the window.
        var created = 0
    }

    /// The rows of `window`, which the table's grid must cover (see ``covering(_:)``).
    func rows(in window: MetricWindow) -> WindowRows {
        guard let grid else { return WindowRows() }
        let days = grid.range(of: window)
        let lower = Int32(days.lowerBound)
        let upper = Int32(days.upperBound)
        var rows = WindowRows()
        for index in outcome.indices {
            let day = endDay[index]
            if day >= lower && day <= upper {
                switch outcome[index] {
                case .delivered: rows.delivered.append(index)
                case .discarded: rows.discarded.append(index)
                case .inProgress, .notStarted: break
                }
            }
            let createdOn = createdDay[index]
            if createdOn >= lower && createdOn <= upper { rows.created += 1 }
        }
        return rows
    }

    /// Indices of items delivered with a flow end in `window`, ascending.
    public func delivered(in window: MetricWindow) -> [Int] {
        covering(window).rows(in: window).delivered
    }

    /// The daily load over `window`'s days (the table's grid must cover it).
    func load(in window: MetricWindow) -> [Int] {
        guard let grid, !dailyLoad.isEmpty else { return [] }
        return Array(dailyLoad[grid.range(of: window)])
    }

    /// Indices of items in the load at the end of the day whose next midnight is `instant`: flow start before
    /// it, no flow end before it (``LoadSeries/inProgress(_:at:)``).
    func inProgress(at instant: Date) -> [Int] {
        let time = instant.timeIntervalSinceReferenceDate
        return start.indices.filter { start[$0] < time && !(end[$0] < time) }
    }

    /// How many rows of each flow item type are in the load at `instant`, and how many in all.
    func inProgressCounts(at instant: Date) -> (counts: [Int], total: Int) {
        let time = instant.timeIntervalSinceReferenceDate
        var counts = [Int](repeating: 0, count: flowItemNames.count)
        var total = 0
        for index in start.indices where start[index] < time && !(end[index] < time) {
            counts[Int(flowItem[index])] += 1
            total += 1
        }
        return (counts, total)
    }

    /// How many of the rows at `indices` there are of each flow item type, by code.
    func flowItemCounts(_ indices: [Int]) -> [Int] {
        var counts = [Int](repeating: 0, count: flowItemNames.count)
        for index in indices { counts[Int(flowItem[index])] += 1 }
        return counts
    }

    /// Counts by code as counts by flow item type, leaving out types with none.
    func byName(_ counts: [Int]) -> [String: Int] {
        var named: [String: Int] = [:]
        for (code, count) in counts.enumerated() where count > 0 { named[flowItemNames[code]] = count }
        return named
    }

    /// Shares of each flow item type among `total` rows counted by code.
    func shares(_ counts: [Int], total: Int) -> [String: Double] {
        guard total > 0 else { return [:] }
        var shares: [String: Double] = [:]
        for (code, count) in counts.enumerated() where count > 0 {
            shares[flowItemNames[code]] = Double(count) / Double(total)
        }
        return shares
    }

    /// Shares of each flow item type among the rows at `indices`.
    func shares(_ indices: [Int]) -> [String: Double] {
        shares(flowItemCounts(indices), total: indices.count)
    }
}
