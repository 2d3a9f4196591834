/// Decides the order of numeric dates (`12/4/2025`) over a whole file: a first number above 12 proves
/// day-first (`16/02/2017`), a second number above 12 proves month-first (`12/18/2025`).
///
/// Spreadsheets re-save every date column of a file in one locale, so the evidence of all the date
/// columns is pooled. When nothing decides, the caller picks a default.
struct DayMonthEvidence {
    /// A date that proved an order, kept to explain a conflict.
    struct Example: Equatable, Sendable {
        /// The date as written.
        var text: String
        /// The header of its column.
        var column: String
        /// Its 1-based record number.
        var record: Int
    }

    /// The first date that proved day-first.
    private(set) var dayFirst: Example?
    /// The first date that proved month-first.
    private(set) var monthFirst: Example?

    /// Notes `date`. Returns `true` when it proves the order opposite to an earlier proof (a conflict:
    /// both ``dayFirst`` and ``monthFirst`` are then set). `example` is only evaluated for a first proof.
    mutating func note(_ date: ParsedDate, example: () -> Example) -> Bool {
        guard date.isNumeric else { return false }
        let orders = date.possibleOrders
        if orders.dayFirst && !orders.monthFirst && dayFirst == nil {
            dayFirst = example()
            return monthFirst != nil
        }
        if orders.monthFirst && !orders.dayFirst && monthFirst == nil {
            monthFirst = example()
            return dayFirst != nil
        }
        return false
    }

    /// Adds the evidence of a later part of the same file, read apart, whose record numbers count from
    /// the start of that part: `recordOffset` records come before it. The first proof of each order is
    /// kept. Returns `true` when the evidence now proves both orders (a conflict).
    mutating func merge(_ later: DayMonthEvidence, recordOffset: Int) -> Bool {
        func shifted(_ example: Example?) -> Example? {
            example.map { Example(text: $0.text, column: $0.column, record: $0.record + recordOffset) }
        }
        if dayFirst == nil { dayFirst = shifted(later.dayFirst) }
        if monthFirst == nil { monthFirst = shifted(later.monthFirst) }
        return dayFirst != nil && monthFirst != nil
    }

    /// The proven order, or `fallback` when no date decided it.
    func order(fallback: DateOrder) -> DateOrder {
        if dayFirst != nil { return .dayFirst }
        if monthFirst != nil { return .monthFirst }
        return fallback
    }
}
