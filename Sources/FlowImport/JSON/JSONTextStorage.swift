/// Growable memory for the text of a key, string or number that could not be read in place (it held
/// escapes or spanned two chunks), freed when the reader goes away.
///
/// A class because freeing the memory in `deinit` is the point.
final class JSONTextStorage {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int
    /// Bytes in use.
    var count = 0

    init(capacity: Int = 256) {
        self.capacity = capacity
        self.base = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    }

    deinit { base.deallocate() }

    /// Appends `count` bytes from `source`.
    @inline(__always)
    func append(_ source: UnsafePointer<UInt8>, count added: Int) {
        reserve(count + added)
        (base + count).update(from: source, count: added)
        count += added
    }

    /// Appends one byte.
    @inline(__always)
    func append(_ byte: UInt8) {
        if count == capacity { reserve(count + 1) }
        base[count] = byte
        count += 1
    }

    private func reserve(_ needed: Int) {
        guard needed > capacity else { return }
        var grown = capacity * 2
        while grown < needed { grown *= 2 }
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        moved.update(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = grown
    }
}
