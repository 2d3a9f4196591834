import FlowModel
import Foundation

/// A sprint with the instants it ran between, resolved from the data, the configuration or its items.
public struct SprintPeriod: Sendable, Hashable {
    public var name: String
    /// `future`, `active` or `closed` where the data says.
    public var state: String?
    /// The team the configuration gives the sprint, when it gives one.
    public var configuredTeam: String?
    /// When the sprint started.
    public var start: Date
    /// When the sprint ended: the data's completion time when the sprint was closed, else its planned end;
    /// for whole days (configuration, items), the midnight after the last day.
    public var end: Date
    /// When being in the sprint makes an item committed: the start, for a sprint the data gives instants for;
    /// for whole days (configuration, items), the end of the first day, since a sprint is planned during its
    /// first day and an item put in then is part of the commitment, not added later.
    public var commitment: Date
    /// The first day, in the configured zone.
    public var startDay: Day
    /// The last day, in the configured zone.
    public var endDay: Day
    public var datesFrom: SprintDatesSource

    public init(
        name: String, state: String? = nil, configuredTeam: String? = nil, start: Date, end: Date,
        commitment: Date? = nil, startDay: Day, endDay: Day, datesFrom: SprintDatesSource
    ) {
        self.name = name
        self.state = state
        self.configuredTeam = configuredTeam
        self.start = start
        self.end = end
        self.commitment = min(max(commitment ?? start, start), end)
        self.startDay = startDay
        self.endDay = endDay
        self.datesFrom = datesFrom
    }

    /// True when `date` falls inside the sprint, both ends included.
    public func contains(_ date: Date) -> Bool { date >= start && date <= end }
}
