import Foundation
import Testing

@testable import FlowImport
@testable import FlowModel

@Suite struct JSONTimestampTests {
    private let utc = LocalClock()

    private func parse(_ text: String, clock: LocalClock = LocalClock()) -> Date? {
        JSONTimestamp.parse(Array(text.utf8), clock: clock)
    }

    @Test func offsetsWithAndWithoutColonAndZ() {
        let expected = Date.utc(year: 2021, month: 6, day: 18, hour: 18, minute: 41, second: 29, fraction: 0.398)
        #expect(parse("2021-06-18T18:41:29.398+0000") == expected)
        #expect(parse("2021-06-18T18:41:29.398+00:00") == expected)
        #expect(parse("2021-06-18T18:41:29.398Z") == expected)
        // 13:41:29 at -05:00 is 18:41:29 UTC; 20:11 at +01:30 is 18:41 UTC.
        #expect(parse("2021-06-18T13:41:29.398-0500") == expected)
        #expect(parse("2021-06-18T20:11:29.398+01:30") == expected)
        #expect(parse("2021-06-18T20:41:29.398+02") == expected)
    }

    @Test func fractionsOfAnyLengthAndNoSeconds() {
        #expect(
            parse("2015-11-21T07:03:02.000-0500")
                == Date.utc(year: 2015, month: 11, day: 21, hour: 12, minute: 3, second: 2))
        #expect(
            parse("2022-04-15T00:55:17.688123Z")
                == Date.utc(year: 2022, month: 4, day: 15, minute: 55, second: 17, fraction: 0.688123))
        #expect(parse("2022-04-15T00:55Z") == Date.utc(year: 2022, month: 4, day: 15, minute: 55))
    }

    @Test func withoutOffsetTheClockZoneApplies() throws {
        let newYork = LocalClock(timeZone: try #require(TimeZone(identifier: "America/New_York")))
        // New York is at -04:00 in June, so local 09:00 is 13:00 UTC, and the day starts at 04:00 UTC.
        #expect(parse("2021-06-18T09:00:00", clock: newYork) == Date.utc(year: 2021, month: 6, day: 18, hour: 13))
        #expect(parse("2021-06-18", clock: newYork) == Date.utc(year: 2021, month: 6, day: 18, hour: 4))
    }

    @Test func rejectsWhatIsNoTimestamp() {
        for text in [
            "", "2021-13-01", "2021-02-30T00:00:00Z", "2021-06-18T24:00:00Z", "2021-06-18T18:41:29.Z",
            "2021-06-18T18:41:29+0", "2021-06-18T18:41:29+0000 ", "18/06/2021", "2021-6-18", "yesterday",
        ] {
            #expect(parse(text) == nil, "\(text)")
        }
    }
}
