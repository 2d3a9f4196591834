import Foundation
import Testing

@testable import FlowImport

@Suite struct DateTextParserFastPathTests {
    /// Texts around Jira's default format, valid and not: every month in three cases, days 0–32,
    /// hours 0–13, both meridiems, short and long years, and near misses.
    private static var texts: [String] {
        var result: [String] = []
        let months = ["Jan", "feb", "MAR", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Ene", "Xyz"]
        for month in months {
            for day in [0, 1, 9, 28, 29, 30, 31, 32] {
                for (hour, meridiem) in [(0, "AM"), (1, "am"), (9, "PM"), (12, "pm"), (13, "PM"), (12, "AM")] {
                    result.append("\(day)/\(month)/26 \(hour):05 \(meridiem)")
                    result.append("\(day)/\(month)/24 \(hour):59 \(meridiem)")
                }
            }
        }
        result += [
            "29/Feb/23 9:15 AM", "29/Feb/00 9:15 AM", "29/Feb/99 9:15 AM", "24/Nov/2026 9:15 AM", "24/Nov/26 9:60 AM",
            "24/Nov/26 9:15 AMX", "24/Nov/26 9:15", "24/Nov/26  9:15 AM", "24-Nov-26 9:15 AM", "24/Nov/26 09:15 AM",
            "24/Nov/26 9:15 A.M.", "24/Nov/26 9:5 AM", "24/Nov/26 9:15 PX", "124/Nov/26 9:15 AM", "2/Nov/26 10:15 PM",
        ]
        return result
    }

    @Test func theFastPathReadsWhatTheGeneralParserReads() {
        // The fast path may decline any text, but what it reads it must read exactly as the general
        // parser does; and every text in Jira's format with a real date must take it.
        var taken = 0
        for text in Self.texts {
            Array(text.utf8).withUnsafeBufferPointer { bytes in
                guard let fast = DateTextParser.parseProfileFormat(bytes) else { return }
                taken += 1
                #expect(fast == DateTextParser.parseAnyFormat(bytes), "\(text)")
            }
        }
        // Taken: each English month and day gives 4 valid hour/meridiem pairs (not 0 AM, not 13 PM) in 2 years,
        // so 8 texts. Days 1, 9, 28: 12 months × 3 × 8 = 288. Day 29: 11 months × 8 + February 2024 only
        // (2026 is no leap year) × 4 = 92. Day 30: 11 × 8 = 88. Day 31: 7 months × 8 = 56. Days 0 and 32,
        // `Ene` and `Xyz`: none. From the list: 29/Feb/00 (2000 is a leap year), 09:15 and 2/Nov/26: 3.
        // 288 + 92 + 88 + 56 + 3 = 527.
        #expect(taken == 527)
    }
}
