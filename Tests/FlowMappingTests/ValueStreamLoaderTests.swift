import Foundation
import Testing

@testable import FlowMapping
@testable import FlowModel

@Suite struct ValueStreamLoaderTests {
    @Test func readsEverySectionOfTheSpecExample() throws {
        let text = """
            name: Payments delivery
            timezone: Europe/Berlin
            weekStart: sunday
            stages:
              - { name: Backlog,     kind: backlog, statuses: [Open, To Do] }
              - { name: Development, kind: active,  statuses: [In Progress] }
              - { name: Review,      kind: wait,    statuses: [Code Review] }
              - { name: Done,        kind: done,    statuses: [Done, Closed] }
              - { name: Discarded,   kind: discarded, statuses: [Cancelled] }
            discardedResolutions: [Won't Do, Duplicate]
            flowItems:
              Feature: [Story, Epic]
              Defect: [Bug]
            teams:
              by: component
              names: { PAY: Payments }
            businessStream:
              name: Dental insurance
              steps:
                - { name: Onboarding, match: { labels: [onboarding], projects: [ONB] } }
            sprints:
              - { name: PAY Sprint 12, team: Payments, start: 2026-11-02, end: 2026-11-13 }
            """
        let stream = try ValueStreamLoader.parse(text, file: "streamgauge.yml")
        #expect(stream.name == "Payments delivery")
        #expect(stream.timeZone.identifier == "Europe/Berlin")
        #expect(stream.weekStart == .sunday)
        #expect(stream.stages.map(\.name) == ["Backlog", "Development", "Review", "Done", "Discarded"])
        #expect(stream.stages.map(\.kind) == [.backlog, .active, .wait, .done, .discarded])
        #expect(stream.stages[0].statuses == ["Open", "To Do"])
        #expect(stream.discardedResolutions == ["Won't Do", "Duplicate"])
        #expect(stream.flowItems.map(\.name) == ["Feature", "Defect"])
        #expect(stream.flowItems.map(\.types) == [["Story", "Epic"], ["Bug"]])
        #expect(stream.teamRule == .component)
        #expect(stream.teamNames == ["PAY": "Payments"])
        #expect(
            stream.businessStream
                == BusinessStream(
                    name: "Dental insurance",
                    steps: [BusinessStep(name: "Onboarding", projects: ["ONB"], labels: ["onboarding"])]))
        #expect(
            stream.sprints == [
                ConfiguredSprint(
                    name: "PAY Sprint 12", team: "Payments", start: Day(iso: "2026-11-02")!,
                    end: Day(iso: "2026-11-13")!)
            ])
    }

    @Test func anEmptyFileIsTheDefaultMapping() throws {
        let stream = try ValueStreamLoader.parse("", file: "empty.yml")
        #expect(stream.stages.isEmpty)
        #expect(stream.teamRule == .project)
    }

    @Test(arguments: [
        (
            "stages:\n  - { name: A, kind: active, statuses: [X] }\ncolour: red\n",
            "bad.yml:3:1: error: unknown key \"colour\" in the configuration; expected one of businessStream, discardedResolutions, flowItems, name, sprints, stages, teams, timezone, weekStart"
        ),
        (
            "stages:\n  - { name: A, kind: active, statuses: [X] }\n  - { name: B, kind: wait, statuses: [Y, x] }\n",
            "bad.yml:3:42: error: status 'x' is named twice: in stage 'A' and in stage 'B'"
        ),
        (
            "stages:\n  - { name: A, kind: active }\n",
            "bad.yml:2:5: error: stage 'A' names no statuses; give it \"statuses: [...]\""
        ),
        (
            "stages:\n  - { name: A, kind: doing, statuses: [X] }\n",
            "bad.yml:2:22: error: unknown kind 'doing' for stage 'A'; expected one of backlog, active, wait, done, discarded"
        ),
        (
            "timezone: Mars/Olympus\n",
            "bad.yml:1:11: error: unknown time zone 'Mars/Olympus' in key \"timezone\"; expected an IANA name like 'Europe/Berlin' or an offset like '+05:30'"
        ),
        ("stages: [\n", "bad.yml:2:1: error: the configuration is not valid YAML: did not find expected node content"),
        (
            "stages:\n  - { name: Done, kind: done, statuses: [Done] }\n  - { name: done, kind: done, statuses: [Closed] }\n",
            "bad.yml:3:13: error: stage 'done' is named twice; expected each stage once"
        ),
        (
            "sprints:\n  - { name: S1, start: 2026-07-28, end: 2026-07-15 }\n",
            "bad.yml:2:41: error: sprint 'S1' ends on 2026-07-15, before it starts on 2026-07-28"
        ),
    ])
    func badConfigurationsNameFileLineAndKey(text: String, expected: String) {
        #expect {
            _ = try ValueStreamLoader.parse(text, file: "bad.yml")
        } throws: { error in
            (error as? InputError)?.description == expected
        }
    }

    @Test func theTimeZoneIsReadInAnyLetterCase() throws {
        let stream = try ValueStreamLoader.parse("timezone: asia/kolkata\n", file: "lower.yml")
        #expect(stream.timeZone.identifier == "Asia/Kolkata")
    }

    @Test func aMissingFileIsAnError() {
        #expect(throws: InputError(file: "nope.yml", message: "no such configuration file")) {
            _ = try ValueStreamLoader.load(file: "nope.yml")
        }
    }
}

/// What the mapping reads of the items, which tells the import what it may skip.
@Suite struct ValueStreamReadFieldsTests {
    @Test func componentsLabelsAndEpicsAreReadOnlyForTheRulesThatMatchThem() {
        var stream = ValueStream()
        #expect(!stream.readsComponents && !stream.readsLabels)
        stream.teamRule = .component
        #expect(stream.readsComponents && !stream.readsLabels)
        stream.teamRule = .label(candidates: [])
        #expect(!stream.readsComponents && stream.readsLabels)
        stream.teamRule = .field("Team")
        stream.businessStream = BusinessStream(
            name: "Dental", steps: [BusinessStep(name: "Quotes", components: ["Quotes"])])
        #expect(stream.readsComponents && !stream.readsLabels)
        stream.businessStream?.steps.append(BusinessStep(name: "Growth", labels: ["growth"]))
        #expect(stream.readsComponents && stream.readsLabels)
        stream.businessStream = BusinessStream(name: "Dental", steps: [BusinessStep(name: "PAY", projects: ["PAY"])])
        #expect(!stream.readsComponents && !stream.readsLabels && !stream.readsEpics)
        stream.businessStream?.steps.append(BusinessStep(name: "Claims", epics: ["CLM-1"]))
        #expect(stream.readsEpics && !stream.readsComponents)
    }
}
