/// Where a sprint's dates came from (SPEC §4 "Sprints", §5 `datesFrom`).
public enum SprintDatesSource: String, Sendable, Hashable {
    /// The export carried the sprint's start and end (REST JSON sprint objects, backups' sprint table).
    case data
    /// The configuration's `sprints:` list.
    case config
    /// Inferred from the items in the sprint: the first start … the last flow end.
    case items
}
