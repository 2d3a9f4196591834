import FlowModel
import Foundation

/// Writes a commented starter configuration (`streamgauge init`) from the statuses an export really has.
///
/// Every status seen becomes its own stage, in the order items move through them: by status category
/// first (To Do, In Progress, Done), then by how long after creation items first entered the status
/// (when the export has history), then by how many items are in it now. Each stage's kind comes from
/// its category and name: discarded-sounding Done statuses (`Cancelled`, `Won't Do`) are `discarded`,
/// queue-sounding In Progress statuses (`Ready for Dev`, `In Review`, `Blocked`, `Dev Done`) are `wait`; a status the
/// export gives no category is in the one its name spells (`In Progress`) — a proposal for the user to check,
/// which the default mapping does not make (SPEC §3 puts such a status in the backlog) — or else
/// placed by its name alone (`Closed` is done, `Testing` active).
///
/// When no status seen ends delivered work, the file ends its stages with a `Done` stage (`Done 2` if a status
/// has that name) for the user to fill in with the statuses that do; an export with no items still gets a
/// file with stages, which loads.
public struct StarterConfiguration {
    public let dataset: Dataset

    public init(dataset: Dataset) { self.dataset = dataset }

    /// One status seen in the data and where the starter places it.
    struct Placement: Equatable {
        var status: String
        var category: StatusCategory?
        var kind: StageKind
        var count: Int
        /// Mean days from creation to first entry, over items whose history shows it.
        var meanEntryDays: Double?
    }

    /// The statuses in flow order with the kind each is given.
    func placements() -> [Placement] {
        var counts: [String: Int] = [:]
        var names: [String: String] = [:]
        var categories: [String: StatusCategory] = [:]
        var entrySums: [String: (total: Double, items: Int)] = [:]
        func note(_ status: String) -> String {
            let folded = status.matchKey
            if names[folded] == nil { names[folded] = status }
            return folded
        }
        for (status, category) in dataset.statusCategories { categories[note(status)] = category }
        for item in dataset.items {
            let folded = note(item.status)
            counts[folded, default: 0] += 1
            if let category = item.statusCategory { categories[folded] = categories[folded] ?? category }
            var firstEntries: [String: Date] = [:]
            for change in item.history.sorted(by: { $0.at < $1.at }) {
                if let from = change.from { _ = note(from) }
                let to = note(change.to)
                if firstEntries[to] == nil { firstEntries[to] = change.at }
            }
            guard let created = item.created else { continue }
            for (status, at) in firstEntries {
                let days = at.timeIntervalSince(created) / 86_400
                entrySums[status, default: (0, 0)].total += days
                entrySums[status, default: (0, 0)].items += 1
            }
        }
        let placements = names.map { folded, name in
            // A proposal for the user to check (the default mapping does not make it): a status spelled like a
            // category (`In Progress`) is in it.
            let category = categories[folded] ?? StatusCategory(jiraName: name)
            let mean = entrySums[folded].map { $0.total / Double($0.items) }
            return Placement(
                status: name, category: category, kind: Self.kind(of: name, category: category),
                count: counts[folded] ?? 0, meanEntryDays: mean)
        }
        // A stage-dates export gives its stages' order itself, in its columns.
        let columns = Dictionary(
            dataset.stageOrder.enumerated().map { ($1.matchKey, $0) }, uniquingKeysWith: { first, _ in first })
        return placements.sorted { lhs, rhs in
            if let left = columns[lhs.status.matchKey], let right = columns[rhs.status.matchKey],
                left != right, Self.rank(lhs.category, lhs.kind) == Self.rank(rhs.category, rhs.kind)
            {
                return left < right
            }
            return Self.flowOrder(lhs, rhs)
        }
    }

    /// The configuration text, ready to save as `streamgauge.yml`.
    public func yaml(timeZone: TimeZone = TimeZone(identifier: "UTC")!) -> String {
        let placements = placements()
        var lines: [String] = [
            "# StreamGauge value-stream configuration, written by `streamgauge init` from \(dataset.items.count) items.",
            "# Stages are in flow order. Kinds: backlog (before the commitment point), active (someone works on it),",
            "# wait (a queue inside the flow), done, discarded (ended without delivering).",
            "# Every status seen has its own stage: rename stages, merge statuses into one stage, and fix kinds.",
            "name: \(quoted("Value stream"))",
            "timezone: \(quoted(timeZone.reportName))",
            "weekStart: monday",
            "stages:",
        ]
        for placement in placements {
            let category = placement.category?.rawValue ?? "no category"
            var comment = "\(category); \(placement.count) item\(placement.count == 1 ? "" : "s") now"
            if let days = placement.meanEntryDays {
                comment += String(format: "; entered %.1f days after creation on average", days)
            }
            lines.append("  - name: \(quoted(placement.status))")
            lines.append("    kind: \(placement.kind.rawValue)")
            lines.append("    statuses: [\(quoted(placement.status))]  # \(comment)")
        }
        if !placements.contains(where: { $0.kind == .done }) {
            let name = Self.placeholderDoneStatus(avoiding: Set(placements.map(\.status.matchKey)))
            lines.append("  - name: \(quoted(name))")
            lines.append("    kind: done")
            lines.append("    statuses: [\(quoted(name))]  # no status seen ends delivered work: name the ones that do")
        }
        lines.append(
            "discardedResolutions: [\(ValueStream.standardDiscardedResolutions.map(quoted).joined(separator: ", "))]")
        lines.append("flowItems:  # Flow Framework item types by issue type; types not listed count as Feature")
        let types = Set(dataset.items.map(\.type)).filter { !$0.isEmpty }
        for (name, standard) in ValueStream.standardFlowItems {
            let folded = Set(standard.map(\.matchKey))
            let seen = types.filter { folded.contains($0.matchKey) }.sorted()
            lines.append("  \(name): [\((seen.isEmpty ? standard : seen).map(quoted).joined(separator: ", "))]")
        }
        let projects = Set(dataset.items.map(\.project)).filter { !$0.isEmpty }.sorted()
        lines.append("teams:  # by: project, component, label, or the name of a field such as Team")
        lines.append("  by: project")
        lines.append("  names: {\(projects.map { "\(quoted($0)): \(quoted($0))" }.joined(separator: ", "))}")
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Placement rules

    static func kind(of status: String, category: StatusCategory?) -> StageKind {
        let name = status.matchKey
        let discarded = ["cancel", "reject", "won't", "wont", "declin", "abandon", "obsolete", "duplicate", "invalid"]
        let waiting = ["ready", "wait", "await", "blocked", "on hold", "queue", "pending", "review", "selected"]
        switch category {
        case .done?: return discarded.contains { name.contains($0) } ? .discarded : .done
        case .inProgress?:
            // "Analysis Done", "Dev Done": a step finished inside the flow, waiting for the next (the Kanban
            // board's done half of a column).
            let stepDone = name.hasSuffix(" done") || name.hasSuffix(" complete")
            return stepDone || waiting.contains { name.contains($0) } ? .wait : .active
        case .toDo?: return .backlog
        case nil:
            let done = ["done", "closed", "resolved", "complete", "finished", "released", "deployed", "delivered"]
            let active = ["progress", "doing", "develop", "implement", "working", "testing", "qa"]
            if discarded.contains(where: { name.contains($0) }) { return .discarded }
            if done.contains(where: { name.contains($0) }) { return .done }
            if waiting.contains(where: { name.contains($0) }) { return .wait }
            if active.contains(where: { name.contains($0) }) { return .active }
            return .backlog
        }
    }

    /// The name of the placeholder `Done` stage and of its status: `Done`, or a spelling no status seen has
    /// (every status seen names a stage).
    static func placeholderDoneStatus(avoiding seen: Set<String>) -> String {
        var name = "Done"
        var number = 1
        while seen.contains(name.matchKey) {
            number += 1
            name = "Done \(number)"
        }
        return name
    }

    static func flowOrder(_ lhs: Placement, _ rhs: Placement) -> Bool {
        let left = rank(lhs.category, lhs.kind)
        let right = rank(rhs.category, rhs.kind)
        if left != right { return left < right }
        switch (lhs.meanEntryDays, rhs.meanEntryDays) {
        case (let a?, let b?) where a != b: return a < b
        case (.some, nil): return true
        case (nil, .some): return false
        default: break
        }
        if lhs.count != rhs.count { return lhs.count > rhs.count }
        return lhs.status < rhs.status
    }

    private static func rank(_ category: StatusCategory?, _ kind: StageKind) -> Int {
        switch (category, kind) {
        case (.toDo?, _), (nil, .backlog): 0
        case (.inProgress?, _), (nil, .active), (nil, .wait): 1
        case (_, .discarded): 3
        default: 2
        }
    }

    private func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
