import Foundation

/// One transition in an item's status history.
public struct StatusChange: Sendable, Hashable {
    /// When the item entered `to`.
    public var at: Date
    /// The status the item left; `nil` when the item was created in `to`.
    public var from: String?
    /// The status the item entered.
    public var to: String

    public init(at: Date, from: String?, to: String) {
        self.at = at
        self.from = from
        self.to = to
    }
}
