import FlowModel

/// Where a ``JSONReader`` gets its bytes: a file read in chunks (a UTF-8 byte order mark dropped,
/// UTF-16 with a byte order mark transcoded), or bytes in memory handed out in chunks of a chosen size.
struct JSONInput {
    private var fileInput: UTF8Input?
    private let memory: [UInt8]
    private var memoryOffset: Int
    /// The most bytes one ``read(into:capacity:)`` delivers.
    let chunkSize: Int

    /// Reads the file at `path`; `file` is the name used in errors.
    init(path: String, file: String, chunkSize: Int) throws(InputError) {
        do {
            fileInput = try UTF8Input(file: try FileDescriptor(path: path))
        } catch {
            throw InputError(file: file, message: JSONProblem.unreadable(reason: error.reason).message)
        }
        memory = []
        memoryOffset = 0
        self.chunkSize = max(chunkSize, 8)
    }

    /// Reads `bytes`, at most `chunkSize` at a time (small chunks test tokens split across reads).
    init(bytes: [UInt8], chunkSize: Int) {
        fileInput = nil
        memory = bytes
        memoryOffset = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        self.chunkSize = max(chunkSize, 1)
    }

    /// Bytes of the input consumed so far, for progress.
    var bytesRead: Int64 { fileInput?.bytesRead ?? Int64(memoryOffset) }
    /// The input's size in bytes, for progress.
    var totalBytes: Int64 { fileInput?.totalBytes ?? Int64(memory.count) }

    /// Writes up to ``chunkSize`` bytes to `destination`; 0 only at the end of the input.
    mutating func read(into destination: UnsafeMutablePointer<UInt8>, file: String) throws(InputError) -> Int {
        guard fileInput != nil else {
            let count = min(chunkSize, memory.count - memoryOffset)
            guard count > 0 else { return 0 }
            memory.withUnsafeBufferPointer { bytes in
                if let start = bytes.baseAddress { destination.update(from: start + memoryOffset, count: count) }
            }
            memoryOffset += count
            return count
        }
        do {
            // UTF8Input hands out the few bytes it looked at for a byte order mark first; read on past them.
            var total = 0
            var count = 0
            repeat {
                count = try fileInput?.read(into: destination + total, capacity: chunkSize - total) ?? 0
                total += count
            } while count > 0 && total < 64 && chunkSize - total >= 8
            return total
        } catch {
            throw InputError(file: file, message: JSONProblem.unreadable(reason: error.reason).message)
        }
    }
}
