import FlowModel
import Testing

@testable import FlowImport

@Suite struct JiraXMLTimeInStatusTests {
    @Test func readsEveryEntryInOrder() {
        // 21 872 485 ms = 21 872.485 s; 0 ms = 0 s.
        #expect(
            JiraXMLTimeInStatus.parse("11659_*:*_1_*:*_21872485_*|*_10900_*:*_1_*:*_0")
                == [
                    StatusTime(statusID: "11659", timesEntered: 1, seconds: 21872.485),
                    StatusTime(statusID: "10900", timesEntered: 1, seconds: 0),
                ])
    }

    @Test func emptyValuesGiveNothingAndMalformedOnesAreRejected() {
        #expect(JiraXMLTimeInStatus.parse("") == [])
        #expect(JiraXMLTimeInStatus.parse(" \n ") == [])
        #expect(JiraXMLTimeInStatus.parse("11659_*:*_1") == nil)
        #expect(JiraXMLTimeInStatus.parse("11659_*:*_one_*:*_5") == nil)
        #expect(JiraXMLTimeInStatus.parse("11659_*:*_1_*:*_-5") == nil)
    }
}
