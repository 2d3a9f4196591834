/// Teams a report was asked for (`--team`) that no item belongs to, with the teams the data has, and the words a
/// report's note and the command line's warning say them in.
public struct MissingTeams: Sendable, Hashable {
    /// The names asked for that matched no item.
    public var asked: [String]
    /// Every team in the data, whichever teams the report covers: what a team asked for could have been.
    public var inData: [String]

    public init(asked: [String] = [], inData: [String] = []) {
        self.asked = asked
        self.inData = inData
    }

    /// `the team asked for: Paymnts`, or `the teams asked for: A, B`.
    public var askedText: String {
        "the \(asked.count == 1 ? "team" : "teams") asked for: \(asked.joined(separator: ", "))"
    }

    /// `Claims, Onboarding, Payments`, or `none`.
    public var inDataText: String { inData.isEmpty ? "none" : inData.joined(separator: ", ") }
}
