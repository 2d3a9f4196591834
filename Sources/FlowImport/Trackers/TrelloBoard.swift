import FlowModel
import Foundation

/// What a Trello board export holds, gathered before the cards become items (the board's keys may come in
/// any order).
struct TrelloBoard {
    var name: String?
    var shortLink: String?
    var cards: [TrelloCard] = []
    var lists: [TrelloList] = []
    /// Creations and moves by card id, in the order of the file.
    var moves: [String: [TrelloMove]] = [:]

    /// The status of a card archived outside a done list, and its resolution (discarded by the standard value
    /// stream).
    static let archived = "Archived"

    /// The items, one per card, keyed `<board shortLink>-<idShort>`.
    func dataset(file: String) -> Dataset {
        var dataset = Dataset()
        let listsByID = Dictionary(lists.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for list in lists { dataset.statusCategories[list.name] = TrelloList.category(of: list, among: lists) }
        let prefix = shortLink ?? name ?? "card"
        let actionListNames = self.actionListNames
        var unknownLists: Set<String> = []
        for card in cards {
            var item = WorkItem(
                key: prefix + "-" + card.idShort, title: card.name, type: "Card", source: TrelloJSONImporter.source)
            item.project = name ?? prefix
            item.labels = card.labels
            item.updated = card.lastActivity
            if let due = card.due { item.fields["Due"] = due }
            if let url = card.url { item.fields["URL"] = url }
            if let list = listsByID[card.idList] {
                item.status = list.name
                item.statusID = list.id
                item.statusCategory = TrelloList.category(of: list, among: lists)
            } else if let name = actionListNames[card.idList] {
                item.status = name
                item.statusID = card.idList
            } else {
                item.status = "list " + card.idList
                unknownLists.insert(card.idList)
            }
            item.history = history(of: card, current: item.status)
            item.created = item.history.first?.at ?? card.createdFromID
            if card.closed && item.statusCategory != .done {
                // Archived outside a done list: thrown away, when it was last touched. The archiving is a move of
                // its own, into `Archived`, so that its list keeps its category and the time spent in it stays.
                let archived = [card.lastActivity, item.history.last?.at].compactMap { $0 }.max()
                if let archived {
                    item.history.append(StatusChange(at: archived, from: item.status, to: Self.archived))
                }
                item.status = Self.archived
                item.statusID = nil
                item.statusCategory = .done
                item.resolution = Self.archived
                item.resolved = archived
                item.statusCategoryChanged = item.resolved
                dataset.statusCategories[Self.archived] = .done
            } else if item.statusCategory == .done {
                item.resolution = "Done"
                item.resolved = item.history.last?.at ?? card.lastActivity
                item.statusCategoryChanged = item.resolved
            }
            dataset.items.append(item)
        }
        if !unknownLists.isEmpty {
            dataset.notes.append(
                "\(file): \(unknownLists.count) card list(s) are not in the board's \"lists\"; their cards show"
                    + " the status 'list <id>'")
        }
        let changes = dataset.items.reduce(0) { $0 + $1.history.count }
        dataset.sources = [
            SourceSummary(
                file: file, format: ExportFormat.trelloJSON.rawValue, formatName: ExportFormat.trelloJSON.displayName,
                items: dataset.items.count, statusChanges: changes, history: .full)
        ]
        return dataset
    }

    /// The names that actions give lists (renamed or archived ones may be missing from `lists`); the
    /// latest action's name wins.
    private var actionListNames: [String: String] {
        var names: [String: (at: Date, name: String)] = [:]
        for move in moves.values.joined() {
            guard let id = move.toID else { continue }
            if let known = names[id], known.at > move.at { continue }
            names[id] = (move.at, move.to)
        }
        return names.mapValues(\.name)
    }

    /// The card's creation and moves, oldest first. Without a creation action the card is created (at its
    /// id's time, when that is not later than its first move) in the list its first move leaves, or in
    /// `current` when it never moved.
    private func history(of card: TrelloCard, current: String) -> [StatusChange] {
        let ordered = (moves[card.id] ?? []).enumerated().sorted { lhs, rhs in
            lhs.element.at != rhs.element.at ? lhs.element.at < rhs.element.at : lhs.offset < rhs.offset
        }.map(\.element)
        var history: [StatusChange] = []
        if ordered.first?.from != nil || ordered.isEmpty, let created = card.createdFromID,
            created <= (ordered.first?.at ?? created)
        {
            history.append(StatusChange(at: created, from: nil, to: ordered.first?.from ?? current))
        }
        for move in ordered {
            history.append(StatusChange(at: move.at, from: move.from, to: move.to))
        }
        return history
    }
}
