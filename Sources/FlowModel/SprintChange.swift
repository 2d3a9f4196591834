import Foundation

/// One change of an item's sprint membership, from a format that records it (Jira changelogs' `Sprint`
/// items, backups' `ChangeItem field="Sprint"`).
public struct SprintChange: Sendable, Hashable {
    /// When the change was made.
    public var at: Date
    /// The sprint's name.
    public var sprint: String
    /// True when the item entered the sprint, false when it left it.
    public var added: Bool

    public init(at: Date, sprint: String, added: Bool) {
        self.at = at
        self.sprint = sprint
        self.added = added
    }
}
