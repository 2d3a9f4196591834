import FlowModel
import Foundation

/// The flow dates of an item with status history, derived from its stage intervals (SPEC §4).
struct HistoryFlow {
    var intervals: [StageInterval]
    var stage: Int
    var flowStart: Date?
    var flowEnd: Date?
    var startRule: FlowRule?
    var endRule: FlowRule?
    var outcome: Outcome
    var activeSeconds: Double?
    var waitSeconds: Double?
    var skippedFlow = false

    /// Applies the rules to non-empty `intervals` (oldest first, the last one open).
    ///
    /// - Flow start: the first entry into an `active` or `wait` stage.
    /// - Ending in a `done` stage: flow end is the start of the trailing run of done stages — the last entry
    ///   into done from a stage that is not done (Done → Closed keeps the entry into Done). Never in flow:
    ///   it went from backlog straight to done, so it starts when it finishes (`skippedFlow`).
    /// - Ending in a `discarded` stage, or in a done stage with a discarded resolution: discarded, ended when
    ///   it entered the trailing run of that kind; keeps its flow start; stays in the stage it is in.
    /// - Otherwise: in progress when it has a flow start (even if re-opened or moved back), else not started.
    /// - Active and wait seconds: overlap of active and wait intervals with [flow start, flow end or `asOf`].
    init(intervals: [StageInterval], map: StageMap, discardedResolution: Bool, asOf: Date) {
        self.intervals = intervals
        let lastIndex = intervals.count - 1
        stage = intervals[lastIndex].stage
        let finalKind = map.kind(stage)
        let firstFlowEntry = intervals.first { map.kind($0.stage).isInFlow }?.start
        var runStart = lastIndex
        while runStart > 0 && map.kind(intervals[runStart - 1].stage) == finalKind { runStart -= 1 }
        let entry = intervals[runStart].start

        switch finalKind {
        case .done where !discardedResolution:
            outcome = .delivered
            flowEnd = entry
            endRule = .lastEntryIntoDone
            if let firstFlowEntry {
                flowStart = firstFlowEntry
                startRule = .firstEntryIntoFlow
            } else {
                flowStart = entry
                startRule = .skippedFlow
                skippedFlow = true
            }
        case .done, .discarded:
            outcome = .discarded
            flowEnd = entry
            endRule = .enteredDiscarded
            flowStart = firstFlowEntry
            startRule = firstFlowEntry == nil ? nil : .firstEntryIntoFlow
        case .backlog, .active, .wait:
            flowStart = firstFlowEntry
            startRule = firstFlowEntry == nil ? nil : .firstEntryIntoFlow
            outcome = firstFlowEntry == nil ? .notStarted : .inProgress
            let wasDone = intervals.dropLast().contains { map.kind($0.stage) == .done }
            endRule = wasDone && firstFlowEntry != nil ? .reopened : nil
        }

        guard let flowStart else { return }
        let until = max(flowEnd ?? asOf, flowStart)
        var active = 0.0
        var wait = 0.0
        for interval in intervals {
            let kind = map.kind(interval.stage)
            guard kind.isInFlow else { continue }
            let seconds = HistoryFlow.overlap(interval, from: flowStart, to: until, asOf: asOf)
            if kind == .active { active += seconds } else { wait += seconds }
        }
        activeSeconds = active
        waitSeconds = wait
    }

    /// Seconds of `interval` inside [`from`, `to`]; an open interval runs to `asOf`.
    static func overlap(_ interval: StageInterval, from: Date, to: Date, asOf: Date) -> Double {
        let end = interval.end ?? max(asOf, interval.start)
        let lower = max(interval.start, from)
        let upper = min(end, to)
        return max(0, upper.timeIntervalSince(lower))
    }
}
