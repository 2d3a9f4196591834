import FlowMapping
import FlowModel
import Foundation
import Testing

/// SPEC §4 flow start / flow end rules on tiny hand-worked histories. Stages of `Fixture.stream`:
/// Backlog (Open, To Do) · Development, active (In Progress) · Review, wait (In Review) · Test, active (QA) ·
/// Done (Done, Closed) · Discarded (Cancelled). Times are days after the fixture's origin.
@Suite struct FlowRuleTests {
    static let throughEveryStage: [(Double, String?, String)] = [
        (1, "Open", "In Progress"), (3, "In Progress", "In Review"), (4, "In Review", "QA"), (6, "QA", "Done"),
    ]

    @Test func flowStartIsTheFirstEntryIntoAnActiveOrWaitStage() {
        // Open 0–1, In Progress 1–3, In Review 3–4, QA 4–6, Done 6–.
        // start = 1, end = 6: flow time 5; lead time 6 − 0 = 6; active (3−1)+(6−4) = 4; wait 4−3 = 1.
        let flow = Fixture.flow(Fixture.item("A-1", Self.throughEveryStage))
        #expect(flow.flowStart == Fixture.at(1))
        #expect(flow.startRule == .firstEntryIntoFlow)
        #expect(flow.flowEnd == Fixture.at(6))
        #expect(flow.endRule == .lastEntryIntoDone)
        #expect(flow.outcome == .delivered)
        #expect(flow.flowTimeDays == 5)
        #expect(flow.leadTimeDays == 6)
        #expect(flow.activeSeconds == 4.0 * 86_400)
        #expect(flow.waitSeconds == 1.0 * 86_400)
        #expect(flow.intervals.map(\.stage) == [0, 1, 2, 3, 4])
        #expect(flow.stage == 4)
    }

    @Test func newestFirstHistoriesAreSortedBeforeTheRulesApply() {
        // The same moves listed newest first (as some Jira REST exports do) give the same flow: 1 → 6.
        let flow = Fixture.flow(Fixture.item("A-2", Self.throughEveryStage.reversed(), status: "Done"))
        #expect(flow.flowStart == Fixture.at(1))
        #expect(flow.flowEnd == Fixture.at(6))
        #expect(flow.activeSeconds == 4.0 * 86_400)
        #expect(flow.intervals.map(\.status) == ["Open", "In Progress", "In Review", "QA", "Done"])
    }

    @Test func doneThenClosedKeepsTheFirstEntryIntoDone() {
        // In Progress 1–4, Done 4–6, Closed 6–: Done → Closed is not an entry from a stage that is not done.
        // end = 4, flow time 4 − 1 = 3.
        let flow = Fixture.flow(
            Fixture.item("A-3", [(1, "Open", "In Progress"), (4, "In Progress", "Done"), (6, "Done", "Closed")]))
        #expect(flow.flowEnd == Fixture.at(4))
        #expect(flow.flowTimeDays == 3)
    }

    @Test func reopenedAndNotDoneAgainIsInProgress() {
        // In Progress 1–3, Done 3–5, In Progress 5– (as of 10). No flow end; active (3−1) + (10−5) = 7.
        let flow = Fixture.flow(
            Fixture.item("A-4", [(1, "Open", "In Progress"), (3, "In Progress", "Done"), (5, "Done", "In Progress")]),
            asOf: 10)
        #expect(flow.outcome == .inProgress)
        #expect(flow.flowStart == Fixture.at(1))
        #expect(flow.flowEnd == nil)
        #expect(flow.endRule == .reopened)
        #expect(flow.flowTimeDays == nil)
        #expect(flow.activeSeconds == 7.0 * 86_400)
        #expect(flow.waitSeconds == 0)
    }

    @Test func reDoneEndsAtTheNewEntryIntoDone() {
        // In Progress 1–3, Done 3–5, In Progress 5–7, Done 7–. end = 7; flow time 6; active 2 + 2 = 4; the
        // 2 days in Done between are neither active nor wait.
        let flow = Fixture.flow(
            Fixture.item(
                "A-5",
                [
                    (1, "Open", "In Progress"), (3, "In Progress", "Done"), (5, "Done", "In Progress"),
                    (7, "In Progress", "Done"),
                ]))
        #expect(flow.outcome == .delivered)
        #expect(flow.flowEnd == Fixture.at(7))
        #expect(flow.flowTimeDays == 6)
        #expect(flow.activeSeconds == 4.0 * 86_400)
    }

    @Test func backwardMovesCountEveryVisit() {
        // In Progress 1–2, In Review 2–3, In Progress 3–5, In Review 5–6, Done 6.
        // active (2−1)+(5−3) = 3, wait (3−2)+(6−5) = 2, flow time 5 = 3 + 2.
        let flow = Fixture.flow(
            Fixture.item(
                "A-6",
                [
                    (1, "Open", "In Progress"), (2, "In Progress", "In Review"), (3, "In Review", "In Progress"),
                    (5, "In Progress", "In Review"), (6, "In Review", "Done"),
                ]))
        #expect(flow.activeSeconds == 3.0 * 86_400)
        #expect(flow.waitSeconds == 2.0 * 86_400)
        #expect(flow.flowTimeDays == 5)
    }

    @Test func skippedStagesStartAtTheFirstFlowStageEntered() {
        // Open → In Review (a wait stage) at 2, → Done at 5: start 2, wait 3, active 0.
        let flow = Fixture.flow(Fixture.item("A-7", [(2, "Open", "In Review"), (5, "In Review", "Done")]))
        #expect(flow.flowStart == Fixture.at(2))
        #expect(flow.flowTimeDays == 3)
        #expect(flow.activeSeconds == 0)
        #expect(flow.waitSeconds == 3.0 * 86_400)
    }

    @Test func backlogStraightToDoneStartsWhenItFinishes() {
        // Open 0–3 then Done: flow start = flow end = 3, flow time 0, lead time 3, skipped the flow.
        let flow = Fixture.flow(Fixture.item("A-8", [(3, "Open", "Done")]))
        #expect(flow.outcome == .delivered)
        #expect(flow.skippedFlow)
        #expect(flow.startRule == .skippedFlow)
        #expect(flow.flowStart == Fixture.at(3))
        #expect(flow.flowEnd == Fixture.at(3))
        #expect(flow.flowTimeDays == 0)
        #expect(flow.leadTimeDays == 3)
        #expect(flow.activeSeconds == 0)
    }

    @Test func theFirstIntervalStartsAtCreatedInTheFirstFromStatus() {
        // Created at 0; first change at 2 from QA: the item sat in QA (active) from 0, so flow start is 0.
        let flow = Fixture.flow(Fixture.item("A-9", [(2, "QA", "Done")]))
        #expect(flow.intervals.first?.status == "QA")
        #expect(flow.flowStart == Fixture.at(0))
        #expect(flow.flowTimeDays == 2)
    }

    @Test func aFirstChangeWithoutFromMeansCreatedInItsTarget() {
        // Created at 0, first change (0.5, nil → In Progress): in In Progress since created (0); Done at 4.
        let flow = Fixture.flow(Fixture.item("A-10", [(0.5, nil, "In Progress"), (4, "In Progress", "Done")]))
        #expect(flow.intervals.map(\.status) == ["In Progress", "Done"])
        #expect(flow.flowStart == Fixture.at(0))
        #expect(flow.flowTimeDays == 4)
    }

    @Test func anItemWithNoChangesSitsInItsStatusSinceCreated() {
        // From a source that records every change, created at 2 in In Progress, never moved; as of 10:
        // started at 2, in progress, 8 days active.
        let flow = Fixture.flow(Fixture.item("A-11", created: 2, status: "In Progress"), asOf: 10)
        #expect(flow.intervals.count == 1)
        #expect(flow.flowStart == Fixture.at(2))
        #expect(flow.outcome == .inProgress)
        #expect(flow.activeSeconds == 8.0 * 86_400)
    }

    @Test func movedBackToTheBacklogAfterStartingIsStillInProgress() {
        // In Progress 1–2, back to Open at 2: flow start 1 and no flow end, so it is in the load.
        let flow = Fixture.flow(Fixture.item("A-12", [(1, "Open", "In Progress"), (2, "In Progress", "Open")]))
        #expect(flow.outcome == .inProgress)
        #expect(flow.flowStart == Fixture.at(1))
        #expect(flow.activeSeconds == 86_400)
    }

    @Test func neverLeavingTheBacklogIsNotStarted() {
        let flow = Fixture.flow(Fixture.item("A-13", [(1, "Open", "To Do")]))
        #expect(flow.outcome == .notStarted)
        #expect(flow.flowStart == nil)
        #expect(flow.activeSeconds == nil)
    }

    @Test func discardedAfterStartKeepsItsStartAndEndButNoFlowTime() {
        // In Progress 1–3, Cancelled at 3: discarded, started 1, ended 3; no flow or lead time.
        let flow = Fixture.flow(Fixture.item("A-14", [(1, "Open", "In Progress"), (3, "In Progress", "Cancelled")]))
        #expect(flow.outcome == .discarded)
        #expect(flow.flowStart == Fixture.at(1))
        #expect(flow.flowEnd == Fixture.at(3))
        #expect(flow.endRule == .enteredDiscarded)
        #expect(flow.flowTimeDays == nil)
        #expect(flow.leadTimeDays == nil)
        #expect(flow.activeSeconds == 2.0 * 86_400)
        #expect(flow.stage == 5)
    }

    @Test func aDoneStageWithADiscardedResolutionIsDiscarded() {
        // In Progress 1–2, Done at 2 with resolution "won't do" (any case): discarded at 2, and still in the Done
        // stage (4), where its status puts it: SPEC §3's "an item in a done stage … is discarded too".
        let flow = Fixture.flow(
            Fixture.item("A-15", [(1, "Open", "In Progress"), (2, "In Progress", "Done")], resolution: "won't do"))
        #expect(flow.outcome == .discarded)
        #expect(flow.flowEnd == Fixture.at(2))
        #expect(flow.stage == 4)
        #expect(flow.intervals.last?.stage == 4)
        #expect(flow.flowTimeDays == nil)
    }

    @Test func discardedBeforeStartHasNoFlowStart() {
        let flow = Fixture.flow(Fixture.item("A-16", [(2, "Open", "Cancelled")]))
        #expect(flow.outcome == .discarded)
        #expect(flow.flowStart == nil)
        #expect(flow.flowEnd == Fixture.at(2))
    }

    @Test func statusNamesMatchCaseInsensitively() {
        // "in progress" and "DONE" are Development and Done: start 1, end 2.
        let flow = Fixture.flow(Fixture.item("A-17", [(1, "open", "in progress"), (2, "in progress", "DONE")]))
        #expect(flow.flowTimeDays == 1)
    }
}
