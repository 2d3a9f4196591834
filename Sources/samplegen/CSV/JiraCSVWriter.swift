/// Writes the organisation as Jira Cloud's "Export CSV (all fields)": UTF-8 without BOM, LF
/// line endings, RFC 4180 quoting, dates in the default `dd/MMM/yy h:mm a` format as wall-clock
/// times with no zone, newest issue first.
struct JiraCSVWriter {
    let organisation: Organisation
    let layout: CSVLayout

    func write(to file: inout OutputFile) {
        for (position, column) in layout.columns.enumerated() {
            if position > 0 { file.write(byte: UInt8(ascii: ",")) }
            file.writeCSVCell(column.header(extras: layout.extras))
        }
        file.write(byte: 10)
        for issue in organisation.issues.reversed() {
            let row = CSVRow(issue: issue, organisation: organisation, extras: layout.extras)
            for (position, column) in layout.columns.enumerated() {
                if position > 0 { file.write(byte: UInt8(ascii: ",")) }
                row.writeCell(column, to: &file)
            }
            file.write(byte: 10)
        }
    }
}
