import FlowModel

/// The stages of a value stream made ready for lookup: status → stage, case-insensitively (SPEC §3).
///
/// With no stages configured the default mapping applies: `To Do` (backlog) ← status category To Do,
/// `In Progress` (active) ← In Progress, `Done` (done) ← Done. An item in a done stage with a discarded
/// resolution stays in that stage, and is discarded (SPEC §3: "an item in a done stage whose resolution is
/// listed … is discarded too"). A status no stage names is unmapped: it goes to the first stage
/// whose kind matches its category (To Do → backlog; In Progress → active, else wait; Done → done), else
/// to the backlog. The category is the item's, else the data's for that status; a status the export gives no
/// category for is not placed by its name, even one that spells a category (`In Progress`): SPEC §3 places it
/// "by its status category where the export gives one, else" in the backlog. When the configured stages have
/// no backlog stage, one named `Backlog` is put first so that such statuses have somewhere to go.
public struct StageMap: Sendable {
    /// The stages in flow order; indices into this array are what ``StageInterval/stage`` holds.
    public let stages: [Stage]
    /// True for the default mapping by status category.
    public let byCategory: Bool
    private let stageByStatus: [String: Int]
    private let categoryByStatus: [String: StatusCategory]
    private let discardedResolutions: Set<String>

    /// The default stage names, in order, when no stages are configured.
    public static let defaultStages = [
        Stage(name: "To Do", kind: .backlog, statuses: []),
        Stage(name: "In Progress", kind: .active, statuses: []),
        Stage(name: "Done", kind: .done, statuses: []),
    ]

    /// Resolves `valueStream`'s stages; `statusCategories` (by status name) places statuses no stage names.
    ///
    /// A status no stage names goes to a stage of its category's kind (SPEC §3), so configured stages get the
    /// kinds they lack: a `Backlog` first, an `In Progress` (active) before the first done or discarded stage
    /// when no stage is active or wait, and a `Done` before the first discarded stage when none is done. Each
    /// takes `Unmapped …` as its name when a configured stage has that name already.
    public init(valueStream: ValueStream, statusCategories: [String: StatusCategory] = [:]) {
        var stages = valueStream.stages
        byCategory = stages.isEmpty
        if byCategory {
            stages = StageMap.defaultStages
        } else {
            func added(_ name: String, _ kind: StageKind) -> Stage {
                let taken = Set(stages.map(\.name.matchKey))
                return Stage(
                    name: taken.contains(name.matchKey) ? "Unmapped \(name.lowercased())" : name, kind: kind,
                    statuses: [])
            }
            if !stages.contains(where: { $0.kind == .backlog }) { stages.insert(added("Backlog", .backlog), at: 0) }
            if !stages.contains(where: { $0.kind == .active || $0.kind == .wait }) {
                let before = stages.firstIndex { $0.kind == .done || $0.kind == .discarded } ?? stages.count
                stages.insert(added("In Progress", .active), at: before)
            }
            if !stages.contains(where: { $0.kind == .done }) {
                let before = stages.firstIndex { $0.kind == .discarded } ?? stages.count
                stages.insert(added("Done", .done), at: before)
            }
        }
        self.stages = stages
        var stageByStatus: [String: Int] = [:]
        for (index, stage) in stages.enumerated() {
            for status in stage.statuses where stageByStatus[status.matchKey] == nil {
                stageByStatus[status.matchKey] = index
            }
        }
        self.stageByStatus = stageByStatus
        var categoryByStatus: [String: StatusCategory] = [:]
        for (status, category) in statusCategories.sorted(by: { $0.key < $1.key }) {
            categoryByStatus[status.matchKey] = categoryByStatus[status.matchKey] ?? category
        }
        self.categoryByStatus = categoryByStatus
        discardedResolutions = Set(valueStream.discardedResolutions.map(\.matchKey))
    }

    /// The kind of the stage at `index`.
    public func kind(_ index: Int) -> StageKind { stages[index].kind }

    /// The status category of `status`: `known` when the caller has it from the item, else the one the data
    /// gives for the status; `nil` when the export gives none.
    public func category(of status: String, known: StatusCategory? = nil) -> StatusCategory? {
        known ?? categoryByStatus[status.matchKey]
    }

    /// Where `status` goes; `category` is the item's own category for it, when the export gives one.
    public func placement(of status: String, category known: StatusCategory? = nil) -> StagePlacement {
        let category = category(of: status, known: known)
        if !byCategory, let stage = stageByStatus[status.matchKey] {
            return StagePlacement(stage: stage, unmapped: false, category: category)
        }
        guard let category else {
            return StagePlacement(stage: firstStage(of: [.backlog]), unmapped: true, category: nil)
        }
        let stage: Int
        switch category {
        case .toDo: stage = firstStage(of: [.backlog])
        case .inProgress: stage = firstStage(of: [.active, .wait])
        case .done: stage = firstStage(of: [.done])
        }
        return StagePlacement(stage: stage, unmapped: !byCategory, category: category)
    }

    /// True when `resolution` is one of the configured discarded resolutions.
    public func isDiscarded(resolution: String?) -> Bool {
        guard let resolution else { return false }
        return discardedResolutions.contains(resolution.matchKey)
    }

    /// The first stage of the first kind in `kinds` that exists, else the first backlog stage.
    private func firstStage(of kinds: [StageKind]) -> Int {
        for kind in kinds {
            if let index = stages.firstIndex(where: { $0.kind == kind }) { return index }
        }
        return stages.firstIndex { $0.kind == .backlog } ?? 0
    }
}
