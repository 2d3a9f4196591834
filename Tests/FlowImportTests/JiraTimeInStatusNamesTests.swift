import FlowModel
import Testing

@testable import FlowImport

@Suite struct JiraTimeInStatusNamesTests {
    static func item(_ key: String, _ status: String, _ ids: [String]) -> WorkItem {
        WorkItem(
            key: key, status: status,
            timeInStatus: ids.map { StatusTime(statusID: $0, timesEntered: 1, seconds: 60) })
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
}
