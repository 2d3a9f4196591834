import Dispatch

/// A value one thread gives another once it has it: the other waits for it, at most once.
///
/// The giver must give exactly once, whatever happens to it, before it waits for the taker in turn; then neither
/// can wait for the other forever.
public final class Handoff<Value>: @unchecked Sendable {
    private let given = DispatchSemaphore(value: 0)
    // Written once by `give(_:)` before it signals, read by `take()` after the signal: the semaphore orders them.
    private var value: Value?

    public init() {}

    /// Hands `value` over (`nil`: there is nothing to hand).
    public func give(_ value: Value?) {
        self.value = value
        given.signal()
    }

    /// The value given, waiting for it if it has not been given yet.
    public func take() -> Value? {
        given.wait()
        return value
    }
}
