extension String {
    /// The form statuses, resolutions and type names are compared in: lowercased, surrounding white space
    /// dropped.
    var matchKey: String { trimmedOfWhiteSpace.lowercased() }

    /// The text without white space (spaces, tabs, newlines) at either end.
    var trimmedOfWhiteSpace: String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last,
            first.properties.isWhitespace || last.properties.isWhitespace
        else { return self }
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
