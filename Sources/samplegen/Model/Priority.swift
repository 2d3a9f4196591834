/// Jira's default priorities.
enum Priority: Int, CaseIterable {
    case highest = 1
    case high, medium, low, lowest

    var name: String {
        switch self {
        case .highest: "Highest"
        case .high: "High"
        case .medium: "Medium"
        case .low: "Low"
        case .lowest: "Lowest"
        }
    }

    /// Jira's priority id (1 = Highest … 5 = Lowest).
    var id: String { String(rawValue) }

    /// The icon file name Jira Cloud uses in RSS `iconUrl` attributes.
    var iconName: String {
        switch self {
        case .highest: "highest_new.svg"
        case .high: "high_new.svg"
        case .medium: "medium_new.svg"
        case .low: "low_new.svg"
        case .lowest: "lowest_new.svg"
        }
    }
}
