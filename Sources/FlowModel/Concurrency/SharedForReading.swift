/// A value handed to ``BackgroundWork`` that the compiler cannot prove safe to share, but that is: a
/// struct of value-semantic parts that the background reads while the caller goes on with its own copy.
public struct SharedForReading<Value>: @unchecked Sendable {
    public let value: Value

    public init(_ value: Value) {
        self.value = value
    }
}
