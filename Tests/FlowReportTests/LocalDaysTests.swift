import FlowModel
import Foundation
import Testing

@testable import FlowReport

/// `LocalDays` caches the zone's offset per UTC day; it must say what the clock says for every instant, on the
/// days the offset changes too.
@Suite struct LocalDaysTests {
    @Test(arguments: ["Europe/Berlin", "America/Sao_Paulo", "Australia/Lord_Howe", "Asia/Kathmandu", "UTC"])
    func everyInstantFallsOnTheClocksDay(zone: String) throws {
        let clock = LocalClock(timeZone: try #require(TimeZone(identifier: zone)))
        var days = LocalDays(clock: clock)
        // Every 7 minutes 13 seconds from 2018-01-01 for 400 days, then a few far apart: the cache grows both ways.
        let start = Date.utc(year: 2018, month: 1, day: 1)
        var instants = (0..<80_000).map { start.addingTimeInterval(Double($0) * 433) }
        instants += [Date.utc(year: 1990, month: 6, day: 1), Date.utc(year: 2030, month: 10, day: 27, hour: 1)]
        for instant in instants.shuffled() {
            #expect(days.day(of: instant) == clock.day(of: instant), "\(instant)")
        }
    }
}
