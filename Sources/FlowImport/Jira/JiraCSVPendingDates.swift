/// The dates of one item, kept as read until the whole file has decided the day/month order.
struct JiraCSVPendingDates: Sendable {
    var created: ParsedDate?
    var updated: ParsedDate?
    var resolved: ParsedDate?
    var statusCategoryChanged: ParsedDate?
    var dueDate: ParsedDate?
    /// Read only when kept, and only when it parses; never proves an order and never fails the import.
    var lastViewed: ParsedDate?
    /// `Custom field (Start date)`, likewise only when kept and best effort.
    var startDate: ParsedDate?

    /// True when some date is numeric (`12/4/2025`) and so waits for the file's day/month order.
    var hasNumericDate: Bool {
        created?.isNumeric == true || updated?.isNumeric == true || resolved?.isNumeric == true
            || statusCategoryChanged?.isNumeric == true || dueDate?.isNumeric == true
            || lastViewed?.isNumeric == true || startDate?.isNumeric == true
    }

    /// The columns whose numeric dates decide the file's day/month order.
    static let orderEvidenceColumns: [JiraCSVColumn] = [
        .created, .updated, .resolved, .statusCategoryChanged, .dueDate,
    ]

    /// The date read from `column`, for the columns in ``orderEvidenceColumns``.
    subscript(column: JiraCSVColumn) -> ParsedDate? {
        switch column {
        case .created: created
        case .updated: updated
        case .resolved: resolved
        case .statusCategoryChanged: statusCategoryChanged
        case .dueDate: dueDate
        default: nil
        }
    }
}
