/// The members of an issue's `fields` that the importer reads, looked up by their bytes.
enum JiraJSONField: String, CaseIterable {
    case summary
    case issuetype
    case status
    case project
    case created
    case updated
    case resolutiondate
    case statuscategorychangedate
    case resolution
    case assignee
    case reporter
    case priority
    case labels
    case components
    case fixVersions
    case parent

    /// Every case with its name's UTF-8 bytes.
    private static let names: [(bytes: [UInt8], field: JiraJSONField)] = allCases.map { (Array($0.rawValue.utf8), $0) }

    /// The field named by `name` (UTF-8); `nil` for the fields the importer does not read.
    init?(name: UnsafeBufferPointer<UInt8>) {
        for entry in Self.names where entry.bytes.count == name.count && entry.bytes.elementsEqual(name) {
            self = entry.field
            return
        }
        return nil
    }
}
