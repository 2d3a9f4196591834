import FlowModel

/// Builds the whole simulated organisation from the options: teams, sprints, releases and
/// every issue with its history. The same options always give the same organisation.
struct Simulator {
    let options: GeneratorOptions

    func run() throws(UsageError) -> Organisation {
        var random = SplitMix64(seed: options.seed)
        let lastDay = options.endDay
        let firstDay = Week(containing: lastDay.advanced(by: 1 - 7 * options.weeks)).start
        let boundsStart = (firstDay.ordinal - 30) * 86_400
        let boundsEnd = (lastDay.ordinal + 30) * 86_400
        guard let zone = ZoneRules(identifier: options.timeZone, from: boundsStart, to: boundsEnd) else {
            throw UsageError("unknown time zone '\(options.timeZone)'; expected an IANA name like 'Europe/Berlin'")
        }
        let hours = WorkingHours(zone: zone)
        let exportTime = hours.instant(on: lastDay, hour: 16, minute: 45)
        let periodStart = hours.instant(on: firstDay, hour: 0)

        var idRandom = random.fork()
        let people = Catalogue.peopleNames.enumerated().map { position, name in
            Person(name: name, accountID: AccountIDs.account(position: position, random: &idRandom))
        }
        let teams = Catalogue.teams(ids: (0..<3).map { _ in AccountIDs.uuid(random: &idRandom) })
        var scheduleRandom = random.fork()
        let schedule = SprintSchedule(
            teams: teams, periodStart: firstDay, exportTime: exportTime, hours: hours, random: &scheduleRandom)

        var organisation = Organisation(
            teams: teams, people: people, sprints: schedule.sprints, releases: schedule.releases, issues: [],
            periodStart: periodStart, exportTime: exportTime, zone: zone, hasQueues: options.queues)
        var skeletonRandom = random.fork()
        var builder = IssueBuilder(organisation: organisation, hours: hours, queues: options.queues)
        for skeleton in skeletons(
            periodStart: periodStart, exportTime: exportTime, hours: hours, random: &skeletonRandom)
        {
            builder.add(team: skeleton.team, kind: skeleton.kind, created: skeleton.created, random: random.fork())
        }
        organisation.issues = builder.finish()
        SpecialIssues.apply(to: &organisation.issues)
        return organisation
    }

    /// Team, type and creation time of every issue, in creation order.
    private func skeletons(
        periodStart: Int, exportTime: Int, hours: WorkingHours, random: inout SplitMix64
    ) -> [(team: Int, kind: IssueKind, created: Int)] {
        let teamChoices = Catalogue.teamWeights.enumerated().map { ($0.offset, $0.element) }
        let kindChoices = IssueKind.allCases.map { ($0, $0.weight) }
        let span = Double(exportTime - 3600 - periodStart)
        var result: [(team: Int, kind: IssueKind, created: Int)] = []
        result.reserveCapacity(options.issues)
        for _ in 0..<options.issues {
            let team = random.pick(weighted: teamChoices)
            let kind = random.pick(weighted: kindChoices)
            var created = hours.snap(periodStart + Int(random.unit() * span), random: &random)
            if created > exportTime - 600 { created = exportTime - 600 - random.int(below: 3 * 60) * 60 }
            result.append((team, kind, created))
        }
        return result.enumerated().sorted { ($0.element.created, $0.offset) < ($1.element.created, $1.offset) }
            .map(\.element)
    }
}
