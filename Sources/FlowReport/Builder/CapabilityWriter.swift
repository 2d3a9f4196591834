import FlowMapping

/// The plain statements at the top of a report: what the data supports, and what it cannot give and why.
enum CapabilityWriter {
    /// `partial`: some items' histories are made from the few dates their export gives (a stage-dates CSV,
    /// Azure DevOps' Activated/Resolved/Closed dates), not from every move.
    static func statements(_ scope: ReportScope, teams: [String], partial: Bool = false) -> [String] {
        let total = scope.flows.count
        let withHistory = scope.itemsWithHistory
        var lines: [String] = []
        if total == 0 {
            lines.append("The exports hold no items (for the teams asked for), so there is nothing to measure.")
        } else if withHistory == 0 {
            // Jira's [CHART] Time in Status stands in for history in time in stage.
            let needingHistory =
                scope.flows.contains(where: { !$0.item.timeInStatus.isEmpty })
                ? "flow time, flow efficiency, flow load over time and cumulative flow"
                : "flow time, flow efficiency, flow load over time, time in stage and cumulative flow"
            lines.append(
                "These exports carry no status history: \(needingHistory) need one (a Jira backup, or REST JSON with "
                    + "its changelog).")
            lines.append(
                "Lead time runs from created to resolved (or to Status Category Changed for Done items without a "
                    + "resolved date).")
            lines.append("Load is shown as items by status category at export time.")
            if scope.flows.contains(where: { $0.outcome == .inProgress && $0.agingStart != nil }) {
                lines.append(
                    "Aging counts from when an item entered the In Progress category (Status Category Changed), "
                        + "which can be later than when work on it started; it is never used as a flow start.")
            }
        } else if withHistory < total {
            lines.append(
                "\(withHistory) of \(total) items carry status history: flow time, flow efficiency, load, time in "
                    + "stage and cumulative flow come from those only. The other \(total - withHistory) give lead "
                    + "time (created to resolved, or to Status Category Changed for Done items without a resolved "
                    + "date).")
        } else if partial {
            lines.append(
                "Every item carries a status history, some made from the dates their export gives (when an item "
                    + "entered a stage, not every move): all flow metrics come from it.")
        } else {
            lines.append("Every item carries its status history: all flow metrics come from it.")
        }
        if scope.flows.contains(where: { !$0.item.timeInStatus.isEmpty }) {
            var line = "Time per status comes from Jira's [CHART] Time in Status field, which names statuses by id"
            line += withHistory == 0 ? "; time in stage comes from it too, for the ids it could name." : "."
            lines.append(line)
        }
        if scope.map.byCategory {
            var line =
                "No stages are configured: statuses are placed by status category (To Do → backlog, In Progress → "
                + "active, Done → done)."
            if withHistory > 0 {
                line += " With no wait stage, flow efficiency is 100 % by construction and no bottleneck is named."
            }
            let categorised = scope.flows.contains {
                scope.map.category(of: $0.item.status, known: $0.item.statusCategory) != nil
            }
            if !scope.flows.isEmpty && !categorised {
                line +=
                    " This export gives no status category for any status in use now, so every item is in the"
                    + " backlog until a configuration places its status."
            }
            line += " `streamgauge init` writes a starter configuration from the statuses found."
            lines.append(line)
        }
        if !teams.isEmpty {
            lines.append("Only these teams are included: \(teams.joined(separator: ", ")).")
        }
        return lines
    }
}
