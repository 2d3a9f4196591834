import FlowModel
import Foundation

extension Dataset {
    /// The newest instant anywhere in the data (created, updated, resolved, category change, history);
    /// `nil` for a dataset with no dates. Open intervals of in-progress items end here.
    public var newestTimestamp: Date? { timestampRange?.upperBound }

    /// The oldest and newest instants anywhere in the data; `nil` when there are none.
    public var timestampRange: ClosedRange<Date>? {
        var lowest: Date?
        var highest: Date?
        func see(_ date: Date?) {
            guard let date else { return }
            if lowest.map({ date < $0 }) ?? true { lowest = date }
            if highest.map({ date > $0 }) ?? true { highest = date }
        }
        for index in items.indices {
            see(items[index].created)
            see(items[index].updated)
            see(items[index].resolved)
            see(items[index].statusCategoryChanged)
            let history = items[index].history
            for change in history.indices { see(history[change].at) }
        }
        guard let lowest, let highest else { return nil }
        return lowest...highest
    }

    /// Formats whose sources carry every status change, so that an item from them with no changes has
    /// sat in its current status since it was created.
    public var fullHistoryFormats: Set<String> {
        Set(sources.filter { $0.history == .full }.map(\.format))
    }
}
