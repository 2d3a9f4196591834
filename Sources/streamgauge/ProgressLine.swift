import Foundation

/// Progress of long imports on standard error — only when it is a terminal.
enum ProgressLine {
    /// A reporter that rewrites one status line, or `nil` when standard error is not a terminal.
    static func reporter() -> (@Sendable (String, Int64, Int64) -> Void)? {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        return { file, read, total in
            let percent = total > 0 ? Int(read * 100 / total) : 0
            let name = URL(fileURLWithPath: file).lastPathComponent
            let line = read >= total ? "\r\u{1B}[K" : "\rreading \(name): \(percent) %\u{1B}[K"
            FileHandle.standardError.write(Data(line.utf8))
        }
    }
}
