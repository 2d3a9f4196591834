import ArgumentParser
import FlowModel
import FlowReport
import Foundation

/// Prints errors the way compilers do and turns them into a failing exit code.
enum Diagnostics {
    /// Runs `body`; an error is printed on standard error (`file:line:col: error: message` for bad input)
    /// and the command exits with 1.
    static func run<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as InputError {
            note(error.description)
            if error.skippable {
                note("note: --lenient skips the rows and items that cannot be read, and lists them in the report")
            }
        } catch {
            note("error: \(error)")
        }
        throw ExitCode.failure
    }

    /// Warns of teams asked for (`--team`) that no item belongs to — a misspelt name, most often — which the
    /// report only says at its end.
    static func warnAboutMissingTeams(_ missing: MissingTeams) {
        guard !missing.asked.isEmpty else { return }
        note("warning: no items belong to \(missing.askedText); teams in the data: \(missing.inDataText)")
    }

    /// Writes one line to standard error.
    static func note(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
