import FlowModel
import Foundation

/// Which days a report covers, as the user asked for them (SPEC §6).
public enum WindowRequest: Sendable, Hashable {
    /// The last complete week before the newest timestamp in the data.
    case automatic
    /// `--from` … `--to`, both inclusive.
    case range(from: Day, to: Day)
    /// One week (`--week 2026-W47`). With weeks starting on another day than Monday (`weekStart`), the configured
    /// week that shares most of its days with it: the one holding its Thursday.
    case week(Week)
    /// The configured week holding a day (`--week 2026-11-08`).
    case weekOf(Day)
    /// The `n` complete weeks ending with the automatic week (`--last 4w`).
    case lastWeeks(Int)

    /// The most weeks a window may span: about 38 years, more than any tracker's history. A report lists every
    /// week of its window, and up to this length its HTML stays under 2 MB.
    public static let maximumWeeks = 2_000

    /// The days asked for.
    ///
    /// A week is complete when the newest timestamp is at or after its end (the following midnight), so the
    /// automatic week is the one before the week holding the newest timestamp's day: when that timestamp is
    /// exactly a week's first midnight, the week just ended is the one chosen.
    public func resolve(newest: Date, clock: LocalClock, weekStart: WeekStart) -> ClosedRange<Day> {
        switch self {
        case .automatic:
            let week = WindowRequest.lastCompleteWeek(before: newest, clock: clock, weekStart: weekStart)
            return week.start...week.end
        case .range(let from, let to):
            return min(from, to)...max(from, to)
        case .week(let week):
            let configured =
                week.weekStart == weekStart ? week : Week(containing: week.start.advanced(by: 3), weekStart: weekStart)
            return configured.start...configured.end
        case .weekOf(let day):
            let week = Week(containing: day, weekStart: weekStart)
            return week.start...week.end
        case .lastWeeks(let count):
            let last = WindowRequest.lastCompleteWeek(before: newest, clock: clock, weekStart: weekStart)
            return last.start.advanced(by: -7 * (max(count, 1) - 1))...last.end
        }
    }

    /// The latest week that ended at or before `newest`.
    public static func lastCompleteWeek(before newest: Date, clock: LocalClock, weekStart: WeekStart) -> Week {
        Week(containing: clock.day(of: newest), weekStart: weekStart).previous
    }
}
