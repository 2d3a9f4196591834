/// How status names are compared: case-insensitively, with surrounding and repeated spaces ignored.
public enum StatusName {
    /// The comparison form of a status name.
    public static func fold(_ name: String) -> String {
        name.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }
}
