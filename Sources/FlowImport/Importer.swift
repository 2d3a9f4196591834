import FlowModel
import Foundation

/// Reads export files into one ``Dataset``: each file's format sniffed, items merged by key.
public enum Importer {
    /// Imports `files` in order; for the same key a later file wins.
    ///
    /// - Throws: ``InputError`` naming the file and the line, record or byte of the first problem.
    public static func load(_ files: [String], options: ImportOptions = ImportOptions()) throws(InputError) -> Dataset {
        var merger = DatasetMerger()
        for file in files {
            merger.add(try loadOne(file, options: options, inputs: files))
        }
        return merger.dataset
    }

    /// The format `file` would be read as.
    public static func detect(_ file: String) throws(InputError) -> ExportFormat {
        try FormatSniffer.format(of: try readPrefix(file), file: file)
    }

    private static func loadOne(
        _ file: String, options: ImportOptions, inputs: [String] = []
    ) throws(InputError) -> Dataset {
        let format: ExportFormat
        if let forced = options.format { format = forced } else { format = try detect(file) }
        switch format {
        case .jiraCSV:
            return try JiraCSVImporter(options: options).read(file)
        case .jiraXML:
            return try JiraXMLImporter(options: options).read(file)
        case .jiraJSON:
            return try JiraJSONImporter(options: options).read(file)
        case .jiraBackup:
            return try JiraBackupImporter(options: options, inputs: inputs).read(file)
        case .transitionsCSV:
            return try TransitionsCSVImporter(options: options).read(file)
        case .stageDatesCSV:
            return try StageDatesCSVImporter(options: options).read(file)
        case .azureDevOpsCSV, .gitLabCSV, .redmineJSON, .trelloJSON, .gitHubJSON, .linearCSV:
            return try TrackerImport.read(file, format: format, options: options)
        }
    }

    private static func readPrefix(_ file: String) throws(InputError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
            throw InputError(file: file, message: "no such file")
        }
        if isDirectory.boolValue { throw InputError(file: file, message: "this is a folder; expected an export file") }
        guard let handle = FileHandle(forReadingAtPath: file) else {
            throw InputError(file: file, message: "the file cannot be read (permission denied?)")
        }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: FormatSniffer.prefixLength)) ?? nil
        return [UInt8](data ?? Data())
    }
}
