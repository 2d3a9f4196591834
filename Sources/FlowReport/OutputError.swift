/// Why ``ReportWriter`` could not write a report. Nothing is left half-written when one is thrown.
public enum OutputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The output folder does not exist and could not be made, or is not a folder.
    case cannotCreateFolder(path: String, reason: String)
    /// A temporary file in the output folder could not be written.
    case cannotWrite(path: String, reason: String)
    /// A finished temporary file could not be renamed over its final name.
    case cannotReplace(path: String, reason: String)

    /// `path: error: message`, as the command line prints it.
    public var description: String {
        switch self {
        case .cannotCreateFolder(let path, let reason):
            "\(path): error: cannot create the output folder: \(reason)"
        case .cannotWrite(let path, let reason):
            "\(path): error: cannot write the report: \(reason)"
        case .cannotReplace(let path, let reason):
            "\(path): error: cannot replace the report file: \(reason)"
        }
    }
}
