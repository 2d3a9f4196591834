import Foundation
import Testing

@testable import FlowModel

@Suite struct DayTests {
    @Test func civilRoundTripsAcrossLeapYearsAndTheEpoch() {
        for (year, month, day, ordinal) in [
            (1970, 1, 1, 0), (2000, 2, 29, 11016), (1969, 12, 31, -1), (2026, 11, 25, 20782),
        ] {
            let value = Day(year: year, month: month, day: day)
            #expect(value?.ordinal == ordinal)
            #expect(value.map { [$0.civil.year, $0.civil.month, $0.civil.day] } == [year, month, day])
        }
        #expect(Day(year: 2026, month: 2, day: 29) == nil)
        #expect(Day(iso: "2026-11-25")?.description == "2026-11-25")
    }

    @Test func descriptionIsPaddedISO() {
        #expect(Day(year: 2026, month: 1, day: 5)?.description == "2026-01-05")
        #expect(Day(year: 987, month: 12, day: 31)?.description == "0987-12-31")
        #expect(Day(year: 9999, month: 12, day: 31)?.description == "9999-12-31")
        // A year of more than four digits is written in full.
        #expect(Day(year: 10_000, month: 1, day: 1)?.description == "10000-01-01")
    }

    @Test func weekdayIsISO() {
        // 2026-11-25 is a Wednesday; 2026-11-22 a Sunday.
        #expect(Day(year: 2026, month: 11, day: 25)?.weekday == 3)
        #expect(Day(year: 2026, month: 11, day: 22)?.weekday == 7)
    }

    @Test func isoWeeksFollowTheThursdayRule() throws {
        // 2026-11-16 (Mon) .. 2026-11-22 (Sun) is 2026-W47; 2021-01-03 (Sun) belongs to 2020-W53.
        let week = Week(containing: try #require(Day(iso: "2026-11-18")))
        #expect(week.description == "2026-W47")
        #expect(week.start.description == "2026-11-16")
        #expect(week.end.description == "2026-11-22")
        #expect(Week(containing: try #require(Day(iso: "2021-01-03"))).description == "2020-W53")
        #expect(Week(iso: "2026-W47") == week)
        #expect(Week(iso: "2026-W54") == nil)
        let sundayWeek = Week(containing: try #require(Day(iso: "2026-11-18")), weekStart: .sunday)
        #expect(sundayWeek.description == "2026-11-15")
    }

    @Test func localClockReadsWallTimeAcrossDaylightSaving() throws {
        let berlin = LocalClock(timeZone: try #require(TimeZone(identifier: "Europe/Berlin")))
        // 2026-03-29 02:30 does not exist in Berlin; 2026-07-01 09:00 CEST is 07:00 UTC.
        let summer = berlin.instant(year: 2026, month: 7, day: 1, hour: 9)
        #expect(summer == Date.utc(year: 2026, month: 7, day: 1, hour: 7))
        let winter = berlin.instant(year: 2026, month: 1, day: 15, hour: 9)
        #expect(winter == Date.utc(year: 2026, month: 1, day: 15, hour: 8))
        // 23:30 UTC on 2026-07-01 is already 2 July in Berlin.
        #expect(
            berlin.day(of: Date.utc(year: 2026, month: 7, day: 1, hour: 23, minute: 30)).description == "2026-07-02")
        #expect(
            berlin.start(of: try #require(Day(iso: "2026-07-02"))) == Date.utc(year: 2026, month: 7, day: 1, hour: 22))
    }

    @Test func ambiguousAndMissingWallTimesFollowTheDocumentedRule() throws {
        let berlin = LocalClock(timeZone: try #require(TimeZone(identifier: "Europe/Berlin")))
        // 2020-10-25 02:30 happens twice in Berlin (CEST 00:30 UTC, then CET 01:30 UTC): the earlier is chosen.
        #expect(
            berlin.instant(year: 2020, month: 10, day: 25, hour: 2, minute: 30)
                == Date.utc(year: 2020, month: 10, day: 25, minute: 30))
        // 2026-03-29 02:30 does not exist: read with the offset before the change (+01:00), 01:30 UTC.
        #expect(
            berlin.instant(year: 2026, month: 3, day: 29, hour: 2, minute: 30)
                == Date.utc(year: 2026, month: 3, day: 29, hour: 1, minute: 30))
    }
}
