/// Numbers names in the order they are first seen: the flow item types and teams of a table's columns, the
/// status ids of Time in Status. There are few, each shared by many items, so the names are compared one by one
/// (equal strings that share their storage, or short ones, compare at once) before a dictionary is asked.
struct NameCodes {
    private(set) var names: [String] = []
    private var codes: [String: Int32] = [:]

    /// Names compared one by one before the dictionary.
    private static let scanned = 16

    init() {}

    /// Codes for `names`, in that order.
    init(_ names: [String]) {
        for name in names { _ = code(name) }
    }

    mutating func code(_ name: String) -> Int32 {
        for index in names.indices.prefix(NameCodes.scanned) where names[index] == name { return Int32(index) }
        if names.count > NameCodes.scanned, let known = codes[name] { return known }
        let code = Int32(names.count)
        codes[name] = code
        names.append(name)
        return code
    }
}
