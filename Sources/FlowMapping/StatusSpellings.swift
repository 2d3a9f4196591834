import Foundation

/// Every status spelling stage intervals name, numbered in the order first seen, for the whole process: an
/// interval keeps the 4-byte number instead of a 16-byte string, and a large backup maps to close to a
/// million intervals over a few dozen spellings.
///
/// Append-only and safe to use from several threads.
final class StatusSpellings: @unchecked Sendable {
    static let shared = StatusSpellings()

    private let lock = NSLock()
    private var spellings: [String] = []
    private var numbers: [String: Int32] = [:]

    /// The number of `spelling`, giving it the next one when it is new.
    func number(of spelling: String) -> Int32 {
        lock.lock()
        defer { lock.unlock() }
        if let known = numbers[spelling] { return known }
        let number = Int32(spellings.count)
        spellings.append(spelling)
        numbers[spelling] = number
        return number
    }

    /// The spelling numbered `number` (empty for a number never given).
    func spelling(_ number: Int32) -> String {
        lock.lock()
        defer { lock.unlock() }
        return spellings.indices.contains(Int(number)) ? spellings[Int(number)] : ""
    }
}
