/// One row of a transitions CSV as read, before the file's date order is known.
struct TransitionsCSVChange: Sendable {
    var at: ParsedDate
    /// `nil` when the cell is empty (the item was created in `to`) or the file has no `from` column.
    var from: String?
    var to: String
    /// The row's position in the file, to keep same-instant changes in file order.
    var record: Int
}
