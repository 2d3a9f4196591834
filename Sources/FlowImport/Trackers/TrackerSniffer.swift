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
        let bytes = Array(text.utf8)
        func hasKey(_ name: String) -> Bool { TrackerSniffer.hasKey(name, in: bytes) }
        if trimmed.first == "[" {
            return hasKey("number") && hasKey("createdAt") && !hasKey("fields") ? .gitHubJSON : nil
        }
        if hasKey("actions") && (hasKey("lists") || hasKey("cards")) {
            return .trelloJSON
        }
        if (hasKey("issues") || hasKey("issue")) && (hasKey("tracker") || hasKey("journals")) {
            return .redmineJSON
        }
        return nil
    }

    /// True when `"name"` followed by a colon (white space allowed between) occurs in the UTF-8 `text`.
    ///
    /// Searched as bytes: the sniffer looks into the first block of every file given, and a REST export can
    /// be hundreds of pages (Foundation's `range(of:)` converts the text to UTF-16 for every search).
    static func hasKey(_ name: String, in text: [UInt8]) -> Bool {
        let quoted = Array(("\"" + name + "\"").utf8)
        guard let first = quoted.first, text.count >= quoted.count else { return false }
        var index = 0
        let last = text.count - quoted.count
        while index <= last {
            guard text[index] == first, text[index..<(index + quoted.count)].elementsEqual(quoted) else {
                index += 1
                continue
            }
            var after = index + quoted.count
            while after < text.count, [0x20, 0x09, 0x0A, 0x0D].contains(text[after]) { after += 1 }
            if after < text.count && text[after] == UInt8(ascii: ":") { return true }
            index += 1
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
