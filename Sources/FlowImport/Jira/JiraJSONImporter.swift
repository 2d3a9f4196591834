import FlowModel
import Foundation

/// Reads Jira REST JSON: a page of `/rest/api/2|3/search` (with `expand=changelog`, and `names` when
/// asked for), one issue from `/rest/api/2|3/issue/KEY?expand=changelog`, a bare array of issues, the
/// `/rest/api/2/status` list (status categories; no items) or a board configuration (a note; no items).
///
/// The file is streamed through ``JSONReader``: descriptions, comments, rendered fields and avatars are
/// skipped without being decoded, and strings are made only for the values kept. Several pages given as
/// several files are merged by ``Importer``.
struct JiraJSONImporter {
    let options: ImportOptions

    /// The `source` of the items this importer makes.
    static let source = "jira-json"

    func read(_ file: String) throws(InputError) -> Dataset {
        var reader = try JSONReader(path: file, file: file)
        if let progress = options.progress {
            reader.progress = { read, total in progress(file, read, total) }
        }
        var parser = JiraJSONParser(
            reader: reader, clock: LocalClock(timeZone: options.timeZone), lenient: options.lenient)
        try parser.readDocument()
        return parser.dataset(file: file)
    }
}
