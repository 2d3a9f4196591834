import Foundation
import FlowModel

/// Which comes first in numeric dates such as `12/4/2025`.
public enum DateOrder: String, Sendable, Hashable, CaseIterable {
    /// `16/02/2017`: day, month, year.
    case dayFirst = "dmy"
    /// `12/24/2025`: month, day, year.
    case monthFirst = "mdy"
}

/// How to read exports.
public struct ImportOptions: Sendable {
    /// The zone for timestamps that carry no offset (Jira CSV, backups).
    public var timeZone: TimeZone
    /// Forces the order of numeric dates; `nil` decides it over each whole column.
    public var dateOrder: DateOrder?
    /// Forces a format instead of sniffing it.
    public var format: ExportFormat?
    /// Skips bad rows (and says how many and why) instead of failing.
    public var lenient: Bool
    /// Called now and then with (bytes read, total bytes) of the current file.
    public var progress: (@Sendable (_ file: String, _ read: Int64, _ total: Int64) -> Void)?

    public init(
        timeZone: TimeZone = TimeZone(identifier: "UTC")!, dateOrder: DateOrder? = nil, format: ExportFormat? = nil,
        lenient: Bool = false, progress: (@Sendable (String, Int64, Int64) -> Void)? = nil
    ) {
        self.timeZone = timeZone
        self.dateOrder = dateOrder
        self.format = format
        self.lenient = lenient
        self.progress = progress
    }
}
