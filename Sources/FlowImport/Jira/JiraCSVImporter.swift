import FlowModel
import Foundation

/// Reads Jira's CSV export ("all fields" or "current fields") into work items.
///
/// Columns are found by header name through ``HeaderAliases`` (English and localised exports);
/// repeated headers become lists; `Custom field (X)` columns land in `WorkItem.fields["X"]` when
/// ``ImportOptions/keptFields`` keeps them. The file is streamed through ``CSVReader``: only the cells of
/// the columns used are read, and repeated values are made once.
///
/// A large UTF-8 file is read in two halves at once, on two cores (see ``readInHalves(_:)``); whenever
/// that cannot give exactly what reading it in order gives, it is read in order.
struct JiraCSVImporter {
    let options: ImportOptions
    /// Files of at least this many bytes are read in two halves at once; tests lower it.
    var parallelMinimum: Int64 = JiraCSVImporter.parallelThreshold

    /// Files smaller than this are read in order: splitting them gains less than it costs.
    static let parallelThreshold: Int64 = 16 << 20

    func read(_ file: String) throws(InputError) -> Dataset {
        if let dataset = readInHalves(file) { return dataset }
        return try readInOrder(file)
    }

    /// Reads the file from start to end with one reader.
    func readInOrder(_ file: String) throws(InputError) -> Dataset {
        let progress = options.progress.map { report in { (read: Int64, total: Int64) in report(file, read, total) } }
        var reader = try CSVReader(path: file, file: file, progress: progress)
        let header = try header(&reader, file: file)
        var collector = JiraCSVItemCollector(header: header, options: options)
        var skipped: [String] = []
        let size = reader.fileSize
        _ = try Self.readRows(&reader, into: &collector, bytes: size) { (error, record) throws(InputError) in
            guard options.lenient && error.skippable else {
                throw InputError(
                    file: file, position: .record(record, column: error.column), message: error.problem.message,
                    skippable: error.skippable)
            }
            skipped.append(error.skipReason(record: record))
            return true
        }
        guard collector.rowsSeen > 0 else { throw InputError(file: file, message: JiraCSVProblem.headerOnly.message) }
        return collector.finish(file: file, skipped: skipped)
    }

    /// The file read in two halves at once: the first on this thread, the second (from the first record
    /// that starts after the middle, see ``CSVSplitPoint``) in the background, each with its own reader
    /// and collector, the collectors then merged. The dataset is the one ``readInOrder(_:)`` gives.
    ///
    /// The cut is found on the second half's thread while this one already reads the first half, whose reader
    /// learns where to stop (``ReadLimit``) long before it gets there. When the file has no cut (or is not
    /// UTF-8), this thread reads all of it.
    ///
    /// `nil` when the file is smaller than ``parallelMinimum``; and whenever a part meets any error (a row's,
    /// even one `--lenient` would skip, or the CSV's), or the parts' numeric dates prove opposite day/month
    /// orders: reading in order then gives the errors and `--lenient` reasons with their true record numbers
    /// and lines.
    func readInHalves(_ file: String) -> Dataset? {
        guard let total = try? FileDescriptor(path: file).size, total >= parallelMinimum, total > 1 else { return nil }
        // The cut comes after the middle: up to there this thread need not know it.
        let end = ReadLimit(notBefore: CSVSplitPoint.middle(ofSize: total))
        // The first half's bytes stand for both halves', which are read at about the same pace (all the file's
        // when it has no cut); never going back, and the end reported once both are done.
        let shown = ProgressShown()
        let progress = options.progress.map { report in
            { (read: Int64, _: Int64) in
                let cut = end.end(forReadingAt: 0)
                let estimate = cut < total ? Int64(Double(read) * Double(total) / Double(max(cut, 1))) : read
                shown.bytes = max(shown.bytes, min(estimate, total - 1))
                report(file, shown.bytes, total)
            }
        }
        let options = options
        let minimum = parallelMinimum
        let secondPart = SecondPart()
        // The header and the delimiter, handed to the second half's thread once this one has read them.
        let opening = Handoff<SharedForReading<(header: JiraCSVHeader, delimiter: UInt8)>>()
        // The first half's keys, handed to the second half's thread once read: it looks its own keys up in them
        // while this thread makes room for its items.
        let firstKeys = Handoff<SharedForReading<JiraCSVItemCollector.KeyPositions>>()
        // Started first, and giving the cut before it waits for anything: this thread's reader may need the cut
        // to read the header of a small file.
        let second = BackgroundWork { () -> SecondPart.Outcome in
            guard let split = try? CSVSplitPoint.find(path: file, minimumSize: minimum) else {
                end.give(.max)
                return .noCut
            }
            end.give(split.offset)
            // A guessed cut has no line: this half's lines then count from 1, which no one sees, since any error
            // makes the file be read in order.
            guard let (header, delimiter) = opening.take()?.value,
                var reader = try? CSVReader(
                    input: split.rest, file: file, delimiter: delimiter, firstLine: split.line ?? 1)
            else { return .failed }
            var collector = JiraCSVItemCollector(header: header, options: options)
            guard Self.readPart(&reader, into: &collector, bytes: total - split.offset) != nil,
                let earlier = firstKeys.take()?.value
            else { return .failed }
            let positions = collector.earlierPositions(in: earlier)
            secondPart.collector = consume collector
            return .read(earlier: positions)
        }
        guard var reader = try? CSVReader(path: file, file: file, end: end, progress: progress),
            let header = try? header(&reader, file: file)
        else {
            opening.give(nil)
            _ = second.wait()
            return nil
        }
        opening.give(SharedForReading((header.unshared(), reader.delimiter)))
        var collector = JiraCSVItemCollector(header: header, options: options)
        // Its items are reserved for the whole file: the merge appends the second half's.
        let records = Self.readPart(&reader, into: &collector, bytes: total)
        // Given whatever happened, before waiting for the second half, which may be waiting for it.
        firstKeys.give(records == nil ? nil : SharedForReading(collector.keyPositions))
        // Known by now (this half's reader stopped at it), or soon: the second thread gives it first thing.
        let cut = end.givenEnd()
        if records != nil && cut < total {
            // Room for about as many items as this half has, in proportion to the bytes, made while the
            // second half is still being read.
            let expected = Double(collector.items.count) * Double(total - cut) / Double(max(cut, 1))
            collector.makeRoom(forItems: Int(expected))
        }
        let outcome = second.wait()
        guard let records else { return nil }
        switch outcome {
        case .failed:
            return nil
        case .noCut:
            break  // This thread read the whole file.
        case .read(let earlier):
            guard var later = secondPart.collector.take(),
                collector.merge(&later, recordOffset: records, earlier: earlier)
            else { return nil }
            // What is left of the later part (the blank items it swapped for its own, its tables) is freed on
            // another thread while this one goes on: some 7 ms of releases for 50 000 items, off the import's path.
            secondPart.collector = consume later
            DispatchQueue.global(qos: .utility).async { secondPart.collector = nil }
        }
        guard collector.rowsSeen > 0 else { return nil }
        let dataset = collector.finish(file: file, skipped: [])
        options.progress?(file, total, total)
        return dataset
    }

    /// The progress shown for a file read in halves, which only goes forward.
    private final class ProgressShown {
        var bytes: Int64 = 0
    }

    /// The collector of a file's second half, handed from the thread that reads it to the one that
    /// merges it, which takes it out: a copy would share its items, and moving them out would copy them.
    ///
    /// Written by the background work before it returns, read after ``BackgroundWork/wait()``, which
    /// orders the two; after the merge, handed back and emptied on another thread, and touched by nothing else
    /// from then on.
    private final class SecondPart: @unchecked Sendable {
        /// How the second half's thread ended.
        enum Outcome: Sendable {
            /// The file has no cut (or is not UTF-8): the first half's reader reads all of it.
            case noCut
            /// The second half was read into ``collector``; `earlier` holds, for each of its items, the position of
            /// the first half's item with its key.
            case read(earlier: [Int?])
            /// A part could not be read without an error.
            case failed
        }

        var collector: JiraCSVItemCollector?
    }

    /// Reads the first record that is not blank as the header, which must name the issue key.
    private func header(_ reader: inout CSVReader, file: String) throws(InputError) -> JiraCSVHeader {
        var hasHeader = false
        while try reader.next() {
            if !reader.isBlankRecord {
                hasHeader = true
                break
            }
        }
        guard hasHeader else { throw InputError(file: file, message: JiraCSVProblem.emptyFile.message) }
        let header = JiraCSVHeader(reader: reader, kept: options.keptFields)
        guard header.has(.key) else {
            throw InputError(
                file: file, position: .line(reader.recordLine, column: nil),
                message: JiraCSVProblem.missingKeyColumn(expected: HeaderAliases.keyHeaders).message)
        }
        return header
    }

    /// Reads the rows of one part of a file, about `bytes` long, into `collector`. Returns the records
    /// read, blank ones included; `nil` at the first error of any kind.
    private static func readPart(_ reader: inout CSVReader, into collector: inout JiraCSVItemCollector, bytes: Int64)
        -> Int?
    {
        (try? readRows(&reader, into: &collector, bytes: bytes) { _, _ in false }) ?? nil
    }

    /// Reads the rows after the header into `collector`, making room once the first records show how long
    /// rows are. A row that cannot be read goes to `rowError` with its record number, which throws to fail,
    /// returns `false` to stop reading or `true` to go on. Returns the records read, blank ones included, or
    /// `nil` when `rowError` stopped the reading.
    private static func readRows(
        _ reader: inout CSVReader, into collector: inout JiraCSVItemCollector, bytes: Int64,
        rowError: (JiraCSVRowError, Int) throws(InputError) -> Bool
    ) throws(InputError) -> Int? {
        var record = 0
        while try reader.next() {
            record += 1
            if record == sampleRecords {
                collector.reserveCapacity(estimatedRecords(reader, read: record, of: bytes))
            }
            if reader.isBlankRecord { continue }
            do {
                try collector.add(reader, record: record)
            } catch {
                guard try rowError(error, record) else { return nil }
            }
        }
        return record
    }

    /// Records read before the number of records in the file is estimated from their size.
    private static let sampleRecords = 256

    /// About how many records `bytes` of text hold (a little more), judging by the first `read` ones.
    private static func estimatedRecords(_ reader: CSVReader, read: Int, of bytes: Int64) -> Int {
        let consumed = max(reader.bytesConsumed, 1)
        let estimate = Double(bytes) / Double(consumed) * Double(read) * 1.1
        return Int(min(estimate, Double(bytes / 16 + 64)))
    }
}
