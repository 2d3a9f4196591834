import FlowMetrics
import FlowModel
import Foundation
import Testing

/// Window resolution: the automatic window is the last complete week before the newest timestamp.
@Suite struct WindowRequestTests {
    static let utc = LocalClock()

    static func days(_ range: ClosedRange<Day>) -> String { "\(range.lowerBound)…\(range.upperBound)" }

    @Test func automaticIsTheLastCompleteWeek() {
        // Wednesday 2026-11-25 is in W48 (23rd–29th), which is not over: the window is W47 (16th–22nd).
        let newest = Date.utc(year: 2026, month: 11, day: 25, hour: 10)
        let window = WindowRequest.automatic.resolve(newest: newest, clock: Self.utc, weekStart: .monday)
        #expect(Self.days(window) == "2026-11-16…2026-11-22")
    }

    @Test func aWeekIsCompleteWhenTheNewestTimestampIsAtItsEnd() {
        // Exactly Monday 23rd 00:00 is W47's end, so W47 is complete; one second before, it is not.
        let atEnd = Date.utc(year: 2026, month: 11, day: 23)
        #expect(
            Self.days(WindowRequest.automatic.resolve(newest: atEnd, clock: Self.utc, weekStart: .monday))
                == "2026-11-16…2026-11-22")
        let before = atEnd.addingTimeInterval(-1)
        #expect(
            Self.days(WindowRequest.automatic.resolve(newest: before, clock: Self.utc, weekStart: .monday))
                == "2026-11-09…2026-11-15")
    }

    @Test func aWeekAskedForFollowsTheConfiguredWeekStart() throws {
        // ISO W44 of 2026 is Monday 26 October to Sunday 1 November. With weeks starting on Sunday it is the week
        // that shares most of its days, the one holding its Thursday (29th): Sunday 25th to Saturday 31st; on
        // Wednesday, Wednesday 28th to Tuesday 3 November.
        let newest = Date.utc(year: 2026, month: 11, day: 25)
        let week44 = try #require(Week(iso: "2026-W44"))
        func resolved(_ request: WindowRequest, _ start: WeekStart) -> String {
            Self.days(request.resolve(newest: newest, clock: Self.utc, weekStart: start))
        }
        #expect(resolved(.week(week44), .monday) == "2026-10-26…2026-11-01")
        #expect(resolved(.week(week44), .sunday) == "2026-10-25…2026-10-31")
        #expect(resolved(.week(week44), .wednesday) == "2026-10-28…2026-11-03")
        // A day asks for the configured week that holds it, as a non-Monday week is labelled by its first day.
        let day = try #require(Day(iso: "2026-11-08"))
        #expect(resolved(.weekOf(day), .sunday) == "2026-11-08…2026-11-14")
        #expect(resolved(.weekOf(day), .monday) == "2026-11-02…2026-11-08")
    }

    @Test func lastWeeksEndWithTheAutomaticWeek() {
        // Four weeks ending with W47: Monday 26 October … Sunday 22 November.
        let newest = Date.utc(year: 2026, month: 11, day: 25)
        let window = WindowRequest.lastWeeks(4).resolve(newest: newest, clock: Self.utc, weekStart: .monday)
        #expect(Self.days(window) == "2026-10-26…2026-11-22")
    }

    @Test func daysAndWeeksFollowTheConfiguredZoneAndWeekStart() throws {
        // 2026-11-22 23:30 UTC is Monday 23rd 00:30 in Berlin: W47 is complete there.
        let berlin = LocalClock(timeZone: try #require(TimeZone(identifier: "Europe/Berlin")))
        let newest = Date.utc(year: 2026, month: 11, day: 22, hour: 23, minute: 30)
        #expect(
            Self.days(WindowRequest.automatic.resolve(newest: newest, clock: berlin, weekStart: .monday))
                == "2026-11-16…2026-11-22")
        // Sunday weeks: Wednesday 25th is in the week of Sunday 22nd; the one before starts on the 15th.
        let sunday = WindowRequest.automatic.resolve(
            newest: Date.utc(year: 2026, month: 11, day: 25), clock: Self.utc, weekStart: .sunday)
        #expect(Self.days(sunday) == "2026-11-15…2026-11-21")
    }

    @Test func explicitRangesAndWeeksAreTakenAsGiven() throws {
        let newest = Date.utc(year: 2026, month: 11, day: 25)
        let from = try #require(Day(iso: "2026-11-20"))
        let to = try #require(Day(iso: "2026-11-03"))
        let range = WindowRequest.range(from: from, to: to).resolve(newest: newest, clock: Self.utc, weekStart: .monday)
        #expect(Self.days(range) == "2026-11-03…2026-11-20")
        let week = WindowRequest.week(try #require(Week(iso: "2026-W45")))
        #expect(Self.days(week.resolve(newest: newest, clock: Self.utc, weekStart: .monday)) == "2026-11-02…2026-11-08")
    }

    @Test func aWindowCoversItsDaysFromMidnightToMidnight() throws {
        let window = MetricWindow(
            from: try #require(Day(iso: "2026-11-16")), to: try #require(Day(iso: "2026-11-22")), clock: Self.utc)
        #expect(window.contains(Date.utc(year: 2026, month: 11, day: 16)))
        #expect(window.contains(Date.utc(year: 2026, month: 11, day: 22, hour: 23, minute: 59)))
        #expect(!window.contains(Date.utc(year: 2026, month: 11, day: 23)))
        #expect(window.dayEnds.count == 7)
    }
}
