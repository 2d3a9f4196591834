#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension String {
    /// True when `marker` occurs in the string, compared as UTF-8 bytes.
    ///
    /// For the sniffers, which look for ASCII markers (`<rss`, `<entity-engine-xml`) in the first 64 KB of every
    /// file given: Foundation's `contains` converts both texts to UTF-16 on Linux for every search.
    func containsBytes(of marker: String) -> Bool {
        var text = self
        var marker = marker
        return text.withUTF8 { text in
            marker.withUTF8 { marker in
                guard let first = marker.first else { return true }
                guard let base = text.baseAddress, let needle = marker.baseAddress, text.count >= marker.count else {
                    return false
                }
                // Each place the first byte occurs (found with memchr), compared in full.
                var start = 0
                let last = text.count - marker.count
                while start <= last, let found = memchr(base + start, Int32(first), last - start + 1) {
                    let offset = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                    if memcmp(base + offset, needle, marker.count) == 0 { return true }
                    start = offset + 1
                }
                return false
            }
        }
    }
}
