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
}
