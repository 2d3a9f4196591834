import Foundation

/// Numbers as the builder's sentences show them (verdicts, notes, forecast labels): one decimal for days,
/// whole percents, plain integers. Renderers format the report's numbers themselves.
enum ReportText {
    /// `8.9` — one decimal, never `-0.0`.
    static func days(_ value: Double) -> String {
        let text = String(format: "%.1f", value)
        return text == "-0.0" ? "0.0" : text
    }

    /// `31 %`.
    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded())) %" }

    /// `1 item`, `3 items`.
    static func items(_ count: Int) -> String { count == 1 ? "1 item" : "\(count) items" }

    /// `'Blocked'`: export text quoted in a sentence.
    static func quoted(_ text: String) -> String { "'\(text)'" }
}
