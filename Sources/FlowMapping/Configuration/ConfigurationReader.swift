import FlowModel
import Foundation
import Yams

/// Walks the YAML tree of a configuration, checking every key and value against SPEC §3.
struct ConfigurationReader {
    let file: String

    func valueStream(from root: Node) throws(InputError) -> ValueStream {
        let top = try mapping(root, allowed: Self.topKeys, context: "the configuration")
        var stream = ValueStream()
        if let node = top["name"] { stream.name = try string(node, key: "name") }
        if let node = top["timezone"] {
            let identifier = try string(node, key: "timezone")
            guard let zone = TimeZone(ianaName: identifier) else {
                throw error(
                    at: node,
                    "unknown time zone '\(identifier)' in key \"timezone\"; expected an IANA name like 'Europe/Berlin' or an offset like '+05:30'"
                )
            }
            stream.timeZone = zone
        }
        if let node = top["weekStart"] {
            let text = try string(node, key: "weekStart")
            guard let start = WeekStart(rawValue: text.lowercased()) else {
                throw error(
                    at: node, "unknown week start '\(text)' in key \"weekStart\"; expected a weekday like 'monday'")
            }
            stream.weekStart = start
        }
        if let node = top["stages"] { stream.stages = try stages(node) }
        if let node = top["discardedResolutions"] {
            stream.discardedResolutions = try strings(node, key: "discardedResolutions")
        }
        if let node = top["flowItems"] { stream.flowItems = try flowItems(node) }
        if let node = top["teams"] { try teams(node, into: &stream) }
        if let node = top["businessStream"] { stream.businessStream = try businessStream(node) }
        if let node = top["sprints"] { stream.sprints = try sprints(node) }
        return stream
    }

    // MARK: Sections

    private func stages(_ node: Node) throws(InputError) -> [Stage] {
        var result: [Stage] = []
        var seen: [String: String] = [:]
        var stageNames: Set<String> = []
        for entry in try sequence(node, key: "stages") {
            let fields = try mapping(entry, allowed: ["name", "kind", "statuses"], context: "a stage")
            guard let nameNode = fields["name"] else { throw error(at: entry, "a stage has no \"name\"") }
            let name = try string(nameNode, key: "name")
            // Stages are told apart by name in every table and chart of a report.
            guard stageNames.insert(name.matchKey).inserted else {
                throw error(at: nameNode, "stage '\(name)' is named twice; expected each stage once")
            }
            guard let kindNode = fields["kind"] else { throw error(at: entry, "stage '\(name)' has no \"kind\"") }
            let kindText = try string(kindNode, key: "kind")
            guard let kind = StageKind(rawValue: kindText) else {
                let kinds = StageKind.allCases.map(\.rawValue).joined(separator: ", ")
                throw error(at: kindNode, "unknown kind '\(kindText)' for stage '\(name)'; expected one of \(kinds)")
            }
            var statusNodes: [Node] = []
            if let list = fields["statuses"] {
                if case .scalar = list {
                    statusNodes = [list]
                } else {
                    statusNodes = try sequence(list, key: "statuses")
                }
            }
            if statusNodes.isEmpty {
                throw error(at: entry, "stage '\(name)' names no statuses; give it \"statuses: [...]\"")
            }
            var statuses: [String] = []
            for node in statusNodes {
                let status = try string(node, key: "statuses")
                let folded = status.matchKey
                if let other = seen[folded] {
                    throw error(
                        at: node, "status '\(status)' is named twice: in stage '\(other)' and in stage '\(name)'")
                }
                seen[folded] = name
                statuses.append(status)
            }
            result.append(Stage(name: name, kind: kind, statuses: statuses))
        }
        return result
    }

    private func flowItems(_ node: Node) throws(InputError) -> [(name: String, types: [String])] {
        guard case .mapping(let entries) = node else {
            throw error(at: node, "key \"flowItems\" must map flow item names to lists of issue types")
        }
        var result: [(name: String, types: [String])] = []
        for (key, value) in entries {
            let name = try string(key, key: "flowItems")
            result.append((name, try strings(value, key: name)))
        }
        return result
    }

    private func teams(_ node: Node, into stream: inout ValueStream) throws(InputError) {
        let fields = try mapping(node, allowed: ["by", "names", "labels", "field"], context: "\"teams\"")
        if let byNode = fields["by"] {
            let by = try string(byNode, key: "by")
            switch by.lowercased() {
            case "project": stream.teamRule = .project
            case "component": stream.teamRule = .component
            case "label":
                let candidates =
                    try fields["labels"].map { node throws(InputError) in try strings(node, key: "labels") } ?? []
                stream.teamRule = .label(candidates: candidates)
            case "field":
                guard let fieldNode = fields["field"] else {
                    throw error(at: byNode, "\"by: field\" needs \"field: NAME\" naming the field that holds the team")
                }
                stream.teamRule = .field(try string(fieldNode, key: "field"))
            default:
                stream.teamRule = .field(by)
            }
        }
        if let namesNode = fields["names"] {
            guard case .mapping(let entries) = namesNode else {
                throw error(at: namesNode, "key \"names\" must map values to team names, like { PAY: Payments }")
            }
            for (key, value) in entries {
                stream.teamNames[try string(key, key: "names")] = try string(value, key: "names")
            }
        }
    }

    private func businessStream(_ node: Node) throws(InputError) -> BusinessStream {
        let fields = try mapping(node, allowed: ["name", "steps"], context: "\"businessStream\"")
        let name =
            try fields["name"].map { node throws(InputError) in try string(node, key: "name") }
            ?? "Business value stream"
        var steps: [BusinessStep] = []
        for entry in try fields["steps"].map({ node throws(InputError) in try sequence(node, key: "steps") }) ?? [] {
            let stepFields = try mapping(entry, allowed: ["name", "match"], context: "a business stream step")
            guard let nameNode = stepFields["name"] else {
                throw error(at: entry, "a business stream step has no \"name\"")
            }
            var step = BusinessStep(name: try string(nameNode, key: "name"))
            if let matchNode = stepFields["match"] {
                let match = try mapping(
                    matchNode, allowed: ["projects", "components", "labels", "types", "epics"], context: "\"match\"")
                step.projects =
                    try match["projects"].map { node throws(InputError) in try strings(node, key: "projects") } ?? []
                step.components =
                    try match["components"].map { node throws(InputError) in try strings(node, key: "components") }
                    ?? []
                step.labels =
                    try match["labels"].map { node throws(InputError) in try strings(node, key: "labels") } ?? []
                step.types = try match["types"].map { node throws(InputError) in try strings(node, key: "types") } ?? []
                step.epics = try match["epics"].map { node throws(InputError) in try strings(node, key: "epics") } ?? []
            }
            steps.append(step)
        }
        return BusinessStream(name: name, steps: steps)
    }

    private func sprints(_ node: Node) throws(InputError) -> [ConfiguredSprint] {
        var result: [ConfiguredSprint] = []
        for entry in try sequence(node, key: "sprints") {
            let fields = try mapping(entry, allowed: ["name", "team", "start", "end"], context: "a sprint")
            guard let nameNode = fields["name"], let startNode = fields["start"], let endNode = fields["end"] else {
                throw error(at: entry, "a sprint needs \"name\", \"start\" and \"end\"")
            }
            let team = try fields["team"].map { node throws(InputError) in try string(node, key: "team") }
            let name = try string(nameNode, key: "name")
            let start = try day(startNode, key: "start")
            let end = try day(endNode, key: "end")
            guard start <= end else {
                throw error(at: endNode, "sprint '\(name)' ends on \(end), before it starts on \(start)")
            }
            result.append(ConfiguredSprint(name: name, team: team, start: start, end: end))
        }
        return result
    }

    // MARK: Node helpers

    static let topKeys: Set<String> = [
        "name", "timezone", "weekStart", "stages", "discardedResolutions", "flowItems", "teams", "businessStream",
        "sprints",
    ]

    /// A mapping's values by key, rejecting keys not in `allowed`.
    private func mapping(_ node: Node, allowed: Set<String>, context: String) throws(InputError) -> [String: Node] {
        guard case .mapping(let entries) = node else {
            throw error(at: node, "\(context) must be a mapping of keys to values")
        }
        var result: [String: Node] = [:]
        for (key, value) in entries {
            let name = key.string ?? ""
            guard allowed.contains(name) else {
                let expected = allowed.sorted().joined(separator: ", ")
                throw error(at: key, "unknown key \"\(name)\" in \(context); expected one of \(expected)")
            }
            result[name] = value
        }
        return result
    }

    private func sequence(_ node: Node, key: String) throws(InputError) -> [Node] {
        guard case .sequence(let entries) = node else { throw error(at: node, "key \"\(key)\" must be a list") }
        return Array(entries)
    }

    private func string(_ node: Node, key: String) throws(InputError) -> String {
        guard case .scalar(let scalar) = node else { throw error(at: node, "key \"\(key)\" must be a single value") }
        return scalar.string.trimmingCharacters(in: .whitespaces)
    }

    private func strings(_ node: Node, key: String) throws(InputError) -> [String] {
        if case .scalar = node { return [try string(node, key: key)] }
        var result: [String] = []
        for entry in try sequence(node, key: key) { result.append(try string(entry, key: key)) }
        return result
    }

    private func day(_ node: Node, key: String) throws(InputError) -> Day {
        let text = try string(node, key: key)
        guard let day = Day(iso: text) else {
            throw error(at: node, "unrecognized date '\(text)' in key \"\(key)\"; expected a date like '2026-11-16'")
        }
        return day
    }

    private func error(at node: Node, _ message: String) -> InputError {
        guard let mark = node.mark else { return InputError(file: file, message: message) }
        return InputError(file: file, position: .line(mark.line, column: mark.column), message: message)
    }
}
