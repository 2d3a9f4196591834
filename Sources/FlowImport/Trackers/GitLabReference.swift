import Foundation

/// What an issue's GitLab URL says: the project's path and the issue's number in it, which make the
/// reference GitLab itself writes (`group/project#12`).
struct GitLabReference: Equatable {
    /// The project's path (`jashkenas/underscore`).
    var project: String
    /// The issue's number in its project (IID).
    var iid: String

    /// The reference in `https://host/group/project/-/issues/12` or `…/group/project/issues/12`; `nil` for
    /// a URL of another shape.
    init?(url: String) {
        guard let scheme = url.range(of: "://") else { return nil }
        let path = url[scheme.upperBound...].split(separator: "/").dropFirst().map(String.init)
        guard path.count >= 3, path[path.count - 2] == "issues", let number = path.last,
            !number.isEmpty, number.allSatisfy(\.isNumber)
        else { return nil }
        let projectPath = path.dropLast(2).filter { $0 != "-" }
        guard !projectPath.isEmpty else { return nil }
        project = projectPath.joined(separator: "/")
        iid = number
    }

    /// `group/project#12`.
    var key: String { project + "#" + iid }

    /// The value of the first `workflow::…` or `status::…` scoped label (`in review`); `nil` when none.
    static func workflowStatus(_ labels: [String]) -> String? {
        for label in labels {
            guard let separator = label.range(of: "::", options: .backwards) else { continue }
            let scope = label[..<separator.lowerBound].lowercased()
            let value = label[separator.upperBound...]
            if (scope == "workflow" || scope == "status") && !value.isEmpty { return String(value) }
        }
        return nil
    }
}
