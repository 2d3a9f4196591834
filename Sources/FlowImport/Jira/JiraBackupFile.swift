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
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: 64 * 1024) else { return nil }
        return kind(ofPrefix: String(decoding: data, as: UTF8.self))
    }
}
