import FlowModel

extension JSONReader {
    /// Reads the next value whole: call it where a value comes next.
    mutating func readValue() throws(InputError) -> JSONValue {
        try value(from: try next())
    }

    /// The whole value that `event` (just returned by ``next()``) begins.
    ///
    /// Recursion is bounded by ``maxDepth``.
    mutating func value(from event: JSONEvent) throws(InputError) -> JSONValue {
        switch event {
        case .string: return .string(text)
        case .number: return .number(number ?? 0)
        case .bool(let value): return .bool(value)
        case .null, .key, .objectEnd, .arrayEnd, .end: return .null
        case .objectStart:
            var members: [String: JSONValue] = [:]
            while try nextKey() {
                let key = text
                members[key] = try readValue()
            }
            return .object(members)
        case .arrayStart:
            var elements: [JSONValue] = []
            while let element = try nextElement() {
                elements.append(try value(from: element))
            }
            return .array(elements)
        }
    }
}
