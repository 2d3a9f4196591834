import FlowModel
import Foundation
import Yams

/// Reads a value-stream configuration (`streamgauge.yml`, SPEC §3) with every key checked.
///
/// Unknown keys, a status named twice, a stage with no statuses and an unknown kind are errors that
/// name the file, the line and the key.
public enum ValueStreamLoader {
    /// Loads and validates the configuration in `file`.
    public static func load(file: String) throws(InputError) -> ValueStream {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw InputError(file: file, message: "no such configuration file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputError(file: file, message: "the configuration is not UTF-8 text")
        }
        return try parse(text, file: file)
    }

    /// Parses configuration text; `file` names it in errors.
    public static func parse(_ text: String, file: String) throws(InputError) -> ValueStream {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw syntaxError(error, file: file)
        } catch {
            throw InputError(file: file, message: "the configuration is not valid YAML: \(error)")
        }
        guard let root else { return ValueStream() }
        return try ConfigurationReader(file: file).valueStream(from: root)
    }

    private static func syntaxError(_ error: YamlError, file: String) -> InputError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
            return InputError(
                file: file, position: .line(mark.line, column: mark.column),
                message: "the configuration is not valid YAML: \(problem)")
        default:
            return InputError(file: file, message: "the configuration is not valid YAML: \(error)")
        }
    }
}
