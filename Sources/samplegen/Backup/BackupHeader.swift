import FlowModel
import Foundation

/// The text around a site backup's rows: the XML declaration, the long comment Jira writes
/// first (export time, build, database, a few properties, statistics) and the comment with
/// the entity counts that closes the file.
struct BackupHeader {
    let organisation: Organisation

    static let build = "9.12.15#9120015-sha1:2b1e1c3b0c4a5d6e7f8091a2b3c4d5e6f7a8b9c0"

    /// `     Name` padded to Jira's column, then `: value`.
    private static func line(_ name: String, _ value: String, indent: Int = 5) -> String {
        let label = String(repeating: " ", count: indent) + name
        return label + String(repeating: " ", count: max(1, 51 - label.count)) + ": " + value + "\n"
    }

    func writeStart(comments: Int, to file: inout OutputFile) {
        let zone = organisation.zone
        let export = organisation.exportTime
        let local = zone.local(export)
        let day = Day(ordinal: floorDiv(local, 86_400))
        let (year, month, dayOfMonth) = day.civil
        let minutes = (local - day.ordinal * 86_400) / 60
        let hour = minutes / 60
        let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        let abbreviation =
            TimeZone(identifier: zone.identifier)?.abbreviation(for: Date(timeIntervalSince1970: Double(export)))
            ?? zone.identifier
        let minute = minutes % 60 < 10 ? "0\(minutes % 60)" : "\(minutes % 60)"
        let when =
            "\(weekdays[day.weekday - 1]), \(months[month - 1]) \(dayOfMonth), \(year) "
            + "\(hour % 12 == 0 ? 12 : hour % 12):\(minute):00 \(hour < 12 ? "AM" : "PM") \(abbreviation)"
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- \n\n\n"
        text += "___ Exported on _____________________________\n\n"
        text += Self.line("on", when)
        text += Self.line("by", "admin ( Site Administrator )")
        text += "\n___ Environment ____________________________\n\n"
        text += Self.line("JIRA Build", Self.build)
        text += Self.line("JIRA Installation Type", "Standalone")
        text += Self.line("Java Version", "17.0.11 - Eclipse Adoptium")
        text += "\n___ Database Configuration _________________\n\n"
        text += Self.line("Entity model field type name", "postgres72")
        text += Self.line("Entity model schema name", "public")
        text += Self.line("Database Version", "PostgreSQL - 15.6")
        text += "\n___ Core Application Properties ____________\n\n"
        text += Self.line("Version", "9.12.15")
        text += Self.line("Base URL", "https://jira.smilemutual.example")
        text += Self.line("Default Language", "English (United Kingdom)")
        text += "\n___ Application Properties _________________\n\n"
        text += Self.line("AO_60DB71_#", "1")
        text += Self.line("jira.title", "Smile Mutual Jira")
        text += Self.line("jvm.system.timezone", zone.identifier)
        text += "\n___ Database Statistics ____________________\n\n"
        text += Self.line("Issues", String(organisation.issues.count))
        text += Self.line("Projects", String(organisation.teams.count))
        text += Self.line("Custom Fields", String(BackupCatalogue.customFields.count))
        text += Self.line("Users", String(organisation.people.count))
        text += Self.line("Comments", String(comments))
        text += "\n -->\n<entity-engine-xml date=\"\(export)000\">\n"
        file.write(text)
    }

    /// The closing comment with every entity's count, and the end tag.
    func writeEnd(counts: [(String, Int)], to file: inout OutputFile) {
        var text = "<!-- \n\n\n___ Entities ________________________________\n\n"
        text += Self.line("Total", String(counts.reduce(0) { $0 + $1.1 }))
        text += "\n"
        for (name, count) in counts { text += Self.line(name, String(count)) }
        text += "\n -->\n</entity-engine-xml>\n"
        file.write(text)
    }
}
