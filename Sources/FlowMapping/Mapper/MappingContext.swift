import FlowModel
import Foundation

/// Maps the items of one dataset, remembering what it found for each spelling of a status, type, team value,
/// resolution and business-step field, so that each is worked out once rather than once per item.
struct MappingContext {
    let classifier: ItemClassifier
    /// Formats whose sources carry every status change.
    let fullHistoryFormats: Set<String>
    var resolver: StatusResolver
    private var types = SpellingCodes()
    private var flowItems: [String] = []
    private var teamValues = SpellingCodes()
    private var teams: [String] = []
    private var resolutions = SpellingCodes()
    private var discarded: [Bool] = []
    /// Per business field: spelling codes of its values, and the first step listing each (`Int.max`: none).
    private var stepFields: [(field: BusinessField, spellings: SpellingCodes, steps: [Int])]

    init(map: StageMap, classifier: ItemClassifier, fullHistoryFormats: Set<String>) {
        self.classifier = classifier
        self.fullHistoryFormats = fullHistoryFormats
        resolver = StatusResolver(map: map)
        stepFields = BusinessField.allCases.filter { classifier.stepsByField[$0] != nil }.map {
            ($0, SpellingCodes(), [])
        }
    }

    var map: StageMap { resolver.map }

    /// Item `index` of `owner` placed on the value stream as of `asOf`; the flow keeps `owner`. The item has
    /// history when it has changes or comes from a format that records every change, unless `hasHistory` says
    /// otherwise.
    ///
    /// `item` points at that item: each field is read in place when it is needed, since reading the whole
    /// item would copy every string and list in it.
    mutating func flow(
        of item: UnsafePointer<WorkItem>, in owner: WorkItemsOwner, at index: Int, hasHistory known: Bool? = nil,
        asOf: Date
    ) -> ItemFlow {
        let history = item.pointee.history
        let hasHistory =
            known
            ?? (!history.isEmpty || (!fullHistoryFormats.isEmpty && fullHistoryFormats.contains(item.pointee.source)))
        let flowItem = flowItem(of: item.pointee.type)
        let team = team(of: item)
        let step = businessStep(of: item)
        let status = item.pointee.status
        let placement = resolver.placement(of: status, category: item.pointee.statusCategory)
        let intervals =
            hasHistory
            ? StageIntervals.build(
                history: StageIntervals.sorted(history), created: item.pointee.created, current: status,
                resolver: &resolver, currentStage: placement.stage)
            : []
        if intervals.isEmpty {
            let inDone = map.kind(placement.stage) == .done
            let snapshot = SnapshotFlow(
                resolved: item.pointee.resolved, statusCategoryChanged: item.pointee.statusCategoryChanged, map: map,
                placement: placement, discardedResolution: inDone && isDiscarded(item.pointee.resolution))
            return ItemFlow(
                owner: owner, index: index, flowItem: flowItem, team: team, businessStep: step, stage: snapshot.stage,
                flowEnd: snapshot.flowEnd, startRule: snapshot.startRule, endRule: snapshot.endRule,
                outcome: snapshot.outcome, agingStart: snapshot.agingStart)
        }
        let derived = HistoryFlow(
            intervals: intervals, map: map, discardedResolution: isDiscarded(item.pointee.resolution), asOf: asOf)
        return ItemFlow(
            owner: owner, index: index, flowItem: flowItem, team: team, businessStep: step, stage: derived.stage,
            intervals: derived.intervals, flowStart: derived.flowStart, flowEnd: derived.flowEnd,
            startRule: derived.startRule, endRule: derived.endRule, outcome: derived.outcome,
            activeSeconds: derived.activeSeconds, waitSeconds: derived.waitSeconds, skippedFlow: derived.skippedFlow,
            agingStart: derived.flowStart)
    }

    /// The flow item type of an issue type.
    private mutating func flowItem(of type: String) -> String {
        let code = types.code(type)
        if code == flowItems.count { flowItems.append(classifier.flowItem(ofType: type)) }
        return flowItems[code]
    }

    /// The team of `item`, renamed through the configuration's team names.
    private mutating func team(of item: UnsafePointer<WorkItem>) -> String {
        let value = classifier.teamValue(of: item)
        let code = teamValues.code(value ?? "")
        if code == teams.count { teams.append(classifier.team(forValue: value)) }
        return teams[code]
    }

    /// True when `resolution` is one of the configured discarded resolutions.
    private mutating func isDiscarded(_ resolution: String?) -> Bool {
        guard let resolution else { return false }
        let code = resolutions.code(resolution)
        if code == discarded.count { discarded.append(map.isDiscarded(resolution: resolution)) }
        return discarded[code]
    }

    /// The first business step whose match claims `item` (``ItemClassifier/businessStep(of:)``).
    private mutating func businessStep(of item: UnsafePointer<WorkItem>) -> String? {
        guard !stepFields.isEmpty else { return nil }
        var first = Int.max
        for index in stepFields.indices {
            let field = stepFields[index].field
            for value in field.values(of: item) {
                let code = stepFields[index].spellings.code(value)
                if code == stepFields[index].steps.count {
                    stepFields[index].steps.append(classifier.stepsByField[field]?[value.matchKey] ?? Int.max)
                }
                first = min(first, stepFields[index].steps[code])
            }
        }
        return first == Int.max ? nil : classifier.stepName(first)
    }
}
