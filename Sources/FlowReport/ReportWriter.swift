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
/// written, renamed over its final name (`report.html`, `report.md`, `report.json`, `items.csv`). The JSON is
/// rendered on a second thread beside the other three. If anything fails, the temporary files are removed and
/// the error is thrown: no file is left half-written. The folder is created when it does not exist.
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
        // The JSON is the largest file; it gets a lane of its own, the other formats share the second.
        let lanes = [files.filter { $0.format == .json }, files.filter { $0.format != .json }].filter { !$0.isEmpty }
        let failures = FailureList()
        DispatchQueue.concurrentPerform(iterations: lanes.count) { lane in
            for file in lanes[lane] {
                do {
                    try write(report, as: file.format, to: file.temporary)
                } catch {
                    failures.add(error)
                    return
                }
            }
        }
        if let failure = failures.first { throw failure }
        for file in files {
            guard rename(file.temporary.path, file.final.path) == 0 else {
                throw OutputError.cannotReplace(path: file.final.path, reason: String(cString: strerror(errno)))
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

    /// Writes one format into a new file at `path`.
    private func write(_ report: Report, as format: OutputFormat, to path: URL) throws {
        let descriptor = open(path.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw OutputError.cannotWrite(path: path.path, reason: String(cString: strerror(errno)).lowercased())
        }
        let output = OutputBuffer(streamingTo: descriptor)
        switch format {
        case .html, .md: output.append(render(report, as: format))
        case .json: JSONRenderer().write(report, to: output)
        case .csv: ItemsCSVRenderer().write(report, to: output)
        }
        output.flush()
        let closed = close(descriptor) == 0 ? 0 : errno
        let failure = output.writeError != 0 ? output.writeError : closed
        guard failure == 0 else {
            throw OutputError.cannotWrite(path: path.path, reason: String(cString: strerror(failure)).lowercased())
        }
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
