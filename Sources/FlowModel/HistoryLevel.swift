/// How much status history an input carries.
public enum HistoryLevel: String, Sendable, Hashable, Comparable {
    /// No transitions at all: only the current status and a few dates (Jira CSV and XML exports, whose
    /// `Status Category Changed` and `[CHART] Time in Status` are totals, not a history).
    case none
    /// Some transitions or stage entry dates (Azure's Activated/Resolved dates, Linear's Started/Completed).
    case partial
    /// Every status change with its time.
    case full

    private var order: Int {
        switch self {
        case .none: 0
        case .partial: 1
        case .full: 2
        }
    }

    public static func < (lhs: HistoryLevel, rhs: HistoryLevel) -> Bool { lhs.order < rhs.order }
}
