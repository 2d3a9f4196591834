import FlowModel

/// A date and time read from text, kept small, before the day/month order of numeric dates is known.
///
/// `24/Nov/26 9:15 AM` and `2026-11-24` say which number is the month; `12/4/2025` does not, and is
/// resolved once the whole file has been read (see ``DayMonthEvidence``).
struct ParsedDate: Hashable, Sendable {
    var year: Int32
    /// The month, or for a numeric date the first of its two numbers.
    var first: UInt8
    /// The day, or for a numeric date the second of its two numbers.
    var second: UInt8
    /// True for `12/4/2025`-style dates, whose order is not known from the text.
    var isNumeric: Bool
    var hour: UInt8 = 0
    var minute: UInt8 = 0
    var seconds: UInt8 = 0
    var nanoseconds: Int32 = 0
    /// Minutes east of UTC, when the text gives an offset (`+0000`, `-05:00`, `Z`).
    var offsetMinutes: Int16?

    /// A date whose month is known.
    init(year: Int, month: Int, day: Int) {
        self.year = Int32(year)
        self.first = UInt8(month)
        self.second = UInt8(day)
        self.isNumeric = false
    }

    /// A numeric date whose two numbers may be day then month or month then day.
    init(year: Int, numbers first: Int, _ second: Int) {
        self.year = Int32(year)
        self.first = UInt8(first)
        self.second = UInt8(second)
        self.isNumeric = true
    }

    /// The month and day when numeric dates are read in `order`.
    func monthAndDay(_ order: DateOrder) -> (month: Int, day: Int) {
        if isNumeric && order == .dayFirst { return (Int(second), Int(first)) }
        return (Int(first), Int(second))
    }

    /// True when the date exists in the calendar when read in `order`.
    func fits(_ order: DateOrder) -> Bool {
        let (month, day) = monthAndDay(order)
        return Day(year: Int(year), month: month, day: day) != nil
    }

    /// Which orders the text allows: for a numeric date, those that give a real date.
    var possibleOrders: (dayFirst: Bool, monthFirst: Bool) {
        guard isNumeric else { return (true, true) }
        return (fits(.dayFirst), fits(.monthFirst))
    }
}
