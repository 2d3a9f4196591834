import FlowModel
import Foundation

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
    /// Which other fields (custom fields, `Team`, `Issue id`…) items keep in `WorkItem.fields`; the Jira
    /// CSV importer reads no other column. Default: ``KeptFields/standard``.
    public var keptFields: KeptFields
    /// Standard fields the caller never reads, which importers may leave empty: the Jira CSV importer then
    /// does not read their columns. Default: none.
    public var unreadFields: UnreadFields

    public init(
        timeZone: TimeZone = TimeZone(identifier: "UTC")!, dateOrder: DateOrder? = nil, format: ExportFormat? = nil,
        lenient: Bool = false, progress: (@Sendable (String, Int64, Int64) -> Void)? = nil,
        keptFields: KeptFields = .standard, unreadFields: UnreadFields = []
    ) {
        self.timeZone = timeZone
        self.dateOrder = dateOrder
        self.format = format
        self.lenient = lenient
        self.progress = progress
        self.keptFields = keptFields
        self.unreadFields = unreadFields
    }

    /// Standard fields of ``FlowModel/WorkItem`` that a caller can do without.
    public struct UnreadFields: OptionSet, Sendable, Hashable {
        public let rawValue: Int

        public init(rawValue: Int) {
            self.rawValue = rawValue
        }

        public static let assignee = UnreadFields(rawValue: 1 << 0)
        public static let reporter = UnreadFields(rawValue: 1 << 1)
        public static let priority = UnreadFields(rawValue: 1 << 2)
        public static let fixVersions = UnreadFields(rawValue: 1 << 3)
        public static let labels = UnreadFields(rawValue: 1 << 4)
        public static let components = UnreadFields(rawValue: 1 << 5)
        /// The parent and the epic, and the issue ids that name parents.
        public static let parents = UnreadFields(rawValue: 1 << 6)
    }
}

extension ImportOptions {
    /// Which of an export's other fields items keep in `WorkItem.fields`. Reading fewer makes large
    /// imports faster and smaller; the report reads a field only for a `teams: by: field` rule.
    public enum KeptFields: Sendable, Hashable {
        /// Every field the importer reads.
        case all
        /// The fields with these names, compared lowercased and without white space around them; a name
        /// matches a field whether either is written `X` or `Custom field (X)`.
        case named(Set<String>)

        /// `Team`, the field team rules most often read.
        public static let standard = KeptFields.named(["Team"])

        /// True when a field called `name` is kept.
        public func keeps(_ name: String) -> Bool {
            switch self {
            case .all: true
            case .named(let names): names.contains { $0.fieldMatchKey == name.fieldMatchKey }
            }
        }
    }
}
