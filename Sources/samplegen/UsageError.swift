/// A problem with the command line, printed with the usage text.
struct UsageError: Error, CustomStringConvertible {
    let description: String

    init(_ message: String) { description = message }
}
