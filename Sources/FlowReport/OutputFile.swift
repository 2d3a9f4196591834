import Foundation

/// A file the writer writes: its format, where it goes, and the temporary file it is written to first.
struct OutputFile: Sendable {
    let format: OutputFormat
    let final: URL
    let temporary: URL
}
