import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a report's files into a folder, atomically.
///
/// Each selected format is written to a temporary file in the target folder — `report.json` and `items.csv`
/// stream there as they are rendered, so a 100 000-item report never sits in memory whole — and, once all are
/// written, put in the place of its final name (`report.html`, `report.md`, `report.json`, `items.csv`) by
/// ``FileReplacement``. The JSON and
/// the CSV are written together (``ItemLines``), the HTML and Markdown on another thread beside them. If anything
/// fails, the temporary files are removed and the error is thrown: no file is left half-written. The folder is
/// created when it does not exist.
public struct ReportWriter: Sendable {
    /// The formats to write.
    public var formats: Set<OutputFormat>

    /// A writer of the given formats (`OutputFormat.allCases` for all four files).
    public init(formats: Set<OutputFormat>) {
        self.formats = formats
    }

    /// Renders `report` in every selected format and writes the files into `directory`.
    public func write(_ report: Report, to directory: URL) throws {
        try createFolder(directory)
        let files = OutputFormat.allCases.filter(formats.contains).map { format in
            OutputFile(
                format: format, final: directory.appendingPathComponent(format.fileName),
                temporary: directory.appendingPathComponent(".\(format.fileName).\(UUID().uuidString).tmp"))
        }
        defer {
            for file in files { unlink(file.temporary.path) }
        }
        // report.json and items.csv, most of the bytes, are written together, their item lines rendered once on
        // two threads (``ItemLines``, on this thread and a worker); HTML and Markdown on another worker meanwhile.
        // The item lines hand out their chunks as threads come free, so however the system schedules the three,
        // no core waits for another.
        let failures = FailureList()
        let others = DispatchGroup()
        let otherFiles = files.filter { !$0.format.listsItems }
        if !otherFiles.isEmpty {
            DispatchQueue.global().async(group: others) {
                do {
                    try write(report, otherFiles)
                } catch {
                    failures.add(error)
                }
            }
        }
        do {
            try write(report, files.filter(\.format.listsItems))
        } catch {
            failures.add(error)
        }
        others.wait()
        if let failure = failures.first { throw failure }
        for file in files {
            let error = FileReplacement.replace(file.final.path, with: file.temporary.path)
            guard error == 0 else {
                throw OutputError.cannotReplace(path: file.final.path, reason: String(cString: strerror(error)))
            }
        }
    }

    /// One format as text.
    public func render(_ report: Report, as format: OutputFormat) -> String {
        switch format {
        case .html: HTMLRenderer().render(report)
        case .md: MarkdownRenderer().render(report)
        case .json: JSONRenderer().render(report)
        case .csv: ItemsCSVRenderer().render(report)
        }
    }

    /// Writes `files`, each a new file at its temporary path: report.json and items.csv together, the others
    /// one after the other.
    private func write(_ report: Report, _ files: [OutputFile]) throws {
        var opened: [(file: OutputFile, descriptor: Int32, output: OutputBuffer)] = []
        defer {
            for file in opened { close(file.descriptor) }
        }
        for file in files {
            let descriptor = open(file.temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { throw Self.cannotWrite(file.temporary, errno) }
            opened.append((file, descriptor, OutputBuffer(streamingTo: descriptor)))
        }
        let json = opened.first { $0.file.format == .json }?.output
        let csv = opened.first { $0.file.format == .csv }?.output
        if let csv { ItemsCSVRenderer().writeHeader(report, to: csv) }
        for (file, _, output) in opened {
            switch file.format {
            case .html, .md: output.append(render(report, as: file.format))
            case .json:
                JSONRenderer().write(report, to: output) { json in ItemLines(report).write(json: &json, csv: csv) }
            case .csv:
                if json == nil { ItemLines(report).write(csv: output) }
            }
        }
        var failure: OutputError?
        for (file, descriptor, output) in opened {
            output.flush()
            let closed = close(descriptor) == 0 ? 0 : errno
            let error = output.writeError != 0 ? output.writeError : closed
            if error != 0 && failure == nil { failure = Self.cannotWrite(file.temporary, error) }
        }
        opened = []
        if let failure { throw failure }
    }

    private static func cannotWrite(_ path: URL, _ error: Int32) -> OutputError {
        OutputError.cannotWrite(path: path.path, reason: String(cString: strerror(error)).lowercased())
    }

    private func createFolder(_ directory: URL) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw OutputError.cannotCreateFolder(path: directory.path, reason: "a file with that name exists")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw OutputError.cannotCreateFolder(path: directory.path, reason: Self.reason(error))
        }
    }

    /// The system's reason for a failed folder creation (`not a directory`), lowercase like every message.
    /// Foundation wraps it: on Linux as a `POSIXError`, on Apple systems as an `NSError` in the POSIX domain.
    private static func reason(_ error: Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey]
        if let posix = underlying as? POSIXError {
            return String(cString: strerror(posix.code.rawValue)).lowercased()
        }
        if let underlying = underlying as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code))).lowercased()
        }
        return error.localizedDescription.lowercased()
    }
}
