/// The memory one ``JSONReader`` reads chunks into, freed when the last reader copy goes away.
///
/// A class because freeing the memory in `deinit` is the point.
final class JSONBuffer {
    let base: UnsafeMutablePointer<UInt8>
    /// Bytes the buffer holds.
    let capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 1)
        self.base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }
}
