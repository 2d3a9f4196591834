/// Jira resolutions the simulation sets.
enum Resolution: Int, CaseIterable {
    case done, wontDo, duplicate

    var name: String {
        switch self {
        case .done: "Done"
        case .wontDo: "Won't Do"
        case .duplicate: "Duplicate"
        }
    }

    /// Jira's resolution id.
    var id: String {
        switch self {
        case .done: "10000"
        case .wontDo: "10001"
        case .duplicate: "10002"
        }
    }
}
