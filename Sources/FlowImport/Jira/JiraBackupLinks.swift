/// Values other rows give an issue, by issue position.
struct JiraBackupLinks {
    var parents: [String?]
    var epics: [String?]
    var labels: [[String]]
    var components: [[String]]
    var fixVersions: [[String]]

    init(count: Int) {
        parents = Array(repeating: nil, count: count)
        epics = Array(repeating: nil, count: count)
        labels = Array(repeating: [], count: count)
        components = Array(repeating: [], count: count)
        fixVersions = Array(repeating: [], count: count)
    }
}
