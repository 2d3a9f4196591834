import FlowModel

/// The category of a Redmine status: `is_closed` where the export gives it (Redmine 5.1 and later), else
/// the default English names (`New`, `In Progress`, `Resolved`, `Feedback`, `Closed`, `Rejected`).
enum RedmineStatus {
    /// `nil` when neither `isClosed` nor the name says; a status with `is_closed: false` and an unknown
    /// name is left to the value-stream configuration too, since it may be a waiting or a working one.
    static func category(name: String, isClosed: Bool?) -> StatusCategory? {
        if isClosed == true { return .done }
        switch name.lowercased() {
        case "new", "nueva", "nouveau", "neu": return .toDo
        case "in progress", "en curso", "feedback", "resolved": return .inProgress
        case "closed", "rejected", "cerrada", "rechazada", "fermé", "rejeté", "erledigt", "abgewiesen":
            return isClosed == false ? nil : .done
        default: return StatusCategory(jiraName: name)
        }
    }

    /// True for Redmine's default `Rejected` status in the languages seen (`Rechazada`, `Rejeté`, `Abgewiesen`):
    /// an issue closed in it gets the resolution `Rejected`, which the standard value stream discards.
    static func isRejected(_ name: String) -> Bool {
        ["rejected", "rechazada", "rechazado", "rejeté", "rejetée", "abgewiesen"].contains(name.lowercased())
    }
}
