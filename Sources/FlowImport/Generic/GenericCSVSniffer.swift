import Foundation

/// Tells a transitions CSV or a stage-dates CSV from a Jira CSV export by its header (and, for stage
/// dates, its first row), from the first bytes of the file as text.
enum GenericCSVSniffer {
    /// `.transitionsCSV` when the header names the key, `from`, `to` and time columns; `.stageDatesCSV`
    /// when it starts with an id column, has stage columns, names no Jira key column and the first row's
    /// stage cells that are not blank are all dates; `nil` otherwise (a Jira CSV, or unknown).
    static func format(of text: String) -> ExportFormat? {
        let records = firstRecords(of: text, count: 2)
        guard let names = records.first else { return nil }
        if TransitionsCSVHeader(names: names).isComplete { return .transitionsCSV }
        let header = StageDatesCSVHeader(names: names)
        guard header.problem == nil, header.id == 0, records.count > 1,
            !names.contains(where: { HeaderAliases.meaning(of: $0) == .column(.key) })
        else { return nil }
        let row = records[1]
        let cells = header.stages.map { $0 < row.count ? row[$0].trimmingCharacters(in: .whitespaces) : "" }
        let filled = cells.filter { !$0.isEmpty }
        guard !filled.isEmpty, filled.allSatisfy({ DateTextParser.parse($0) != nil }) else { return nil }
        return .stageDatesCSV
    }

    /// The first `count` records of CSV `text` (RFC 4180 quoting; `,`, `;` or tab, whichever the first
    /// line has most of), each as its cells. A record cut off by the end of the text is left out.
    static func firstRecords(of text: String, count: Int) -> [[String]] {
        let bytes = Array(text.utf8)
        let delimiter = CSVReader.guessDelimiter(bytes)
        var records: [[String]] = []
        var cells: [String] = []
        var cell: [UInt8] = []
        var quoted = false
        var index = 0
        while index < bytes.count && records.count < count {
            let byte = bytes[index]
            index += 1
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if index < bytes.count && bytes[index] == UInt8(ascii: "\"") {
                        cell.append(byte)
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    cell.append(byte)
                }
            } else if byte == UInt8(ascii: "\"") && cell.isEmpty {
                quoted = true
            } else if byte == delimiter {
                cells.append(String(decoding: cell, as: UTF8.self))
                cell.removeAll()
            } else if byte == 0x0A || byte == 0x0D {
                if byte == 0x0D && index < bytes.count && bytes[index] == 0x0A { index += 1 }
                cells.append(String(decoding: cell, as: UTF8.self))
                cell.removeAll()
                if !cells.allSatisfy({ $0.isEmpty }) { records.append(cells) }
                cells.removeAll()
            } else {
                cell.append(byte)
            }
        }
        return records
    }
}
