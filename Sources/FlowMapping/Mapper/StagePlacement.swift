import FlowModel

/// Where the mapping puts one status: a stage, and whether a stage named it or it was placed by fallback.
public struct StagePlacement: Sendable, Hashable {
    /// Index into ``StageMap/stages``.
    public var stage: Int
    /// True when no configured stage names the status (SPEC §3): it was placed by its status category,
    /// or in the backlog when the export gives no category.
    public var unmapped: Bool
    /// The status category the placement used or found, when known.
    public var category: StatusCategory?

    public init(stage: Int, unmapped: Bool, category: StatusCategory?) {
        self.stage = stage
        self.unmapped = unmapped
        self.category = category
    }
}
