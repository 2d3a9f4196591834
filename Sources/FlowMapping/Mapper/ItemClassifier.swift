import FlowModel

/// Finds an item's flow item type, team and business value-stream step from the configuration.
///
/// Every comparison is case-insensitive with surrounding spaces ignored.
public struct ItemClassifier: Sendable {
    /// The team of items for which the team rule finds nothing.
    public static let noTeam = "No team"

    private let flowItemByType: [String: String]
    private let defaultFlowItem: String
    private let teamRule: TeamRule
    private let teamNames: [String: String]
    private let steps: [BusinessStep]

    public init(valueStream: ValueStream) {
        var flowItemByType: [String: String] = [:]
        for entry in valueStream.flowItems {
            for type in entry.types where flowItemByType[type.matchKey] == nil {
                flowItemByType[type.matchKey] = entry.name
            }
        }
        self.flowItemByType = flowItemByType
        defaultFlowItem = valueStream.defaultFlowItem
        teamRule = valueStream.teamRule
        var teamNames: [String: String] = [:]
        for (value, name) in valueStream.teamNames.sorted(by: { $0.key < $1.key }) {
            teamNames[value.matchKey] = teamNames[value.matchKey] ?? name
        }
        self.teamNames = teamNames
        steps = valueStream.businessStream?.steps ?? []
    }

    /// The Flow Framework item type of `item` by its issue type, else the default one.
    public func flowItem(of item: WorkItem) -> String {
        flowItemByType[item.type.matchKey] ?? defaultFlowItem
    }

    /// The team of `item` by the team rule, renamed through `teamNames`; ``noTeam`` when the rule finds nothing.
    public func team(of item: WorkItem) -> String { team(forValue: teamValue(of: item)) }

    /// The team named by the value the team rule found (`PAY` → `Payments`).
    func team(forValue raw: String?) -> String {
        let value = raw?.trimmedOfWhiteSpace ?? ""
        guard !value.isEmpty else { return ItemClassifier.noTeam }
        return teamNames[value.matchKey] ?? value
    }

    /// The first business step whose match claims `item`: any listed project, component, label, type or
    /// epic (or parent) matches.
    public func businessStep(of item: WorkItem) -> String? {
        guard !steps.isEmpty else { return nil }
        let components = Set(item.components.map(\.matchKey))
        let labels = Set(item.labels.map(\.matchKey))
        let epics = Set([item.epic, item.parent].compactMap { $0?.matchKey })
        for step in steps {
            if step.projects.contains(where: { $0.matchKey == item.project.matchKey })
                || step.types.contains(where: { $0.matchKey == item.type.matchKey })
                || step.components.contains(where: { components.contains($0.matchKey) })
                || step.labels.contains(where: { labels.contains($0.matchKey) })
                || step.epics.contains(where: { epics.contains($0.matchKey) })
            {
                return step.name
            }
        }
        return nil
    }

    /// The raw value the team rule reads from `item`.
    func teamValue(of item: WorkItem) -> String? {
        switch teamRule {
        case .project:
            return item.project
        case .component:
            return item.components.first
        case .label(let candidates):
            guard !candidates.isEmpty else { return item.labels.first }
            let wanted = Set(candidates.map(\.matchKey))
            return item.labels.first { wanted.contains($0.matchKey) }
        case .field(let name):
            if let value = item.fields[name] { return value }
            let key = name.matchKey
            let custom = "custom field (\(key))"
            let match = item.fields.keys.sorted().first { $0.matchKey == key || $0.matchKey == custom }
            return match.flatMap { item.fields[$0] }
        }
    }
}
