import FlowModel
import Foundation

/// The sprint field as Jira Server and older Cloud wrote it in REST responses: one string per sprint,
/// `com.atlassian.greenhopper.service.sprint.Sprint@1a2b[id=3,rapidViewId=1,state=CLOSED,name=Sprint 3,
/// goal=,startDate=2016-01-11T10:21:37.000+01:00,endDate=…,completeDate=<null>,sequence=3]`.
enum JiraJSONLegacySprint {
    static let prefix: StaticString = "com.atlassian.greenhopper.service.sprint.Sprint"

    /// The sprint a value describes; `nil` when it has no `name`.
    ///
    /// Pairs are split at a `,` followed by a word and `=`, so a name holding a comma stays whole.
    /// `<null>` means no value; dates that are not timestamps are dropped.
    static func parse(_ bytes: [UInt8], clock: LocalClock) -> Sprint? {
        guard let open = bytes.firstIndex(of: UInt8(ascii: "[")), let close = bytes.lastIndex(of: UInt8(ascii: "]")),
            open < close
        else { return nil }
        var values: [String: [UInt8]] = [:]
        for pair in pairs(bytes[(open + 1)..<close]) {
            guard let equals = pair.firstIndex(of: UInt8(ascii: "=")) else { continue }
            let value = Array(pair[(equals + 1)...])
            if value.elementsEqual("<null>".utf8) { continue }
            values[String(decoding: pair[..<equals], as: UTF8.self)] = value
        }
        guard let name = values["name"].map({ String(decoding: $0, as: UTF8.self) }), !name.isEmpty else { return nil }
        func date(_ key: String) -> Date? { values[key].flatMap { JSONTimestamp.parse($0, clock: clock) } }
        return Sprint(
            id: values["id"].map { String(decoding: $0, as: UTF8.self) }, name: name,
            state: values["state"].map { String(decoding: $0, as: UTF8.self).lowercased() },
            start: date("startDate"), end: date("endDate"), completed: date("completeDate"))
    }

    /// The `key=value` pieces of the text between the brackets.
    private static func pairs(_ content: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        var result: [ArraySlice<UInt8>] = []
        var start = content.startIndex
        var index = content.startIndex
        while index < content.endIndex {
            if content[index] == UInt8(ascii: ","), startsPair(content[(index + 1)...]) {
                result.append(content[start..<index])
                start = index + 1
            }
            index += 1
        }
        result.append(content[start..<content.endIndex])
        return result
    }

    /// True when `text` begins with a word of ASCII letters followed by `=`.
    private static func startsPair(_ text: ArraySlice<UInt8>) -> Bool {
        var index = text.startIndex
        while index < text.endIndex, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(text[index] | 0x20) {
            index += 1
        }
        return index > text.startIndex && index < text.endIndex && text[index] == UInt8(ascii: "=")
    }
}
