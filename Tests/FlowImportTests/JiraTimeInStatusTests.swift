import FlowModel
import Testing

@testable import FlowImport

@Suite struct JiraTimeInStatusTests {
    @Test func readsEveryEntryInOrder() {
        // 21 872 485 ms = 21 872.485 s; 0 ms = 0 s.
        #expect(
            JiraTimeInStatus.parse("11659_*:*_1_*:*_21872485_*|*_10900_*:*_1_*:*_0")
                == [
                    StatusTime(statusID: "11659", timesEntered: 1, seconds: 21872.485),
                    StatusTime(statusID: "10900", timesEntered: 1, seconds: 0),
                ])
    }

    @Test func emptyValuesGiveNothingAndMalformedOnesAreRejected() {
        #expect(JiraTimeInStatus.parse("") == [])
        #expect(JiraTimeInStatus.parse(" \n ") == [])
        #expect(JiraTimeInStatus.parse("11659_*:*_1") == nil)
        #expect(JiraTimeInStatus.parse("11659_*:*_one_*:*_5") == nil)
        #expect(JiraTimeInStatus.parse("11659_*:*_1_*:*_-5") == nil)
    }
}
