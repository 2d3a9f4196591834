import FlowModel

/// A field a business step's `match` lists values of, and where an item keeps them.
enum BusinessField: CaseIterable, Hashable, Sendable {
    case project, type, component, label, epic

    /// The values `step` lists for this field.
    func values(of step: BusinessStep) -> [String] {
        switch self {
        case .project: step.projects
        case .type: step.types
        case .component: step.components
        case .label: step.labels
        case .epic: step.epics
        }
    }

    /// The values `item` has in this field (an item's epic and its parent both count as its epic).
    func values(of item: WorkItem) -> [String] {
        withUnsafePointer(to: item) { values(of: $0) }
    }

    /// The same, reading only this field of the item in place.
    func values(of item: UnsafePointer<WorkItem>) -> [String] {
        switch self {
        case .project: [item.pointee.project]
        case .type: [item.pointee.type]
        case .component: item.pointee.components
        case .label: item.pointee.labels
        case .epic: [item.pointee.epic, item.pointee.parent].compactMap { $0 }
        }
    }
}
