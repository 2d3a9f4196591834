/// How Jira writes a few field values, the same in every export format.
enum FieldText {
    /// `5.0`, `0.5`, `13.0`: Jira writes number fields with at least one decimal.
    static func number(_ value: Double) -> String {
        let whole = Int(value)
        if Double(whole) == value { return "\(whole).0" }
        return "\(whole)." + String(Int(((value - Double(whole)) * 10).rounded()))
    }

    /// `0|i000g3:`: LexoRank-looking text for a rank position.
    static func rank(_ value: Int) -> String {
        let digits = String(value, radix: 36)
        return "0|i" + String(repeating: "0", count: max(0, 5 - digits.count)) + digits + ":"
    }

    /// The `Development` field of an issue with one merged pull request.
    static let mergedPullRequest = "{pullrequest={dataType=pullrequest, state=MERGED, stateCount=1}}"

    /// `1 day, 4 hours`: a duration in seconds as Jira shows estimates (8-hour days, 5-day weeks).
    static func duration(seconds: Int) -> String {
        var parts: [String] = []
        var hours = seconds / 3600
        let weeks = hours / 40
        hours -= weeks * 40
        let days = hours / 8
        hours -= days * 8
        if weeks > 0 { parts.append(weeks == 1 ? "1 week" : "\(weeks) weeks") }
        if days > 0 { parts.append(days == 1 ? "1 day" : "\(days) days") }
        if hours > 0 || parts.isEmpty { parts.append(hours == 1 ? "1 hour" : "\(hours) hours") }
        return parts.joined(separator: ", ")
    }
}
