import FlowModel
import Foundation
import Testing

@testable import FlowReport

@Suite struct OutputTextTests {
    @Test func durationsHaveOneDecimal() {
        #expect(OutputText.days(3.25) == "3.3")  // half rounds away from zero
        #expect(OutputText.days(7) == "7.0")
        #expect(OutputText.days(0.04) == "0.0")
        #expect(OutputText.days(-0.04) == "0.0")  // never "-0.0"
        #expect(OutputText.days(nil) == "—")
        #expect(OutputText.days(.nan) == "—")
    }

    @Test func ratiosAreWholePercents() {
        #expect(OutputText.percent(0.3125) == "31%")
        #expect(OutputText.percent(0.8333333333333334) == "83%")  // say/do 10 of 12
        #expect(OutputText.percent(0) == "0%")
        #expect(OutputText.percent(nil) == "—")
    }

    @Test func changesCarryASign() {
        #expect(OutputText.change(8.9, from: 6.1) == "+2.8")
        #expect(OutputText.change(6.1, from: 8.9) == "−2.8")
        #expect(OutputText.change(5.0, from: 5.0) == "±0.0")
        #expect(OutputText.change(5, from: 4) == "+1")
        #expect(OutputText.change(3, from: 5) == "−2")
        #expect(OutputText.change(5, from: 5) == "±0")
        #expect(OutputText.changeInPoints(0.3125, from: 0.28) == "+3 pts")  // 31.25 − 28 = 3.25 points
        #expect(OutputText.change(Optional<Double>.none, from: 1.0) == "—")
    }

    @Test func timestampsAreUTCWithMillisecondsOnlyWhenPresent() {
        #expect(
            OutputTimestamp.iso(Date.utc(year: 2026, month: 11, day: 2, hour: 9, minute: 15)) == "2026-11-02T09:15:00Z")
        #expect(
            OutputTimestamp.iso(Date.utc(year: 2026, month: 11, day: 2, hour: 9, minute: 15, fraction: 0.25))
                == "2026-11-02T09:15:00.250Z")
        // 0.4 ms rounds to the whole second.
        #expect(OutputTimestamp.iso(Date(timeIntervalSince1970: 0.0004)) == "1970-01-01T00:00:00Z")
        #expect(OutputTimestamp.iso(Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59Z")
    }

    @Test func aYearBeyondFourDigitsIsWrittenInFull() {
        // 10000-01-01 is 2 932 897 days after 1970-01-01; plus 09:15:00.250.
        let date = Date(timeIntervalSince1970: 2_932_897 * 86_400 + 9 * 3_600 + 15 * 60 + 0.25)
        #expect(OutputTimestamp.iso(date) == "10000-01-01T09:15:00.250Z")
        #expect(OutputTimestamp.iso(Date(timeIntervalSince1970: 2_932_897 * 86_400)) == "10000-01-01T00:00:00Z")
    }

    @Test func niceScalesRoundUpToFriendlyMaxima() {
        #expect(NiceScale(largest: 7).maximum == 8)  // step 2
        #expect(NiceScale(largest: 20.1).maximum == 25)  // step 5
        #expect(NiceScale(largest: 0).maximum == 1)
        #expect(NiceScale(largest: 46).ticks == [0, 10, 20, 30, 40, 50])
    }
}
