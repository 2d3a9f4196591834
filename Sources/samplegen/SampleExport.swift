import Foundation

/// Simulates the organisation once and writes every requested format from it.
struct SampleExport {
    let options: GeneratorOptions

    func run() throws(UsageError) {
        let started = Date()
        let organisation = try Simulator(options: options).run()
        do {
            try FileManager.default.createDirectory(atPath: options.outputFolder, withIntermediateDirectories: true)
        } catch {
            throw UsageError("cannot create folder '\(options.outputFolder)': \(error.localizedDescription)")
        }
        let layout = CSVLayout(organisation: organisation, targetColumns: options.columns)
        for format in options.formats {
            let path = (options.outputFolder as NSString).appendingPathComponent(format.fileName)
            var file = try OutputFile(path: path)
            switch format {
            case .csv:
                if let warning = layout.warning { report("warning: \(warning)") }
                JiraCSVWriter(organisation: organisation, layout: layout).write(to: &file)
                try file.commit()
                report("wrote \(path): \(organisation.issues.count) issues, \(layout.columns.count) columns")
            case .xml:
                JiraRSSWriter(organisation: organisation, extras: layout.extras).write(to: &file)
                try file.commit()
                report("wrote \(path): \(organisation.issues.count) issues")
            case .yml:
                ValueStreamConfigWriter(organisation: organisation).write(to: &file)
                try file.commit()
                report("wrote \(path): \(organisation.sprints.count) sprints")
            }
        }
        let seconds = Date().timeIntervalSince(started)
        report("done in \(Double(Int(seconds * 100)) / 100) s")
    }

    private func report(_ line: String) {
        FileHandle.standardError.write(Data("samplegen: \(line)\n".utf8))
    }
}
