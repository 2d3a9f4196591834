/// The item dates of one row, kept as read until the file's day/month order is known.
struct GenericItemDates: Sendable {
    var created: ParsedDate?
    var updated: ParsedDate?
    var resolved: ParsedDate?
}
