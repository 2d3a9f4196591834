import FlowModel

/// Writes a `streamgauge.yml` (SPEC §3) that fits the simulated organisation: its workflow as
/// value-stream stages, its issue types as flow items, its projects as teams, its components
/// as steps of the business value stream, and the sprint calendar — which Jira's CSV and RSS
/// exports do not carry (they name sprints but give no dates).
struct ValueStreamConfigWriter {
    let organisation: Organisation

    /// The stage each status is placed in, in flow order.
    private static let stages: [(name: String, kind: String, statuses: [WorkflowStatus])] = [
        ("Backlog", "backlog", [.toDo]), ("Ready", "wait", [.readyForDev]), ("Development", "active", [.inProgress]),
        ("Review", "wait", [.inReview]), ("Test", "active", [.qa]), ("Done", "done", [.done]),
        ("Discarded", "discarded", [.cancelled]),
    ]

    /// The stages of the `queues` workflow: each queue is a wait stage of its own.
    private static let queueStages: [(name: String, kind: String, statuses: [WorkflowStatus])] = [
        ("Backlog", "backlog", [.toDo]), ("Ready", "wait", [.readyForDev]), ("Development", "active", [.inProgress]),
        ("Review", "wait", [.readyForReview, .inReview]), ("Ready for Test", "wait", [.readyForQA]),
        ("Test", "active", [.qa]), ("Deploy", "wait", [.readyToDeploy]), ("Done", "done", [.done]),
        ("Discarded", "discarded", [.cancelled]),
    ]

    /// Flow Framework item types by issue type.
    private static let flowItems: [(name: String, kinds: [IssueKind])] = [
        ("Feature", [.story, .epic, .task, .subTask]), ("Defect", [.bug]), ("Risk", [.security]),
        ("Debt", [.technicalDebt]),
    ]

    /// Steps of the dental insurer's business value stream and the team work that serves each.
    private static let businessSteps: [(name: String, match: String)] = [
        ("Awareness & Acquisition", "components: [Marketing, Quotes]"),
        ("Onboarding & Activation", "components: [Sign-up, Identity], labels: [onboarding]"),
        ("Policy Management & Access", "components: [Billing, Payment Gateway, Claims, Appointments]"),
        ("Value-Added Services", "components: [Documents]"),
        ("Retention & Advocacy", "labels: [customer-reported]"),
    ]

    func write(to file: inout OutputFile) {
        file.write(
            """
            # Value-stream configuration for the simulated Jira exports next to this file (written by
            # samplegen, like them). CSV times are wall-clock times in the time zone below. The sprint
            # dates at the end come from the simulation: the exports name sprints but carry no dates.
            name: Smile Mutual delivery
            timezone: \(organisation.zone.identifier)
            weekStart: monday
            stages:

            """)
        for stage in organisation.hasQueues ? Self.queueStages : Self.stages {
            let statuses = stage.statuses.map(\.name).joined(separator: ", ")
            file.write("  - { name: \(stage.name), kind: \(stage.kind), statuses: [\(statuses)] }\n")
        }
        file.write("discardedResolutions: [\(Resolution.wontDo.name), \(Resolution.duplicate.name)]\nflowItems:\n")
        for item in Self.flowItems {
            file.write("  \(item.name): [\(item.kinds.map(\.name).joined(separator: ", "))]\n")
        }
        let names = organisation.teams.map { "\($0.key): \($0.name)" }.joined(separator: ", ")
        file.write("teams:\n  by: project\n  names: { \(names) }\n")
        file.write("businessStream:\n  name: Dental insurance\n  steps:\n")
        for step in Self.businessSteps {
            file.write("    - { name: \(step.name), match: { \(step.match) } }\n")
        }
        file.write("sprints:\n")
        for sprint in organisation.sprints {
            let start = WorkingHours(zone: organisation.zone).day(of: sprint.start)
            file.write("  - { name: \(sprint.name), start: \(start), end: \(start.advanced(by: 13)) }\n")
        }
    }
}
