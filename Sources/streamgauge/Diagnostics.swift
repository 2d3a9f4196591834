import ArgumentParser
import Foundation
import FlowModel

/// Prints errors the way compilers do and turns them into a failing exit code.
enum Diagnostics {
    /// Runs `body`; an input error is printed as `file:line:col: error: message` and exits with 1.
    static func run<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as InputError {
            note(error.description)
            throw ExitCode.failure
        } catch let error as CocoaError {
            note("error: \(error.localizedDescription)")
            throw ExitCode.failure
        }
    }

    /// Writes one line to standard error.
    static func note(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
