/// Jira issue keys: a project key (a capital letter, then capitals, digits or `_`), a dash and a
/// number, e.g. `PAY-7`, `HSLC0-5`.
enum JiraXMLIssueKey {
    /// Whether `text` is exactly one issue key.
    static func matches(_ text: some StringProtocol) -> Bool {
        let bytes = Array(text.utf8)
        guard let dash = bytes.lastIndex(of: UInt8(ascii: "-")), dash > 0, dash < bytes.count - 1,
            isCapital(bytes[0])
        else { return false }
        let project = bytes[..<dash].allSatisfy { isCapital($0) || isDigit($0) || $0 == UInt8(ascii: "_") }
        return project && bytes[(dash + 1)...].allSatisfy(isDigit)
    }

    private static func isCapital(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
