import Foundation

extension TimeZone {
    /// The zone an IANA name names, in any letter case: `Europe/Berlin`, `europe/berlin`, `utc`. `nil` for a
    /// name that is none.
    public init?(ianaName name: String) {
        if let zone = TimeZone(identifier: name) {
            self = zone
            return
        }
        let folded = name.lowercased()
        let names = TimeZone.knownTimeZoneIdentifiers + ["UTC", "GMT"]
        // The system's list may lack a link (Asia/Kolkata beside Asia/Calcutta): then each word capitalised.
        let spelled =
            names.first { $0.lowercased() == folded }
            ?? folded.split(separator: "/", omittingEmptySubsequences: false).map { part in
                part.split(separator: "_", omittingEmptySubsequences: false).map(\.capitalized).joined(separator: "_")
            }.joined(separator: "/")
        guard let zone = TimeZone(identifier: spelled) else { return nil }
        self = zone
    }
}
