import FlowModel
import Testing

@testable import FlowImport

@Suite struct JiraTimeInStatusNamesTests {
    static func item(_ key: String, _ status: String, _ ids: [String]) -> WorkItem {
        WorkItem(
            key: key, status: status,
            timeInStatus: StatusTimes(ids.map { StatusTime(statusID: $0, timesEntered: 1, seconds: 60) }))
    }

    @Test func namesEachIdTheDataLeavesNoOtherChoiceFor() {
        // To Do items list only 1 → 1 is To Do. In Progress items list {1, 2} and {1, 2, 9}: common {1, 2},
        // minus To Do's 1 → 2 is In Progress. Done items list {1, 2, 3} and {1, 3}: common {1, 3}, minus 1 → 3.
        // 9 is never anyone's only candidate: unnamed.
        let items = [
            Self.item("A-1", "To Do", ["1"]),
            Self.item("A-2", "Done", ["1", "2", "3"]),
            Self.item("A-3", "In Progress", ["1", "2"]),
            Self.item("A-4", "In Progress", ["1", "2", "9"]),
            Self.item("A-5", "Done", ["1", "3"]),
        ]
        #expect(JiraTimeInStatusNames.deduce(from: items) == ["1": "To Do", "2": "In Progress", "3": "Done"])
    }

    @Test func namesNothingWhenEveryItemIsInTheSameStatus() {
        // Every item is Done and went through 1, 2 and 3: any of them could be Done's id.
        let items = [Self.item("A-1", "Done", ["1", "2", "3"]), Self.item("A-2", "Done", ["3", "2", "1"])]
        #expect(JiraTimeInStatusNames.deduce(from: items).isEmpty)
        // Items without Time in Status or without a status give no evidence.
        #expect(JiraTimeInStatusNames.deduce(from: [WorkItem(key: "A-3", status: "Done")]).isEmpty)
    }

    static func entries(_ ids: [String]) -> StatusTimes {
        StatusTimes(ids.map { StatusTime(statusID: $0, timesEntered: 1, seconds: 60) })
    }

    @Test func onlyTheFirstThousandItemsOfAStatusCount() {
        // 1,000 Done items that all list 1 and 3, then one that lists only 3: had it counted, 3 would be Done's
        // only candidate. Counted are the first thousand, which leave 1 and 3: Done names nothing.
        var samples = JiraTimeInStatusNames.Samples()
        for _ in 0..<JiraTimeInStatusNames.itemsPerStatus { samples.add(Self.entries(["1", "3"]), status: "Done") }
        samples.add(Self.entries(["3"]), status: "Done")
        #expect(samples.deduceNames().isEmpty)
        // The same item first settles it.
        var early = JiraTimeInStatusNames.Samples()
        early.add(Self.entries(["3"]), status: "Done")
        early.add(Self.entries(["1", "3"]), status: "Done")
        #expect(early.deduceNames() == ["3": "Done"])
    }

    @Test func twoPartsJoinedGiveWhatOnePartReadingBothGives() {
        // Part one: 600 Done items listing {1, 3, 4} and a To Do item listing {1}. Part two: 600 Done items listing
        // {1, 3} (so the first thousand Done items are 600 + 400), one listing {3} beyond the thousand, and an
        // In Progress item listing {2, 4} that is new in part two.
        var first = JiraTimeInStatusNames.Samples()
        var second = JiraTimeInStatusNames.Samples()
        var whole = JiraTimeInStatusNames.Samples()
        func add(_ ids: [String], _ status: String, to part: inout JiraTimeInStatusNames.Samples) {
            part.add(Self.entries(ids), status: status)
            whole.add(Self.entries(ids), status: status)
        }
        for _ in 0..<600 { add(["1", "3", "4"], "Done", to: &first) }
        add(["1"], "To Do", to: &first)
        for _ in 0..<600 { add(["1", "3"], "Done", to: &second) }
        add(["3"], "Done", to: &second)
        add(["2", "4"], "In Progress", to: &second)
        var joined = first
        joined.append(second)
        // Done's first thousand leave {1, 3}; To Do takes 1, so Done gets 3. In Progress {2, 4} is left two.
        #expect(whole.deduceNames() == ["1": "To Do", "3": "Done"])
        #expect(joined.deduceNames() == whole.deduceNames())
        #expect(!joined.isEmpty)
        #expect(JiraTimeInStatusNames.Samples().isEmpty)
    }
}
