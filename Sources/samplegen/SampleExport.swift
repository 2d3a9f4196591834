import Foundation

/// Simulates the organisation once and writes every requested format from it.
struct SampleExport {
    let options: GeneratorOptions

    func run() throws(UsageError) {
        let started = Date()
        let organisation = try Simulator(options: options).run()
        try makeFolder(options.outputFolder)
        let layout = CSVLayout(organisation: organisation, targetColumns: options.columns)
        let needsChangeLog = options.formats.contains(.backup) || options.formats.contains(.json)
        let changeLog = needsChangeLog ? ChangeLog(organisation: organisation) : nil
        for format in options.formats {
            let path = (options.outputFolder as NSString).appendingPathComponent(format.fileName)
            switch format {
            case .csv:
                var file = try OutputFile(path: path)
                if let warning = layout.warning { report("warning: \(warning)") }
                JiraCSVWriter(organisation: organisation, layout: layout).write(to: &file)
                try file.commit()
                report("wrote \(path): \(organisation.issues.count) issues, \(layout.columns.count) columns")
            case .xml:
                var file = try OutputFile(path: path)
                JiraRSSWriter(organisation: organisation, extras: layout.extras).write(to: &file)
                try file.commit()
                report("wrote \(path): \(organisation.issues.count) issues")
            case .yml:
                var file = try OutputFile(path: path)
                ValueStreamConfigWriter(organisation: organisation).write(to: &file)
                try file.commit()
                report("wrote \(path): \(organisation.sprints.count) sprints")
            case .backup:
                guard let changeLog else { continue }
                try writeBackup(organisation, changeLog: changeLog, folder: path)
            case .json:
                guard let changeLog else { continue }
                try writeJSON(organisation, changeLog: changeLog, folder: path)
            case .transitions:
                var file = try OutputFile(path: path)
                let rows = TransitionsCSVWriter(organisation: organisation).write(to: &file)
                try file.commit()
                report("wrote \(path): \(rows) transitions of \(organisation.issues.count) issues")
            }
        }
        let seconds = Date().timeIntervalSince(started)
        report("done in \(Double(Int(seconds * 100)) / 100) s")
    }

    private func writeBackup(_ organisation: Organisation, changeLog: ChangeLog, folder: String) throws(UsageError) {
        try makeFolder(folder)
        let entitiesPath = (folder as NSString).appendingPathComponent("entities.xml")
        var entities = try OutputFile(path: entitiesPath)
        let counts = JiraBackupWriter(organisation: organisation, changeLog: changeLog).write(to: &entities)
        try entities.commit()
        report(
            "wrote \(entitiesPath): \(organisation.issues.count) issues, \(counts.statusChanges) status changes,"
                + " \(counts.changeItems) change items")
        let objectsPath = (folder as NSString).appendingPathComponent("activeobjects.xml")
        var objects = try OutputFile(path: objectsPath)
        ActiveObjectsWriter(organisation: organisation).write(to: &objects)
        try objects.commit()
        report("wrote \(objectsPath): \(organisation.sprints.count) sprints")
    }

    private func writeJSON(_ organisation: Organisation, changeLog: ChangeLog, folder: String) throws(UsageError) {
        try makeFolder(folder)
        let writer = JiraJSONWriter(organisation: organisation, changeLog: changeLog, pageSize: options.jsonPageSize)
        let children = writer.subtasks
        let pages = writer.pages
        var startAt = 0
        for page in pages {
            var file = try OutputFile(path: (folder as NSString).appendingPathComponent(page.name))
            writer.writePage(page.issues, startAt: startAt, children: children, to: &file)
            try file.commit()
            startAt += page.issues.count
        }
        let pageCount = pages.count == 1 ? "1 page" : "\(pages.count) pages"
        report(
            "wrote \(folder): \(organisation.issues.count) issues in \(pageCount), \(changeLog.statusChangeCount)"
                + " status changes")
    }

    private func makeFolder(_ path: String) throws(UsageError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw UsageError("cannot create folder '\(path)': \(error.localizedDescription)")
        }
    }

    private func report(_ line: String) {
        FileHandle.standardError.write(Data("samplegen: \(line)\n".utf8))
    }
}
