import Foundation

/// Counts, for each of a list of instants, how many spans `[start, end)` hold it — in one pass per span.
///
/// Daily load and cumulative flow are both "how many items were in X at the end of each day"; a span adds
/// one to every sample instant `t` with `start ≤ t < end` (an open span never ends).
struct DaySweep {
    private let instants: [Date]
    private var steps: [Int]

    /// `instants` must be ascending.
    init(instants: [Date]) {
        self.instants = instants
        steps = Array(repeating: 0, count: instants.count + 1)
    }

    mutating func add(start: Date, end: Date?) {
        let first = firstIndex(atOrAfter: start)
        let last = end.map(firstIndex(atOrAfter:)) ?? instants.count
        guard first < last else { return }
        steps[first] += 1
        steps[last] -= 1
    }

    /// The count at each instant.
    var counts: [Int] {
        var running = 0
        return instants.indices.map { index in
            running += steps[index]
            return running
        }
    }

    /// The index of the first instant ≥ `date` (binary search).
    private func firstIndex(atOrAfter date: Date) -> Int {
        var low = 0
        var high = instants.count
        while low < high {
            let middle = (low + high) / 2
            if instants[middle] < date { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
