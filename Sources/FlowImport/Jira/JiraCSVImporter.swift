import Foundation
import FlowModel

/// Reads Jira's CSV export ("all fields" or "current fields") into work items.
struct JiraCSVImporter {
    let options: ImportOptions

    func read(_ file: String) throws(InputError) -> Dataset {
        throw InputError(file: file, message: "the Jira CSV importer is being written")
    }
}
