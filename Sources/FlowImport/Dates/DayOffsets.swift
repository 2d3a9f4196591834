/// What is known of a time zone's offset on each local day (by ordinal), in an array covering the days
/// seen so far (at most ``maximumSpan`` days; days beyond it are never known and are looked up again).
struct DayOffsets {
    /// One day's entry.
    enum Entry: Equatable {
        case unknown
        /// The offset, seconds east of UTC, all day long.
        case known(Int)
        /// The offset changes during the day.
        case changing
    }

    /// Days the array may cover: about 270 years.
    static let maximumSpan = 100_000

    /// The first day in ``entries``.
    private var firstDay = 0
    private var entries: [Entry] = []

    subscript(day: Int) -> Entry {
        get {
            let index = day - firstDay
            return index >= 0 && index < entries.count ? entries[index] : .unknown
        }
        set {
            if entries.isEmpty { firstDay = day }
            // Grown by at least its own size each time, in the direction needed.
            let room = max(entries.count, 64)
            if day < firstDay {
                let added = firstDay - day + room
                guard entries.count + added <= Self.maximumSpan else { return }
                entries.insert(contentsOf: repeatElement(.unknown, count: added), at: 0)
                firstDay -= added
            } else if day - firstDay >= entries.count {
                let added = day - firstDay + 1 - entries.count + room
                guard entries.count + added <= Self.maximumSpan else { return }
                entries.append(contentsOf: repeatElement(.unknown, count: added))
            }
            entries[day - firstDay] = newValue
        }
    }
}
