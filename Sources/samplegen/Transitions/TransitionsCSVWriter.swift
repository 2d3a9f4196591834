/// Writes every issue's status history as a transitions CSV —
/// `key,from,to,at,type,created,title,team,resolution,status category`,
/// one row per status change, the creation included (empty `from`) — the generic history export a
/// script over any tracker's API would write. Times are ISO 8601 with the organisation's offset;
/// rows are in time order across all issues (creation order for the same instant). The item columns are
/// the issue's as exported, on each of its rows: its resolution is the current one (empty while
/// unresolved), which tells a discarded Done item (`Won't Do`, `Duplicate`) from a delivered one, and its
/// status category that of its current status.
struct TransitionsCSVWriter {
    let organisation: Organisation

    static let header = "key,from,to,at,type,created,title,team,resolution,status category"

    func write(to file: inout OutputFile) -> Int {
        file.write(Self.header)
        file.write(byte: 10)
        var rows: [(at: Int, issue: Int32, change: Int32)] = []
        rows.reserveCapacity(organisation.issues.count * 8)
        for issue in organisation.issues {
            for (position, change) in issue.history.enumerated() {
                rows.append((change.at, Int32(issue.index), Int32(position)))
            }
        }
        rows.sort { ($0.at, $0.issue, $0.change) < ($1.at, $1.issue, $1.change) }
        let zone = organisation.zone
        for row in rows {
            let issue = organisation.issues[Int(row.issue)]
            let change = issue.history[Int(row.change)]
            file.write(issue.key)
            file.write(byte: UInt8(ascii: ","))
            if let from = change.from { file.writeCSVCell(from.name) }
            file.write(byte: UInt8(ascii: ","))
            file.writeCSVCell(change.to.name)
            file.write(byte: UInt8(ascii: ","))
            file.writeISODate(change.at, zone: zone)
            file.write(byte: UInt8(ascii: ","))
            file.writeCSVCell(issue.kind.name)
            file.write(byte: UInt8(ascii: ","))
            file.writeISODate(issue.created, zone: zone)
            file.write(byte: UInt8(ascii: ","))
            file.writeCSVCell(issue.summary)
            file.write(byte: UInt8(ascii: ","))
            file.writeCSVCell(organisation.teams[issue.team].name)
            file.write(byte: UInt8(ascii: ","))
            if let resolution = issue.resolution { file.writeCSVCell(resolution.name) }
            file.write(byte: UInt8(ascii: ","))
            file.write(issue.status.category.rawValue)
            file.write(byte: 10)
        }
        return rows.count
    }
}
