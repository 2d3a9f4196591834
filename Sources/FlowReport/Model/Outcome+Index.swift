import FlowMapping

extension Outcome {
    /// The outcome's position in `allCases`, for tables of the bytes each writes.
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
