/// The first day of the reporting week.
public enum WeekStart: String, Sendable, Hashable, CaseIterable {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday

    /// ISO weekday number: 1 = Monday … 7 = Sunday.
    public var isoWeekday: Int { WeekStart.allCases.firstIndex(of: self)! + 1 }
}

/// A seven-day reporting week, identified by its first day.
///
/// With weeks starting on Monday (the default) these are ISO 8601 weeks, labelled `2026-W47`;
/// with another start day they are labelled by their first day (`2026-11-15`).
public struct Week: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let start: Day
    public let weekStart: WeekStart

    /// The week that contains `day`.
    public init(containing day: Day, weekStart: WeekStart = .monday) {
        let back = (day.weekday - weekStart.isoWeekday + 7) % 7
        self.start = day.advanced(by: -back)
        self.weekStart = weekStart
    }

    /// Parses an ISO week label such as `2026-W47`; `nil` when it names no week.
    public init?(iso label: some StringProtocol) {
        let parts = label.uppercased().split(separator: "-")
        guard parts.count == 2, parts[1].hasPrefix("W"), let year = Int(parts[0]),
            let number = Int(parts[1].dropFirst()), number >= 1
        else { return nil }
        // Week 1 is the week holding 4 January.
        guard let fourthOfJanuary = Day(year: year, month: 1, day: 4) else { return nil }
        let first = Week(containing: fourthOfJanuary)
        let candidate = Week(containing: first.start.advanced(by: (number - 1) * 7))
        guard candidate.isoNumber.year == year else { return nil }
        self = candidate
    }

    /// The last day of the week.
    public var end: Day { start.advanced(by: 6) }

    /// Every day of the week, first to last.
    public var days: [Day] { (0..<7).map { start.advanced(by: $0) } }

    /// The following week.
    public var next: Week { Week(containing: start.advanced(by: 7), weekStart: weekStart) }

    /// The previous week.
    public var previous: Week { Week(containing: start.advanced(by: -7), weekStart: weekStart) }

    /// ISO year and week number of the week's Thursday (meaningful for Monday weeks).
    public var isoNumber: (year: Int, week: Int) {
        let thursday = start.advanced(by: (4 - start.weekday + 7) % 7)
        let year = thursday.civil.year
        let firstOfYear = Day(ordinal: Day.ordinal(year: year, month: 1, day: 1))
        return (year, (thursday.ordinal - firstOfYear.ordinal) / 7 + 1)
    }

    /// `2026-W47` for ISO weeks, else the first day (`2026-11-15`).
    public var description: String {
        guard weekStart == .monday else { return start.description }
        let (year, number) = isoNumber
        return "\(year)-W\(number < 10 ? "0" : "")\(number)"
    }

    public static func < (lhs: Week, rhs: Week) -> Bool { lhs.start < rhs.start }
}
