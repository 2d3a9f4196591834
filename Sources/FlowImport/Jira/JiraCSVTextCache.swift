import FlowModel

/// The values a Jira CSV export repeats row after row (statuses, types, people, labels, sprints, short
/// `Time in Status` values), found by their bytes so that each is made once and shared by every item.
///
/// Cells with doubled quotes (`""`) are made afresh each time: their bytes are not their text.
struct JiraCSVTextCache {
    /// Single cells as text.
    private var texts = CSVTextTable<String>()
    /// Lists of cells (labels, components, fix versions, sprints), keyed by each non-blank cell's length
    /// and bytes in column order.
    private var lists = CSVTextTable<[String]>()
    /// Lists of cells side by side in the file, keyed by their text from the first cell's start to the
    /// last one's end.
    private var spanLists = CSVTextTable<[String]>()
    /// `WorkItem.fields` dictionaries, keyed by each kept field's position and non-blank value.
    private var fieldSets = CSVTextTable<[String: String]>()
    /// `WorkItem.fields` dictionaries of one field in one column, keyed by the column's text.
    private var singleFieldSets = CSVTextTable<[String: String]>()
    /// Decoded `Time in Status` values of at most ``shortTimeInStatus`` bytes (`10000_*:*_1_*:*_0`).
    private var timesInStatus = CSVTextTable<StatusTimes?>()
    /// Where the `Time in Status` entries of every item go, packed.
    private let statusTimes = StatusTimeArena()
    /// Short status ids, each packed with its length into one word, with their number in ``statusTimes``.
    private var statusIDs: [(packed: UInt64, number: Int32)] = []
    private var scratch: [UInt8] = []

    /// `Time in Status` values this long or shorter are looked up; longer ones rarely repeat.
    static let shortTimeInStatus = 32

    /// The text of a trimmed cell, and its entry in ``texts`` when it has one.
    mutating func text(_ content: UnsafeBufferPointer<UInt8>, hasDoubledQuotes: Bool) -> (text: String, entry: Int?) {
        guard !hasDoubledQuotes else { return (CSVRecord.text(content, hasDoubledQuotes: true), nil) }
        let (entry, _) = texts.index(of: content) { String(decoding: $0, as: UTF8.self) }
        return (texts[entry], entry)
    }

    /// Every non-blank cell of `indices`, trimmed, in column order, without repeats; with its entry
    /// (``spanLists`` entry `n` as `-1 - n`, ``lists`` entry `n` as `n`) and whether that entry is new,
    /// when it has one.
    mutating func list(_ row: CSVRecord, _ indices: [Int]) -> (values: [String], entry: Int?, isNew: Bool) {
        guard let first = indices.first, let last = indices.last else { return ([], nil, false) }
        if last - first == indices.count - 1, let span = row.span(from: first, to: last) {
            // Side by side (as Jira writes repeated columns): their text is the key.
            let (entry, isNew) = spanLists.index(of: span) { _ in Self.makeList(row, indices) }
            return (spanLists[entry], -1 - entry, isNew)
        }
        var filled = 0
        var length = 0
        for index in indices where !row.isBlank(index) {
            if row.hasDoubledQuotes(index) { return (Self.makeList(row, indices), nil, false) }
            filled += 1
            length += 4 + row.content(index).count
        }
        guard filled > 0 else { return ([], nil, false) }
        if scratch.count < length { scratch = [UInt8](repeating: 0, count: max(length, 2 * scratch.count)) }
        scratch.withUnsafeMutableBufferPointer { key in
            var position = 0
            for index in indices where !row.isBlank(index) {
                let content = row.content(index)
                UnsafeMutableRawPointer(key.baseAddress! + position)
                    .storeBytes(of: UInt32(truncatingIfNeeded: content.count).littleEndian, as: UInt32.self)
                if let source = content.baseAddress {
                    (key.baseAddress! + position + 4).update(from: source, count: content.count)
                }
                position += 4 + content.count
            }
        }
        let (entry, isNew) = scratch.withUnsafeBufferPointer { key in
            lists.index(of: UnsafeBufferPointer(rebasing: key[0..<length])) { _ in Self.makeList(row, indices) }
        }
        return (lists[entry], entry, isNew)
    }

    /// The first non-blank value of each of `fields`, by name, shared with rows that have the same values;
    /// `nil` when a value has doubled quotes.
    mutating func fields(_ row: CSVRecord, _ fields: [(name: String, indices: [Int])]) -> [String: String]? {
        if fields.count == 1, fields[0].indices.count == 1,
            let span = row.span(from: fields[0].indices[0], to: fields[0].indices[0])
        {
            // One kept field in one column (a team): its text is the key.
            if let known = singleFieldSets.lookUp(span) { return known }
            let index = fields[0].indices[0]
            let values: [String: String] =
                row.isBlank(index)
                ? [:] : [fields[0].name: text(row.content(index), hasDoubledQuotes: row.hasDoubledQuotes(index)).text]
            _ = singleFieldSets.index(of: span) { _ in values }
            return values
        }
        var length = 0
        for (_, indices) in fields {
            guard let index = JiraCSVItemCollector.firstNonBlank(indices, row) else { continue }
            if row.hasDoubledQuotes(index) { return nil }
            length += 8 + row.content(index).count
        }
        if length == 0 { return [:] }
        if scratch.count < length { scratch = [UInt8](repeating: 0, count: max(length, 2 * scratch.count)) }
        scratch.withUnsafeMutableBufferPointer { key in
            var position = 0
            for (ordinal, (_, indices)) in fields.enumerated() {
                guard let index = JiraCSVItemCollector.firstNonBlank(indices, row) else { continue }
                let content = row.content(index)
                let prefix = UInt64(ordinal) << 32 | UInt64(content.count)
                UnsafeMutableRawPointer(key.baseAddress! + position).storeBytes(
                    of: prefix.littleEndian, as: UInt64.self)
                if let source = content.baseAddress {
                    (key.baseAddress! + position + 8).update(from: source, count: content.count)
                }
                position += 8 + content.count
            }
        }
        let known = scratch.withUnsafeBufferPointer { fieldSets.lookUp(UnsafeBufferPointer(rebasing: $0[0..<length])) }
        if let known { return known }
        var values: [String: String] = [:]
        for (name, indices) in fields {
            guard let index = JiraCSVItemCollector.firstNonBlank(indices, row) else { continue }
            values[name] = text(row.content(index), hasDoubledQuotes: false).text
        }
        scratch.withUnsafeBufferPointer { key in
            _ = fieldSets.index(of: UnsafeBufferPointer(rebasing: key[0..<length])) { _ in values }
        }
        return values
    }

    /// The decoded `Time in Status` value of a trimmed cell; `nil` when it is not in Jira's shape.
    mutating func timeInStatus(_ content: UnsafeBufferPointer<UInt8>) -> StatusTimes? {
        guard content.count <= Self.shortTimeInStatus else { return decodeTimeInStatus(content) }
        if let known = timesInStatus.lookUp(content) { return known }
        let decoded = decodeTimeInStatus(content)
        _ = timesInStatus.index(of: content) { _ in decoded }
        return decoded
    }

    private mutating func decodeTimeInStatus(_ content: UnsafeBufferPointer<UInt8>) -> StatusTimes? {
        JiraTimeInStatus.decode(content, into: statusTimes) { statusNumber($0) }
    }

    /// A status id's number in ``statusTimes``: short ids (a file names a few) found by their packed digits.
    private mutating func statusNumber(_ digits: UnsafeBufferPointer<UInt8>) -> Int32 {
        guard digits.count <= 8, statusIDs.count < 64 else {
            return statusTimes.statusNumber(String(decoding: digits, as: UTF8.self))
        }
        var packed = UInt64(digits.count)
        for byte in digits { packed = packed << 8 | UInt64(byte) }
        let known = statusIDs.withUnsafeBufferPointer { ids in ids.firstIndex { $0.packed == packed } }
        if let known { return statusIDs[known].number }
        let number = statusTimes.statusNumber(String(decoding: digits, as: UTF8.self))
        statusIDs.append((packed, number))
        return number
    }

    /// The list as the cells give it, made from strings.
    private static func makeList(_ row: CSVRecord, _ indices: [Int]) -> [String] {
        var values: [String] = []
        for index in indices where !row.isBlank(index) {
            let value = row.string(index)
            if !values.contains(value) { values.append(value) }
        }
        return values
    }
}
