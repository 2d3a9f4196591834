import ArgumentParser
import FlowReport
import Foundation

/// The `--format` list of `report` and `sprints`: `html,md,json,csv` (`markdown` for `md` too).
enum OutputFormatList {
    /// The formats `list` names.
    static func parse(_ list: String) throws -> Set<OutputFormat> {
        var result = Set<OutputFormat>()
        for name in list.split(separator: ",") {
            let trimmed = name.trimmingCharacters(in: .whitespaces).lowercased()
            guard let format = OutputFormat(rawValue: trimmed == "markdown" ? "md" : trimmed) else {
                throw ValidationError("unknown output format '\(trimmed)'; expected html, md, json or csv")
            }
            result.insert(format)
        }
        if result.isEmpty { throw ValidationError("--format names no output") }
        return result
    }
}
