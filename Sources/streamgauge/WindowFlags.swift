import ArgumentParser
import FlowMetrics
import FlowModel

/// The report window: `--from/--to`, `--week` or `--last`; by default the last complete week.
struct WindowFlags: ParsableArguments {
    @Option(help: "First day of the window (yyyy-MM-dd), inclusive.")
    var from: String?

    @Option(help: "Last day of the window (yyyy-MM-dd), inclusive.")
    var to: String?

    @Option(
        help: """
            An ISO week, e.g. 2026-W47 (with another weekStart, the configured week sharing most of its days), \
            or a day of the week wanted, e.g. 2026-11-15.
            """)
    var week: String?

    // Unconditional, so that `--last -2w` is read as a length and refused as one, not taken for an option.
    @Option(parsing: .unconditional, help: "The last N complete weeks, e.g. 4w (2000w at most).")
    var last: String?

    func validate() throws { _ = try request() }

    /// The window these flags ask for.
    func request() throws -> WindowRequest {
        let chosen = [from != nil || to != nil, week != nil, last != nil].filter { $0 }.count
        if chosen > 1 { throw ValidationError("use one of --from/--to, --week or --last") }
        if let week {
            if let day = Day(iso: week) { return .weekOf(day) }
            guard let parsed = Week(iso: week) else {
                throw ValidationError(
                    "unrecognized week '\(week)'; expected an ISO week like 2026-W47 or a day like 2026-11-15")
            }
            return .week(parsed)
        }
        if let last {
            let digits = last.hasSuffix("w") || last.hasSuffix("W") ? String(last.dropLast()) : last
            guard let count = Int(digits) else {
                throw ValidationError("unrecognized length '\(last)'; expected a number of weeks like 4w")
            }
            guard count > 0 else { throw ValidationError("--last \(last) asks for no weeks; expected 1w or more") }
            guard count <= WindowRequest.maximumWeeks else { throw Self.tooLong("--last \(last)") }
            return .lastWeeks(count)
        }
        if from != nil || to != nil {
            guard let from, let to else { throw ValidationError("--from and --to go together") }
            guard let start = Day(iso: from) else {
                throw ValidationError("unrecognized date '\(from)' for --from; expected a date like 2026-11-16")
            }
            guard let end = Day(iso: to) else {
                throw ValidationError("unrecognized date '\(to)' for --to; expected a date like 2026-11-22")
            }
            if end < start { throw ValidationError("--to \(to) is before --from \(from)") }
            guard start.distance(to: end) < 7 * WindowRequest.maximumWeeks else {
                throw Self.tooLong("--from \(from) --to \(to)")
            }
            return .range(from: start, to: end)
        }
        return .automatic
    }

    /// The error for a window longer than ``WindowRequest/maximumWeeks``.
    private static func tooLong(_ asked: String) -> ValidationError {
        ValidationError(
            "the window \(asked) is too long; expected at most \(WindowRequest.maximumWeeks) weeks "
                + "(\(7 * WindowRequest.maximumWeeks) days, about 38 years)")
    }
}
