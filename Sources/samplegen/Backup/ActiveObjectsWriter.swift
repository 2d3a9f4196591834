/// Writes `activeobjects.xml`, the Active Objects half of a Jira site backup, with the two Jira
/// Software tables a flow report needs: the boards (`AO_60DB71_RAPIDVIEW`, one per team) and the
/// sprints (`AO_60DB71_SPRINT`, with their dates as milliseconds since 1970, UTC).
///
/// The layout is Active Objects' backup format: `<backup>` with the database's `<meta>` data,
/// each table's `<table>` definition (columns in alphabetical order, with their JDBC types),
/// then each table's `<data>`: the column names once, and one `<row>` per record holding one
/// typed element per column (`<integer>`, `<string>`, `<boolean>`, or `xsi:nil="true"`).
struct ActiveObjectsWriter {
    let organisation: Organisation

    /// A column: name, JDBC type (-5 BIGINT, 12 VARCHAR, 16 BOOLEAN, 2005 CLOB), precision, primary key.
    private typealias Column = (name: String, sqlType: Int, precision: Int, primaryKey: Bool)

    private static let boardColumns: [Column] = [
        ("CARD_COLOR_STRATEGY", 12, 255, false), ("ID", -5, 19, true), ("NAME", 12, 255, false),
        ("OWNER_USER_NAME", 12, 255, false), ("SAVED_FILTER_ID", -5, 19, false),
        ("SHOW_DAYS_IN_COLUMN", 16, 1, false), ("SPRINTS_ENABLED", 16, 1, false),
        ("SWIMLANE_STRATEGY", 12, 255, false),
    ]

    private static let sprintColumns: [Column] = [
        ("ACTIVATED_DATE", -5, 19, false), ("CLOSED", 16, 1, false), ("COMPLETE_DATE", -5, 19, false),
        ("END_DATE", -5, 19, false), ("GOAL", 2005, 2_147_483_647, false), ("ID", -5, 19, true),
        ("NAME", 12, 255, false), ("RAPID_VIEW_ID", -5, 19, false), ("SEQUENCE", -5, 19, false),
        ("STARTED", 16, 1, false), ("START_DATE", -5, 19, false),
    ]

    /// One cell of a row.
    private enum Cell {
        case integer(Int?)
        case string(String?)
        case boolean(Bool)
    }

    func write(to file: inout OutputFile) {
        file.write(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <backup xmlns="http://www.atlassian.com/ao" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                <database>
                    <meta key="database.name" value="PostgreSQL"/>
                    <meta key="database.version" value="15.6"/>
                    <meta key="database.minorVersion" value="6"/>
                    <meta key="database.majorVersion" value="15"/>
                    <meta key="driver.name" value="PostgreSQL JDBC Driver"/>
                    <meta key="driver.version" value="42.7.3"/>
                </database>

            """)
        writeTable("AO_60DB71_RAPIDVIEW", Self.boardColumns, to: &file)
        writeTable("AO_60DB71_SPRINT", Self.sprintColumns, to: &file)
        let boards: [[Cell]] = organisation.teams.enumerated().map { index, team in
            [
                .string("none"), .integer(index + 1), .string("\(team.key) board"),
                .string(BackupUsers.userName(organisation.people[team.lead])), .integer(10_100 + index),
                .boolean(true), .boolean(true), .string("custom"),
            ]
        }
        writeData("AO_60DB71_RAPIDVIEW", Self.boardColumns, rows: boards, to: &file)
        let now = organisation.exportTime
        let sprints: [[Cell]] = organisation.sprints.map { sprint in
            let started = sprint.start <= now
            return [
                .integer(started ? sprint.start * 1000 : nil), .boolean(sprint.completed != nil),
                .integer(sprint.completed.map { $0 * 1000 }), .integer(sprint.end * 1000), .string(nil),
                .integer(sprint.id), .string(sprint.name), .integer(sprint.team + 1), .integer(sprint.id),
                .boolean(started), .integer(sprint.start * 1000),
            ]
        }
        writeData("AO_60DB71_SPRINT", Self.sprintColumns, rows: sprints, to: &file)
        file.write("</backup>\n")
    }

    private func writeTable(_ name: String, _ columns: [Column], to file: inout OutputFile) {
        file.write("    <table name=\"\(name)\">\n")
        for column in columns {
            file.write("        <column name=\"\(column.name)\" primaryKey=\"\(column.primaryKey)\" ")
            file.write("autoIncrement=\"\(column.primaryKey)\" sqlType=\"\(column.sqlType)\" ")
            file.write("precision=\"\(column.precision)\"/>\n")
        }
        file.write("    </table>\n")
    }

    private func writeData(_ name: String, _ columns: [Column], rows: [[Cell]], to file: inout OutputFile) {
        file.write("    <data tableName=\"\(name)\">\n")
        for column in columns { file.write("        <column name=\"\(column.name)\"/>\n") }
        for row in rows {
            file.write("        <row>\n")
            for cell in row {
                file.write("            ")
                switch cell {
                case .integer(let value?):
                    file.write("<integer>")
                    file.write(number: value)
                    file.write("</integer>")
                case .integer(nil): file.write("<integer xsi:nil=\"true\"/>")
                case .string(let value?):
                    file.write("<string>")
                    file.writeXMLText(value)
                    file.write("</string>")
                case .string(nil): file.write("<string xsi:nil=\"true\"/>")
                case .boolean(let value): file.write("<boolean>\(value)</boolean>")
                }
                file.write("\n")
            }
            file.write("        </row>\n")
        }
        file.write("    </data>\n")
    }
}
