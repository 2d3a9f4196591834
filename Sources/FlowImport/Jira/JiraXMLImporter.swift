import Foundation
import FlowModel

/// Reads Jira's XML (RSS) search export into work items, streaming with libxml2.
struct JiraXMLImporter {
    let options: ImportOptions

    func read(_ file: String) throws(InputError) -> Dataset {
        throw InputError(file: file, message: "the Jira XML importer is being written")
    }
}
