/// One step of a ``JSONReader``: a structural mark or a scalar value.
///
/// Keys, strings and numbers carry no payload: their text stays in the reader (``JSONReader/text``,
/// ``JSONReader/textBuffer``) until the next call, so that a caller pays for a `String` only when it keeps one.
enum JSONEvent: Equatable, Sendable {
    case objectStart
    case objectEnd
    case arrayStart
    case arrayEnd
    /// An object member's name; the reader has consumed the `:` after it.
    case key
    case string
    case number
    case bool(Bool)
    case null
    /// The input ended after one complete value.
    case end
}
