import Foundation
import Testing

@testable import FlowImport
@testable import FlowModel

/// A large Jira CSV is read in two halves at once (``JiraCSVImporter/readInHalves(_:)``); the dataset must
/// be exactly the one reading it in order gives. The size threshold is lowered to 0 so that small files
/// take the parallel path, and raised out of reach for the reference.
@Suite struct JiraCSVParallelImportTests {
    // MARK: - Helpers

    private static func inOrder(_ path: String, _ options: ImportOptions) throws -> Dataset {
        try JiraCSVImporter(options: options, parallelMinimum: .max).read(path)
    }

    /// The parallel dataset; fails the test when the file was not read in halves.
    private static func inHalves(_ path: String, _ options: ImportOptions) throws -> Dataset {
        try #require(JiraCSVImporter(options: options, parallelMinimum: 0).readInHalves(path))
    }

    /// Compares the two datasets item by item (every `WorkItem` field, through `==`) and whole.
    private static func expectSame(_ parallel: Dataset, _ sequential: Dataset, _ name: String) {
        #expect(parallel.items.count == sequential.items.count, "\(name)")
        for (left, right) in zip(parallel.items, sequential.items) where left != right {
            Issue.record("\(name): item \(left.key) differs from \(right.key) read in order")
        }
        #expect(parallel.sprints == sequential.sprints, "\(name)")
        #expect(parallel.statusCategories == sequential.statusCategories, "\(name)")
        #expect(parallel.statusNames == sequential.statusNames, "\(name)")
        #expect(parallel.notes == sequential.notes, "\(name)")
        #expect(parallel.sources == sequential.sources, "\(name)")
        #expect(parallel.stageOrder == sequential.stageOrder, "\(name)")
        #expect(parallel.keysKnownDistinct == sequential.keysKnownDistinct, "\(name)")
    }

    /// The error reading `path` gives: not read in halves, and the error reading in order gives.
    private static func failsAsInOrder(_ path: String) throws -> InputError {
        #expect(JiraCSVImporter(options: ImportOptions(), parallelMinimum: 0).readInHalves(path) == nil)
        let parallel = try #require(throws: InputError.self) {
            try JiraCSVImporter(options: ImportOptions(), parallelMinimum: 0).read(path)
        }
        let sequential = try #require(throws: InputError.self) { try inOrder(path, ImportOptions()) }
        #expect(parallel == sequential)
        return parallel
    }

    /// Both ways of reading, with every field kept and with the default fields.
    private static func expectSameBothWays(_ path: String, dateOrder: DateOrder? = nil) throws {
        for kept in [ImportOptions.KeptFields.all, .standard] {
            let options = ImportOptions(dateOrder: dateOrder, keptFields: kept)
            expectSame(try inHalves(path, options), try inOrder(path, options), path)
        }
    }

    /// A Jira CSV of `rows` (cells joined by commas, with a line feed after each row).
    private static func file(_ header: String, _ rows: [String]) throws -> String {
        try CSVFixture.temporaryFile(([header] + rows).map { $0 + "\n" }.joined())
    }

    /// Where the parallel reader cuts the file at `path`, counted: having read the first half, with its line.
    private static func split(_ path: String) throws -> CSVSplitPoint {
        try #require(try CSVSplitPoint.find(path: path, minimumSize: 0, guessing: false))
    }

    /// The cut guessed from the records after the middle, when one passes.
    private static func guessedSplit(_ path: String) throws -> CSVSplitPoint? {
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        let file = try FileDescriptor(path: path)
        return try CSVSplitPoint.guess(
            path: path, file: file, total: Int64(size), middle: CSVSplitPoint.middle(ofSize: Int64(size)))
    }

    // MARK: - Existing exports

    @Test func everyJiraCSVFixtureReadsTheSameInHalves() throws {
        let folder = CSVFixture.folder.deletingLastPathComponent()
        let paths = try #require(FileManager.default.subpaths(atPath: folder.path))
            .filter { $0.hasSuffix(".csv") }.map { folder.appendingPathComponent($0).path }
        let jira = try paths.filter { try Importer.detect($0) == .jiraCSV }
        #expect(!jira.isEmpty)
        for path in jira { try Self.expectSameBothWays(path) }
    }

    /// The real exports, by name (JiraCSVRealSamplesTests checks that the folder holds the ten expected).
    private static let realExports =
        ((try? FileManager.default.contentsOfDirectory(atPath: CSVFixture.realSamples.path)) ?? []).sorted()

    @Test func everyRealExportIsThere() {
        #expect(Self.realExports.count == 10)
    }

    @Test(arguments: realExports)
    func realExportReadsTheSameInHalves(file: String) throws {
        try Self.expectSameBothWays(CSVFixture.realSamples.appendingPathComponent(file).path)
    }

    @Test func sampleExportReadsTheSameInHalves() throws {
        let path = CSVFixture.repositoryRoot.appendingPathComponent("SampleExports/jira-cloud-export.csv").path
        try Self.expectSameBothWays(path)
        try Self.expectSameBothWays(path, dateOrder: .monthFirst)
    }

    // MARK: - Made for the split

    @Test func middleInsideAQuotedMultiLineCell() throws {
        let description = "\"" + (1...40).map { "line \($0) with \"\"quotes\"\"" }.joined(separator: "\n") + "\""
        let path = try Self.file(
            "Issue key,Summary,Description,Status",
            ["PAY-1,First,short,To Do", "PAY-2,Second,\(description),Done", "PAY-3,Third,short,Done"])
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
        // The middle falls inside PAY-2's description: an odd number of quotes comes before it.
        let quotesBefore = bytes[..<(bytes.count / 2)].filter { $0 == UInt8(ascii: "\"") }.count
        #expect(quotesBefore % 2 == 1)
        // The cut is after PAY-2's row, which spans lines 3 to 42 (40 lines): PAY-3 starts on line 43.
        let split = try Self.split(path)
        #expect(split.line == 43)
        #expect(Array(bytes[Int(split.offset)...]) == Array("PAY-3,Third,short,Done\n".utf8))
        // The description's lines do not read as rows of four fields: the guess comes to the same cut.
        let guessed = try #require(try Self.guessedSplit(path))
        #expect(guessed.offset == split.offset)
        #expect(guessed.line == nil)
        let parallel = try Self.inHalves(path, ImportOptions(keptFields: .all))
        #expect(parallel.items.map(\.key) == ["PAY-1", "PAY-2", "PAY-3"])
        try Self.expectSameBothWays(path)
    }

    @Test func keyRepeatedAcrossTheHalvesKeepsTheLaterRowInTheEarlierPlace() throws {
        let header = "Issue key,Issue id,Parent id,Summary,Status,Status Category,Sprint,Sprint"
        var rows = (1...10).map { "PAY-\($0),\(100 + $0),,First \($0),To Do,To Do,S1," }
        // PAY-4 names its parent by id: PAY-12's, which only the second half holds.
        rows[3] = "PAY-4,104,112,First 4,To Do,To Do,S1,"
        rows += [
            "PAY-3,103,,Later 3,Done,Done,S1,S2",
            "PAY-11,111,101,Later 11,In Progress,In Progress,S3,",
            "PAY-1,101,,Later 1,Done,Done,,",
            "PAY-12,112,,Later 12,To Do,To Do,,",
            "PAY-11,111,103,Last 11,Done,Done,S4,",
        ]
        let path = try Self.file(header, rows)
        // PAY-4 (line 5) is in the first half, the rows from line 12 on in the second.
        #expect((6...12).contains(try #require(try Self.split(path).line)))
        let parallel = try Self.inHalves(path, ImportOptions(keptFields: .all))
        // Ten first-half keys, then PAY-11 and PAY-12 in the order they first appear.
        #expect(parallel.items.map(\.key) == (1...12).map { "PAY-\($0)" })
        #expect(parallel.items[0].title == "Later 1")
        #expect(parallel.items[2].title == "Later 3")
        #expect(parallel.items[2].sprints == ["S1", "S2"])
        #expect(parallel.items[10].title == "Last 11")
        // PAY-4's parent id 112 is PAY-12's; PAY-11's last row names 103, PAY-3's id.
        #expect(parallel.items[3].parent == "PAY-12")
        #expect(parallel.items[10].parent == "PAY-3")
        #expect(Set(parallel.sprints.keys) == ["S1", "S2", "S3", "S4"])
        #expect(parallel.keysKnownDistinct, "ASCII keys, one item each")
        // PAY-3 and PAY-1 repeat first-half keys, PAY-11's last row its own earlier row.
        #expect(parallel.notes == ["3 rows repeat the key of an earlier row; the last row of each key was kept"])
        try Self.expectSameBothWays(path)
    }

    @Test func nonASCIIKeysRepeatedAcrossTheHalvesAreFoundByTheirText() throws {
        // "ÄPP-1" is repeated; "\u{212A}-1" (Kelvin sign) is canonically equal to "K-1" as text but is
        // another key's bytes: read in order they stay two items, and so they must in halves.
        let rows = [
            "ÄPP-1,First", "K-1,Ascii", "PAY-3,Row", "PAY-4,Row", "PAY-5,Row", "PAY-6,Row",
            "ÄPP-1,Later", "\u{212A}-1,Kelvin", "PAY-7,Row", "PAY-8,Row",
        ]
        let path = try Self.file("Issue key,Summary", rows)
        // The second half starts at or before the later "ÄPP-1", on line 8.
        #expect((3...8).contains(try #require(try Self.split(path).line)))
        let parallel = try Self.inHalves(path, ImportOptions())
        #expect(parallel.items.map(\.title) == ["Later", "Ascii", "Row", "Row", "Row", "Row", "Kelvin", "Row", "Row"])
        // Keys of other text are not vouched for: the merge into the imported dataset compares them as text,
        // which makes "K-1" and "\u{212A}-1" one key, the later row's.
        #expect(!parallel.keysKnownDistinct)
        var merged = Dataset()
        merged.merge(parallel)
        #expect(merged.items.map(\.title) == ["Later", "Kelvin", "Row", "Row", "Row", "Row", "Row", "Row"])
        try Self.expectSameBothWays(path)
    }

    @Test func dayMonthOrderOnlyTheSecondHalfShows() throws {
        let header = "Issue key,Summary,Created,Due date"
        var rows = (1...8).map { "PAY-\($0),Ambiguous,3/4/2026 09:00,5/6/2026" }
        // 12/18/2026 can only be month-first: every numeric date in the file is then read month-first.
        rows += ["PAY-9,Proof,12/18/2026 10:00,", "PAY-10,After,1/2/2026 08:00,"]
        let path = try Self.file(header, rows)
        let parallel = try Self.inHalves(path, ImportOptions(keptFields: .all))
        // 3/4/2026 09:00 read month-first is 4 March.
        #expect(parallel.items[0].created == Date.utc(year: 2026, month: 3, day: 4, hour: 9, minute: 0))
        #expect(parallel.items[0].fields["Due date"] == "2026-05-06")
        #expect(parallel.notes.isEmpty)
        try Self.expectSameBothWays(path)
    }

    @Test func ambiguousDatesInBothHalvesNameTheFirstHalfsExample() throws {
        let header = "Issue key,Summary,Created"
        let rows = (1...10).map { "PAY-\($0),Ambiguous,\($0)/\($0 + 1)/2026 09:00" }
        let path = try Self.file(header, rows)
        let parallel = try Self.inHalves(path, ImportOptions())
        #expect(parallel.notes.count == 1)
        #expect(parallel.notes.first?.contains("'1/2/2026 09:00'") == true)
        try Self.expectSameBothWays(path)
    }

    @Test func statusCategoryChangedInTheSecondHalfIsTheLastRowsSay() throws {
        let header = "Issue key,Summary,Status,Status Category"
        var rows = (1...8).map { $0 % 2 == 0 ? "PAY-\($0),Row,Review,In Progress" : "PAY-\($0),Row,Waiting,Parked" }
        rows += [
            "PAY-9,Row,Review,Done", "PAY-10,Row,Shipped,Done", "PAY-11,Row,Waiting,Parked",
            "PAY-12,Row,Limbo,Frozen",
        ]
        let path = try Self.file(header, rows)
        let parallel = try Self.inHalves(path, ImportOptions())
        // Review: In Progress in the first half, Done in PAY-9's later row. Waiting's "Parked" and Limbo's
        // "Frozen" are not Jira's categories: one note each, in the order they first appear.
        #expect(parallel.statusCategories == ["Review": .done, "Shipped": .done])
        #expect(parallel.notes.count == 2)
        #expect(parallel.notes.first?.contains("'Parked'") == true)
        #expect(parallel.notes.last?.contains("'Frozen'") == true)
        try Self.expectSameBothWays(path)
    }

    @Test func aBadRowInTheSecondHalfFailsAsReadingInOrderDoes() throws {
        let header = "Issue key,Summary,Created"
        var rows = (1...10).map { "PAY-\($0),Row,24/Nov/26 9:15 AM" }
        rows[8] = "PAY-9,Row,someday"
        rows.append("PAY-11,Too,many,cells")
        let path = try Self.file(header, rows)
        let parallel = try Self.failsAsInOrder(path)
        // PAY-9 is record 9.
        #expect(parallel.position == .record(9, column: "Created"))
        // --lenient skips both with their true record numbers (and PAY-11's line, 12).
        let lenient = ImportOptions(lenient: true)
        let skipped = try JiraCSVImporter(options: lenient, parallelMinimum: 0).read(path).sources[0].skipped
        #expect(skipped == (try Self.inOrder(path, lenient)).sources[0].skipped)
        #expect(skipped.count == 2)
        #expect(skipped.last?.hasPrefix("record 11: ") == true)
        #expect(skipped.last?.contains("line 12") == true)
    }

    @Test func datesProvingOppositeOrdersInTheTwoHalvesFailAsReadingInOrderDoes() throws {
        let header = "Issue key,Summary,Created"
        var rows = (1...10).map { "PAY-\($0),Row,1/2/2026 09:00" }
        rows[1] = "PAY-2,Row,16/02/2026 09:00"
        rows[8] = "PAY-9,Row,12/18/2026 09:00"
        let path = try Self.file(header, rows)
        let parallel = try Self.failsAsInOrder(path)
        #expect(parallel.position == .record(9, column: "Created"))
    }

    @Test func aFileOfManyChunksReadsTheSameInHalves() throws {
        // About 2.6 MB, so that each half's reader refills its buffer: rows with quoted multi-line cells,
        // CRLF line ends, repeated keys and numeric dates whose order the last rows prove.
        var text = "\u{FEFF}Issue key,Summary,Description,Status,Status Category,Created,Sprint\r\n"
        for row in 0..<20_000 {
            let key = "PAY-\(row % 7 == 3 ? row / 2 : row)"
            let description = row % 5 == 0 ? "\"multi\r\nline \"\"cell\"\" \(row)\nend\"" : "plain \(row)"
            let status = ["To Do", "Review", "Done"][row % 3]
            let category = ["To Do", row < 15_000 ? "In Progress" : "Done", "Done"][row % 3]
            text += "\(key),Summary \(row) \(String(repeating: "x", count: row % 40)),\(description),\(status),"
            text += "\(category),\(row % 12 + 1)/\(row % 7 + 1)/2026 09:00,Sprint \(row / 1000)\r\n"
        }
        text += "PAY-99999,Proof,,Done,Done,12/18/2026 09:00,\r\n"
        let path = try CSVFixture.temporaryFile(text)
        try Self.expectSameBothWays(path)
        let dataset = try Self.inHalves(path, ImportOptions())
        // Review is In Progress until row 15 000, Done in the rows after it.
        #expect(dataset.statusCategories["Review"] == .done)
    }

    @Test func progressReachesTheFileSize() throws {
        let path = CSVFixture.repositoryRoot.appendingPathComponent("SampleExports/jira-cloud-export.csv").path
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        let reports = Reports()
        let options = ImportOptions(progress: { _, read, total in reports.add(read, total) })
        _ = try Self.inHalves(path, options)
        let seen = reports.all
        #expect(seen.last.map { [$0.read, $0.total] } == [Int64(size), Int64(size)])
        #expect(seen.allSatisfy { $0.read <= $0.total && $0.total == Int64(size) })
        #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.read <= $1.read })
    }

    @Test func utf16FilesHaveNoCutAndAreReadWholeOnOneThread() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "Issue key,Summary\nPAY-1,One\nPAY-2,Two\n".utf16 {
            bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        let path = try CSVFixture.temporaryFile(bytes)
        #expect(try CSVSplitPoint.find(path: path, minimumSize: 0) == nil)
        // The second thread finds no cut; the first, already reading, reads it all.
        let whole = try Self.inHalves(path, ImportOptions())
        #expect(whole.items.map(\.key) == ["PAY-1", "PAY-2"])
        Self.expectSame(whole, try Self.inOrder(path, ImportOptions()), path)
        let dataset = try JiraCSVImporter(options: ImportOptions(), parallelMinimum: 0).read(path)
        #expect(dataset.items.map(\.key) == ["PAY-1", "PAY-2"])
        // Progress counts the whole file on that thread, never going back.
        let reports = Reports()
        _ = try Self.inHalves(path, ImportOptions(progress: { _, read, total in reports.add(read, total) }))
        let seen = reports.all
        #expect(seen.last.map { [$0.read, $0.total] } == [Int64(bytes.count), Int64(bytes.count)])
        #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.read <= $1.read })
    }

    @Test func aHeaderLongerThanHalfTheFileWaitsForTheCut() throws {
        // The first thread's reader may read up to the middle before the cut is known; this header goes past
        // it, so the reader waits for the second thread, which finds the cut first thing.
        let header = "Issue key,Summary," + (1...40).map { "Custom field (F\($0))" }.joined(separator: ",")
        let rows = (1...4).map { "PAY-\($0),Row \($0)," + String(repeating: ",", count: 39) }
        let path = try Self.file(header, rows)
        let parallel = try Self.inHalves(path, ImportOptions())
        #expect(parallel.items.map(\.key) == ["PAY-1", "PAY-2", "PAY-3", "PAY-4"])
        try Self.expectSameBothWays(path)
    }

    // MARK: - The split finder

    @Test(arguments: [7, 64, CSVReader.chunkSize])
    func splitFallsOnARecordBoundaryInAFileFullOfQuotedNewlines(chunkSize: Int) throws {
        var text = "\u{FEFF}key,text\r\n"
        for row in 0..<300 {
            let lines = (0...(row % 6)).map { "\"\"q\"\" \($0)" }.joined(separator: row % 2 == 0 ? "\n" : "\r\n")
            text += "K-\(row),\"\(lines)\"\(row % 3 == 0 ? "\r\n" : "\n")"
        }
        let path = try CSVFixture.temporaryFile(text)
        let split = try #require(
            try CSVSplitPoint.find(path: path, minimumSize: 0, chunkSize: chunkSize, guessing: false))
        // Every record's start offset in the file (after the 3-byte byte order mark) and line, read in order.
        var starts: [Int64: Int] = [:]
        var reader = try CSVReader(path: path, file: "x.csv")
        while true {
            let start = 3 + reader.bytesConsumed
            guard try reader.next() else { break }
            starts[start] = reader.recordLine
        }
        let size = Int64(Array(text.utf8).count)
        #expect(split.offset > size / 2)
        #expect(starts[split.offset] == split.line)
        #expect(try CSVSplitPoint.find(path: path, minimumSize: size + 4)?.offset == nil)
        // No line of a quoted cell reads as a record: the guess is the same cut.
        #expect(try CSVSplitPoint.find(path: path, minimumSize: 0)?.offset == split.offset)
    }

    @Test func theGuessedCutIsTheCountedCutInEveryJiraExport() throws {
        let folder = CSVFixture.folder.deletingLastPathComponent()
        let fixtures = try #require(FileManager.default.subpaths(atPath: folder.path))
            .filter { $0.hasSuffix(".csv") }.map { folder.appendingPathComponent($0).path }
        let real = Self.realExports.map { CSVFixture.realSamples.appendingPathComponent($0).path }
        let sample = CSVFixture.repositoryRoot.appendingPathComponent("SampleExports/jira-cloud-export.csv").path
        var guessed = 0
        for path in try (fixtures + real + [sample]).filter({ try Importer.detect($0) == .jiraCSV }) {
            guard let guess = try Self.guessedSplit(path) else { continue }
            guessed += 1
            #expect(guess.offset == (try CSVSplitPoint.find(path: path, minimumSize: 0, guessing: false))?.offset)
            #expect(guess.line == nil)
        }
        // The real exports and the sample, at least, have rows to guess from.
        #expect(guessed >= 11)
    }

    @Test func aRecordLongerThanTheGuessWindowLeavesTheCutToBeCounted() throws {
        // Short rows, then one row whose summary is longer than the window the guess reads, placed so that the
        // middle of the file falls a few rows before it: the records checked after the first line feed run into
        // it, past the window. The guess gives up, and the cut is counted.
        let rowLength = Array("PAY-000000,short\n".utf8).count
        let shortRows = 80_000
        let summary = String(repeating: "a", count: shortRows * rowLength - 7 * rowLength - 40)
        var rows = (0..<shortRows).map { "PAY-" + String(1_000_000 + $0).dropFirst() + ",short" }
        rows.append("LONG-1," + summary)
        let path = try Self.file("Issue key,Summary", rows)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        #expect(summary.utf8.count > CSVSplitPoint.guessWindow)
        // The short rows end after the header's line; the middle comes within their last seven.
        let shortRowsEnd = Array("Issue key,Summary\n".utf8).count + shortRows * rowLength
        #expect(size / 2 < shortRowsEnd && size / 2 > shortRowsEnd - 7 * rowLength)
        #expect(try Self.guessedSplit(path) == nil)
        #expect(try CSVSplitPoint.find(path: path, minimumSize: 0)?.offset == (try Self.split(path)).offset)
        Self.expectSame(try Self.inHalves(path, ImportOptions()), try Self.inOrder(path, ImportOptions()), path)
    }

    @Test func aWrongGuessInsideAQuotedCellIsCaughtAndTheFileIsReadInOrder() throws {
        // PAY-2's summary holds lines that read as rows of the header's two fields, and the middle of the
        // file falls among them: the guess cuts inside the quoted cell.
        let lines = (1...40).map { "FAKE-\($0),looks like a row" }.joined(separator: "\n")
        let path = try Self.file("Issue key,Summary", ["PAY-1,One", "PAY-2,\"\(lines)\"", "PAY-3,Three"])
        let guess = try #require(try Self.guessedSplit(path))
        #expect(guess.offset != (try Self.split(path)).offset)
        // The first half's reader meets an unclosed quote at the cut: the halves give up, and the file is read
        // in order.
        #expect(JiraCSVImporter(options: ImportOptions(), parallelMinimum: 0).readInHalves(path) == nil)
        let dataset = try JiraCSVImporter(options: ImportOptions(), parallelMinimum: 0).read(path)
        #expect(dataset.items.map(\.key) == ["PAY-1", "PAY-2", "PAY-3"])
        Self.expectSame(dataset, try Self.inOrder(path, ImportOptions()), path)
    }
}

/// Progress reports gathered from any thread.
private final class Reports: @unchecked Sendable {
    private let lock = NSLock()
    private var reports: [(read: Int64, total: Int64)] = []

    func add(_ read: Int64, _ total: Int64) {
        lock.lock()
        reports.append((read, total))
        lock.unlock()
    }

    var all: [(read: Int64, total: Int64)] {
        lock.lock()
        defer { lock.unlock() }
        return reports
    }
}
