/// A custom field that exists only to make the export as wide as real ones (`--columns`):
/// plausible names, types and values, none of which a flow report needs.
struct ExtraField {
    /// The field's display name (`Change risk`).
    let name: String
    /// `customfield_10300`.
    let id: String
    let type: FieldType
    /// Position in ``ExtraField/catalogue``; seeds the values.
    let number: Int

    enum FieldType {
        case text, select, number, date, user

        /// The Jira custom field type key, as in RSS `key` attributes.
        var jiraKey: String {
            switch self {
            case .text: "com.atlassian.jira.plugin.system.customfieldtypes:textarea"
            case .select: "com.atlassian.jira.plugin.system.customfieldtypes:select"
            case .number: "com.atlassian.jira.plugin.system.customfieldtypes:float"
            case .date: "com.atlassian.jira.plugin.system.customfieldtypes:datepicker"
            case .user: "com.atlassian.jira.plugin.system.customfieldtypes:userpicker"
            }
        }
    }

    /// One issue's value of a padding field.
    enum Value {
        case none
        case text(String)
        /// An option of a select list, with the option's id.
        case option(String, id: Int)
        /// Unix seconds at local midnight.
        case date(Int)
    }

    /// The first `count` padding fields: the catalogue below, then `Attribute N` fields.
    static func fields(count: Int) -> [ExtraField] {
        (0..<count).map { number in
            let (name, type) =
                number < catalogue.count ? catalogue[number] : ("Attribute \(number + 1)", FieldType.text)
            return ExtraField(name: name, id: "customfield_\(10_300 + number)", type: type, number: number)
        }
    }

    private static let catalogue: [(String, FieldType)] = [
        ("Change risk", .select), ("Customer Impact", .select), ("Business Value", .number),
        ("Affected services", .text), ("Work category", .select), ("QA Owner", .user),
        ("Severity", .select), ("Target start", .date), ("Target end", .date), ("Cost Center", .text),
        ("Data classification", .select), ("Feature flag", .text), ("Rollout region", .select),
        ("Root Cause", .select), ("Incident ID", .text), ("Regulatory impact", .select),
        ("Release Notes", .text), ("Acceptance Criteria", .text), ("Flagged", .select), ("Test coverage", .number),
    ]

    /// This field's value for `issue`: the same in every writer, because it depends only on
    /// the issue's seed and the field.
    func value(for issue: SimIssue, organisation: Organisation) -> Value {
        var random = SplitMix64(seed: issue.extraSeed &+ UInt64(number) &* 0x9E37_79B9)
        let isBug = issue.kind == .bug
        let done = issue.status == .done
        switch name {
        case "Change risk": return option(["Low", "Medium", "High"], chance: 0.5, &random)
        case "Customer Impact":
            return isBug ? option(["None", "Minor", "Major", "Critical"], chance: 0.9, &random) : .none
        case "Business Value":
            return issue.kind == .story || issue.kind == .epic
                ? .text("\(random.pick([1, 2, 3, 5, 8, 13, 20])).0") : .none
        case "Affected services":
            return random.chance(0.4) ? .text(random.pick(Vocabulary.services)) : .none
        case "Work category": return option(["Run", "Change", "Grow"], chance: 0.7, &random)
        case "QA Owner":
            return random.chance(0.4)
                ? .text(organisation.people[random.pick(organisation.teams[issue.team].members)].name) : .none
        case "Severity":
            return isBug
                ? option(["S1 - Critical", "S2 - Major", "S3 - Minor", "S4 - Cosmetic"], chance: 1, &random) : .none
        case "Target start", "Target end":
            guard random.chance(0.15) else { return .none }
            let shift = name == "Target end" ? 21 : 3
            let day = floorDiv(organisation.zone.local(issue.created), 86_400) + shift
            return .date(organisation.zone.instant(local: day * 86_400))
        case "Cost Center": return .text("CC-44\(10 + issue.team)")
        case "Data classification": return option(["Internal", "Confidential", "Public"], chance: 0.3, &random)
        case "Feature flag":
            return random.chance(0.2) ? .text("ff_\(issue.key.lowercased().replacingDash())") : .none
        case "Rollout region": return option(["DE", "AT", "CH", "DE, AT"], chance: 0.35, &random)
        case "Root Cause":
            return isBug && done
                ? option(["Code", "Configuration", "Data", "Third party"], chance: 0.8, &random) : .none
        case "Incident ID": return isBug && random.chance(0.2) ? .text("INC-\(random.int(in: 1000...9999))") : .none
        case "Regulatory impact": return option(["Yes", "No"], chance: 0.25, &random)
        case "Release Notes":
            return done && random.chance(0.3)
                ? .text("Customers can now use the improved \(issue.summary.lowercased()).") : .none
        case "Acceptance Criteria":
            return issue.kind == .story && random.chance(0.3)
                ? .text(
                    "Given a customer, when they open the page, then they see \"\(random.pick(Vocabulary.features[issue.team]))\""
                ) : .none
        case "Flagged": return random.chance(0.03) ? .option("Impediment", id: 10_019) : .none
        case "Test coverage": return random.chance(0.2) ? .text("\(random.int(in: 40...95)).0") : .none
        default: return random.chance(0.3) ? .text("value \(random.int(in: 1...999))") : .none
        }
    }

    private func option(_ options: [String], chance: Double, _ random: inout SplitMix64) -> Value {
        guard random.chance(chance) else { return .none }
        let position = random.int(below: options.count)
        return .option(options[position], id: 10_400 + number * 10 + position)
    }
}

extension String {
    /// The text with `-` replaced by `_` (`pay-1207` → `pay_1207`).
    fileprivate func replacingDash() -> String { String(map { $0 == "-" ? "_" : $0 }) }
}
