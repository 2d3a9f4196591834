import Foundation

/// Writes the summaries, descriptions and comments of simulated issues from ``Vocabulary``.
///
/// Descriptions use Jira wiki markup and deliberately hold commas, straight and typographic
/// quotes, non-ASCII text and newlines, because real exports do.
struct TextFactory {
    var random: SplitMix64

    /// A topic to write about: one of the team's features.
    mutating func topic(team: Int) -> String { random.pick(Vocabulary.features[team]) }

    /// The summary of an issue about `feature`; epics are named from the team's epic list.
    mutating func summary(kind: IssueKind, team: Int, feature: String, epicNumber: Int) -> String {
        switch kind {
        case .story:
            if random.chance(0.4) {
                return "As a \(random.pick(Vocabulary.personas)), I want the \(feature)"
            }
            return capitalised(random.pick(Vocabulary.storyActions)) + " the " + feature
        case .bug:
            return capitalised(feature) + " " + random.pick(Vocabulary.symptoms) + " when "
                + random.pick(Vocabulary.conditions)
        case .task:
            return random.pick(Vocabulary.chores).replacingOccurrences(
                of: "%@", with: random.pick(Vocabulary.services))
        case .epic:
            let names = Vocabulary.epics[team]
            let name = names[epicNumber % names.count]
            return epicNumber < names.count ? name : name + " (phase \(epicNumber / names.count + 1))"
        case .subTask:
            return random.pick(["Backend for the ", "Frontend for the ", "Tests for the ", "Copy texts for the "])
                + feature
        case .technicalDebt:
            return random.pick(Vocabulary.debts).replacingOccurrences(
                of: "%@", with: random.pick(Vocabulary.services))
        case .security:
            if random.chance(0.5) {
                return "Upgrade \(random.pick(Vocabulary.libraries)) (CVE-2026-\(random.int(in: 10_000...49_999)))"
            }
            return "Pen-test finding: \(random.pick(Vocabulary.services)) \(random.pick(Vocabulary.symptoms))"
        }
    }

    /// A description in Jira wiki markup of an issue about `feature`.
    mutating func description(kind: IssueKind, team: Int, feature: String) -> String {
        switch kind {
        case .story:
            return "As a \(random.pick(Vocabulary.personas)), I need the \(feature), so that "
                + "\(random.pick(Vocabulary.benefits)).\n\n"
                + "*Acceptance criteria:*\n"
                + "* Given the \(feature), when \(random.pick(Vocabulary.conditions)), then it still works\n"
                + "* Texts are approved by legal (\"\(feature)\")"
        case .bug:
            return "*Steps to reproduce:*\n# Open the \(feature)\n# Make sure \(random.pick(Vocabulary.conditions))\n"
                + "# Press “Save”\n\n*Expected:* it works as in production.\n"
                + "*Actual:* it \(random.pick(Vocabulary.symptoms)).\n\n"
                + "Reported by \(random.int(in: 1...9)) customers, see the \"customer-reported\" label."
        case .task, .technicalDebt:
            return "Part of the \(feature) work. Owner: \(random.pick(Vocabulary.services)), "
                + "due before the next release.\n\nDone when:\n* the change is deployed, and\n"
                + "* the runbook is updated"
        case .security:
            return "Found by the quarterly scan, severity \(random.pick(["high", "medium", "critical"])).\n"
                + "Affected: \(random.pick(Vocabulary.services)), \(random.pick(Vocabulary.services)).\n\n"
                + "{noformat}\nGET /api/v1/\(random.pick(["quotes", "claims", "users"]))?id=1' OR '1'='1\n{noformat}"
        case .epic:
            return "*Goal:* \(random.pick(Vocabulary.benefits)).\n\nScope, in short: the "
                + "\(feature), the \(random.pick(Vocabulary.features[team])) and the "
                + "\(random.pick(Vocabulary.features[team]))."
        case .subTask:
            return random.chance(0.6) ? "" : "See parent story; \(feature) only."
        }
    }

    mutating func comment() -> String { random.pick(Vocabulary.commentBodies) }

    mutating func environment() -> String { random.pick(Vocabulary.environments) }

    private func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
