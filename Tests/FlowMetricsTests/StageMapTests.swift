import FlowMapping
import FlowModel
import Foundation
import Testing

/// SPEC §3: the default mapping by category, unmapped statuses, flow item types, teams and business steps.
@Suite struct StageMapTests {
    @Test func theDefaultMappingFollowsStatusCategories() {
        let map = StageMap(
            valueStream: ValueStream(), statusCategories: ["En curso": .inProgress, "Hecho": .done])
        // SPEC §3's three: To Do → backlog, In Progress → active, Done → done.
        #expect(map.stages.map(\.name) == ["To Do", "In Progress", "Done"])
        #expect(map.stages.map(\.kind) == [.backlog, .active, .done])
        #expect(map.placement(of: "en curso") == StagePlacement(stage: 1, unmapped: false, category: .inProgress))
        #expect(map.placement(of: "Hecho").stage == 2)
        #expect(map.placement(of: "Anything", category: .done).stage == 2)
        // No category anywhere: unmapped, in the backlog.
        #expect(map.placement(of: "Limbo") == StagePlacement(stage: 0, unmapped: true, category: nil))
    }

    @Test func aStatusTheExportGivesNoCategoryForGoesToTheBacklogWhateverItsName() {
        // SPEC §3: placed "by its status category where the export gives one, else treated as backlog". A status
        // that only histories name, or an export with no category column, gives none: a name that spells a
        // category ("In Progress", "Готово") is not taken for one.
        let defaults = StageMap(valueStream: ValueStream())
        #expect(defaults.placement(of: "In Progress") == StagePlacement(stage: 0, unmapped: true, category: nil))
        #expect(defaults.placement(of: "Готово") == StagePlacement(stage: 0, unmapped: true, category: nil))
        #expect(defaults.category(of: "Done") == nil)
        // The data's category places it, whatever the name says.
        let data = StageMap(valueStream: ValueStream(), statusCategories: ["Done": .inProgress])
        #expect(data.placement(of: "Done") == StagePlacement(stage: 1, unmapped: false, category: .inProgress))
        // With configured stages, a status no stage names and the data gives no category for is in the backlog.
        let configured = StageMap(valueStream: Fixture.stream)
        #expect(configured.placement(of: "Completed") == StagePlacement(stage: 0, unmapped: true, category: nil))
        #expect(configured.placement(of: "Completed", category: .done).stage == 4)
    }

    @Test func aStatusNoStageNamesIsPlacedByItsCategoryAndFlagged() {
        let map = StageMap(
            valueStream: Fixture.stream, statusCategories: ["Blocked": .inProgress, "Deployed": .done])
        #expect(map.placement(of: "  in review ") == StagePlacement(stage: 2, unmapped: false, category: nil))
        // Blocked → the first active stage (Development); Deployed → Done; unknown → Backlog.
        #expect(map.placement(of: "Blocked") == StagePlacement(stage: 1, unmapped: true, category: .inProgress))
        #expect(map.placement(of: "Deployed").stage == 4)
        #expect(map.placement(of: "Nowhere") == StagePlacement(stage: 0, unmapped: true, category: nil))
    }

    @Test func stagesWithoutABacklogGetOneFirst() {
        let stream = ValueStream(stages: [
            Stage(name: "Doing", kind: .active, statuses: ["Doing"]),
            Stage(name: "Done", kind: .done, statuses: ["Done"]),
        ])
        let map = StageMap(valueStream: stream)
        #expect(map.stages.map(\.name) == ["Backlog", "Doing", "Done"])
        #expect(map.placement(of: "Doing").stage == 1)
        #expect(map.placement(of: "Other").stage == 0)
    }

    @Test func stagesWithoutAnActiveOrADoneStageGetThemForTheStatusesTheyPlaceByCategory() {
        // Only a wait stage and a discarded one: To Do, In Progress and Done statuses named by no stage still
        // go to a stage of their category's kind.
        let stream = ValueStream(stages: [
            Stage(name: "Review", kind: .wait, statuses: ["Code Review"]),
            Stage(name: "Done", kind: .discarded, statuses: ["Cancelled"]),
        ])
        let map = StageMap(valueStream: stream)
        #expect(map.stages.map(\.name) == ["Backlog", "Review", "Unmapped done", "Done"])
        #expect(map.stages.map(\.kind) == [.backlog, .wait, .done, .discarded])
        #expect(map.placement(of: "Done", category: .done).stage == 2)
        #expect(map.placement(of: "In Progress", category: .inProgress).stage == 1)
        #expect(map.placement(of: "To Do", category: .toDo).stage == 0)
        // Without an active or wait stage, In Progress gets one before the done stages.
        let lean = StageMap(
            valueStream: ValueStream(stages: [Stage(name: "Shipped", kind: .done, statuses: ["Shipped"])]))
        #expect(lean.stages.map(\.name) == ["Backlog", "In Progress", "Shipped"])
        #expect(
            lean.placement(of: "In Progress", category: .inProgress)
                == StagePlacement(stage: 1, unmapped: true, category: .inProgress))
        #expect(lean.placement(of: "Done", category: .done).stage == 2)
    }

    @Test func flowItemsTeamsAndBusinessStepsComeFromTheConfiguration() {
        let stream = ValueStream(
            teamRule: .component, teamNames: ["claims": "Claims team"],
            businessStream: BusinessStream(
                name: "Dental",
                steps: [
                    BusinessStep(name: "Acquisition", components: ["Quotes"]),
                    BusinessStep(name: "Onboarding", projects: ["ONB"], labels: ["onboarding"]),
                ]))
        let classifier = ItemClassifier(valueStream: stream)
        let bug = WorkItem(key: "ONB-1", type: "BUG", project: "ONB", components: ["Claims"])
        let spike = WorkItem(key: "PAY-2", type: "Whatever", project: "PAY", labels: ["Onboarding"])
        let quote = WorkItem(key: "PAY-3", type: "Tech Debt", project: "PAY", components: ["quotes"])
        #expect([bug, spike, quote].map(classifier.flowItem) == ["Defect", "Feature", "Debt"])
        #expect([bug, spike, quote].map(classifier.team) == ["Claims team", ItemClassifier.noTeam, "quotes"])
        #expect([bug, spike, quote].map(classifier.businessStep) == ["Onboarding", "Onboarding", "Acquisition"])
    }

    @Test func aTeamFieldIsFoundUnderItsCustomFieldHeader() {
        let classifier = ItemClassifier(valueStream: ValueStream(teamRule: .field("Team")))
        let item = WorkItem(key: "X-1", fields: ["Custom field (Team)": "Falcons"])
        #expect(classifier.team(of: item) == "Falcons")
    }

    @Test func inspectionCountsStatusesAndFlagsUnmappedOnes() {
        let dataset = Fixture.dataset([
            Fixture.item("A-1", [(1, "Open", "In Progress"), (2, "In Progress", "Blocked")]),
            Fixture.item("A-2", [(1, "Open", "Blocked"), (3, "Blocked", "Done")]),
            Fixture.item("A-3", status: "open"),
        ])
        let inspection = MappingInspection(dataset: dataset, valueStream: Fixture.stream)
        // Blocked: no category, so unmapped and in the backlog; 1 item now, entered twice.
        // Open: first spelled "Open" in A-1's history, 1 item now (A-3, "open"), never entered.
        // Rows go by stage, then most items now, then most entries: Blocked before Open.
        let rows = inspection.statuses.map { "\($0.status)|\($0.stage)|\($0.items)|\($0.entries)|\($0.unmapped)" }
        #expect(
            rows == [
                "Blocked|Backlog|1|2|true", "Open|Backlog|1|0|false", "In Progress|Development|0|1|false",
                "Done|Done|1|1|false",
            ])
        #expect(inspection.itemsWithHistory == 3)
        #expect(inspection.dateRange == Fixture.at(0)...Fixture.at(3))
    }
}
