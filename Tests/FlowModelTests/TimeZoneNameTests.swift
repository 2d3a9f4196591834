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
}
