import FlowModel

/// One status seen in the data and where the mapping puts it.
public struct StatusUsage: Sendable, Hashable {
    /// The status as first spelled in the data.
    public var status: String
    /// The status category placing it: the item's, the data's, or the one its name is; `nil` when none.
    public var category: StatusCategory?
    /// Index into ``StageMap/stages``.
    public var stageIndex: Int
    /// The stage's name.
    public var stage: String
    /// The stage's kind.
    public var kind: StageKind
    /// True when no configured stage names it (placed by category, else in the backlog).
    public var unmapped: Bool
    /// Items in this status at export time.
    public var items: Int
    /// Status changes into this status across all histories.
    public var entries: Int

    public init(
        status: String, category: StatusCategory?, stageIndex: Int, stage: String, kind: StageKind,
        unmapped: Bool, items: Int, entries: Int
    ) {
        self.status = status
        self.category = category
        self.stageIndex = stageIndex
        self.stage = stage
        self.kind = kind
        self.unmapped = unmapped
        self.items = items
        self.entries = entries
    }
}
