/// A piece of inline Markdown whose text is always escaped by ``MarkdownEscaping``.
enum MarkdownSpan {
    case text(String)
    case strong(String)
    case emphasis(String)

    var markup: String {
        switch self {
        case .text(let value): MarkdownEscaping.inline(value)
        case .strong(let value): "**" + MarkdownEscaping.inline(value) + "**"
        case .emphasis(let value): "_" + MarkdownEscaping.inline(value) + "_"
        }
    }
}
