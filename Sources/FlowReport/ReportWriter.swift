import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a report's files into a folder, atomically.
///
/// Every selected format is rendered in memory first; then each is written to a temporary file in the
/// target folder and, once all are written, renamed over its final name (`report.html`, `report.md`,
/// `report.json`, `items.csv`). If anything fails, the temporary files are removed and the error is
/// thrown: no file is left half-written. The folder is created when it does not exist.
public struct ReportWriter: Sendable {
    /// The formats to write.
    public var formats: Set<OutputFormat>

    /// A writer of the given formats (`OutputFormat.allCases` for all four files).
    public init(formats: Set<OutputFormat>) {
        self.formats = formats
    }

    /// Renders `report` in every selected format and writes the files into `directory`.
    public func write(_ report: Report, to directory: URL) throws {
        let rendered = OutputFormat.allCases.filter(formats.contains).map { format in
            (format, data(report, as: format))
        }
        try createFolder(directory)
        var temporaries: [(temporary: URL, final: URL)] = []
        defer {
            for file in temporaries { try? FileManager.default.removeItem(at: file.temporary) }
        }
        for (format, data) in rendered {
            let final = directory.appendingPathComponent(format.fileName)
            let temporary = directory.appendingPathComponent(".\(format.fileName).\(UUID().uuidString).tmp")
            temporaries.append((temporary, final))
            do {
                try data.write(to: temporary, options: .withoutOverwriting)
            } catch {
                throw OutputError.cannotWrite(path: temporary.path, reason: Self.reason(error))
            }
        }
        while let file = temporaries.first {
            guard rename(file.temporary.path, file.final.path) == 0 else {
                throw OutputError.cannotReplace(path: file.final.path, reason: String(cString: strerror(errno)))
            }
            temporaries.removeFirst()
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

    private func data(_ report: Report, as format: OutputFormat) -> Data {
        switch format {
        case .html, .md: Data(render(report, as: format).utf8)
        case .json: JSONRenderer().renderData(report)
        case .csv: ItemsCSVRenderer().renderData(report)
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

    private static func reason(_ error: Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let underlying, underlying.domain == NSPOSIXErrorDomain,
            let code = POSIXErrorCode(rawValue: Int32(underlying.code))
        {
            return String(cString: strerror(code.rawValue)).lowercased()
        }
        return error.localizedDescription
    }
}
