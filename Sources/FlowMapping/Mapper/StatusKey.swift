extension String {
    /// The form statuses, resolutions and type names are compared in: lowercased, surrounding white space
    /// dropped.
    var matchKey: String { trimmedOfWhiteSpace.lowercased() }
}
