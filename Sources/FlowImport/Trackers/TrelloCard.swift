import FlowModel
import Foundation

/// What StreamGauge keeps of a card in a Trello board export.
struct TrelloCard {
    var id: String
    /// The card's number on its board.
    var idShort: String
    var name: String
    var idList: String
    /// True for an archived card.
    var closed: Bool
    var labels: [String]
    var due: String?
    var url: String?
    var lastActivity: Date?

    /// Reads a card of `cards`.
    ///
    /// - Throws: ``InputError`` at the card for a missing `id` or a bad timestamp.
    init(_ record: TrackerJSONRecord, clock: LocalClock) throws(InputError) {
        guard let id = record.text("id") else { throw record.error(.missingMember(name: "id", record: "card")) }
        self.id = id
        idShort = record.text("idShort") ?? id
        name = record.text("name") ?? ""
        idList = record.text("idList") ?? ""
        if case .bool(true)? = record.member("closed") { closed = true } else { closed = false }
        var labels: [String] = []
        if case .array(let values)? = record.member("labels") {
            for label in values {
                if let name = label["name"]?.string, !name.isEmpty {
                    labels.append(name)
                } else if let color = label["color"]?.string {
                    labels.append(color)
                }
            }
        }
        self.labels = labels
        due = record.text("due")
        url = record.text("url")
        lastActivity = try record.date("dateLastActivity", clock: clock)
    }

    /// When the card was made, from its id: a Trello id starts with the creation time as eight hexadecimal
    /// digits of seconds since 1970.
    var createdFromID: Date? {
        guard id.count >= 8, let seconds = UInt32(id.prefix(8), radix: 16) else { return nil }
        return Date(timeIntervalSince1970: Double(seconds))
    }
}
