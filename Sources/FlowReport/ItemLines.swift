import Dispatch
import Foundation

/// The per-item part of `report.json` (the elements of `items[]`) and of `items.csv` (its rows), rendered
/// together.
///
/// For a 100 000-item export these are 70 MB, most of what a report writes. Each row's values are read once
/// for both files. The rows are cut into chunks that two threads take, in order, as they come free, each
/// rendering its chunk into buffers of its own; a finished chunk is appended to the files only after every
/// chunk before it, so the bytes are exactly those of rendering the rows in order on one thread. A chunk
/// finished before an earlier one waits in memory for its turn, so no thread ever waits for the other (and
/// one thread alone, should the system give only one, renders them all).
struct ItemLines {
    /// Rows per chunk: about a megabyte and a half of output for both files.
    static let rowsPerChunk = 2_048

    let report: Report

    init(_ report: Report) {
        self.report = report
    }

    /// Writes every row: its object as the next element of `json`'s open array, when `json` is given, and its
    /// CSV row into `csv`, when given.
    func write(json: inout JSONWriter, csv: OutputBuffer?) {
        let template = json
        render(json: (template, json.sink), csv: csv)
        json.continued(withElements: !report.items.isEmpty)
    }

    /// Writes every row of `items.csv` into `csv`.
    func write(csv: OutputBuffer) {
        render(json: nil, csv: csv)
    }

    private func render(json: (template: JSONWriter, sink: OutputBuffer)?, csv: OutputBuffer?) {
        let rows = report.items
        let chunkCount = (rows.count + Self.rowsPerChunk - 1) / Self.rowsPerChunk
        guard chunkCount > 0 else { return }
        let writesCSV = csv != nil
        let outputs = Outputs(json: json, csv: csv)
        let queue = ChunkQueue(count: chunkCount) { chunk in
            if let json = outputs.json { json.sink.append(contentsOf: chunk.json) }
            if let csv = outputs.csv { csv.append(contentsOf: chunk.csv) }
        }
        DispatchQueue.concurrentPerform(iterations: Swift.min(2, chunkCount)) { _ in
            let json = outputs.json
            var days = ItemsCSVRenderer.localDays(report)
            var entries: [Date?] = []
            // Each thread escapes the values that repeat from row to row once, for the JSON and the CSV together,
            // and makes the text of each duration once for both.
            var memos = ItemLineMemos()
            // Each thread makes its own member names and stage names: every row retains them, and two threads
            // retaining the same lists row after row would fight over their reference counts.
            let stageNames = report.stageNames.map { String(decoding: Array($0.utf8), as: UTF8.self) }
            let line = ItemLine(stageNames: stageNames)
            // Each row is read in place: an array subscript would copy it, every string in it included.
            rows.withUnsafeBufferPointer { rows in
                while let (number, chunk) = queue.take() {
                    let range = number * Self.rowsPerChunk..<Swift.min(rows.count, (number + 1) * Self.rowsPerChunk)
                    var writer = json.map { $0.template.continuation(into: chunk.json, first: number == 0) }
                    let csv = writesCSV ? chunk.csv : nil
                    for index in range {
                        let row = rows[index].fields(stageNames: stageNames, entries: &entries)
                        line.write(row, stageEntries: entries, memos: &memos, days: &days, json: &writer, csv: csv)
                    }
                    queue.finish(number, chunk)
                }
            }
        }
    }
}

/// The files the rows go to, shared by the two threads: each copies the JSON template, and only the thread
/// delivering a chunk, under ``ChunkQueue``'s lock, writes to the outputs.
private struct Outputs: @unchecked Sendable {
    let json: (template: JSONWriter, sink: OutputBuffer)?
    let csv: OutputBuffer?
}

/// The output of one chunk of rows.
private final class ChunkOutput {
    let json = OutputBuffer(reservingCapacity: 1 << 20)
    let csv = OutputBuffer(reservingCapacity: 1 << 19)
}

/// Hands out chunk numbers in order and delivers finished chunks in that order.
///
/// Delivery happens under the lock, by whichever thread finishes the chunk that is due, so the outputs are
/// only ever written by one thread at a time, and in order.
private final class ChunkQueue: @unchecked Sendable {
    private let lock = NSLock()
    private let count: Int
    private let deliver: (ChunkOutput) -> Void
    private var nextToRender = 0
    private var nextToDeliver = 0
    /// Chunks finished before their turn.
    private var waiting: [Int: ChunkOutput] = [:]
    /// Delivered chunks' buffers, to be filled again.
    private var spare: [ChunkOutput] = []

    init(count: Int, deliver: @escaping (ChunkOutput) -> Void) {
        self.count = count
        self.deliver = deliver
    }

    /// The next chunk to render and the buffers to render it into; `nil` when none is left.
    func take() -> (Int, ChunkOutput)? {
        lock.lock()
        defer { lock.unlock() }
        guard nextToRender < count else { return nil }
        nextToRender += 1
        return (nextToRender - 1, spare.popLast() ?? ChunkOutput())
    }

    /// Records chunk `number` as rendered into `output`, and delivers every chunk that is now due.
    func finish(_ number: Int, _ output: ChunkOutput) {
        lock.lock()
        defer { lock.unlock() }
        waiting[number] = output
        while let due = waiting.removeValue(forKey: nextToDeliver) {
            deliver(due)
            spare.append(due)
            nextToDeliver += 1
        }
    }
}
