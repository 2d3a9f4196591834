import Foundation
import Testing

@testable import FlowImport
@testable import FlowModel

@Suite struct DateTextParserTests {
    /// A known-month date with a time.
    private func date(
        _ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0, _ second: Int = 0,
        nanoseconds: Int = 0, offsetMinutes: Int? = nil
    ) -> ParsedDate {
        var result = ParsedDate(year: year, month: month, day: day)
        set(&result, hour, minute, second, nanoseconds, offsetMinutes)
        return result
    }

    /// A numeric date (`12/4/2025`) whose order is still open.
    private func numeric(
        _ year: Int, _ first: Int, _ second: Int, _ hour: Int = 0, _ minute: Int = 0, _ seconds: Int = 0
    ) -> ParsedDate {
        var result = ParsedDate(year: year, numbers: first, second)
        set(&result, hour, minute, seconds, 0, nil)
        return result
    }

    private func set(_ date: inout ParsedDate, _ hour: Int, _ minute: Int, _ second: Int, _ nanos: Int, _ offset: Int?)
    {
        date.hour = UInt8(hour)
        date.minute = UInt8(minute)
        date.seconds = UInt8(second)
        date.nanoseconds = Int32(nanos)
        date.offsetMinutes = offset.map { Int16($0) }
    }

    @Test func jiraProfileFormatWithUnpaddedHourAndMeridiem() {
        #expect(DateTextParser.parse("24/Nov/26 9:15 AM") == date(2026, 11, 24, 9, 15))
        #expect(DateTextParser.parse("25/Oct/25 12:53 PM") == date(2025, 10, 25, 12, 53))
        #expect(DateTextParser.parse("29/Dec/25 12:00 AM") == date(2025, 12, 29, 0, 0))
        #expect(DateTextParser.parse("28/Jun/16 9:27 pm") == date(2016, 6, 28, 21, 27))
        #expect(DateTextParser.parse("24/Nov/2026 9:15 a. m.") == date(2026, 11, 24, 9, 15))
        #expect(DateTextParser.parse("24-Nov-26") == date(2026, 11, 24))
        #expect(DateTextParser.parse("24 Nov 2026 16:05") == date(2026, 11, 24, 16, 5))
        // Two-digit years: 00–69 are 2000s, 70–99 are 1900s.
        #expect(DateTextParser.parse("01/Jan/99 1:00 AM") == date(1999, 1, 1, 1, 0))
    }

    @Test func isoAndSQLStyleTimestamps() {
        #expect(DateTextParser.parse("2026-11-24 09:15") == date(2026, 11, 24, 9, 15))
        #expect(
            DateTextParser.parse("2020-10-30 17:27:19.211") == date(2020, 10, 30, 17, 27, 19, nanoseconds: 211_000_000))
        #expect(DateTextParser.parse("2026-11-24") == date(2026, 11, 24))
        #expect(
            DateTextParser.parse("2021-06-18T18:41:29.398+0000")
                == date(2021, 6, 18, 18, 41, 29, nanoseconds: 398_000_000, offsetMinutes: 0))
        #expect(
            DateTextParser.parse("2015-11-21T07:03:02.000-0500") == date(2015, 11, 21, 7, 3, 2, offsetMinutes: -300))
        #expect(DateTextParser.parse("2026-11-24T09:15:00+05:30") == date(2026, 11, 24, 9, 15, 0, offsetMinutes: 330))
        #expect(DateTextParser.parse("2016-01-26T12:39:26.000Z") == date(2016, 1, 26, 12, 39, 26, offsetMinutes: 0))
        #expect(DateTextParser.parse("2026-11-24T09:15Z") == date(2026, 11, 24, 9, 15, offsetMinutes: 0))
        #expect(DateTextParser.parse("2026-11-24T09:15") == date(2026, 11, 24, 9, 15))
        #expect(DateTextParser.parse("2026-11-24 09:15 UTC") == date(2026, 11, 24, 9, 15, offsetMinutes: 0))
    }

    @Test func localisedMonthNamesInAnyCaseWithOrWithoutADot() {
        // Spanish, from real exports, and the abbreviations Jira uses in each language.
        #expect(DateTextParser.parse("30/mar/26 10:50 PM") == date(2026, 3, 30, 22, 50))
        #expect(DateTextParser.parse("06/abr/26 10:19 AM") == date(2026, 4, 6, 10, 19))
        let cases: [(String, Int)] = [
            ("ene", 1), ("ENE", 1), ("feb", 2), ("may", 5), ("ago", 8), ("sep", 9), ("sept", 9), ("sept.", 9),
            ("dic", 12), ("Dic.", 12),
            ("fev", 2), ("mai", 5), ("set", 9), ("out", 10), ("dez", 12),  // Portuguese
            ("janv.", 1), ("févr.", 2), ("FÉVR", 2), ("avr.", 4), ("juil.", 7), ("août", 8), ("déc.", 12),  // French
            ("Mär", 3), ("MÄR", 3), ("Mrz", 3), ("Okt", 10), ("Dez", 12),  // German
            ("янв", 1), ("фев.", 2), ("ДЕК", 12), ("мая", 5),  // Russian
            ("November", 11), ("noviembre", 11),
        ]
        for (name, month) in cases {
            #expect(DateTextParser.parse("05/\(name)/26 7:24 AM") == date(2026, month, 5, 7, 24), "\(name)")
        }
        #expect(DateTextParser.parse("05 sept. 2025") == date(2025, 9, 5))
    }

    @Test func spreadsheetResavesKeepTheirOrderOpen() {
        let resaved = DateTextParser.parse("16/02/2017 15:26")
        #expect(resaved == numeric(2017, 16, 2, 15, 26))
        // 16 cannot be a month: only day-first fits.
        #expect(resaved.map { [$0.possibleOrders.dayFirst, $0.possibleOrders.monthFirst] } == [true, false])
        let american = DateTextParser.parse("12/4/2025 20:41")
        #expect(american == numeric(2025, 12, 4, 20, 41))
        #expect(american.map { [$0.possibleOrders.dayFirst, $0.possibleOrders.monthFirst] } == [true, true])
        #expect(DateTextParser.parse("12/18/2025 0:00") == numeric(2025, 12, 18, 0, 0))
        #expect(DateTextParser.parse("12/24/2025 11:53:24 AM") == numeric(2025, 12, 24, 11, 53, 24))
        #expect(DateTextParser.parse("16.02.2017 15:26:07") == numeric(2017, 16, 2, 15, 26, 7))
        #expect(DateTextParser.parse("16/02/17") == numeric(2017, 16, 2))
        #expect(DateTextParser.parse("  16/02/2017  ") == numeric(2017, 16, 2))
    }

    @Test func textThatIsNoDateIsRejected() {
        for text in [
            "", "   ", "31/13/26 9:00", "29:10.8", "24/Foo/26 9:15 AM", "24/Nov/26 25:00", "24/Nov/26 13:00 PM",
            "24/Nov/26 0:30 AM", "2026-02-30", "31/Apr/26", "30/02/2017", "2026-11-24T09:15+25:00",
            "2026-11-24 9:5", "24/Nov/26 9:15 AM extra", "123/11/2026", "24/11/202", "Nov 24, 2026",
        ] {
            #expect(DateTextParser.parse(text) == nil, "\(text)")
        }
    }

    @Test func instantsUseTheTextsOffsetElseWallClockTimeInTheZone() throws {
        var utc = InstantConverter(clock: LocalClock())
        let iso = try #require(DateTextParser.parse("2021-06-18T18:41:29.398+0000"))
        #expect(
            utc.instant(iso, order: .dayFirst)
                == Date.utc(year: 2021, month: 6, day: 18, hour: 18, minute: 41, second: 29, fraction: 0.398))
        let eastern = try #require(DateTextParser.parse("2015-11-21T07:03:02.000-0500"))
        #expect(
            utc.instant(eastern, order: .dayFirst)
                == Date.utc(year: 2015, month: 11, day: 21, hour: 12, minute: 3, second: 2))

        var berlin = InstantConverter(clock: LocalClock(timeZone: try #require(TimeZone(identifier: "Europe/Berlin"))))
        // 9:15 in Berlin is 08:15 UTC in November (CET) and 07:15 UTC in July (CEST).
        let november = try #require(DateTextParser.parse("24/Nov/26 9:15 AM"))
        #expect(
            berlin.instant(november, order: .dayFirst) == Date.utc(year: 2026, month: 11, day: 24, hour: 8, minute: 15))
        let july = try #require(DateTextParser.parse("01/Jul/26 9:15 AM"))
        #expect(berlin.instant(july, order: .dayFirst) == Date.utc(year: 2026, month: 7, day: 1, hour: 7, minute: 15))
        // 29 March 2026 is the day clocks go forward: the cache must not apply one offset to the whole day.
        let before = try #require(DateTextParser.parse("29/03/2026 01:30"))
        let after = try #require(DateTextParser.parse("29/03/2026 03:30"))
        #expect(
            berlin.instant(before, order: .dayFirst) == Date.utc(year: 2026, month: 3, day: 29, hour: 0, minute: 30))
        #expect(berlin.instant(after, order: .dayFirst) == Date.utc(year: 2026, month: 3, day: 29, hour: 1, minute: 30))
        // A numeric date follows the order it is read in.
        let american = try #require(DateTextParser.parse("12/4/2025 20:41"))
        #expect(
            utc.instant(american, order: .monthFirst) == Date.utc(year: 2025, month: 12, day: 4, hour: 20, minute: 41))
        #expect(
            utc.instant(american, order: .dayFirst) == Date.utc(year: 2025, month: 4, day: 12, hour: 20, minute: 41))
    }

    @Test func dayMonthEvidenceComesFromNumbersAboveTwelve() throws {
        var evidence = DayMonthEvidence()
        let example = { (text: String) in DayMonthEvidence.Example(text: text, column: "Created", record: 1) }
        // Named months and undecided numeric dates prove nothing.
        #expect(!evidence.note(try #require(DateTextParser.parse("24/Nov/26 9:15 AM"))) { example("a") })
        #expect(!evidence.note(try #require(DateTextParser.parse("12/4/2025 20:41"))) { example("b") })
        #expect(evidence.order(fallback: .dayFirst) == .dayFirst)
        #expect(evidence.order(fallback: .monthFirst) == .monthFirst)
        // 12/18/2025: 18 cannot be a month, so month-first.
        #expect(!evidence.note(try #require(DateTextParser.parse("12/18/2025 0:00"))) { example("12/18/2025 0:00") })
        #expect(evidence.order(fallback: .dayFirst) == .monthFirst)
        // 16/02/2017 proves the opposite: a conflict, with both examples kept.
        #expect(evidence.note(try #require(DateTextParser.parse("16/02/2017 15:26"))) { example("16/02/2017 15:26") })
        #expect(evidence.monthFirst?.text == "12/18/2025 0:00")
        #expect(evidence.dayFirst?.text == "16/02/2017 15:26")
    }

    @Test func isoTextForKeptFields() {
        #expect(
            ISOText.timestamp(Date.utc(year: 2026, month: 11, day: 24, hour: 8, minute: 5, second: 9))
                == "2026-11-24T08:05:09Z")
        #expect(
            ISOText.timestamp(Date.utc(year: 1969, month: 12, day: 31, hour: 23, minute: 59, second: 59))
                == "1969-12-31T23:59:59Z")
        #expect(ISOText.day(year: 2025, month: 12, day: 18) == "2025-12-18")
        #expect(ISOText.day(year: 2025, month: 2, day: 30) == nil)
    }
}
