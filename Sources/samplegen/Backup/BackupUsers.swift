/// The site's users as a Jira Data Center backup names them: a user key (`JIRAUSER10000`),
/// which is what issues and change groups refer to, and a user name (`amara.okafor`).
enum BackupUsers {
    /// The user key of person `index`.
    static func key(_ index: Int) -> String { "JIRAUSER\(10_000 + index)" }

    /// `grace.oneill` for "Grace O'Neill": lowercase, a dot between names, only letters kept.
    static func userName(_ person: Person) -> String {
        person.name.lowercased().split(separator: " ").map { $0.filter(\.isLetter) }.joined(separator: ".")
    }

    /// `ApplicationUser` rows, one per person.
    static func writeApplicationUsers(_ organisation: Organisation, to file: inout OutputFile) {
        for (index, person) in organisation.people.enumerated() {
            var element = BackupElement("ApplicationUser", file: &file)
            element.attribute("id", number: 10_000 + index, file: &file)
            element.attribute("userKey", key(index), file: &file)
            element.attribute("lowerUserName", userName(person), file: &file)
            element.close(file: &file)
        }
    }

    /// `User` rows (the directory's), with the credential redacted.
    static func writeUsers(_ organisation: Organisation, to file: inout OutputFile) {
        let created = organisation.periodStart - 400 * 86_400
        for (index, person) in organisation.people.enumerated() {
            let name = userName(person)
            let parts = person.name.split(separator: " ", maxSplits: 1).map(String.init)
            let email = name + "@smilemutual.example"
            var element = BackupElement("User", file: &file)
            element.attribute("id", number: 10_000 + index, file: &file)
            element.attribute("directoryId", number: 1, file: &file)
            element.attribute("userName", name, file: &file)
            element.attribute("lowerUserName", name, file: &file)
            element.attribute("active", number: 1, file: &file)
            element.attribute("createdDate", date: created, zone: organisation.zone, file: &file)
            element.attribute("updatedDate", date: created, zone: organisation.zone, file: &file)
            element.attribute("firstName", parts.first ?? "", file: &file)
            element.attribute("lowerFirstName", (parts.first ?? "").lowercased(), file: &file)
            element.attribute("lastName", parts.last ?? "", file: &file)
            element.attribute("lowerLastName", (parts.last ?? "").lowercased(), file: &file)
            element.attribute("displayName", person.name, file: &file)
            element.attribute("lowerDisplayName", person.name.lowercased(), file: &file)
            element.attribute("emailAddress", email, file: &file)
            element.attribute("lowerEmailAddress", email, file: &file)
            element.attribute("credential", "[REDACTED]", file: &file)
            element.attribute("deletedExternally", number: 0, file: &file)
            element.attribute("externalId", person.accountID, file: &file)
            element.close(file: &file)
        }
    }
}
