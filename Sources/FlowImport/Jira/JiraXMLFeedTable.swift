import Foundation

/// The HTML table inside an item of Jira's "RSS (issues)" feed: rows of `<b>Label:</b>` cells,
/// each followed by the value's cell, e.g. `<td><b>Status:</b></td><td>Done</td>`.
///
/// Labels are in the exporting user's language; the importer looks up the English ones.
struct JiraXMLFeedTable {
    /// Each row's value cell as HTML, by label (without the colon), first row wins; in row order.
    private(set) var rows: [(label: String, cell: String)] = []
    /// The parent's key from the header link `<a id="parent_issue_key">KEY</a>`.
    private(set) var parentKey: String?

    /// Cell texts that mean "no value" in English feeds.
    static let placeholders: Set<String> = ["None", "Not Specified", "Unassigned", "Unresolved"]

    init(html: String) {
        var cursor = html.startIndex
        while let open = html.range(of: "<b>", range: cursor..<html.endIndex),
            let close = html.range(of: "</b>", range: open.upperBound..<html.endIndex)
        {
            cursor = close.upperBound
            let label = JiraXMLFeedTable.plainText(html[open.upperBound..<close.lowerBound])
            guard label.hasSuffix(":"), !label.contains("<"),
                let cell = JiraXMLFeedTable.nextCell(in: html, after: close.upperBound)
            else { continue }
            let name = String(label.dropLast()).trimmingCharacters(in: .whitespaces)
            if !rows.contains(where: { $0.label == name }) { rows.append((name, String(html[cell]))) }
            cursor = cell.upperBound
        }
        if let anchor = html.range(of: "id=\"parent_issue_key\""),
            let start = html.range(of: ">", range: anchor.upperBound..<html.endIndex),
            let end = html.range(of: "</a>", range: start.upperBound..<html.endIndex)
        {
            let key = JiraXMLFeedTable.plainText(html[start.upperBound..<end.lowerBound])
            if !key.isEmpty { parentKey = key }
        }
    }

    /// The cell's text for `label`; `nil` when the row is missing, empty or a placeholder ("None").
    func text(_ label: String) -> String? {
        guard let cell = cell(label) else { return nil }
        let text = JiraXMLFeedTable.plainText(cell[...])
        return text.isEmpty || JiraXMLFeedTable.placeholders.contains(text) ? nil : text
    }

    /// The values of a list cell: the text of each link, or the comma-separated text.
    func list(_ label: String) -> [String] {
        guard let cell = cell(label), text(label) != nil else { return [] }
        var values: [String] = []
        var cursor = cell.startIndex
        while let open = cell.range(of: "<a ", range: cursor..<cell.endIndex),
            let start = cell.range(of: ">", range: open.upperBound..<cell.endIndex),
            let end = cell.range(of: "</a>", range: start.upperBound..<cell.endIndex)
        {
            let value = JiraXMLFeedTable.plainText(cell[start.upperBound..<end.lowerBound])
            if !value.isEmpty { values.append(value) }
            cursor = end.upperBound
        }
        if !values.isEmpty { return values }
        return JiraXMLFeedTable.plainText(cell[...]).components(separatedBy: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Every row's label and text, placeholders and empty cells left out.
    var texts: [(label: String, text: String)] {
        rows.compactMap { row in text(row.label).map { (row.label, $0) } }
    }

    private func cell(_ label: String) -> String? {
        rows.first { $0.label == label }?.cell
    }

    /// The contents of the first `<td …>…</td>` after `index`.
    private static func nextCell(in html: String, after index: String.Index) -> Range<String.Index>? {
        guard let closeLabel = html.range(of: "</td>", range: index..<html.endIndex),
            let open = html.range(of: "<td", range: closeLabel.upperBound..<html.endIndex),
            let openEnd = html.range(of: ">", range: open.upperBound..<html.endIndex),
            let close = html.range(of: "</td>", range: openEnd.upperBound..<html.endIndex)
        else { return nil }
        return openEnd.upperBound..<close.lowerBound
    }

    /// HTML as text: tags dropped, character references decoded, whitespace collapsed.
    static func plainText(_ html: Substring) -> String {
        var text = ""
        var inTag = false
        for character in html {
            if inTag {
                if character == ">" { inTag = false }
            } else if character == "<" {
                inTag = true
            } else {
                text.append(character)
            }
        }
        return decodeReferences(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private static func decodeReferences(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = text[...]
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let afterAmp = rest.index(after: amp)
            guard let semicolon = rest[afterAmp...].prefix(10).firstIndex(of: ";") else {
                result.append("&")
                rest = rest[afterAmp...]
                continue
            }
            let name = rest[afterAmp..<semicolon]
            if let decoded = decode(name) {
                result += decoded
            } else {
                result += rest[amp...semicolon]
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }

    private static func decode(_ name: Substring) -> String? {
        switch name {
        case "nbsp": return " "
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos", "#39": return "'"
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value =
                digits.hasPrefix("x") || digits.hasPrefix("X")
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
    }
}
