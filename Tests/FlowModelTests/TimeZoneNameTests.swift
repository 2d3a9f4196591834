import Foundation
import Testing

@testable import FlowModel

@Suite struct TimeZoneNameTests {
    @Test func ianaNamesAreReadInAnyLetterCase() {
        #expect(TimeZone(ianaName: "Europe/Berlin")?.identifier == "Europe/Berlin")
        #expect(TimeZone(ianaName: "europe/berlin")?.identifier == "Europe/Berlin")
        #expect(TimeZone(ianaName: "AMERICA/ST_JOHNS")?.identifier == "America/St_Johns")
        #expect(TimeZone(ianaName: "asia/kolkata")?.identifier == "Asia/Kolkata")
        #expect(TimeZone(ianaName: "utc")?.secondsFromGMT() == 0)
        #expect(TimeZone(ianaName: "Mars/Olympus") == nil)
        #expect(TimeZone(ianaName: "") == nil)
    }

    @Test func offsetsFromUTCAreFixedZones() {
        // Sign and hours, with minutes after a colon or not, with UTC or GMT before them in any case, or nothing.
        let offsets: [(String, Int)] = [
            ("+05:30", 19_800), ("-0300", -10_800), ("+5", 18_000), ("-03:00", -10_800), ("UTC+5", 18_000),
            ("utc+05:30", 19_800), ("GMT-3", -10_800), ("gmt+0545", 20_700), ("+14:00", 50_400), ("-12", -43_200),
            ("+00:00", 0),
        ]
        for (name, seconds) in offsets {
            #expect(TimeZone(ianaName: name)?.secondsFromGMT() == seconds, "\(name)")
        }
        // Past fourteen hours, minutes past 59, a missing or three-digit hour, a one-digit minute, text after.
        for name in ["+15:00", "UTC+99", "+05:60", "+", "UTC+", "+123:00", "+05:3", "+05:30x", "+5h", "05:30", "++5"] {
            #expect(TimeZone(ianaName: name) == nil, "\(name)")
        }
        // IANA names that look like offsets stay IANA names (Etc/GMT-5 is five hours east of UTC).
        #expect(TimeZone(ianaName: "Etc/GMT-5")?.secondsFromGMT() == 18_000)
    }
}
