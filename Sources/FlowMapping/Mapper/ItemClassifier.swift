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
    /// Per field a business step can match on: the first step listing each value (by comparison key).
    let stepsByField: [BusinessField: [String: Int]]

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
        var stepsByField: [BusinessField: [String: Int]] = [:]
        for (index, step) in steps.enumerated() {
            for field in BusinessField.allCases {
                for value in field.values(of: step) where stepsByField[field, default: [:]][value.matchKey] == nil {
                    stepsByField[field, default: [:]][value.matchKey] = index
                }
            }
        }
        self.stepsByField = stepsByField
    }

    /// The name of the business step at `index`.
    func stepName(_ index: Int) -> String { steps[index].name }

    /// The Flow Framework item type of `item` by its issue type, else the default one.
    public func flowItem(of item: WorkItem) -> String { flowItem(ofType: item.type) }

    /// The Flow Framework item type of an issue type, else the default one.
    func flowItem(ofType type: String) -> String {
        flowItemByType[type.matchKey] ?? defaultFlowItem
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
        var first = Int.max
        for (field, stepByKey) in stepsByField {
            for value in field.values(of: item) {
                if let index = stepByKey[value.matchKey] { first = min(first, index) }
            }
        }
        return first == Int.max ? nil : steps[first].name
    }

    /// The raw value the team rule reads from `item`.
    func teamValue(of item: WorkItem) -> String? {
        withUnsafePointer(to: item) { teamValue(of: $0) }
    }

    /// The same, reading only the fields the rule needs from the item in place.
    func teamValue(of item: UnsafePointer<WorkItem>) -> String? {
        switch teamRule {
        case .project:
            return item.pointee.project
        case .component:
            return item.pointee.components.first
        case .label(let candidates):
            guard !candidates.isEmpty else { return item.pointee.labels.first }
            let wanted = Set(candidates.map(\.matchKey))
            return item.pointee.labels.first { wanted.contains($0.matchKey) }
        case .field(let name):
            let fields = item.pointee.fields
            if let value = fields[name] { return value }
            // The field as the configuration names it or as a Jira CSV header does (`Custom field (Team)`), the
            // export keeping it under either name.
            let key = name.fieldMatchKey
            let match = fields.keys.sorted().first { $0.fieldMatchKey == key }
            return match.flatMap { fields[$0] }
        }
    }
}
