import Testing

@testable import FlowReport

@Suite struct MarkdownRendererTests {
    let markdown = MarkdownRenderer().render(ReportFixture.report())

    @Test func fixtureMatchesSnapshot() {
        Snapshot.expect(markdown, matches: "report.md")
    }

    @Test func hostileTitleStaysInsideItsCell() throws {
        let row = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("| PAY-31 ") })
        #expect(
            row
                == "| PAY-31 | 14.3 | p95 | &lt;script&gt;alert(1)&lt;/script&gt; a \\| b \\*c\\* | Payments | Review | Code Review |"
        )
        #expect(!markdown.contains("<script"))
    }

    @Test func everyTableRowHasAsManyCellsAsItsHeader() {
        var expected: Int?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else {
                expected = nil
                continue
            }
            // Unescaped pipes delimit cells.
            var pipes = 0
            var escaped = false
            for character in line {
                if escaped {
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "|" {
                    pipes += 1
                }
            }
            if let expected { #expect(pipes == expected, "\(line)") } else { expected = pipes }
        }
    }

    @Test func chartsAreMermaidBlocks() {
        #expect(markdown.contains("```mermaid\nxychart-beta\n    title \"Velocity per week (items delivered)\""))
        #expect(markdown.contains("    y-axis \"items\" 0 --> 8\n    bar [3, 6, 4, 0, 7, 5, 4, 5]"))
        #expect(markdown.contains("```mermaid\npie showData\n"))
    }

    @Test func missingDataSaysWhy() {
        let empty = MarkdownRenderer().render(ReportFixture.empty())
        #expect(empty.contains("_No weeks to show"))
        #expect(empty.contains("_No time in stage"))
        #expect(empty.contains("_No forecast"))
        #expect(empty.contains("| Flow time p85 (days) | — | — | — | — | — |"))
        #expect(!empty.contains("```mermaid"))
    }
}
