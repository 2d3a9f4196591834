#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An open file, read with `read(2)` and closed when the last reference goes away.
///
/// A class because closing the descriptor in `deinit` is the point.
final class FileDescriptor {
    private let descriptor: Int32
    /// The file's size in bytes when it was opened.
    let size: Int64

    /// Opens `path` for reading.
    ///
    /// - Throws: the `errno` of the failed `open(2)`.
    init(path: String) throws(FileReadError) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw FileReadError(code: errno) }
        var status = stat()
        self.size = fstat(descriptor, &status) == 0 ? Int64(status.st_size) : 0
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Reads up to `count` bytes at `offset` into `destination`, leaving the file's position where it is; the
    /// number read, 0 at or past the end of the file.
    ///
    /// - Throws: the `errno` of a failed read (interrupted reads are retried).
    func read(into destination: UnsafeMutableRawPointer, count: Int, at offset: Int64) throws(FileReadError) -> Int {
        try Self.retryingInterrupts { pread(descriptor, destination, count, off_t(offset)) }
    }

    /// Moves the file's position to `offset`, where the next ``read(into:count:)`` starts.
    ///
    /// - Throws: the `errno` of a failed `lseek(2)`.
    func seek(to offset: Int64) throws(FileReadError) {
        guard lseek(descriptor, off_t(offset), SEEK_SET) >= 0 else { throw FileReadError(code: errno) }
    }

    /// Reads up to `count` bytes into `destination`; the number read, 0 at the end of the file.
    ///
    /// - Throws: the `errno` of a failed read (interrupted reads are retried).
    func read(into destination: UnsafeMutableRawPointer, count: Int) throws(FileReadError) -> Int {
        try Self.retryingInterrupts {
            #if canImport(Glibc)
                Glibc.read(descriptor, destination, count)
            #else
                Darwin.read(descriptor, destination, count)
            #endif
        }
    }

    /// The result of `call`, a `read(2)`-like call, made again while it is interrupted.
    private static func retryingInterrupts(_ call: () -> Int) throws(FileReadError) -> Int {
        while true {
            let result = call()
            if result >= 0 { return result }
            if errno == EINTR { continue }
            throw FileReadError(code: errno)
        }
    }
}

/// A failed `read(2)` or `open(2)`, with its `errno`.
struct FileReadError: Error {
    let code: Int32

    /// The system's description of the error, lowercased (`no such file or directory`).
    var reason: String { String(cString: strerror(code)).lowercased() }
}
