import Foundation

/// A file written through a fixed 1 MiB buffer, first under a temporary name and renamed into
/// place by ``commit()`` so a reader never sees half a file.
///
/// Non-copyable, because it owns an open C file handle and its buffer, which `deinit` releases
/// (a file that was never committed is removed).
struct OutputFile: ~Copyable {
    private let path: String
    private let temporaryPath: String
    private var handle: UnsafeMutablePointer<FILE>?
    private let storage: UnsafeMutablePointer<UInt8>
    private var count = 0
    /// Set when the operating system refused a write.
    private var failed = false
    private static let capacity = 1 << 20

    init(path: String) throws(UsageError) {
        self.path = path
        temporaryPath = path + ".partial"
        guard let opened = fopen(temporaryPath, "wb") else {
            throw UsageError("cannot write '\(temporaryPath)': \(String(cString: strerror(errno)))")
        }
        handle = opened
        storage = .allocate(capacity: OutputFile.capacity)
    }

    deinit {
        if let handle {
            fclose(handle)
            unlink(temporaryPath)
        }
        storage.deallocate()
    }

    mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { write(bytes: $0) }
    }

    mutating func write(byte: UInt8) {
        if count == OutputFile.capacity { flush() }
        storage[count] = byte
        count += 1
    }

    mutating func write(bytes: UnsafeBufferPointer<UInt8>) {
        if count + bytes.count > OutputFile.capacity { flush() }
        if bytes.count > OutputFile.capacity {
            writeThrough(bytes)
            return
        }
        guard let base = bytes.baseAddress else { return }
        (storage + count).update(from: base, count: bytes.count)
        count += bytes.count
    }

    mutating func write(bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { write(bytes: $0) }
    }

    /// Appends `value` in decimal, zero-padded to at least `width` digits.
    mutating func write(number value: Int, width: Int = 1) {
        if count + 24 + width > OutputFile.capacity { flush() }
        if value < 0 {
            storage[count] = UInt8(ascii: "-")
            count += 1
        }
        var rest = value.magnitude
        let start = count
        repeat {
            storage[count] = UInt8(truncatingIfNeeded: 48 + rest % 10)
            rest /= 10
            count += 1
        } while rest > 0 || count - start < width
        var digits = UnsafeMutableBufferPointer(start: storage + start, count: count - start)
        digits.reverse()
    }

    /// Writes any buffered bytes, closes the file and renames it to its final name.
    mutating func commit() throws(UsageError) {
        flush()
        guard let handle else { return }
        self.handle = nil
        let closeFailed = fclose(handle) != 0
        if failed || closeFailed || rename(temporaryPath, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw UsageError("cannot write '\(path)': \(reason)")
        }
    }

    private mutating func flush() {
        writeThrough(UnsafeBufferPointer(start: storage, count: count))
        count = 0
    }

    private mutating func writeThrough(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let handle, let base = bytes.baseAddress, !bytes.isEmpty else { return }
        if fwrite(base, 1, bytes.count, handle) != bytes.count { failed = true }
    }
}
