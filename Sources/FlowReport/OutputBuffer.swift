import FlowModel
import Foundation

#if canImport(Glibc)
    import Glibc

    private let systemWrite = Glibc.write
#elseif canImport(Darwin)
    import Darwin

    private let systemWrite = Darwin.write
#endif

/// UTF-8 bytes being written by the JSON and CSV renderers, which write millions of small pieces for a large
/// export: straight into one block of memory, which either grows to hold the whole text or, for a buffer made
/// with ``init(streamingTo:)``, is written to an open file each time it fills — a 100 000-item `report.json`
/// then never sits in memory whole.
///
/// A class because it owns that memory and frees it when it goes away.
final class OutputBuffer {
    // One renderer writes to a buffer, one call at a time, so no two accesses to these can overlap: the checks
    // the runtime would make on each of the millions of appends are skipped.
    @exclusivity(unchecked) private var start: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var capacity: Int
    /// The number of bytes written.
    @exclusivity(unchecked) private(set) var count = 0

    /// The open file full blocks go to, or -1 when the buffer keeps everything.
    private let sink: Int32
    /// The `errno` of the first write to `sink` that failed (0: none); later writes are dropped.
    private(set) var writeError: Int32 = 0

    init(reservingCapacity capacity: Int = 0) {
        self.capacity = Swift.max(capacity, 256)
        start = OutputBuffer.allocate(self.capacity)
        sink = -1
    }

    /// A buffer that writes its bytes to `descriptor` (open for writing, left open) in blocks of
    /// `blockSize` bytes (256 at the least); ``flush()`` writes the rest.
    init(streamingTo descriptor: Int32, blockSize: Int = 1 << 20) {
        capacity = Swift.max(blockSize, 256)
        start = OutputBuffer.allocate(capacity)
        sink = descriptor
    }

    deinit { free(start) }

    /// Writes what the buffer holds to its file and empties it; nothing for a buffer without one. Check
    /// ``writeError`` after the last flush.
    func flush() {
        guard sink >= 0 else { return }
        write(to: sink, error: &writeError)
        count = 0
    }

    /// Writes the bytes held to `descriptor`, unless `error` is set already; a failure sets it.
    private func write(to descriptor: Int32, error: inout Int32) {
        var offset = 0
        while offset < count, error == 0 {
            let written = systemWrite(descriptor, start + offset, count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                error = errno
            } else {
                offset += written
            }
        }
    }

    // MARK: Writing

    /// Room for `extra` more bytes: write them at the returned address, then ``advance(by:)``.
    @inline(__always)
    func reserve(_ extra: Int) -> UnsafeMutablePointer<UInt8> {
        if count + extra > capacity {
            flush()
            if count + extra > capacity { grow(to: count + extra) }
        }
        return start + count
    }

    /// Counts `written` bytes put at the address ``reserve(_:)`` gave.
    @inline(__always)
    func advance(by written: Int) {
        count += written
    }

    @inline(__always)
    func append(byte: UInt8) {
        reserve(1).pointee = byte
        count += 1
    }

    @inline(__always)
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        let length = bytes.count
        let target = reserve(length)
        if length <= 16 {
            OutputBuffer.copySmall(from: base, to: target, count: length)
        } else {
            target.update(from: base, count: length)
        }
        count += length
    }

    /// Copies 1 to 16 bytes with two loads and two stores that may overlap, not a call to `memcpy`: most of
    /// a report's appends are member names, separators and short values, where the call cost more than the copy.
    @inline(__always)
    private static func copySmall(from source: UnsafePointer<UInt8>, to target: UnsafeMutablePointer<UInt8>, count: Int)
    {
        let from = UnsafeRawPointer(source)
        let to = UnsafeMutableRawPointer(target)
        if count >= 8 {
            let head = from.loadUnaligned(as: UInt64.self)
            let tail = from.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            to.storeBytes(of: head, as: UInt64.self)
            to.storeBytes(of: tail, toByteOffset: count - 8, as: UInt64.self)
        } else if count >= 4 {
            let head = from.loadUnaligned(as: UInt32.self)
            let tail = from.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
            to.storeBytes(of: head, as: UInt32.self)
            to.storeBytes(of: tail, toByteOffset: count - 4, as: UInt32.self)
        } else {
            for index in 0..<count { target[index] = source[index] }
        }
    }

    /// Appends `bytes` between double quotes: a JSON string whose text needs no escape.
    @inline(__always)
    func appendQuoted(_ bytes: UnsafeBufferPointer<UInt8>) {
        let target = reserve(bytes.count + 2)
        target.pointee = UInt8(ascii: "\"")
        if let base = bytes.baseAddress { (target + 1).update(from: base, count: bytes.count) }
        target[bytes.count + 1] = UInt8(ascii: "\"")
        count += bytes.count + 2
    }

    /// Appends to `other` the last `length` bytes written here, all of which must have been written since the last
    /// flush (as in a buffer that does not stream): a value formatted once for two files.
    func copyTail(_ length: Int, to other: OutputBuffer) {
        precondition(length <= count, "the bytes to copy were flushed")
        other.append(UnsafeBufferPointer(start: start + (count - length), count: length))
    }

    /// Appends what `other` holds and empties it. A buffer that streams to a file writes a large `other`
    /// straight from its memory, without copying it first.
    func append(contentsOf other: OutputBuffer) {
        defer { other.count = 0 }
        if sink >= 0 && other.count >= capacity / 2 {
            flush()
            other.write(to: sink, error: &writeError)
            return
        }
        append(UnsafeBufferPointer(start: other.start, count: other.count))
    }

    @inline(__always)
    func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    @inline(__always)
    func append(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ append($0) }) == nil {
            for byte in text.utf8 { append(byte: byte) }
        }
    }

    @inline(__always)
    func append(_ literal: StaticString) {
        literal.withUTF8Buffer { append($0) }
    }

    /// `count` spaces (indentation).
    func appendSpaces(_ spaces: Int) {
        guard spaces > 0 else { return }
        reserve(spaces).update(repeating: UInt8(ascii: " "), count: spaces)
        count += spaces
    }

    /// `value` in decimal, with a minus sign when negative.
    func append(decimal value: Int) {
        var magnitude = value.magnitude
        let digits = OutputBuffer.digitCount(magnitude)
        let negative = value < 0 ? 1 : 0
        let target = reserve(digits + negative)
        if negative == 1 { target.pointee = UInt8(ascii: "-") }
        var position = digits + negative
        repeat {
            position -= 1
            target[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
            magnitude /= 10
        } while position > negative
        count += digits + negative
    }

    /// `value` (0 ≤ value) with leading zeros to `width` digits, at `target`; returns the bytes written.
    @inline(__always)
    static func write(_ value: Int, width: Int, at target: UnsafeMutablePointer<UInt8>) -> Int {
        var rest = value
        var position = width
        while position > 0 {
            position -= 1
            target[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
        }
        return width
    }

    /// Appends `yyyy-MM-dd` for the day `ordinal` days after 1970-01-01 and makes room for `extra` bytes
    /// after it; returns where those go (not yet counted), or `nil`, writing nothing, for a year outside
    /// 0…9999.
    ///
    /// A report writes the same few hundred days a million times, so each day's text is kept in a small
    /// cache indexed by the day.
    func appendDay(ordinal: Int, extra: Int) -> UnsafeMutablePointer<UInt8>? {
        let slot = ordinal & (OutputBuffer.dayCacheSize - 1)
        if dayCache.isEmpty { dayCache = [CachedDay](repeating: CachedDay(), count: OutputBuffer.dayCacheSize) }
        let target = reserve(10 + extra)
        let text = UnsafeMutableRawBufferPointer(start: target, count: 10)
        if dayCache[slot].ordinal != ordinal {
            guard Day(ordinal: ordinal).writeISO(at: target) else { return nil }
            dayCache[slot].ordinal = ordinal
            withUnsafeMutableBytes(of: &dayCache[slot].text) { $0.copyMemory(from: UnsafeRawBufferPointer(text)) }
        } else {
            withUnsafeBytes(of: dayCache[slot].text) { text.copyMemory(from: $0) }
        }
        count += 10
        return target + 10
    }

    /// The text of one day in the cache.
    private struct CachedDay {
        var ordinal = Int.min
        var text: (UInt64, UInt16) = (0, 0)
    }

    private static let dayCacheSize = 1024
    @exclusivity(unchecked) private var dayCache: [CachedDay] = []

    // MARK: Reading

    /// The bytes written so far.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: start, count: count)) }

    /// The text written so far.
    var text: String { String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self) }

    // MARK: Memory

    private func grow(to needed: Int) {
        var grown = capacity
        while grown < needed { grown *= 2 }
        guard let moved = realloc(start, grown) else { OutputBuffer.outOfMemory(grown) }
        start = moved.assumingMemoryBound(to: UInt8.self)
        capacity = grown
    }

    private static func allocate(_ capacity: Int) -> UnsafeMutablePointer<UInt8> {
        guard let memory = malloc(capacity) else { outOfMemory(capacity) }
        return memory.assumingMemoryBound(to: UInt8.self)
    }

    private static func outOfMemory(_ bytes: Int) -> Never {
        fatalError("out of memory writing a report (\(bytes) bytes)")
    }

    private static func digitCount(_ value: UInt) -> Int {
        var digits = 1
        var rest = value
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        return digits
    }
}
