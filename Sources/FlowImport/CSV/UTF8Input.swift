import Dispatch
import Foundation

/// The text of a file as UTF-8 bytes, read in chunks: a UTF-8 byte order mark is dropped, and
/// UTF-16 with a byte order mark (either endianness) is transcoded to UTF-8 as it is read.
///
/// UTF-8 text can be read in parts (see ``CSVSplitPoint``): an input can stop at a byte offset, set before
/// or while it reads (``ReadLimit``), and bytes it delivered can be given back to be delivered again.
struct UTF8Input {
    /// How the file's text is encoded, decided by its first bytes.
    enum Encoding: Equatable {
        case utf8
        case utf16LittleEndian
        case utf16BigEndian
    }

    private let file: FileDescriptor
    let encoding: Encoding
    /// Raw bytes read from the file but not delivered yet.
    private var carry: [UInt8]
    private var fileEnded = false
    /// Raw bytes read from the file so far.
    private(set) var bytesRead: Int64
    /// The file's size in bytes.
    var totalBytes: Int64 { file.size }
    /// The offset in the file at which UTF-8 text stops being delivered (UTF-16 text ignores it).
    private let end: ReadLimit

    /// The offset in the file of the next byte of UTF-8 text to be delivered.
    var position: Int64 { bytesRead - Int64(carry.count) }

    /// Reads the first bytes of `file` to decide its encoding.
    ///
    /// - Parameter end: for UTF-8 text, the offset in the file where the text stops (a record boundary
    ///   found by ``CSVSplitPoint``); the bytes from there on are never delivered.
    init(file: FileDescriptor, end: Int64 = .max) throws(FileReadError) {
        try self.init(file: file, limit: ReadLimit(end))
    }

    /// Reads the first bytes of `file`, stopping UTF-8 text at `limit`'s offset, which another thread may
    /// set while this input is read.
    init(file: FileDescriptor, limit: ReadLimit) throws(FileReadError) {
        self.file = file
        self.end = limit
        var head = [UInt8](repeating: 0, count: 3)
        var got = 0
        while got < 3 {
            let count = try head.withUnsafeMutableBufferPointer { (bytes) throws(FileReadError) -> Int in
                try file.read(into: bytes.baseAddress! + got, count: 3 - got)
            }
            if count == 0 { break }
            got += count
        }
        head.removeLast(3 - got)
        bytesRead = Int64(got)
        if head.starts(with: [0xEF, 0xBB, 0xBF]) {
            encoding = .utf8
            carry = []
        } else if head.starts(with: [0xFF, 0xFE]) {
            encoding = .utf16LittleEndian
            carry = Array(head.dropFirst(2))
        } else if head.starts(with: [0xFE, 0xFF]) {
            encoding = .utf16BigEndian
            carry = Array(head.dropFirst(2))
        } else {
            encoding = .utf8
            carry = head
        }
    }

    /// The UTF-8 text of `file` from `offset` on: the rest of a file after a ``CSVSplitPoint``.
    init(utf8 file: FileDescriptor, from offset: Int64) throws(FileReadError) {
        try file.seek(to: offset)
        self.file = file
        end = ReadLimit()
        encoding = .utf8
        carry = []
        bytesRead = offset
    }

    /// Writes up to `capacity` (at least 8) bytes of UTF-8 text to `destination`.
    ///
    /// - Returns: the number of bytes written; 0 only at the end of the file.
    mutating func read(into destination: UnsafeMutablePointer<UInt8>, capacity: Int) throws(FileReadError) -> Int {
        precondition(capacity >= 8, "UTF8Input needs room for a few characters")
        if encoding == .utf8 { return try readUTF8(into: destination, capacity: capacity) }
        while true {
            let wanted = max(4, (capacity - 3) / 3 * 2)
            if carry.count < wanted && !fileEnded {
                let previous = carry.count
                let room = wanted - previous
                carry.append(contentsOf: repeatElement(0, count: room))
                let count = try carry.withUnsafeMutableBufferPointer { (bytes) throws(FileReadError) -> Int in
                    try file.read(into: bytes.baseAddress! + previous, count: room)
                }
                carry.removeLast(room - count)
                bytesRead += Int64(count)
                if count == 0 { fileEnded = true }
            }
            let usable = min(carry.count, wanted)
            let bigEndian = encoding == .utf16BigEndian
            let final = fileEnded && usable == carry.count
            let (written, consumed) = carry.withUnsafeBufferPointer { bytes in
                UTF16Transcoder.transcode(
                    UnsafeBufferPointer(rebasing: bytes[0..<usable]), bigEndian: bigEndian, final: final,
                    into: destination)
            }
            carry.removeFirst(consumed)
            if written > 0 || (fileEnded && carry.isEmpty) { return written }
        }
    }

    /// Gives back the last `bytes.count` bytes of UTF-8 text delivered, `bytes` being those bytes: the
    /// next reads deliver them again.
    mutating func giveBack(_ bytes: UnsafeBufferPointer<UInt8>) {
        precondition(encoding == .utf8, "only UTF-8 text can be given back")
        carry.insert(contentsOf: bytes, at: 0)
    }

    private mutating func readUTF8(
        into destination: UnsafeMutablePointer<UInt8>, capacity: Int
    ) throws(FileReadError) -> Int {
        let end = self.end.end(forReadingAt: position)
        let room = Int(min(Int64(capacity), max(end - position, 0)))
        guard room > 0 else { return 0 }
        if !carry.isEmpty {
            let count = min(carry.count, room)
            carry.withUnsafeBufferPointer { bytes in destination.update(from: bytes.baseAddress!, count: count) }
            carry.removeFirst(count)
            return count
        }
        let count = try file.read(into: destination, count: room)
        bytesRead += Int64(count)
        return count
    }
}

/// Where the reading of a file's first part stops: an offset that another thread may give while the part is
/// read, having found it meanwhile (see ``JiraCSVImporter/readInHalves(_:)``).
///
/// Until it is given, text is read up to an offset the end is known not to come before; reading past that waits
/// for it. The thread that finds the end must give it, whatever happens (`Int64.max`: no end).
final class ReadLimit: @unchecked Sendable {
    private let lock = NSLock()
    private let given = DispatchSemaphore(value: 0)
    /// A limit known from the start, read without the lock.
    private let fixed: Int64?
    /// The end once given.
    private var value: Int64?
    /// The offset the end comes after, when it is not given yet.
    private let notBefore: Int64

    /// A limit known from the start (`Int64.max`: none).
    init(_ offset: Int64 = .max) {
        fixed = offset
        notBefore = offset
    }

    /// A limit given later by ``give(_:)``, which will not come before `offset`.
    init(notBefore offset: Int64) {
        fixed = nil
        notBefore = offset
    }

    /// Gives the end (`Int64.max`: none), which comes no earlier than promised: text read before it was given is
    /// all before it.
    func give(_ offset: Int64) {
        precondition(fixed == nil && offset >= notBefore, "a read limit is given once, no earlier than promised")
        lock.lock()
        value = offset
        lock.unlock()
        given.signal()
    }

    /// The offset a read at `position` may go up to: the end when it is given; before that, the offset it will
    /// not come before, or, for a read from there on, the end once given.
    func end(forReadingAt position: Int64) -> Int64 {
        if let known = knownEnd { return known }
        return position < notBefore ? notBefore : givenEnd()
    }

    /// The end, waiting for it to be given.
    func givenEnd() -> Int64 {
        if let known = knownEnd { return known }
        given.wait()
        // Let any later wait through as well.
        given.signal()
        return knownEnd ?? .max
    }

    private var knownEnd: Int64? {
        if let fixed { return fixed }
        lock.lock()
        defer { lock.unlock() }
        return value
    }
}
