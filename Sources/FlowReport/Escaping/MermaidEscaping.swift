/// The one place text becomes a quoted label inside a Mermaid block (`"…"` in `pie`, `x-axis`, `title`).
///
/// Mermaid has no escape for a quote inside a quoted label, so characters that would end the label, open
/// a list, start a comment (`%%`) or an entity (`#…;`), or be read as HTML are replaced by look-alikes;
/// line breaks and runs of spaces collapse, and long labels are shortened with `…`.
enum MermaidEscaping {
    /// Labels longer than `maximumLength` characters are shortened.
    static func label(_ value: String, maximumLength: Int = 40) -> String {
        var result = ""
        var lastWasSpace = true
        for scalar in value.unicodeScalars {
            let replacement: String
            switch scalar {
            case "\"", "`": replacement = "'"
            case "[", "{": replacement = "("
            case "]", "}": replacement = ")"
            case "<": replacement = "‹"
            case ">": replacement = "›"
            case "#": replacement = "＃"
            case "%": replacement = "％"
            case ";": replacement = ","
            case "\\": replacement = "/"
            default:
                replacement = scalar.properties.isWhitespace || scalar.value < 0x20 ? " " : String(scalar)
            }
            if replacement == " " {
                if lastWasSpace { continue }
                lastWasSpace = true
            } else {
                lastWasSpace = false
            }
            result += replacement
        }
        while result.hasSuffix(" ") { result.removeLast() }
        if result.count > maximumLength { result = String(result.prefix(maximumLength - 1)) + "…" }
        return result
    }
}
