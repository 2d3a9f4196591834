import FlowMapping

extension Outcome {
    /// Every outcome, in the order of ``index``: for tables of the bytes each writes.
    static let all: [Outcome] = [.notStarted, .inProgress, .delivered, .discarded]

    /// The outcome's position in ``all``.
    @inline(__always)
    var index: Int {
        switch self {
        case .notStarted: 0
        case .inProgress: 1
        case .delivered: 2
        case .discarded: 3
        }
    }
}
