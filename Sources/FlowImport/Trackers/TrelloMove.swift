import FlowModel
import Foundation

/// A card's creation or move between lists, from a board's `actions`.
struct TrelloMove {
    /// The card's id.
    var card: String
    var at: Date
    /// The list left; `nil` for a creation.
    var from: String?
    var to: String
    /// The id of the list entered, where the action gives it.
    var toID: String?

    /// The move in a `createCard`, `copyCard`, `convertToCardFromCheckItem` or list-changing `updateCard`
    /// action; `nil` for any other action.
    ///
    /// - Throws: ``InputError`` at the action for a date that is no timestamp.
    static func read(_ action: TrackerJSONRecord, clock: LocalClock) throws(InputError) -> TrelloMove? {
        guard let type = action.text("type"), let card = action.text("data", "card", "id") else { return nil }
        let from: String?
        let to: String
        let toID: String?
        switch type {
        case "createCard", "copyCard", "convertToCardFromCheckItem":
            guard let list = action.text("data", "list", "name") else { return nil }
            (from, to, toID) = (nil, list, action.text("data", "list", "id"))
        case "updateCard":
            guard let before = action.text("data", "listBefore", "name"),
                let after = action.text("data", "listAfter", "name")
            else { return nil }
            (from, to, toID) = (before, after, action.text("data", "listAfter", "id"))
        default:
            return nil
        }
        guard let at = try action.date("date", clock: clock) else {
            throw action.error(.missingMember(name: "date", record: "action"))
        }
        return TrelloMove(card: card, at: at, from: from, to: to, toID: toID)
    }
}
