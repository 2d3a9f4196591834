import Foundation

extension TimeZone {
    /// The zone's name as reports and configurations write it: `UTC` for the zone Foundation calls `GMT`.
    public var reportName: String { identifier == "GMT" ? "UTC" : identifier }

    /// The zone a name names: an IANA name in any letter case (`Europe/Berlin`, `europe/berlin`, `utc`), or a fixed
    /// offset from UTC (`+05:30`, `-0300`, `UTC+5`, `gmt-03:00`; at most 14 hours). `nil` for a name that is
    /// neither.
    public init?(ianaName name: String) {
        if let offset = TimeZone.fixedOffset(name) {
            guard let zone = TimeZone(secondsFromGMT: offset) else { return nil }
            self = zone
            return
        }
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

    /// The seconds east of UTC that `name` spells as an offset: a sign, one or two digits of hours, and optionally
    /// two of minutes (after a `:` or not), with `UTC` or `GMT` before it or nothing. `nil` when `name` is not an
    /// offset (`Etc/GMT-5`, an IANA name, is not read here) or names one past 14:00 or with minutes past 59.
    static func fixedOffset(_ name: String) -> Int? {
        var rest = Substring(name)
        let prefix = rest.prefix(3).uppercased()
        if prefix == "UTC" || prefix == "GMT" { rest = rest.dropFirst(3) }
        guard let sign = rest.first, sign == "+" || sign == "-" else { return nil }
        rest = rest.dropFirst()
        let parts = rest.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        let hourText: Substring
        let minuteText: Substring
        if parts.count == 2 {
            (hourText, minuteText) = (parts[0], parts[1])
            guard minuteText.count == 2 else { return nil }
        } else if rest.count > 2 {
            (hourText, minuteText) = (rest.dropLast(2), rest.suffix(2))
        } else {
            (hourText, minuteText) = (rest, "00")
        }
        func isDigits(_ text: Substring) -> Bool { text.allSatisfy { ("0"..."9").contains($0) } }
        guard (1...2).contains(hourText.count), isDigits(hourText), isDigits(minuteText),
            let hours = Int(hourText), let minutes = Int(minuteText), minutes < 60, hours * 60 + minutes <= 14 * 60
        else { return nil }
        return (sign == "-" ? -1 : 1) * (hours * 3_600 + minutes * 60)
    }
}
