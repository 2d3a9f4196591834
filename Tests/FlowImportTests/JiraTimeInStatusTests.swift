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
        // A `|` out of place, an empty entry, a trailing separator.
        #expect(JiraTimeInStatus.parse("11659_*:*_1_*:*_5|") == nil)
        #expect(JiraTimeInStatus.parse("11659_*:*_1_*:*_5_*|*__*|*_1_*:*_1_*:*_5") == nil)
        #expect(JiraTimeInStatus.parse("11659_*:*_1_*:*_5_*|*_") == nil)
    }

    @Test func manyEntriesReadAsManyAsThereAre() throws {
        // 1 to 40 entries, every one read, the last one last.
        for entries in 1...40 {
            let text = (1...entries).map { "\(10_000 + $0)_*:*_\($0 % 3 + 1)_*:*_\($0 * 1_000)" }.joined(
                separator: "_*|*_")
            let totals = try #require(JiraTimeInStatus.parse(text))
            #expect(totals.count == entries)
            #expect(
                totals.last
                    == StatusTime(
                        statusID: "\(10_000 + entries)", timesEntered: entries % 3 + 1, seconds: Double(entries)))
        }
    }
}
