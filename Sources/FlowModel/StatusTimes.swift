/// An item's time in each status (Jira's `[CHART] Time in Status`), in the order the export lists them.
///
/// A 100 000-row CSV export carries about half a million of these entries, which only the few hundred items
/// delivered in the report's window are ever read for. An importer that meets them by the hundred thousand
/// keeps them packed in a ``StatusTimeArena`` it shares among its items (an item holds where its entries are,
/// not an array of its own); other sources hold a plain list. Either way the item reads as a list of
/// ``StatusTime``.
public struct StatusTimes: Sendable, Hashable, RandomAccessCollection, ExpressibleByArrayLiteral {
    private enum Storage: Sendable {
        case list([StatusTime])
        case packed(StatusTimeArena, first: Int32, count: Int32)
    }

    private var storage: Storage

    public init() {
        storage = .list([])
    }

    public init(_ entries: [StatusTime]) {
        storage = .list(entries)
    }

    public init(arrayLiteral entries: StatusTime...) {
        storage = .list(entries)
    }

    /// The `count` entries of `arena` from entry `first` on.
    init(arena: StatusTimeArena, first: Int32, count: Int32) {
        storage = count == 0 ? .list([]) : .packed(arena, first: first, count: count)
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .list(let entries): entries.count
        case .packed(_, _, let count): Int(count)
        }
    }

    public subscript(position: Int) -> StatusTime {
        switch storage {
        case .list(let entries): return entries[position]
        case .packed(let arena, let first, let count):
            precondition(position >= 0 && position < Int(count), "status time index out of range")
            return arena.entry(Int(first) + position)
        }
    }

    public static func == (left: StatusTimes, right: StatusTimes) -> Bool {
        left.elementsEqual(right)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for entry in self { hasher.combine(entry) }
    }
}

/// The ``StatusTimes`` of many items, packed one after the other: each entry as its status id's number among
/// the ids seen, how many times the item entered the status, and the seconds it spent there (16 bytes, where a
/// ``StatusTime`` in a list of its own takes 32 and the list a header and an allocation).
///
/// One importer fills an arena, from one thread, and hands out the ``StatusTimes`` it makes; they read it once
/// the import is over (entries are only ever added, and none is read before then).
public final class StatusTimeArena: @unchecked Sendable {
    private struct Entry {
        var seconds: Double
        var timesEntered: Int32
        var status: Int32
    }

    // One importer adds to an arena, one call at a time, and items read it only once the import is over, so no
    // two accesses to these can overlap: the checks the runtime would make on each of the half million entries
    // are skipped.
    @exclusivity(unchecked) private var statusIDs: [String] = []
    @exclusivity(unchecked) private var entries: [Entry] = []
    /// Where the entries being added (``add(status:timesEntered:seconds:)``) begin.
    @exclusivity(unchecked) private var pendingStart = 0

    public init() {}

    /// The number that stands for `statusID` in this arena's entries, made when new.
    public func statusNumber(_ statusID: String) -> Int32 {
        if let known = statusIDs.firstIndex(of: statusID) { return Int32(known) }
        statusIDs.append(statusID)
        return Int32(statusIDs.count - 1)
    }

    /// Adds an entry to the item's times being made; `false` (and nothing added) when the count does not fit
    /// the packed form, which the caller then keeps as a list.
    public func add(status: Int32, timesEntered: Int, seconds: Double) -> Bool {
        guard let times = Int32(exactly: timesEntered) else { return false }
        entries.append(Entry(seconds: seconds, timesEntered: times, status: status))
        return true
    }

    /// The entries added since the last call, as one item's times.
    public func finishItem() -> StatusTimes {
        let first = pendingStart
        pendingStart = entries.count
        return StatusTimes(arena: self, first: Int32(first), count: Int32(entries.count - first))
    }

    /// Drops the entries added since the last ``finishItem()`` (a value that turned out not to be well formed).
    public func abandonItem() {
        entries.removeSubrange(pendingStart...)
    }

    /// Whether another item's entries still fit the packed form's 32-bit positions.
    public var hasRoom: Bool { entries.count < Int(Int32.max) / 2 }

    fileprivate func entry(_ index: Int) -> StatusTime {
        let entry = entries[index]
        return StatusTime(
            statusID: statusIDs[Int(entry.status)], timesEntered: Int(entry.timesEntered), seconds: entry.seconds)
    }
}
