extension JSONEvent {
    /// What the value this event starts is, for messages (`a JSON array`).
    var noun: String {
        switch self {
        case .objectStart: "a JSON object"
        case .arrayStart: "a JSON array"
        case .string: "a JSON string"
        case .number: "a JSON number"
        case .bool: "a JSON boolean"
        case .null: "null"
        case .objectEnd, .arrayEnd, .key, .end: "no value"
        }
    }
}
