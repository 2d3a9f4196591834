import Foundation
import Testing

@testable import FlowImport
@testable import FlowModel

/// The Trello board importer on a hand-written board: actions newest first as Trello writes them, a move
/// through a list no longer in `lists` (and a card still in it), an archived card, a card that never moved.
@Suite struct TrelloJSONImporterTests {
    private func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int = 0) -> Date {
        TrackerFixture.utc(year, month, day, hour, minute, second)
    }

    @Test func fixtureImportsAsWholeItems() throws {
        let dataset = try TrackerFixture.load(TrackerFixture.path("trello-board.json"))
        // Created in Doing by its createCard action, then Doing → Review → Done (the rename action a2 moves
        // nothing). In the Done list: finished, resolution Done, at its last move.
        let done = WorkItem(
            key: "AbCd1234-1", title: "Write copy", type: "Card", status: "Done", statusID: "6543a000000000000000000c",
            statusCategory: .done, statusCategoryChanged: utc(2023, 11, 6, 12, 0), project: "Team Board",
            created: utc(2023, 11, 2, 20, 0), updated: utc(2023, 11, 6, 12, 0), resolved: utc(2023, 11, 6, 12, 0),
            resolution: "Done", labels: ["content", "red"], fields: ["URL": "https://trello.com/c/Xy12/1-write-copy"],
            history: [
                StatusChange(at: utc(2023, 11, 2, 20, 0), from: nil, to: "Doing"),
                StatusChange(at: utc(2023, 11, 4, 10, 0), from: "Doing", to: "Review"),
                StatusChange(at: utc(2023, 11, 6, 12, 0), from: "Review", to: "Done"),
            ],
            source: "trello-json")
        // No actions: created at its id's time (0x65440e10 = 1 698 958 864 s = 2023-11-02 21:01:04 UTC) in
        // its list. Archived outside a done list: moved into Archived at its last activity, resolution Archived
        // (discarded work), and Doing keeps its category and the time spent in it.
        let archived = WorkItem(
            key: "AbCd1234-2", title: "Drop idea", type: "Card", status: "Archived", statusCategory: .done,
            statusCategoryChanged: utc(2023, 11, 8, 9, 0), project: "Team Board", created: utc(2023, 11, 2, 21, 1, 4),
            updated: utc(2023, 11, 8, 9, 0), resolved: utc(2023, 11, 8, 9, 0), resolution: "Archived",
            history: [
                StatusChange(at: utc(2023, 11, 2, 21, 1, 4), from: nil, to: "Doing"),
                StatusChange(at: utc(2023, 11, 8, 9, 0), from: "Doing", to: "Archived"),
            ],
            source: "trello-json")
        // The first open list is the To Do one.
        let backlog = WorkItem(
            key: "AbCd1234-3", title: "Sketch logo", type: "Card", status: "Backlog",
            statusID: "6543a000000000000000000a", statusCategory: .toDo, project: "Team Board",
            created: utc(2023, 11, 2, 21, 1, 4), updated: utc(2023, 11, 3, 9, 0),
            history: [StatusChange(at: utc(2023, 11, 2, 21, 1, 4), from: nil, to: "Backlog")], source: "trello-json")
        // Its list is not in `lists` (archived): the name comes from the action that moved card 1 into it.
        let review = WorkItem(
            key: "AbCd1234-4", title: "Proofread", type: "Card", status: "Review",
            statusID: "6543a00000000000000000ff", project: "Team Board", created: utc(2023, 11, 2, 21, 1, 4),
            updated: utc(2023, 11, 4, 10, 0),
            history: [StatusChange(at: utc(2023, 11, 2, 21, 1, 4), from: nil, to: "Review")], source: "trello-json")
        #expect(dataset.items == [done, archived, backlog, review])
        #expect(dataset.notes.isEmpty)
        #expect(
            dataset.statusCategories == ["Backlog": .toDo, "Doing": .inProgress, "Done": .done, "Archived": .done])
        #expect(dataset.sources.map(\.statusChanges) == [7])
    }

    @Test func sniffedByItsKeys() throws {
        #expect(try Importer.detect(TrackerFixture.path("trello-board.json")) == .trelloJSON)
    }

    @Test func truncatedFileNamesTheLine() throws {
        let text = "{\"name\":\"Board\",\"actions\":[],\n\"cards\":[{\"id\":\"65440000aaaaaaaaaaaaaaaa\","
        let message = try TrackerFixture.error(text, name: "board.json")
        // Line 2 is 42 bytes long; the innermost open object is the card opened on line 2.
        #expect(message == "board.json:2:43: error: the file ends inside an object opened at line 2")
    }

    @Test func cardWithoutID() throws {
        let text = "{\"actions\":[],\"lists\":[],\n\"cards\":[{\"name\":\"x\"}]}"
        let message = try TrackerFixture.error(text, name: "board.json")
        #expect(message == "board.json:2:10: error: card has no \"id\"; expected every card to have one")
    }
}
