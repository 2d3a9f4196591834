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
        for item in items {
            see(item.created)
            see(item.updated)
            see(item.resolved)
            see(item.statusCategoryChanged)
            for change in item.history { see(change.at) }
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
