/// The text of a file as UTF-8 bytes, read in chunks: a UTF-8 byte order mark is dropped, and
/// UTF-16 with a byte order mark (either endianness) is transcoded to UTF-8 as it is read.
///
/// UTF-8 text can be read in parts (see ``CSVSplitPoint``): an input can stop at a byte offset, and bytes
/// it delivered can be given back to be delivered again.
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
    private let end: Int64

    /// The offset in the file of the next byte of UTF-8 text to be delivered.
    var position: Int64 { bytesRead - Int64(carry.count) }

    /// Reads the first bytes of `file` to decide its encoding.
    ///
    /// - Parameter end: for UTF-8 text, the offset in the file where the text stops (a record boundary
    ///   found by ``CSVSplitPoint``); the bytes from there on are never delivered.
    init(file: FileDescriptor, end: Int64 = .max) throws(FileReadError) {
        self.file = file
        self.end = end
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
