extension String {
    /// The text without white space (spaces, tabs, newlines, any Unicode white space) at either end.
    ///
    /// Foundation's `trimmingCharacters(in:)` goes through `NSString` and UTF-16 on Linux; importers trim a
    /// value or two of every item, so this one walks the Unicode scalars of the ends only, and returns the
    /// string itself when there is nothing to trim.
    public var trimmedOfWhiteSpace: String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last,
            first.properties.isWhitespace || last.properties.isWhitespace
        else { return self }
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars = scalars.dropLast() }
        return String(scalars)
    }
}

extension String {
    /// The form names are compared in (statuses, resolutions, types, field names): lowercased, surrounding
    /// white space dropped.
    public var matchKey: String { trimmedOfWhiteSpace.lowercased() }

    /// The form field names are compared in: ``matchKey`` without any `Custom field (…)` around the name, as a
    /// Jira CSV header writes it (`Custom field (Team)` and `Team` are one field).
    public var fieldMatchKey: String {
        var text = matchKey
        let prefix = "custom field ("
        while text.hasPrefix(prefix) && text.hasSuffix(")") && text.count > prefix.count + 1 {
            text = text.dropFirst(prefix.count).dropLast().trimmedOfWhiteSpace
        }
        return text
    }
}

extension Substring {
    /// ``Swift/String/trimmedOfWhiteSpace`` of the substring.
    public var trimmedOfWhiteSpace: String { String(self).trimmedOfWhiteSpace }
}
