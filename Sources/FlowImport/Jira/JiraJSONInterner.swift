#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Shares one `String` among the many copies of a repeated value (status names, types, projects, people),
/// looked up by the value's bytes so that a repeat costs no new `String`.
struct JiraJSONInterner {
    /// Strings by a hash of their UTF-8 bytes; on a collision the first one stays and others are not shared.
    private var table: [UInt64: String] = [:]

    /// The shared string for `bytes` (UTF-8).
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        // FNV-1a: short keys, and no need to resist chosen collisions (a collision only costs sharing).
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        if let existing = table[hash] {
            if Self.equal(existing, bytes) { return existing }
            return String(decoding: bytes, as: UTF8.self)
        }
        let string = String(decoding: bytes, as: UTF8.self)
        table[hash] = string
        return string
    }

    /// The shared copy of `string`.
    mutating func intern(_ string: String) -> String {
        var string = string
        return string.withUTF8 { intern($0) }
    }

    private static func equal(_ string: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var string = string
        return string.withUTF8 { utf8 in
            guard utf8.count == bytes.count else { return false }
            guard let left = utf8.baseAddress, let right = bytes.baseAddress else { return true }
            return memcmp(left, right, utf8.count) == 0
        }
    }
}
