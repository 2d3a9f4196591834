/// Numbers as people read them in the HTML and Markdown reports (JSON and CSV keep full precision).
///
/// Durations have one decimal, counts are whole, ratios are whole percents; a value the data cannot give
/// is `—`. Changes carry a sign (`+1.2`, `−0.5`, `+3 pts`).
enum OutputText {
    /// What is shown where the data cannot give a value.
    static let missing = "—"

    /// Days with one decimal: `3.2`.
    static func days(_ value: Double?) -> String {
        guard let value, value.isFinite else { return missing }
        return oneDecimal(value)
    }

    /// A whole count: `12`.
    static func count(_ value: Int?) -> String {
        guard let value else { return missing }
        return String(value)
    }

    /// A decimal count such as an average load or story points, one decimal: `15.4`.
    static func amount(_ value: Double?) -> String {
        days(value)
    }

    /// A ratio (0…1) as a whole percent: `31%`.
    static func percent(_ value: Double?) -> String {
        guard let value, value.isFinite else { return missing }
        let whole = (value * 100).rounded()
        return String(Int(whole == 0 ? 0 : whole)) + "%"
    }

    /// The change from `before` to `now` in days, with a sign: `+1.2`, `−0.5`, `±0.0`.
    static func change(_ now: Double?, from before: Double?) -> String {
        guard let now, let before, now.isFinite, before.isFinite else { return missing }
        return signed(oneDecimal(now - before), isNegative: now - before < 0)
    }

    /// The change between two counts, with a sign: `+3`, `−2`, `±0`.
    static func change(_ now: Int?, from before: Int?) -> String {
        guard let now, let before else { return missing }
        return signed(String(abs(now - before)), isNegative: now < before)
    }

    /// The change between two ratios in percentage points: `+4 pts`.
    static func changeInPoints(_ now: Double?, from before: Double?) -> String {
        guard let now, let before, now.isFinite, before.isFinite else { return missing }
        let points = ((now - before) * 100).rounded()
        return signed(String(Int(abs(points))), isNegative: points < 0) + " pts"
    }

    /// `1.5` for 1.46; never `-0.0`.
    private static func oneDecimal(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        guard abs(tenths) < 1e15 else { return String(value) }
        let whole = Int(tenths)
        let sign = whole < 0 ? "-" : ""
        return sign + String(abs(whole) / 10) + "." + String(abs(whole) % 10)
    }

    private static func signed(_ magnitude: String, isNegative: Bool) -> String {
        let bare = magnitude.hasPrefix("-") ? String(magnitude.dropFirst()) : magnitude
        if bare.allSatisfy({ $0 == "0" || $0 == "." }) { return "±" + bare }
        return (isNegative ? "−" : "+") + bare
    }
}
