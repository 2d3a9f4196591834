import Foundation
import Testing

@testable import FlowImport
@testable import FlowModel

@Suite struct JiraJSONLegacySprintTests {
    private func parse(_ text: String) -> Sprint? { JiraJSONLegacySprint.parse(Array(text.utf8), clock: LocalClock()) }

    @Test func serverStringWithCommasInTheNameAndNullDates() {
        let text =
            "com.atlassian.greenhopper.service.sprint.Sprint@14b1c359[id=3,rapidViewId=1,state=CLOSED,"
            + "name=Sprint 3, the big one,goal=,startDate=2016-01-11T10:21:37.000+01:00,"
            + "endDate=2016-01-25T10:21:00.000+01:00,completeDate=<null>,sequence=3]"
        // The name keeps its comma: ", the" is not followed by a word and '='. 10:21 at +01:00 is 09:21 UTC.
        #expect(
            parse(text)
                == Sprint(
                    id: "3", name: "Sprint 3, the big one", state: "closed",
                    start: Date.utc(year: 2016, month: 1, day: 11, hour: 9, minute: 21, second: 37),
                    end: Date.utc(year: 2016, month: 1, day: 25, hour: 9, minute: 21)))
    }

    @Test func withoutANameThereIsNoSprint() {
        #expect(parse("com.atlassian.greenhopper.service.sprint.Sprint@1[id=3,state=ACTIVE,name=]") == nil)
        #expect(parse("com.atlassian.greenhopper.service.sprint.Sprint@1") == nil)
    }
}
