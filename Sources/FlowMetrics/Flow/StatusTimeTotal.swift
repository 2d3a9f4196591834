/// Time in one status over a set of items, from Jira's `[CHART] Time in Status` totals.
public struct StatusTimeTotal: Sendable, Hashable {
    /// The tracker's status id.
    public var statusID: String
    /// The status's name where the data names the id, else `status <id>`.
    public var status: String
    /// Items that entered the status.
    public var items: Int
    /// Nearest-rank median of the per-item days.
    public var p50Days: Double?
    /// Nearest-rank 85th percentile of the per-item days.
    public var p85Days: Double?
    /// Days summed over the items.
    public var totalDays: Double

    public init(statusID: String, status: String, items: Int, p50Days: Double?, p85Days: Double?, totalDays: Double) {
        self.statusID = statusID
        self.status = status
        self.items = items
        self.p50Days = p50Days
        self.p85Days = p85Days
        self.totalDays = totalDays
    }
}
