import Foundation

/// Which of a Jira site backup's two XML files a file is, from its first bytes.
enum JiraBackupFile: Equatable {
    /// `entities.xml`: `<entity-engine-xml>`, the issues and their history.
    case entities
    /// `activeobjects.xml`: `<backup xmlns="http://www.atlassian.com/ao">`, plugin tables, among them the
    /// sprints.
    case activeObjects

    /// The name of the sprint file beside `entities.xml` in a backup.
    static let activeObjectsName = "activeobjects.xml"

    /// The kind of backup file whose first bytes are `text`, or `nil` for any other file.
    ///
    /// Jira starts `entities.xml` with a header comment (build, database, every plugin) that can be longer
    /// than the bytes looked at, so the comment's own headings identify it too.
    static func kind(ofPrefix text: String) -> JiraBackupFile? {
        if text.containsBytes(of: "<entity-engine-xml") { return .entities }
        if text.containsBytes(of: "<backup"), text.containsBytes(of: "http://www.atlassian.com/ao") {
            return .activeObjects
        }
        if text.containsBytes(of: "<!--"), text.containsBytes(of: "___ Exported on ___"),
            text.containsBytes(of: "JIRA Build") || text.containsBytes(of: "Jira Build")
        {
            return .entities
        }
        return nil
    }

    /// The kind of backup file at `path`, from its first 64 KB; `nil` when it is none or cannot be read.
    static func kind(ofFile path: String) -> JiraBackupFile? {
        prefix(ofFile: path).flatMap(kind(ofPrefix:))
    }

    /// The zone the Jira server ran in, which its backup's times (written without an offset) are in: the header
    /// comment's `jvm.system.timezone : Europe/Berlin` line; `nil` when there is none or it names no zone.
    static func serverTimeZone(ofPrefix text: String) -> TimeZone? {
        guard let label = text.range(of: "jvm.system.timezone") else { return nil }
        let rest = text[label.upperBound...]
        let line = rest.prefix { !$0.isNewline }
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let name = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        return name.isEmpty ? nil : TimeZone(identifier: name)
    }

    /// The server's zone from the header of the backup at `path` (its first 64 KB).
    static func serverTimeZone(ofFile path: String) -> TimeZone? {
        prefix(ofFile: path).flatMap(serverTimeZone(ofPrefix:))
    }

    private static func prefix(ofFile path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: 64 * 1024) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
