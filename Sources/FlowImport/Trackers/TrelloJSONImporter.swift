import FlowModel
import Foundation

/// Reads a Trello board's JSON export (board menu → Print, export and share → Export as JSON): `cards`,
/// `lists` and `actions`, in any order.
///
/// Lists are statuses; `createCard` actions are creations and `updateCard` actions with
/// `listBefore`/`listAfter` are status changes, named from the action even when the list is no longer in
/// `lists` (renamed or archived). A card with no creation action is created, from its id's timestamp, in
/// the list its first move leaves. An archived card is finished: resolution `Done` in a done list; elsewhere
/// it moves into the status `Archived` at its last activity, resolution `Archived` (discarded work).
struct TrelloJSONImporter {
    let options: ImportOptions

    /// The `source` of the items this importer makes.
    static let source = "trello-json"
    private static let expected = "a Trello board object with \"cards\", \"lists\" and \"actions\""

    func read(_ file: String) throws(InputError) -> Dataset {
        var reader = try JSONReader(path: file, file: file)
        if let progress = options.progress { reader.progress = { read, total in progress(file, read, total) } }
        let clock = LocalClock(timeZone: options.timeZone)
        var board = TrelloBoard()
        let event = try reader.next()
        guard event == .objectStart else {
            throw reader.errorAtToken(TrackerProblem.unexpectedJSON(found: event.noun, expected: Self.expected).message)
        }
        while try reader.nextKey() {
            if reader.textIs("cards") {
                try Self.forEachRecord(&reader) { (record) throws(InputError) in
                    board.cards.append(try TrelloCard(record, clock: clock))
                }
            } else if reader.textIs("lists") {
                try Self.forEachRecord(&reader) { (record) throws(InputError) in
                    guard let id = record.text("id") else { return }
                    let closed = record.member("closed") == .bool(true)
                    board.lists.append(TrelloList(id: id, name: record.text("name") ?? id, closed: closed))
                }
            } else if reader.textIs("actions") {
                try Self.forEachRecord(&reader) { (record) throws(InputError) in
                    if let move = try TrelloMove.read(record, clock: clock) {
                        board.moves[move.card, default: []].append(move)
                    }
                }
            } else if reader.textIs("shortLink") {
                board.shortLink = try reader.readString()
            } else if reader.textIs("name") {
                board.name = try reader.readString()
            } else {
                try reader.skipValue()
            }
        }
        _ = try reader.next()
        return board.dataset(file: file)
    }

    /// Calls `body` with each object of the array that comes next; other elements are skipped.
    private static func forEachRecord(
        _ reader: inout JSONReader, _ body: (TrackerJSONRecord) throws(InputError) -> Void
    ) throws(InputError) {
        guard try reader.beginArray() else { return }
        while let element = try reader.nextElement() {
            guard element == .objectStart else {
                try reader.skip(after: element)
                continue
            }
            try body(try TrackerJSONRecord(element, reader: &reader))
        }
    }
}
