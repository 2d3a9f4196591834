import FlowModel

extension DateTextParser {
    /// Jira's default profile format with an English month, `24/Nov/26 9:15 AM` (`d/MMM/yy h:mm a`), read
    /// in one pass: what ``parse(_:)`` reads from such text, or `nil` for any other text (which `parse`
    /// then reads the general way).
    @inline(__always)
    static func parseProfileFormat(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedDate? {
        let count = bytes.count
        guard count >= 16, count <= 18, let text = bytes.baseAddress else { return nil }
        var position = 0
        guard let day = oneOrTwoDigits(text, &position), text[position] == UInt8(ascii: "/") else { return nil }
        guard let month = englishMonth(text + position + 1), text[position + 4] == UInt8(ascii: "/") else {
            return nil
        }
        position += 5
        guard position + 3 < count, let shortYear = twoDigits(text + position), text[position + 2] == 0x20 else {
            return nil
        }
        let year = shortYear < 70 ? 2000 + shortYear : 1900 + shortYear
        position += 3
        guard day >= 1, day <= Day.daysIn(month: month, year: year),
            let hour = oneOrTwoDigits(text, &position), (1...12).contains(hour),
            position + 6 == count, text[position] == UInt8(ascii: ":"),
            let minute = twoDigits(text + position + 1), minute < 60, text[position + 3] == 0x20,
            text[position + 5] | 0x20 == UInt8(ascii: "m")
        else { return nil }
        let meridiem = text[position + 4] | 0x20
        guard meridiem == UInt8(ascii: "a") || meridiem == UInt8(ascii: "p") else { return nil }
        var date = ParsedDate(year: year, month: month, day: day)
        date.hour = UInt8(hour % 12 + (meridiem == UInt8(ascii: "p") ? 12 : 0))
        date.minute = UInt8(minute)
        return date
    }

    /// One or two digits at `position`, which moves past them.
    @inline(__always)
    private static func oneOrTwoDigits(_ text: UnsafePointer<UInt8>, _ position: inout Int) -> Int? {
        let first = text[position] &- 0x30
        guard first <= 9 else { return nil }
        let second = text[position + 1] &- 0x30
        guard second <= 9 else {
            position += 1
            return Int(first)
        }
        position += 2
        return Int(first) * 10 + Int(second)
    }

    @inline(__always)
    private static func twoDigits(_ text: UnsafePointer<UInt8>) -> Int? {
        let first = text[0] &- 0x30
        let second = text[1] &- 0x30
        guard first <= 9, second <= 9 else { return nil }
        return Int(first) * 10 + Int(second)
    }

    /// The month of three ASCII letters in any case (`Nov`, `nov`, `NOV`). Only letters give one of the
    /// keys below once bit 0x20 is set.
    @inline(__always)
    private static func englishMonth(_ text: UnsafePointer<UInt8>) -> Int? {
        let key = UInt32(text[0] | 0x20) << 16 | UInt32(text[1] | 0x20) << 8 | UInt32(text[2] | 0x20)
        switch key {
        case 0x6A_616E: return 1  // jan
        case 0x66_6562: return 2  // feb
        case 0x6D_6172: return 3  // mar
        case 0x61_7072: return 4  // apr
        case 0x6D_6179: return 5  // may
        case 0x6A_756E: return 6  // jun
        case 0x6A_756C: return 7  // jul
        case 0x61_7567: return 8  // aug
        case 0x73_6570: return 9  // sep
        case 0x6F_6374: return 10  // oct
        case 0x6E_6F76: return 11  // nov
        case 0x64_6563: return 12  // dec
        default: return nil
        }
    }
}
