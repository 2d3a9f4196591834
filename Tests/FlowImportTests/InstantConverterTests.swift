import Foundation
import Testing

@testable import FlowImport
@testable import FlowModel

@Suite struct InstantConverterTests {
    @Test func wallClockTimesMatchTheClockAcrossDaylightSavingChanges() throws {
        // Every day of 2025 and 2026 in Berlin, newest first as exports list them, at 00:30, 02:30 (which
        // does not exist on the spring-forward days, and exists twice on the fall-back days) and 23:59:
        // the converter's cached offsets must give what LocalClock works out each time.
        let clock = LocalClock(timeZone: try #require(TimeZone(identifier: "Europe/Berlin")))
        var converter = InstantConverter(clock: clock)
        let first = Day.ordinal(year: 2025, month: 1, day: 1)
        let last = Day.ordinal(year: 2026, month: 12, day: 31)
        var compared = 0
        for ordinal in stride(from: last, through: first, by: -1) {
            let (year, month, day) = Day(ordinal: ordinal).civil
            for (hour, minute) in [(0, 30), (2, 30), (23, 59)] {
                var date = ParsedDate(year: year, month: month, day: day)
                date.hour = UInt8(hour)
                date.minute = UInt8(minute)
                let local = Double(ordinal * 86_400 + hour * 3600 + minute * 60)
                #expect(converter.instant(date, order: .dayFirst) == clock.instant(localSeconds: local), "\(date)")
                compared += 1
            }
        }
        // 730 days × 3 times.
        #expect(compared == 2190)
    }
}
