import Foundation

/// A sprint as an export names it, with whatever dates and state the format carries.
public struct Sprint: Sendable, Hashable {
    /// The tracker's id, when the format gives one (Jira's sprint id).
    public var id: String?
    public var name: String
    /// `future`, `active` or `closed` where the format says.
    public var state: String?
    public var start: Date?
    public var end: Date?
    public var completed: Date?

    public init(
        id: String? = nil, name: String, state: String? = nil, start: Date? = nil, end: Date? = nil,
        completed: Date? = nil
    ) {
        self.id = id
        self.name = name
        self.state = state
        self.start = start
        self.end = end
        self.completed = completed
    }
}
