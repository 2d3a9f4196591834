import FlowModel

/// Everything read from an `entities.xml`, row by row, in whatever order the entities come: the issues,
/// the small lookup tables, and compact pending tables of changes and custom-field values that are joined
/// to their issues once the whole file is read (``JiraBackupAssembly``).
///
/// Setting a row's columns lives in `JiraBackupCollector+Columns.swift`, keeping a finished row in
/// `JiraBackupCollector+Rows.swift`.
struct JiraBackupCollector {
    let file: String
    let lenient: Bool
    var interner = JiraBackupInterner()
    var clock: JiraBackupClock
    /// The row being read.
    var row = JiraBackupRow()

    var issues: [JiraBackupIssue] = []
    /// Positions in `issues` by issue id.
    var issueIndex: [Int: Int] = [:]
    var projects: [Int: String] = [:]
    /// Names by (interned) id.
    var issueTypes: [Int32: String] = [:]
    var resolutions: [Int32: String] = [:]
    var priorities: [Int32: String] = [:]
    var statuses: [Int32: (name: String, category: StatusCategory?)] = [:]
    /// Status ids in the order their rows came.
    var statusOrder: [Int32] = []

    var groups = JiraBackupGroups()
    var statusChanges: [JiraBackupStatusChange] = []
    var sprintChanges: [JiraBackupSprintChange] = []

    /// The custom fields read, by id; `sawCustomFields` once any `<CustomField>` came.
    var customFields: [Int: JiraBackupCustomField] = [:]
    var sawCustomFields = false
    var customValues: [JiraBackupCustomValue] = []

    var labels: [(issue: Int, label: Int32)] = []
    var components: [Int: String] = [:]
    var versions: [Int: String] = [:]
    /// Issue → component (`true`) or fix version (`false`) associations.
    var associations: [(issue: Int, sink: Int, isComponent: Bool)] = []
    var links: [(type: Int, source: Int, destination: Int)] = []
    var linkTypes: [Int: String] = [:]

    /// `--lenient`: the rows left out, each with its line and reason.
    var skipped: [String] = []

    /// Fields no one will read: their rows (labels, component and fix version associations) are not kept.
    let unread: ImportOptions.UnreadFields

    init(file: String, lenient: Bool, clock: LocalClock, unread: ImportOptions.UnreadFields = []) {
        self.file = file
        self.lenient = lenient
        self.clock = JiraBackupClock(clock: clock)
        self.unread = unread
    }

    /// An error about the backup at a 1-based line; `skippable` when it is one row's, which `--lenient` skips.
    func error(_ problem: JiraBackupProblem, line: Int, skippable: Bool = false) -> InputError {
        InputError(file: file, position: .line(line, column: nil), message: problem.message, skippable: skippable)
    }

    /// Throws `problem` at `line`, or under `--lenient` notes it as skipped.
    mutating func fail(_ problem: JiraBackupProblem, line: Int) throws(InputError) {
        guard lenient else { throw error(problem, line: line, skippable: true) }
        skipped.append("line \(line): \(problem.message)")
    }
}
