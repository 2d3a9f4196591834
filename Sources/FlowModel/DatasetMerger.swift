/// Merges datasets one after another, as ``Dataset/merge(_:)`` does, keeping one key index across them:
/// merging 500 saved search pages one at a time would otherwise index every earlier item 500 times.
public struct DatasetMerger: Sendable {
    /// Everything merged so far.
    public private(set) var dataset = Dataset()
    private var index: [String: Int] = [:]
    private var indexed = 0

    public init() {}

    /// Merges `other` in; for the same key `other`'s item wins (keeping history it lacks).
    public mutating func add(_ other: Dataset) {
        dataset.merge(other, index: &index, indexed: &indexed)
    }
}
