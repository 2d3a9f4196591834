import FlowModel
import Testing

@testable import FlowImport

@Suite struct JiraTimeInStatusTests {
    @Test func readsEveryEntryInOrder() {
        // 21 872 485 ms = 21 872.485 s; 0 ms = 0 s.
        #expect(
            JiraTimeInStatus.parse("11659_*:*_1_*:*_21872485_*|*_10900_*:*_1_*:*_0")
                == [
                    StatusTime(statusID: "11659", timesEntered: 1, seconds: 21872.485),
                    StatusTime(statusID: "10900", timesEntered: 1, seconds: 0),
                ])
    }

    @Test func emptyValuesGiveNothingAndMalformedOnesAreRejected() {
        #expect(JiraTimeInStatus.parse("") == [])
        #expect(JiraTimeInStatus.parse(" \n ") == [])
        #expect(JiraTimeInStatus.parse("11659_*:*_1") == nil)
        #expect(JiraTimeInStatus.parse("11659_*:*_one_*:*_5") == nil)
        #expect(JiraTimeInStatus.parse("11659_*:*_1_*:*_-5") == nil)
        // A `|` out of place, an empty entry, a trailing separator.
        #expect(JiraTimeInStatus.parse("11659_*:*_1_*:*_5|") == nil)
        #expect(JiraTimeInStatus.parse("11659_*:*_1_*:*_5_*|*__*|*_1_*:*_1_*:*_5") == nil)
        #expect(JiraTimeInStatus.parse("11659_*:*_1_*:*_5_*|*_") == nil)
    }

    @Test func manyEntriesReadAsManyAsThereAre() throws {
        // 1 to 40 entries, every one read, the last one last.
        for entries in 1...40 {
            let text = (1...entries).map { "\(10_000 + $0)_*:*_\($0 % 3 + 1)_*:*_\($0 * 1_000)" }.joined(
                separator: "_*|*_")
            let totals = try #require(JiraTimeInStatus.parse(text))
            #expect(totals.count == entries)
            #expect(
                totals.last
                    == StatusTime(
                        statusID: "\(10_000 + entries)", timesEntered: entries % 3 + 1, seconds: Double(entries)))
        }
    }

    @Test func numbersStopAtTheBytesNextToTheDigitsAndAtEighteenDigits() {
        // '/' and ':' are the bytes just below '0' and just above '9'.
        #expect(JiraTimeInStatus.parse("1/_*:*_1_*:*_5") == nil)
        #expect(JiraTimeInStatus.parse("1_*:*_1:_*:*_5") == nil)
        #expect(JiraTimeInStatus.parse("1_*:*_1_*:*_5/") == nil)
        // Leading zeros count as digits and add nothing; eighteen digits are read, nineteen are refused (an `Int`
        // surely holds eighteen).
        #expect(
            JiraTimeInStatus.parse("007_*:*_01_*:*_000999999999999999999")
                == nil)
        #expect(
            JiraTimeInStatus.parse("007_*:*_01_*:*_999999999999999999")
                == [StatusTime(statusID: "007", timesEntered: 1, seconds: 999_999_999_999_999.999)])
        #expect(JiraTimeInStatus.parse("1_*:*_1234567890123456789_*:*_5") == nil)
        #expect(JiraTimeInStatus.parse("_*:*_1_*:*_5") == nil)
    }

    /// `text` decoded into `arena` the way the CSV import does, with status numbers from the arena.
    static func packed(_ text: String, into arena: StatusTimeArena) -> StatusTimes? {
        Array(text.utf8).withUnsafeBufferPointer { bytes in
            JiraTimeInStatus.decode(bytes, into: arena) { arena.statusNumber(String(decoding: $0, as: UTF8.self)) }
        }
    }

    @Test func packedTimesReadAsTheListTheyWereDecodedFrom() throws {
        let arena = StatusTimeArena()
        let texts = [
            "11659_*:*_1_*:*_21872485_*|*_10900_*:*_1_*:*_0", "10900_*:*_3_*:*_5", "3_*:*_1_*:*_86400000",
            "11659_*:*_2_*:*_1_*|*_3_*:*_1_*:*_2_*|*_10900_*:*_1_*:*_3",
        ]
        // Several items in one arena, each its own entries, in the export's order.
        let items = try texts.map { try #require(Self.packed($0, into: arena)) }
        for (text, item) in zip(texts, items) {
            let list = try #require(JiraTimeInStatus.parse(text))
            #expect(Array(item) == list)
            #expect(item == StatusTimes(list))
            #expect(item.hashValue == StatusTimes(list).hashValue)
        }
        #expect(items[1] != items[2])
        #expect(items[3].map(\.statusID) == ["11659", "3", "10900"])
    }

    @Test func aMalformedValueLeavesNothingInTheArena() throws {
        let arena = StatusTimeArena()
        // Two entries read before the third turns out malformed: none of them may end up in the next item.
        #expect(Self.packed("1_*:*_1_*:*_1_*|*_2_*:*_1_*:*_2_*|*_3_*:*_x", into: arena) == nil)
        let next = try #require(Self.packed("4_*:*_1_*:*_4000", into: arena))
        #expect(Array(next) == [StatusTime(statusID: "4", timesEntered: 1, seconds: 4)])
    }

    @Test func aCountPastThirtyTwoBitsIsKeptAsAList() throws {
        let arena = StatusTimeArena()
        // 2^31 entries into a status do not fit the packed form: the value is decoded into a list instead, whole.
        let text = "1_*:*_1_*:*_1000_*|*_2_*:*_2147483648_*:*_2000"
        let times = try #require(Self.packed(text, into: arena))
        #expect(
            Array(times) == [
                StatusTime(statusID: "1", timesEntered: 1, seconds: 1),
                StatusTime(statusID: "2", timesEntered: 2_147_483_648, seconds: 2),
            ])
        let next = try #require(Self.packed("3_*:*_1_*:*_3000", into: arena))
        #expect(Array(next) == [StatusTime(statusID: "3", timesEntered: 1, seconds: 3)])
    }
}
