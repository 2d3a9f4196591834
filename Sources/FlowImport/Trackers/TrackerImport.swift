import FlowModel

/// The one door to the importers of trackers other than Jira, for ``Importer``.
enum TrackerImport {
    /// Reads `file` as `format`, which must be one of the formats of this folder.
    static func read(_ file: String, format: ExportFormat, options: ImportOptions) throws(InputError) -> Dataset {
        switch format {
        case .azureDevOpsCSV: try AzureDevOpsCSVImporter(options: options).read(file)
        case .gitLabCSV: try GitLabCSVImporter(options: options).read(file)
        case .linearCSV: try LinearCSVImporter(options: options).read(file)
        case .redmineJSON: try RedmineJSONImporter(options: options).read(file)
        case .trelloJSON: try TrelloJSONImporter(options: options).read(file)
        case .gitHubJSON: try GitHubJSONImporter(options: options).read(file)
        default: throw InputError(file: file, message: "\(format.displayName) is not an export of this folder")
        }
    }
}
