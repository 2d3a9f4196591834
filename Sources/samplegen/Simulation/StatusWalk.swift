/// Walks one issue through the workflow, drawing how long it stays in each status, until it
/// ends (Done, Cancelled) or the export time cuts it off.
///
/// The paths, with their rough shares:
/// - To Do → Ready for Dev → In Progress → In Review → QA → Done (most items);
/// - To Do → In Progress directly (15 %), In Review → Done without QA (a third of tasks);
/// - backward moves: review sends 13 % back to In Progress, QA 12 %; 6 % of Ready for Dev go
///   back to To Do once (deprioritised, and taken out of the sprint);
/// - re-opens: 4 % of Done items go back to In Progress once and are done again later;
/// - cancelled: 3.5 % before anyone starts, 2.5 % per development pass after starting;
/// - skipped the flow: 3.5 % go from To Do straight to Done (half of those bugs as Duplicate);
/// - a stale backlog: 30 % of items (12 % of bugs and sub-tasks) wait about 50 days before
///   anyone looks at them, so the export ends with a realistic pile of To Do.
///
/// With `queues`, every hand-off waits in a queue first — In Progress → Ready for Review → In
/// Review → Ready for QA → QA → Ready to Deploy → Done — so a delivered item has about eight
/// status changes, as on sites with a longer workflow. Without it, no extra random numbers are
/// drawn, so the default workflow's data stays the same.
struct StatusWalk {
    var random: SplitMix64
    let hours: WorkingHours
    /// Nothing happens after this instant.
    let now: Int
    let kind: IssueKind
    /// Scales development time: 1 for a typical item, more for big stories.
    let size: Double
    /// The resolution Done sets in this team's workflow (`nil` when it sets none).
    let doneResolution: Resolution?
    /// Who moves the issue.
    let actor: Int
    /// Whether hand-offs pass through queue statuses.
    var queues = false

    private var time = 0
    private var changes: [Transition] = []

    init(
        random: SplitMix64, hours: WorkingHours, now: Int, kind: IssueKind, size: Double,
        doneResolution: Resolution?, actor: Int
    ) {
        self.random = random
        self.hours = hours
        self.now = now
        self.kind = kind
        self.size = size
        self.doneResolution = doneResolution
        self.actor = actor
    }

    /// The history of an issue created at `created` by `reporter`.
    mutating func run(created: Int, reporter: Int) -> [Transition] {
        time = created
        changes = [Transition(at: created, from: nil, to: .toDo, resolution: nil, author: reporter)]
        if kind == .epic { walkEpic() } else { walkItem() }
        return changes
    }

    private mutating func walkEpic() {
        if random.chance(0.08) {
            _ = move(to: .cancelled, afterDays: random.skewed(mean: 20), resolution: .wontDo)
            return
        }
        guard move(to: .inProgress, afterDays: random.skewed(mean: kind.backlogDays)) else { return }
        _ = move(to: .done, afterDays: random.skewed(mean: kind.developmentDays), resolution: doneResolution)
    }

    private mutating func walkItem() {
        let stale = random.chance(kind == .bug || kind == .subTask ? 0.12 : 0.3)
        let backlog = random.skewed(mean: stale ? 50 : kind.backlogDays)
        let roll = random.unit()
        if roll < 0.035 {
            _ = move(to: .cancelled, afterDays: backlog, resolution: .wontDo)
            return
        }
        if roll < 0.07 {
            let duplicate = kind == .bug && random.chance(0.5)
            _ = move(to: .done, afterDays: backlog, resolution: duplicate ? .duplicate : doneResolution)
            return
        }
        guard commit(afterDays: backlog) else { return }
        var passes = 0
        var reopened = false
        while true {
            passes += 1
            let development = random.skewed(mean: kind.developmentDays * size)
            if random.chance(0.025) {
                _ = move(to: .cancelled, afterDays: development / 2, resolution: .wontDo)
                return
            }
            guard handOff(to: .inReview, afterDays: development, queue: .readyForReview, waitDays: 0.6) else { return }
            let review = random.skewed(mean: 0.9)
            if passes < 3 && random.chance(0.13) {
                guard move(to: .inProgress, afterDays: review) else { return }
                continue
            }
            if (kind == .task || kind == .subTask) && random.chance(0.35) {
                guard handOff(to: .done, afterDays: review, queue: .readyToDeploy, waitDays: 0.5) else { return }
            } else {
                guard handOff(to: .qa, afterDays: review, queue: .readyForQA, waitDays: 0.7) else { return }
                let test = random.skewed(mean: 1.1)
                if passes < 3 && random.chance(0.12) {
                    guard move(to: .inProgress, afterDays: test) else { return }
                    continue
                }
                guard handOff(to: .done, afterDays: test, queue: .readyToDeploy, waitDays: 0.5) else { return }
            }
            if reopened || !random.chance(0.04) { return }
            reopened = true
            guard move(to: .inProgress, afterDays: random.skewed(mean: 3)) else { return }
        }
    }

    /// From To Do into the flow: usually via Ready for Dev, sometimes straight to In Progress;
    /// a few items are sent back to To Do once and committed again later.
    private mutating func commit(afterDays backlog: Double) -> Bool {
        if random.chance(0.15) { return move(to: .inProgress, afterDays: backlog) }
        guard move(to: .readyForDev, afterDays: backlog) else { return false }
        if random.chance(0.06) {
            guard move(to: .toDo, afterDays: random.skewed(mean: 2)) else { return false }
            guard move(to: .readyForDev, afterDays: random.skewed(mean: kind.backlogDays)) else { return false }
        }
        return move(to: .inProgress, afterDays: random.skewed(mean: 1.8))
    }

    /// Moves to `status` after about `days` — through `queue` first, where it waits about
    /// `waitDays`, when the workflow has queues. Done sets the team's resolution.
    private mutating func handOff(
        to status: WorkflowStatus, afterDays days: Double, queue: WorkflowStatus, waitDays: Double
    ) -> Bool {
        let resolution = status == .done ? doneResolution : nil
        guard queues else { return move(to: status, afterDays: days, resolution: resolution) }
        guard move(to: queue, afterDays: days) else { return false }
        return move(to: status, afterDays: random.skewed(mean: waitDays), resolution: resolution)
    }

    /// Moves to `status` after about `days` (snapped to office hours); false, and no move,
    /// when that would be after the export.
    private mutating func move(to status: WorkflowStatus, afterDays days: Double, resolution: Resolution? = nil) -> Bool
    {
        let next = hours.snap(time + max(60, Int(days * 86_400)), random: &random)
        guard next <= now else { return false }
        changes.append(Transition(at: next, from: changes.last?.to, to: status, resolution: resolution, author: actor))
        time = next
        return true
    }
}
