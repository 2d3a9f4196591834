/// Message texts that every CSV importer (Jira, transitions, stage dates) words the same way.
enum CSVMessages {
    static func cellCount(found: Int, expected: Int, line: Int) -> String {
        "the row starting on line \(line) has \(found) \(found == 1 ? "cell" : "cells"); expected "
            + "\(expected), one per header column"
    }

    /// `example` is the format's own date shown when no day/month order is set.
    static func unrecognizedDate(_ text: String, column: String, order: DateOrder?, example: String) -> String {
        let expected =
            switch order {
            case .dayFirst?: "a day-first date like '24/11/2026 09:15'"
            case .monthFirst?: "a month-first date like '11/24/2026 09:15'"
            case nil: "a date like \(example)"
            }
        return "unrecognized date '\(text)' in column \"\(column)\"; expected \(expected)"
    }

    static func dateOrderConflict(dayFirst: DayMonthEvidence.Example, monthFirst: DayMonthEvidence.Example) -> String {
        let (earlier, later) = dayFirst.record <= monthFirst.record ? (dayFirst, monthFirst) : (monthFirst, dayFirst)
        return "numeric dates disagree on day and month order: \(describe(earlier, dayFirst: earlier == dayFirst))"
            + " but \(describe(later, dayFirst: later == dayFirst)); expected one order in the whole file"
            + " (choose one with the date order option)"
    }

    private static func describe(_ example: DayMonthEvidence.Example, dayFirst: Bool) -> String {
        "'\(example.text)' in column \"\(example.column)\" (record \(example.record)) is "
            + (dayFirst ? "day-first" : "month-first")
    }
}
