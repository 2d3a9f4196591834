import FlowMapping
import FlowModel
import Foundation
import Testing

@testable import FlowReport

/// `ItemLines` renders the rows of `items[]` and `items.csv` in chunks on two threads. Whatever the threads do,
/// the bytes must be exactly those of writing the rows one after the other, for one chunk, several, a last chunk
/// that is not full, and for the JSON and the CSV written alone or together. The JSON is compared with the items
/// written member by member through the general JSON writer, and the CSV with the rows written cell by cell, which
/// ``ItemLine`` must equal.
@Suite struct ItemLinesTests {
    /// The stages of ``ItemRowViewTests``: Backlog, Development, Review, Done, Discarded.
    static let stream = ItemRowViewTests.stream

    static func d(_ days: Double) -> Date { ItemRowViewTests.d(days) }

    /// `count` items, every fourth one with history, the others without; statuses, titles (some needing escapes
    /// in both files) and dates vary with the position, so that a row out of place shows.
    static func report(items count: Int) -> Report {
        let statuses = ["Open", "In Progress", "In Review", "Done", "Cancelled"]
        let items = (0..<count).map { index -> WorkItem in
            let created = d(Double(index % 97) / 4)
            let status = statuses[index % statuses.count]
            let history =
                index % 4 == 0
                ? [
                    StatusChange(at: created.addingTimeInterval(3_600), from: "Open", to: "In Progress"),
                    StatusChange(at: created.addingTimeInterval(90_000), from: "In Progress", to: status),
                ] : []
            return WorkItem(
                key: "PAY-\(index + 1)", title: index % 7 == 0 ? "=\"Quote\", comma \(index)" : "Item \(index)",
                type: index % 3 == 0 ? "Bug" : "Story", status: status, project: "PAY", created: created,
                resolved: status == "Done" && history.isEmpty ? created.addingTimeInterval(200_000) : nil,
                history: history, source: history.isEmpty ? "test-csv" : "test-history")
        }
        let dataset = Dataset(
            items: items,
            sources: [
                SourceSummary(file: "a.json", format: "test-history", formatName: "History", items: 1, history: .full),
                SourceSummary(file: "b.csv", format: "test-csv", formatName: "Snapshot", items: 1, history: .none),
            ])
        let mapper = Mapper(valueStream: stream)
        let names = mapper.stageMap(for: dataset).stages.map(\.name)
        let stages = ItemRowStages(names: names)
        let rows = mapper.map(dataset, asOf: d(40)).map { ItemRow(flow: $0, stages: stages) }
        return Report(
            title: "Lines", generatedAt: d(40),
            window: ReportWindow(from: Day(ordinal: 20_394), to: Day(ordinal: 20_400), timeZone: "UTC"),
            history: .partial, sources: dataset.sources, summary: ReportFixture.summary, items: rows,
            stageNames: names)
    }

    /// The elements of `items[]` written one row after the other on this thread, inside `[` … `]`, member by
    /// member through the general JSON writer (``ReferenceItemJSON``).
    static func sequentialJSON(_ report: Report) -> String {
        var json = JSONWriter()
        json.array { json in
            let keys = ItemKeys(stageNames: report.stageNames)
            for row in report.items {
                let fields = row.fields
                ReferenceItemJSON.write(fields, stageEntries: fields.stageEntries, keys: keys, to: &json)
            }
        }
        return json.output
    }

    /// The rows of `items.csv`, without the header, written one after the other on this thread, cell by cell
    /// (``ReferenceItemCSV``).
    static func sequentialCSV(_ report: Report) -> String {
        let output = OutputBuffer()
        var days = ItemsCSVRenderer.localDays(report)
        for row in report.items {
            let fields = row.fields
            ReferenceItemCSV.write(
                fields, stageEntries: fields.stageEntries, stageCount: report.stageNames.count, days: &days,
                to: output)
        }
        return output.text
    }

    static func chunkedJSON(_ report: Report, csv: OutputBuffer? = nil) -> String {
        var json = JSONWriter()
        json.array { json in ItemLines(report).write(json: &json, csv: csv) }
        return json.output
    }

    @Test(arguments: [0, 1, 5, ItemLines.rowsPerChunk, ItemLines.rowsPerChunk + 1, 3 * ItemLines.rowsPerChunk + 17])
    func chunksGiveTheBytesOfWritingTheRowsInOrder(count: Int) {
        let report = Self.report(items: count)
        #expect(report.items.count == count)
        let expectedJSON = Self.sequentialJSON(report)
        let expectedCSV = Self.sequentialCSV(report)
        // JSON alone, CSV alone, and both together.
        #expect(Self.chunkedJSON(report) == expectedJSON)
        let csvAlone = OutputBuffer()
        ItemLines(report).write(csv: csvAlone)
        #expect(csvAlone.text == expectedCSV)
        let csvBeside = OutputBuffer()
        #expect(Self.chunkedJSON(report, csv: csvBeside) == expectedJSON)
        #expect(csvBeside.text == expectedCSV)
        // One line per item in each, in key order.
        let csvLines = expectedCSV.split(separator: "\r\n")
        #expect(csvLines.count == count)
        if count > 0 {
            #expect(csvLines.first?.hasPrefix("PAY-1,") == true)
            #expect(csvLines.last?.hasPrefix("PAY-\(count),") == true)
            #expect(expectedJSON.hasPrefix("[\n  {\"key\": \"PAY-1\", "))
            #expect(expectedJSON.split(separator: "\n").count == count + 2)
        } else {
            #expect(expectedJSON == "[]")
        }
    }

    @Test func theFilesTheWriterStreamsEqualTheRenderedText() throws {
        let report = Self.report(items: 2 * ItemLines.rowsPerChunk + 5)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("streamgauge-lines-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        // Both files together (one pass over the rows), and each alone.
        try ReportWriter(formats: [.json, .csv]).write(report, to: folder)
        let json = try String(contentsOf: folder.appendingPathComponent("report.json"), encoding: .utf8)
        let csv = try String(contentsOf: folder.appendingPathComponent("items.csv"), encoding: .utf8)
        #expect(json == JSONRenderer().render(report))
        #expect(csv == ItemsCSVRenderer().render(report))
        #expect(csv.hasPrefix("key,title,type,flowItem,team,status,stage,outcome,source,created,"))
        #expect(csv.hasSuffix(Self.sequentialCSV(report)))
        try ReportWriter(formats: [.csv]).write(report, to: folder)
        #expect(try String(contentsOf: folder.appendingPathComponent("items.csv"), encoding: .utf8) == csv)
        try ReportWriter(formats: [.json, .html]).write(report, to: folder)
        #expect(try String(contentsOf: folder.appendingPathComponent("report.json"), encoding: .utf8) == json)
    }

    @Test func aContinuationLaysOutElementsAsTheWriterWould() {
        // [1, {"a": 2}, "x"] with the second and third elements rendered by a continuation.
        var direct = JSONWriter()
        direct.object { json in
            json.array("list") { json in
                json.int(1)
                json.object { json in json.field("a", 2) }
                json.string("x")
            }
        }
        var split = JSONWriter()
        split.object { json in
            json.array("list") { json in
                json.int(1)
                let elsewhere = OutputBuffer()
                var continuation = json.continuation(into: elsewhere, first: false)
                continuation.object { json in json.field("a", 2) }
                continuation.string("x")
                json.sink.append(contentsOf: elsewhere)
                json.continued(withElements: true)
                #expect(elsewhere.count == 0)
            }
        }
        #expect(split.output == direct.output)
        // The first element of an array has no comma before it.
        var first = JSONWriter()
        first.array { json in
            let elsewhere = OutputBuffer()
            var continuation = json.continuation(into: elsewhere, first: true)
            continuation.int(7)
            json.sink.append(contentsOf: elsewhere)
            json.continued(withElements: true)
        }
        #expect(first.output == "[\n  7\n]")
    }

    @Test func theRenderersReadOfARowEqualsItsFields() {
        let report = Self.report(items: 40)
        // One scratch list for all rows, as the renderers use it.
        var entries: [Date?] = [Date?](repeating: Self.d(99), count: 9)
        for row in report.items {
            var fields = row.fields(stageNames: report.stageNames, entries: &entries)
            #expect(fields.stageEntries.isEmpty)
            #expect(entries == row.stageEntries, "\(row.key)")
            fields.stageEntries = entries
            #expect(fields == row.fields, "\(row.key)")
        }
    }
}

/// ``ItemLine`` writes an item's JSON element and CSV row in one pass; their bytes must be those of the general JSON
/// writer, member by member, and of the CSV cells written one by one, whether the two are written together or
/// either alone.
@Suite struct ItemLineTests {
    /// `row` written by ``ItemLine`` as the only element of a JSON array and as a CSV row, each when asked for.
    static func written(
        _ row: ItemRowFields, stageNames: [String], json writesJSON: Bool = true, csv writesCSV: Bool = true
    ) -> (json: String?, csv: String?) {
        let line = ItemLine(stageNames: stageNames)
        var memos = ItemLineMemos()
        var days = LocalDays(clock: LocalClock(timeZone: TimeZone(identifier: "UTC")!))
        let csv = writesCSV ? OutputBuffer() : nil
        guard writesJSON else {
            var none: JSONWriter? = nil
            line.write(row, stageEntries: row.stageEntries, memos: &memos, days: &days, json: &none, csv: csv)
            return (nil, csv?.text)
        }
        var json = JSONWriter()
        json.array { json in
            var element: JSONWriter? = json
            line.write(row, stageEntries: row.stageEntries, memos: &memos, days: &days, json: &element, csv: csv)
            json = element!
        }
        return (json.output, csv?.text)
    }

    /// `row` written by the references: member by member, cell by cell.
    static func reference(_ row: ItemRowFields, stageNames: [String]) -> (json: String, csv: String) {
        var json = JSONWriter()
        json.array { json in
            ReferenceItemJSON.write(
                row, stageEntries: row.stageEntries, keys: ItemKeys(stageNames: stageNames), to: &json)
        }
        let csv = OutputBuffer()
        var days = LocalDays(clock: LocalClock(timeZone: TimeZone(identifier: "UTC")!))
        ReferenceItemCSV.write(
            row, stageEntries: row.stageEntries, stageCount: stageNames.count, days: &days, to: csv)
        return (json.output, csv.text)
    }

    @Test func oneItemEqualsTheMemberByMemberAndCellByCellWriting() throws {
        // Stage names and values that need escapes, every kind of null, a number of full precision, and fewer
        // stage entries than stages (the missing one is null).
        let stageNames = ["To \"Do\"", "In\tProgress", "Готово"]
        let row = ItemRow(
            key: "PAY-7", title: "Line\nbreak \\ \u{1} \u{2028} <b>", type: "Story", flowItem: "Feature",
            team: "Payments", status: "Done", stage: "Готово", outcome: .delivered, source: "jira-json",
            created: Date(timeIntervalSince1970: 1_790_000_000.25), started: nil,
            done: Date(timeIntervalSince1970: 1_790_600_000), flowTimeDays: nil, leadTimeDays: 6.944441,
            activeDays: 0.1 + 0.2, waitDays: .nan, stageEntries: [nil, Date(timeIntervalSince1970: 1_790_100_000)],
            skippedFlow: true
        ).fields
        let (json, csv) = Self.written(row, stageNames: stageNames)
        let reference = Self.reference(row, stageNames: stageNames)
        #expect(json == reference.json)
        #expect(csv == reference.csv)
        #expect(Self.written(row, stageNames: stageNames, csv: false).json == reference.json)
        #expect(Self.written(row, stageNames: stageNames, json: false).csv == reference.csv)
        let output = try #require(json)
        #expect(output.contains(#""title": "Line\nbreak \\ \u0001 \u2028 <b>""#))
        #expect(output.contains(#""activeDays": 0.30000000000000004, "waitDays": null"#))
        #expect(output.contains(#""stageEntries": {"To \"Do\"": null, "In\tProgress": "#))
        #expect(output.hasSuffix(#", "Готово": null}}"# + "\n]"))
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
        #expect(parsed.first?["created"] as? String == "2026-09-21T14:13:20.250Z")
        #expect(
            csv
                == "PAY-7,\"Line\nbreak \\ \u{1} \u{2028} <b>\",Story,Feature,Payments,Done,Готово,delivered,jira-json,"
                + "2026-09-21T14:13:20.250Z,,2026-09-28T12:53:20Z,,6.944441,0.30000000000000004,,,2026-09-22,\r\n")
    }

    @Test func textPlainInOneFileOnlyIsEscapedForTheOther() {
        // A comma is plain in JSON but quoted in CSV; a leading `=` plain in JSON but neutralised in CSV; a `\` plain
        // in CSV but escaped in JSON; a `€` (its first byte 0xE2, as U+2028's) plain in both; an empty title.
        for (key, title) in [
            ("A-1", "Pay, then ship"), ("A-2", "=SUM(A1)"), ("A-3", "C:\\temp"), ("A-4", "0,00 € premium"),
            ("=A-5", ""), ("A,6", "-1 day"),
        ] {
            let row = ItemRow(
                key: key, title: title, type: "Bug", flowItem: "Defect", team: "T", status: "Open", stage: "Backlog",
                outcome: .notStarted, source: "jira-csv", created: nil, started: nil, done: nil, flowTimeDays: nil,
                leadTimeDays: nil, activeDays: nil, waitDays: nil
            ).fields
            let (json, csv) = Self.written(row, stageNames: ["Backlog"])
            let reference = Self.reference(row, stageNames: ["Backlog"])
            #expect(json == reference.json, "\(title)")
            #expect(csv == reference.csv, "\(title)")
        }
        let comma = Self.written(
            ItemRow(
                key: "A-1", title: "Pay, then ship", type: "", flowItem: "", team: "", status: "", stage: "",
                outcome: .notStarted, source: "", created: nil, started: nil, done: nil, flowTimeDays: nil,
                leadTimeDays: nil, activeDays: nil, waitDays: nil
            ).fields, stageNames: [])
        #expect(comma.json?.contains(#""title": "Pay, then ship""#) == true)
        #expect(comma.csv?.hasPrefix(#"A-1,"Pay, then ship","#) == true)
    }

    @Test func noStagesGiveAnEmptyObject() {
        let row = ItemRow(
            key: "A-1", title: "", type: "", flowItem: "", team: "", status: "", stage: "", outcome: .notStarted,
            source: "", created: nil, started: nil, done: nil, flowTimeDays: nil, leadTimeDays: nil, activeDays: nil,
            waitDays: nil
        ).fields
        let (json, csv) = Self.written(row, stageNames: [])
        let reference = Self.reference(row, stageNames: [])
        #expect(json == reference.json)
        #expect(csv == reference.csv)
        #expect(json?.contains(#""skippedFlow": false, "stageEntries": {}}"#) == true)
        #expect(csv == "A-1,,,,,,,notStarted,,,,,,,,\r\n")
    }
}
