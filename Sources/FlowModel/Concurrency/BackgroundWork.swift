import Dispatch

/// A piece of work run on another thread while the caller goes on with its own, then waited for:
/// the report builder and the importers split their work this way over a machine's cores.
///
/// ```swift
/// let rows = BackgroundWork { itemRows(scope) }
/// let summary = summarise(scope)  // meanwhile
/// let items = rows.wait()
/// ```
public final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once by the worker before it signals `done`, read by `wait()` after it: the semaphore
    // orders the two.
    private var value: Value?

    /// Starts `work` at once on a global queue.
    public init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.value = work()
            self.done.signal()
        }
    }

    /// The work's result, waiting for it when it is not finished yet. Call it once.
    public func wait() -> Value {
        done.wait()
        guard let value else { preconditionFailure("the background work signalled without a result") }
        return value
    }
}
