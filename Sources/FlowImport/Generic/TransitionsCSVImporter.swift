import FlowModel

/// Reads a transitions CSV — `key,from,to,at` plus optional item columns, one row per status change, from
/// any tool or script — into work items with their full status history.
///
/// Headers are matched by name, ignoring case (``TransitionsCSVHeader`` and ``GenericItemColumn`` list the
/// names); rows may come in any order. An empty `from` means the item was created in `to` at that time.
/// An item's current status is the `to` of its last change.
struct TransitionsCSVImporter {
    let options: ImportOptions

    func read(_ file: String) throws(InputError) -> Dataset {
        var input = try GenericCSVFile(
            file, options: options, empty: .emptyFile(format: "a transitions CSV", header: "key,from,to,at"))
        let header = TransitionsCSVHeader(names: input.headerNames)
        if let problem = header.missingColumn { throw input.headerError(problem) }
        var collector = TransitionsCSVCollector(header: header, options: options)
        let skipped = try input.forEachRow { (reader, record) throws(GenericCSVRowError) in
            try collector.add(reader, record: record)
        }
        return collector.finish(file: file, skipped: skipped)
    }
}
