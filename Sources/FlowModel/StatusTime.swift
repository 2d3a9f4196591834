/// Time an item spent in one status, as Jira's `[CHART] Time in Status` field totals it.
///
/// The field names statuses by id only and gives no order and no dates.
public struct StatusTime: Sendable, Hashable {
    /// The Jira status id (`10900`).
    public var statusID: String
    /// How many times the item entered the status.
    public var timesEntered: Int
    /// Total time in the status, in seconds.
    public var seconds: Double

    public init(statusID: String, timesEntered: Int, seconds: Double) {
        self.statusID = statusID
        self.timesEntered = timesEntered
        self.seconds = seconds
    }
}
