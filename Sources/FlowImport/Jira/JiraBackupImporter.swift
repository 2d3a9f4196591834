import FlowModel
import Foundation

/// Reads a Jira site backup: `entities.xml` (issues, statuses, change history, custom-field values) with
/// the sprints of `activeobjects.xml`, found beside it or among the other inputs. Given alone,
/// `activeobjects.xml` contributes only sprints.
///
/// Both files are streamed with libxml2; memory grows with the issues and status changes kept, never with
/// the rest of the backup (workflows, comments, plugin data).
struct JiraBackupImporter {
    let options: ImportOptions
    /// Every file of this import, where an `activeobjects.xml` given as a further input is found.
    let inputs: [String]

    /// The `source` of the items this importer makes.
    static let source = ExportFormat.jiraBackup.rawValue

    func read(_ file: String) throws(InputError) -> Dataset {
        if JiraBackupFile.kind(ofFile: file) == .activeObjects { return try readSprintsOnly(file) }
        var table: [Int: Sprint] = [:]
        var notes: [JiraBackupNote] = []
        let companions = companions(of: file)
        for companion in companions {
            let sprints = try readSprints(companion)
            table.merge(sprints.sprints) { _, new in new }
            if !sprints.sawTable { notes.append(.noSprintTable(file: companion)) }
        }
        var assembly = JiraBackupAssembly(
            collector: try collect(file), sprintTable: table, sprintTableRead: !companions.isEmpty)
        var dataset = try assembly.dataset()
        if let zone = JiraBackupFile.serverTimeZone(ofFile: file) {
            for index in dataset.sources.indices where dataset.sources[index].file == file {
                dataset.sources[index].timeZone = zone.identifier
            }
            if !Self.sameZone(zone, options.timeZone) {
                notes.append(.serverTimeZone(file: file, server: zone.identifier, used: options.timeZone.reportName))
            }
        }
        dataset.notes += notes.map(\.text)
        return dataset
    }

    /// True when `left` and `right` name the same zone, or both keep one offset, the same (UTC, GMT, Etc/UTC).
    static func sameZone(_ left: TimeZone, _ right: TimeZone) -> Bool {
        if left.identifier == right.identifier { return true }
        let epoch = Date(timeIntervalSince1970: 0)
        func fixedOffset(_ zone: TimeZone) -> Int? {
            zone.nextDaylightSavingTimeTransition(after: epoch) == nil ? zone.secondsFromGMT(for: epoch) : nil
        }
        guard let left = fixedOffset(left), let right = fixedOffset(right) else { return false }
        return left == right
    }

    /// Streams `entities.xml` into a collector; the handler is gone when this returns, so the collector's
    /// tables have one owner and are freed as the assembly lets go of them.
    private func collect(_ file: String) throws(InputError) -> JiraBackupCollector {
        let collector = JiraBackupCollector(
            file: file, lenient: options.lenient, clock: LocalClock(timeZone: options.timeZone),
            unread: options.unreadFields)
        let handler = try XMLStreamReader.parse(
            file: file, into: JiraBackupHandler(collector: collector), progress: progress(file))
        return handler.collector
    }

    /// `activeobjects.xml` given alone: its sprints, and no items.
    private func readSprintsOnly(_ file: String) throws(InputError) -> Dataset {
        let handler = try readSprints(file)
        var sprints: [String: Sprint] = [:]
        for (_, sprint) in handler.sprints.sorted(by: { $0.key < $1.key }) { sprints[sprint.name] = sprint }
        let source = SourceSummary(
            file: file, format: Self.source, formatName: "Jira site backup sprints (activeobjects.xml)", items: 0,
            history: .none)
        let notes: [JiraBackupNote] = handler.sawTable ? [] : [.noSprintTable(file: file)]
        return Dataset(sprints: sprints, sources: [source], notes: notes.map(\.text))
    }

    private func readSprints(_ file: String) throws(InputError) -> JiraBackupSprintHandler {
        try XMLStreamReader.parse(file: file, into: JiraBackupSprintHandler(file: file), progress: progress(file))
    }

    /// The `activeobjects.xml` files for `file`: those among the other inputs, and the one beside it.
    private func companions(of file: String) -> [String] {
        var found: [String] = []
        var seen: Set<String> = []
        let beside = URL(fileURLWithPath: file).deletingLastPathComponent()
            .appendingPathComponent(JiraBackupFile.activeObjectsName).path
        var candidates = inputs.filter { $0 != file && JiraBackupFile.kind(ofFile: $0) == .activeObjects }
        if FileManager.default.fileExists(atPath: beside) && JiraBackupFile.kind(ofFile: beside) == .activeObjects {
            candidates.append(beside)
        }
        for candidate in candidates {
            let identity = URL(fileURLWithPath: candidate).standardizedFileURL.resolvingSymlinksInPath().path
            if seen.insert(identity).inserted { found.append(candidate) }
        }
        return found
    }

    private func progress(_ file: String) -> ((Int64, Int64) -> Void)? {
        options.progress.map { report in { read, total in report(file, read, total) } }
    }
}
