import FlowModel

/// Reads the date cells of a transitions or stage-dates CSV, keeping them as ``ParsedDate``s until the
/// whole file has said whether numeric dates (`12/4/2025`) are day-first or month-first.
///
/// Every date column of the file pools its evidence (see ``DayMonthEvidence``); a forced order skips it.
struct GenericCSVDates {
    /// The order the user chose, if any.
    let forcedOrder: DateOrder?
    /// What the message for a bad date shows as an example (`'2026-11-24 09:15'`).
    let example: String
    private var evidence = DayMonthEvidence()
    /// The first numeric date whose order only the rest of the file could tell, for a note.
    private var ambiguousExample: String?

    init(forcedOrder: DateOrder?, example: String) {
        self.forcedOrder = forcedOrder
        self.example = example
    }

    /// The date in field `index` of the reader's record (record `record`, column `column`); `nil` when the
    /// cell is blank.
    ///
    /// - Throws: ``GenericCSVRowError`` for text that is no date, or a numeric date whose order contradicts
    ///   an earlier one (not skippable).
    mutating func read(
        _ reader: CSVReader, _ index: Int, column: String, record: Int
    ) throws(GenericCSVRowError) -> ParsedDate? {
        if reader.isBlank(index) { return nil }
        let parsed = reader.withBytes(index) { DateTextParser.parse($0) }
        guard let parsed, forcedOrder.map(parsed.fits) ?? true else {
            throw GenericCSVRowError(
                .unrecognizedDate(text: reader.string(index), column: column, order: forcedOrder, example: example),
                column: column)
        }
        guard forcedOrder == nil, parsed.isNumeric else { return parsed }
        let conflict = evidence.note(parsed) {
            DayMonthEvidence.Example(text: reader.string(index), column: column, record: record)
        }
        if conflict, let dayFirst = evidence.dayFirst, let monthFirst = evidence.monthFirst {
            throw GenericCSVRowError(
                .dateOrderConflict(dayFirst: dayFirst, monthFirst: monthFirst), column: column, skippable: false)
        }
        if ambiguousExample == nil, parsed.possibleOrders == (true, true) { ambiguousExample = reader.string(index) }
        return parsed
    }

    /// The order numeric dates are read in: forced, proven by the file, or day-first.
    var order: DateOrder { forcedOrder ?? evidence.order(fallback: .dayFirst) }

    /// A note for the report when numeric dates were read day-first without anything in the file to say so.
    var note: String? {
        guard forcedOrder == nil, evidence.dayFirst == nil, evidence.monthFirst == nil, let ambiguousExample else {
            return nil
        }
        return "no date in the file shows whether numeric dates such as '\(ambiguousExample)' are day-first or"
            + " month-first; they were read day-first"
    }
}
