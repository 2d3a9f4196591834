/// Writes the organisation as Jira Cloud's REST search responses with the change log
/// (`/rest/api/2/search?jql=…+ORDER+BY+created+DESC&expand=changelog,names,schema`): pages of
/// `pageSize` issues, newest first, `page-001.json`, `page-002.json`…, or — with a page size
/// of 0 — every issue in one `search.json`.
///
/// Each page is compact JSON as Jira sends it, except for a line break after each issue (which
/// keeps files diffable and error positions short). Histories are newest first, as Jira Cloud
/// returns them; times carry the organisation's offset (`2026-11-20T16:45:00.000+0100`).
struct JiraJSONWriter {
    let organisation: Organisation
    let changeLog: ChangeLog
    /// Issues per page; 0 for one page with every issue.
    let pageSize: Int

    /// Every issue's sub-tasks, by issue index.
    var subtasks: [[Int]] {
        var children = [[Int]](repeating: [], count: organisation.issues.count)
        for issue in organisation.issues { if let parent = issue.parent { children[parent].append(issue.index) } }
        return children
    }

    /// The pages as (file name, issue indexes newest first).
    var pages: [(name: String, issues: [Int])] {
        let newestFirst = Array(organisation.issues.indices.reversed())
        guard pageSize > 0 else { return [("search.json", newestFirst)] }
        return stride(from: 0, to: max(newestFirst.count, 1), by: pageSize).enumerated().map { number, start in
            let digits = String(number + 1)
            let name = "page-" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits + ".json"
            return (name, Array(newestFirst[start..<min(start + pageSize, newestFirst.count)]))
        }
    }

    /// Writes one page: the issues at `issues`, which start at `startAt` in the whole result;
    /// `children` holds every issue's sub-tasks (see ``subtasks``).
    func writePage(_ issues: [Int], startAt: Int, children: [[Int]], to file: inout OutputFile) {
        file.write("{\"expand\":\"schema,names\",\"startAt\":")
        file.write(number: startAt)
        file.write(",\"maxResults\":")
        file.write(number: pageSize > 0 ? pageSize : organisation.issues.count)
        file.write(",\"total\":")
        file.write(number: organisation.issues.count)
        file.write(",\"issues\":[\n")
        for (position, index) in issues.enumerated() {
            if position > 0 { file.write(",\n") }
            JSONIssue(
                issue: organisation.issues[index], organisation: organisation, changeLog: changeLog,
                subtasks: children[index]
            ).write(to: &file)
        }
        file.write("\n],")
        JSONFieldCatalogue.writeNames(to: &file)
        file.write(",")
        JSONFieldCatalogue.writeSchema(to: &file)
        file.write("}\n")
    }
}
