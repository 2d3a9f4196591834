/// Sprint display text shared by the HTML and Markdown reports.
enum OutputSprint {
    /// `2026-11-02 – 2026-11-13`, with `—` for an unknown end.
    static func dates(_ row: SprintRow) -> String {
        switch (row.start, row.end) {
        case (nil, nil): OutputText.missing
        case (let start, let end):
            (start?.description ?? OutputText.missing) + " – " + (end?.description ?? OutputText.missing)
        }
    }

    /// `Every sprint's dates come from the data.`: said once under a table whose sprints' dates all came from
    /// `source` (`data`, `config` or `items`).
    static func datesSource(_ source: String) -> String {
        switch source {
        case "data": "Every sprint's dates come from the data."
        case "config": "Every sprint's dates come from the configuration."
        case "items": "Every sprint's dates come from the dates of its items."
        default: "Every sprint's dates come from: \(source)."
        }
    }

    /// ``dates(_:)`` in the pieces a narrow cell may break between: `2026-11-02 –`, `2026-11-13`.
    static func datePieces(_ row: SprintRow) -> [String] {
        switch (row.start, row.end) {
        case (nil, nil): [OutputText.missing]
        case (let start, let end):
            [(start?.description ?? OutputText.missing) + " –", end?.description ?? OutputText.missing]
        }
    }
}
