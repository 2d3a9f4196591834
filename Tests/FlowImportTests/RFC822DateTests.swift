import FlowModel
import Foundation
import Testing

@testable import FlowImport

@Suite struct RFC822DateTests {
    @Test func numericOffsetsAreSubtractedToGetUTC() {
        // 03:55:53 at -0700 is 10:55:53 UTC; 16:12:18 at +0100 is 15:12:18 UTC (day not zero-padded).
        #expect(
            RFC822Date.parse("Sun, 10 Mar 2024 03:55:53 -0700")
                == Date.utc(year: 2024, month: 3, day: 10, hour: 10, minute: 55, second: 53))
        #expect(
            RFC822Date.parse("Thu, 5 Sep 2024 16:12:18 +0100")
                == Date.utc(year: 2024, month: 9, day: 5, hour: 15, minute: 12, second: 18))
        // 18:39:11 at -0800 on 5 March is 02:39:11 UTC on 6 March.
        #expect(
            RFC822Date.parse("Tue, 5 Mar 2024 18:39:11 -0800")
                == Date.utc(year: 2024, month: 3, day: 6, hour: 2, minute: 39, second: 11))
        // +0530 moves by five and a half hours; a colon in the offset is accepted too.
        #expect(RFC822Date.parse("Mon, 01 Jan 2024 05:30:00 +0530") == Date.utc(year: 2024, month: 1, day: 1))
        #expect(RFC822Date.parse("Mon, 01 Jan 2024 05:30:00 +05:30") == Date.utc(year: 2024, month: 1, day: 1))
    }

    @Test func namedZonesWeekdayAndSecondsAreOptional() {
        let noon = Date.utc(year: 2025, month: 12, day: 4, hour: 12)
        #expect(RFC822Date.parse("Thu, 4 Dec 2025 12:00:00 GMT") == noon)
        #expect(RFC822Date.parse("4 Dec 2025 12:00:00 UTC") == noon)
        #expect(RFC822Date.parse("4 Dec 2025 12:00 Z") == noon)
        #expect(RFC822Date.parse("Thursday, 4 December 2025 12:00:00 UT") == noon)
        #expect(RFC822Date.parse("  thu, 4 dec 2025 12:00:00 gmt  ") == noon)
        // EST is five hours behind UTC; a two-digit year 25 is 2025.
        #expect(RFC822Date.parse("Thu, 4 Dec 25 07:00:00 EST") == noon)
    }

    @Test func rejectsWhatIsNotADate() {
        for text in [
            "", "2024-03-10T03:55:53Z", "Sun, 10 Mar 2024", "Sun, 10 Mar 2024 03:55:53",
            "Sun, 31 Feb 2024 03:55:53 +0000",
            "Sun, 10 Foo 2024 03:55:53 +0000", "Sun, 10 Mar 2024 24:00:00 +0000", "Sun, 10 Mar 2024 03:55:53 +07",
            "Sun, 10 Mar 2024 03:55:53 +0000 extra", "Sun 10 Mar 2024 03:55:53 +0000", "10/Mar/24 3:55 AM",
        ] {
            #expect(RFC822Date.parse(text) == nil, "\(text)")
        }
    }
}
