import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An open file read in large chunks into a reused buffer.
///
/// Not a class: whoever opens it closes it in the same scope (`defer { file.close() }`).
struct XMLInputFile {
    /// The size in bytes when the file was opened (for progress).
    let size: Int64
    private let descriptor: Int32

    /// Opens `path` for reading.
    init(path: String) throws(XMLProblem) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .unreadable(reason: XMLInputFile.lastError()) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let reason = XMLInputFile.lastError()
            systemClose(descriptor)
            throw .unreadable(reason: reason)
        }
        if (status.st_mode & S_IFMT) == S_IFDIR {
            systemClose(descriptor)
            throw .unreadable(reason: "it is a folder")
        }
        self.descriptor = descriptor
        self.size = Int64(status.st_size)
    }

    /// Fills `buffer` from the start as far as the file allows; returns how many bytes it holds
    /// (fewer than its count only at the end of the file, 0 at the end).
    func read(into buffer: inout [UInt8]) throws(XMLProblem) -> Int {
        var filled = 0
        var failure: String?
        buffer.withUnsafeMutableBytes { bytes in
            guard let base = bytes.baseAddress else { return }
            while filled < bytes.count {
                let count = systemRead(descriptor, base + filled, bytes.count - filled)
                if count == 0 { break }
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = XMLInputFile.lastError()
                    break
                }
                filled += count
            }
        }
        if let failure { throw .unreadable(reason: failure) }
        return filled
    }

    /// Closes the file.
    func close() { systemClose(descriptor) }

    private static func lastError() -> String {
        String(cString: strerror(errno)).lowercased()
    }
}

private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        Glibc.read(descriptor, buffer, count)
    #else
        Darwin.read(descriptor, buffer, count)
    #endif
}

private func systemClose(_ descriptor: Int32) {
    #if canImport(Glibc)
        _ = Glibc.close(descriptor)
    #else
        _ = Darwin.close(descriptor)
    #endif
}
