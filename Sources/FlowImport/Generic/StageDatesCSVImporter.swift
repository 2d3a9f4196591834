import FlowModel

/// Reads a stage-dates CSV (ActionableAgile style: `ID,Link,Name,<one date column per stage>,Type,…`) into
/// work items whose history is the day each stage was entered.
///
/// Stage columns keep their order: they are the value stream's stages in flow order, and the dataset
/// carries them as ``FlowModel/Dataset/stageOrder``. Dates without a time are local midnight in the
/// configured zone; the history is partial (days, not times, and no visit after the first).
struct StageDatesCSVImporter {
    let options: ImportOptions

    func read(_ file: String) throws(InputError) -> Dataset {
        var input = try GenericCSVFile(
            file, options: options,
            empty: .emptyFile(format: "a stage-dates CSV", header: "ID,Name,Backlog,…,Done,Type"))
        let header = StageDatesCSVHeader(names: input.headerNames)
        if let problem = header.problem { throw input.headerError(problem) }
        var collector = StageDatesCSVCollector(header: header, options: options)
        let skipped = try input.forEachRow { (reader, record) throws(GenericCSVRowError) in
            try collector.add(reader, record: record)
        }
        var dataset = collector.finish(file: file, skipped: skipped)
        dataset.stageOrder = header.stageNames
        return dataset
    }
}
