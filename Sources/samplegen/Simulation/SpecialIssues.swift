/// Puts a few hostile texts into the data, so that every importer and renderer has to escape:
/// markup that must not run in HTML or break a Markdown table, and spreadsheet formulas that a
/// CSV writer must neutralise.
enum SpecialIssues {
    /// Summary of one delivered-or-open bug.
    static let scriptTitle = "<script>alert(\"x\")</script> | *bold*"
    /// Summary (and start of the description) of one story.
    static let formulaTitle = "=HYPERLINK(\"http://example.com\")"
    /// Summaries that start with the other characters spreadsheets treat as formulas.
    static let signTitles = [
        "+49 hotline number missing on the contact page", "-1 day waiting period shown for children",
        "@oncall: nightly export stuck since the last deploy",
    ]

    static func apply(to issues: inout [SimIssue]) {
        let count = issues.count
        if let index = firstIndex(of: .bug, from: count / 3, in: issues) {
            issues[index].summary = scriptTitle
            issues[index].description =
                "Pasted from the support chat:\n<b>bold</b> & <i>italic</i> | a | b |\n"
                + "Quote \"as is\", with commas, and a tab:\tend."
        }
        if let index = firstIndex(of: .story, from: 2 * count / 3, in: issues) {
            issues[index].summary = formulaTitle
            issues[index].description =
                formulaTitle + " was pasted from the pricing sheet, together with "
                + "=SUM(A1:A3) and =cmd|' /C calc'!A0."
        }
        for (offset, title) in signTitles.enumerated() {
            if let index = firstIndex(of: .bug, from: (offset + 1) * count / 5 + 1, in: issues),
                issues[index].summary != scriptTitle
            {
                issues[index].summary = title
            }
        }
    }

    private static func firstIndex(of kind: IssueKind, from start: Int, in issues: [SimIssue]) -> Int? {
        guard start < issues.count else { return nil }
        return issues[start...].firstIndex { $0.kind == kind }
    }
}
