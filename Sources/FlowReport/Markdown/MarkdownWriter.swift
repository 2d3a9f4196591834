/// Builds a Markdown document block by block, one blank line between blocks.
///
/// Text reaches the output only through ``MarkdownSpan``, ``MarkdownTable`` and ``MermaidChart``, which
/// escape it; markup the renderer wrote itself needs the differently named ``trustedMarkup(_:)``.
struct MarkdownWriter {
    private(set) var output = ""

    mutating func heading(_ level: Int, _ text: String) {
        block(String(repeating: "#", count: level) + " " + MarkdownEscaping.inline(text) + "\n")
    }

    mutating func paragraph(_ spans: MarkdownSpan...) {
        paragraph(spans)
    }

    mutating func paragraph(_ spans: [MarkdownSpan]) {
        block(spans.map(\.markup).joined() + "\n")
    }

    /// A bulleted list, one item per element.
    mutating func bullets(_ items: [[MarkdownSpan]]) {
        guard !items.isEmpty else { return }
        block(items.map { "- " + $0.map(\.markup).joined() + "\n" }.joined())
    }

    mutating func table(_ table: MarkdownTable) {
        block(table.markup)
    }

    mutating func mermaid(_ chart: MermaidChart) {
        block("```mermaid\n" + chart.lines.joined(separator: "\n") + "\n```\n")
    }

    /// Markdown the renderer wrote itself, with no export text in it (a rule, a fixed sentence).
    mutating func trustedMarkup(_ markup: String) {
        block(markup)
    }

    private mutating func block(_ text: String) {
        if !output.isEmpty { output += "\n" }
        output += text
    }
}
