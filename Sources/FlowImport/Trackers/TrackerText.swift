import Foundation

/// Small text rules shared by the tracker importers.
enum TrackerText {
    /// `Dileep Kumar` from `Dileep Kumar <dileep.kumar@example.com>` or `Name <DOMAIN\login>`; the text
    /// as it is when it has no `<…>` part.
    static func personName(_ text: String) -> String {
        guard text.hasSuffix(">"), let open = text.lastIndex(of: "<") else { return text }
        let name = text[..<open].trimmingCharacters(in: .whitespaces)
        return name.isEmpty ? text : name
    }

    /// The non-empty, trimmed parts of `text` between `separator`s.
    static func list(_ text: String?, separator: Character) -> [String] {
        guard let text else { return [] }
        return text.split(separator: separator).map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
    }
}
