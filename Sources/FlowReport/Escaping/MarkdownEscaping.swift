/// The one place export text becomes GitHub-flavoured Markdown: table cells, headings and list items.
///
/// A title with `|`, `*`, `<`, a backslash or a newline cannot break a table, start emphasis or a link,
/// or inject HTML: `\`, `|`, `*`, `_`, `` ` ``, `[`, `]` and `~` are backslash-escaped, `<`, `>` and `&`
/// become entities, and line breaks become spaces.
enum MarkdownEscaping {
    static func inline(_ value: String) -> String {
        var result = ""
        result.reserveCapacity(value.utf8.count + 8)
        var previousWasCarriageReturn = false
        for scalar in value.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\n" where previousWasCarriageReturn: continue
            case "\n", "\r", "\u{2028}", "\u{2029}", "\t": result += " "
            case "\\", "|", "*", "_", "`", "[", "]", "~":
                result += "\\"
                result.unicodeScalars.append(scalar)
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\u{0}": result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
