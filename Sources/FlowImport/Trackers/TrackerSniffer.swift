import Foundation

/// Tells the exports of trackers other than Jira by their CSV header names or their JSON's top-level keys,
/// for ``FormatSniffer``.
enum TrackerSniffer {
    /// The format whose header `firstLine` is; `nil` when it is none of this folder's CSV formats.
    static func csvFormat(firstLine: Substring) -> ExportFormat? {
        let names = Set(headerNames(firstLine))
        if names.contains("issue key") || names.contains("summary") { return nil }
        if names.contains("id") && names.contains("work item type") { return .azureDevOpsCSV }
        if names.contains("issue id") && names.contains("url")
            && (names.contains("created at (utc)") || names.contains("author username"))
        {
            return .gitLabCSV
        }
        if names.isSuperset(of: ["id", "team", "title", "status"])
            && !names.isDisjoint(with: ["cycle number", "started", "completed", "canceled", "triaged"])
        {
            return .linearCSV
        }
        return nil
    }

    /// The format of JSON text starting with `text`; `nil` when it is none of this folder's JSON formats.
    static func jsonFormat(_ text: String) -> ExportFormat? {
        let trimmed = text.drop { $0.isWhitespace }
        if trimmed.first == "[" {
            return hasKey("number", in: text) && hasKey("createdAt", in: text) && !hasKey("fields", in: text)
                ? .gitHubJSON : nil
        }
        if hasKey("actions", in: text) && (hasKey("lists", in: text) || hasKey("cards", in: text)) {
            return .trelloJSON
        }
        if (hasKey("issues", in: text) || hasKey("issue", in: text))
            && (hasKey("tracker", in: text) || hasKey("journals", in: text))
        {
            return .redmineJSON
        }
        return nil
    }

    /// True when `"name"` followed by a colon (spaces allowed between) occurs in `text`.
    private static func hasKey(_ name: String, in text: String) -> Bool {
        let quoted = "\"" + name + "\""
        var rest = text[...]
        while let found = rest.range(of: quoted) {
            let after = rest[found.upperBound...].drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
            if after.first == ":" { return true }
            rest = rest[found.upperBound...]
        }
        return false
    }

    /// The cells of a header line, unquoted, trimmed and lowercased; split at `,`, `;` or tab, whichever
    /// the line holds most of.
    private static func headerNames(_ line: Substring) -> [String] {
        let separators: [Character] = [",", ";", "\t"]
        let separator =
            separators.max { lhs, rhs in line.count(where: { $0 == lhs }) < line.count(where: { $0 == rhs }) } ?? ","
        return line.split(separator: separator, omittingEmptySubsequences: false).map { cell in
            cell.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                .lowercased()
        }
    }
}
