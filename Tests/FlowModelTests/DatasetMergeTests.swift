import Foundation
import Testing

@testable import FlowModel

@Suite struct DatasetMergeTests {
    private func item(_ key: String, _ title: String, history: [StatusChange] = []) -> WorkItem {
        WorkItem(key: key, title: title, history: history)
    }

    @Test func mergingIntoAnEmptyDatasetKeepsTheItemsInOrder() {
        var dataset = Dataset()
        dataset.merge(Dataset(items: [item("B-2", "b"), item("A-1", "a"), item("C-3", "c")]))
        #expect(dataset.items.map(\.key) == ["B-2", "A-1", "C-3"])
        #expect(dataset.items.map(\.title) == ["b", "a", "c"])
    }

    @Test func repeatedKeysMergeAsIntoAFullDataset() {
        // The second A-1 replaces the first in its place; its empty history keeps the first one's.
        let change = StatusChange(at: Date(timeIntervalSince1970: 0), from: nil, to: "Open")
        let other = Dataset(items: [item("A-1", "first", history: [change]), item("B-2", "b"), item("A-1", "second")])
        var empty = Dataset()
        empty.merge(other)
        #expect(empty.items.map(\.key) == ["A-1", "B-2"])
        #expect(empty.items.map(\.title) == ["second", "b"])
        #expect(empty.items[0].history == [change])
    }

    @Test func aDatasetVouchedDistinctIsTakenAsItIs() {
        // The flag is the importer's word: the items are not checked (a dataset that broke it would keep both).
        var vouched = Dataset(items: [item("A-1", "first"), item("A-1", "second")])
        vouched.keysKnownDistinct = true
        var dataset = Dataset()
        dataset.merge(vouched)
        #expect(dataset.items.map(\.title) == ["first", "second"])
        // Without it the repeated key is found.
        var checked = Dataset()
        checked.merge(Dataset(items: [item("A-1", "first"), item("A-1", "second")]))
        #expect(checked.items.map(\.title) == ["second"])
    }

    @Test func keysThatAreTheSameTextInOtherBytesAreOneKey() {
        // "é" written as one scalar and as "e" with a combining accent are equal Strings, so one item.
        var dataset = Dataset()
        dataset.merge(Dataset(items: [item("CAF\u{E9}-1", "composed"), item("CAFe\u{301}-1", "decomposed")]))
        #expect(dataset.items.map(\.title) == ["decomposed"])
    }

    /// A CSV export after a REST JSON page of the same issue: the CSV's fields win, the JSON's history and
    /// sprint changes stay because the CSV has none.
    @Test func aLaterFileWithoutHistoryKeepsTheEarlierHistoryAndSprintChanges() {
        let at = Date(timeIntervalSince1970: 1_795_000_000)
        var withHistory = WorkItem(key: "PAY-7", title: "old title", status: "Done")
        withHistory.history = [StatusChange(at: at, from: "To Do", to: "Done")]
        withHistory.sprintChanges = [SprintChange(at: at, sprint: "PAY Sprint 1", added: true)]
        var dataset = Dataset(items: [withHistory])
        dataset.merge(Dataset(items: [WorkItem(key: "PAY-7", title: "new title", status: "Done")]))
        #expect(dataset.items.map(\.title) == ["new title"])
        #expect(dataset.items.first?.history == withHistory.history)
        #expect(dataset.items.first?.sprintChanges == withHistory.sprintChanges)
    }

    /// Pages 1–3 with PAY-2 repeated on page 3: the merger keeps first-seen order and the later item,
    /// exactly as merging page by page does.
    @Test func theMergerGivesWhatMergingOneByOneGives() {
        let pages = [
            Dataset(items: [item("PAY-1", "one"), item("PAY-2", "two")]),
            Dataset(items: [item("PAY-3", "three")]),
            Dataset(items: [item("PAY-2", "two again"), item("PAY-4", "four")]),
        ]
        var merger = DatasetMerger()
        var oneByOne = Dataset()
        for page in pages {
            merger.add(page)
            oneByOne.merge(page)
        }
        #expect(merger.dataset.items.map(\.key) == ["PAY-1", "PAY-2", "PAY-3", "PAY-4"])
        #expect(merger.dataset.items.map(\.title) == ["one", "two again", "three", "four"])
        #expect(merger.dataset.items == oneByOne.items)
    }
}
