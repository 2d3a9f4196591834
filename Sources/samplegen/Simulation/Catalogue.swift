/// The fixed cast of the simulation: teams, people and the words their issues are made of.
enum Catalogue {
    /// Names of everyone on the site; the first fifteen are the three teams' members.
    static let peopleNames = [
        "Amara Okafor", "Jonas Weber", "Lena Fischer", "Mateo García", "Priya Raman",
        "Sofia Rossi", "Tobias Keller", "Hannah Schmidt", "Yusuf Demir", "Chloé Martin",
        "Noah Becker", "Mia Hoffmann", "Ravi Patel", "Elif Yılmaz", "Lukas Wagner",
        "Grace O'Neill", "Daniel Kim", "Ines Duarte",
    ]

    /// Product owners and managers who report issues but are on no team.
    static let reporters = [15, 16, 17]

    /// Builds the three teams; `ids` supplies the Atlassian team ids.
    static func teams(ids: [String]) -> [Team] {
        [
            Team(
                key: "PAY", name: "Payments", projectID: "10020",
                projectDescription: "Quotes, premiums, billing and payment providers for the dental plans.",
                lead: 15, members: [0, 1, 2, 3, 4], components: ["Quotes", "Billing", "Payment Gateway"],
                favouriteLabels: ["payments", "pci"], firstSprintNumber: 12, sprintStartOffset: 0,
                versionPrefix: "Quote Engine 4.", firstIssueNumber: 1184, setsResolution: true, teamID: ids[0]),
            Team(
                key: "ONB", name: "Onboarding", projectID: "10021",
                projectDescription: "Sign-up, identity checks and the first weeks of a new policyholder.",
                lead: 16, members: [5, 6, 7, 8, 9], components: ["Marketing", "Sign-up", "Identity"],
                favouriteLabels: ["onboarding", "growth"], firstSprintNumber: 31, sprintStartOffset: 2,
                versionPrefix: "Welcome App 2.", firstIssueNumber: 402, setsResolution: true, teamID: ids[1]),
            Team(
                key: "CLM", name: "Claims", projectID: "10022",
                projectDescription: "Claims, dentist appointments and documents for existing customers.",
                lead: 17, members: [10, 11, 12, 13, 14], components: ["Claims", "Appointments", "Documents"],
                favouriteLabels: ["claims", "dentists"], firstSprintNumber: 5, sprintStartOffset: 7,
                versionPrefix: "Claims Portal 1.", firstIssueNumber: 873, setsResolution: false, teamID: ids[2]),
        ]
    }

    /// Labels any team may use.
    static let sharedLabels = [
        "mobile", "web", "api", "customer-reported", "quick-win", "accessibility", "performance", "compliance",
        "tech-debt", "ux",
    ]

    /// Relative frequency of each team's issues.
    static let teamWeights = [40, 30, 30]
}
