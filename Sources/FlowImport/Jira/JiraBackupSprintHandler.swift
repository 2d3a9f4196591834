import FlowModel
import Foundation

/// Reads the sprints (`AO_60DB71_SPRINT`: id, name, state, start, end and completion dates) out of a Jira
/// backup's `activeobjects.xml`, skipping every other plugin table.
///
/// A table's data is `<data tableName=…>`: first one `<column name=…/>` per column, then `<row>`s holding
/// one typed value per column in that order (`<integer>`, `<string>`, `<boolean>`; `xsi:nil="true"` for
/// null). Dates are milliseconds since 1970 UTC.
struct JiraBackupSprintHandler: XMLStreamHandler {
    typealias Name = JiraBackupSprintName

    /// The table Jira Software keeps its sprints in.
    static let table = "AO_60DB71_SPRINT"

    let file: String
    /// The sprints read, by id.
    private(set) var sprints: [Int: Sprint] = [:]
    /// Whether the file has the sprint table at all.
    private(set) var sawTable = false

    private var depth = 0
    private var inTable = false
    private var columns: [String] = []
    /// The row being read: its values by column name (`nil` for null), and the next value's position.
    private var values: [String: String?] = [:]
    private var cell = 0
    private var capturing = false
    private var isNull = false
    private var captured: [UInt8] = []

    init(file: String) {
        self.file = file
    }

    var wantsText: Bool { capturing }

    mutating func startElement(_ element: XMLStartTag<Name>) throws(InputError) {
        depth += 1
        switch depth {
        case 1:
            guard element.name == .backup else {
                throw InputError(
                    file: file, position: .line(element.line, column: nil),
                    message: JiraBackupProblem.notActiveObjects(found: element.qualifiedName).message)
            }
        case 2:
            inTable = element.name == .data && element.attribute(.tableName, is: Self.table)
            if inTable {
                sawTable = true
                columns = []
            }
        case 3 where inTable:
            if element.name == .column, let name = element.attribute(.name) { columns.append(name) }
            if element.name == .row {
                values = [:]
                cell = 0
            }
        case 4 where inTable:
            capturing = true
            isNull = element.attribute(.isNil, is: "true")
        default:
            break
        }
    }

    mutating func text(_ text: XMLText) throws(InputError) {
        captured.append(contentsOf: text.bytes)
    }

    mutating func endElement(_ name: Name?, line: Int) throws(InputError) {
        defer { depth -= 1 }
        guard inTable else { return }
        if depth == 4 {
            if cell < columns.count {
                values[columns[cell]] = isNull ? String?.none : XMLText.trimmedString(captured)
            }
            cell += 1
            capturing = false
            captured.removeAll(keepingCapacity: true)
        } else if depth == 3 && name == .row {
            keepRow()
        } else if depth == 2 {
            inTable = false
        }
    }

    /// Keeps the row just read as a sprint, when it has an id and a name.
    private mutating func keepRow() {
        guard let id = value("ID").flatMap({ Int($0) }), let name = value("NAME"), !name.isEmpty else { return }
        let state: String =
            value("CLOSED") == "true" ? "closed" : value("STARTED") == "true" ? "active" : "future"
        sprints[id] = Sprint(
            id: String(id), name: name, state: state, start: date("START_DATE"), end: date("END_DATE"),
            completed: date("COMPLETE_DATE"))
    }

    private func value(_ column: String) -> String? {
        values[column] ?? nil
    }

    /// A date column's value, milliseconds since 1970 UTC; `nil` when null, absent or not a whole number.
    private func date(_ column: String) -> Date? {
        guard let text = value(column), let milliseconds = Int64(text) else { return nil }
        return Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }
}
