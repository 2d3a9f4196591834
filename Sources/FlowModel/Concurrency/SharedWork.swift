import Dispatch
import Foundation

/// Independent pieces of work shared out to the machine's cores: each thread takes the next piece not yet
/// taken until none is left, so the cores finish together however long each piece turns out to be.
///
/// ```swift
/// let work = SharedWork()
/// let weeks = work.add { weekRows(scope) }     // the longest first
/// let teams = work.add { teamRows(scope) }
/// work.run()
/// use(weeks.value, teams.value)
/// ```
///
/// The pieces run in no particular order and must not depend on one another; each result is its piece's
/// alone, so the results are those of running the pieces one after the other.
public final class SharedWork: @unchecked Sendable {
    private let lock = NSLock()
    private var pieces: [@Sendable () -> Void] = []
    private var next = 0

    public init() {}

    /// Adds a piece; its result is the returned one's ``Result/value`` once ``run(threads:)`` has returned.
    /// Pieces are taken in the order they were added: add the longest first.
    public func add<Value>(_ work: @escaping @Sendable () -> Value) -> Result<Value> {
        let result = Result<Value>()
        pieces.append { result.store(work()) }
        return result
    }

    /// Runs every piece, on this thread and up to `threads - 1` others, and returns once all are done.
    public func run(threads: Int = 2) {
        let count = pieces.count
        guard count > 0 else { return }
        DispatchQueue.concurrentPerform(iterations: Swift.min(threads, count)) { _ in
            while let piece = take() { piece() }
        }
    }

    private func take() -> (@Sendable () -> Void)? {
        lock.lock()
        defer { lock.unlock() }
        guard next < pieces.count else { return nil }
        next += 1
        return pieces[next - 1]
    }

    /// The result of one piece.
    public final class Result<Value>: @unchecked Sendable {
        // Written once by the thread that ran the piece, read after `run` returned: `concurrentPerform`'s
        // return orders the two.
        private var stored: Value?

        fileprivate init() {}

        fileprivate func store(_ value: Value) {
            stored = value
        }

        /// The piece's result; only after ``SharedWork/run(threads:)`` has returned.
        public var value: Value {
            guard let stored else { preconditionFailure("a shared piece of work was read before it was run") }
            return stored
        }
    }
}
