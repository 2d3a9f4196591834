import Foundation

/// The process's peak resident memory so far (`VmHWM` in `/proc/self/status`), for `--verbose` and the
/// benchmark's split of where memory goes; `nil` where the system does not tell it.
enum PeakMemory {
    static func bytes() -> Int? { value("VmHWM:") }

    private static func value(_ name: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix(name) {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 2, let kilobytes = Int(fields[1]) else { return nil }
            return kilobytes * 1024
        }
        return nil
    }
}
