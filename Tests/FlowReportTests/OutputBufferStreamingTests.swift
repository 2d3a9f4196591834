import Foundation
import Testing

@testable import FlowReport

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A buffer made with `init(streamingTo:blockSize:)` writes its bytes to an open file as it fills: the file gets
/// exactly the bytes appended, in order, and a write that fails is reported in `writeError`, not by a crash.
@Suite struct OutputBufferStreamingTests {
    /// A new, empty file in the temporary folder, open with `flags`.
    final class TemporaryFile {
        let path: String
        let descriptor: Int32

        init(flags: Int32 = O_WRONLY) throws {
            path =
                FileManager.default.temporaryDirectory
                .appendingPathComponent("streamgauge-buffer-\(UUID().uuidString)").path
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                throw CocoaError(.fileWriteUnknown)
            }
            descriptor = open(path, flags | O_CLOEXEC)
            guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        }

        deinit {
            close(descriptor)
            unlink(path)
        }

        /// The file's size on disk now.
        var size: Int {
            var info = stat()
            return fstat(descriptor, &info) == 0 ? Int(info.st_size) : -1
        }

        var contents: [UInt8] {
            FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
        }
    }

    /// Bytes 0, 1, …, 250, 0, 1, …: each byte says where it is (mod 251, a prime, so no run repeats at a block
    /// boundary of a power of two), so a byte lost, repeated or out of order shows.
    static func pattern(_ count: Int, from offset: Int) -> [UInt8] {
        (offset..<(offset + count)).map { UInt8($0 % 251) }
    }

    @Test func aFileGetsEveryByteInOrderAcrossManyFlushes() throws {
        let file = try TemporaryFile()
        let buffer = OutputBuffer(streamingTo: file.descriptor, blockSize: 16)
        var expected: [UInt8] = []
        var flushesSeen = 0
        var lastSize = 0
        // Pieces of 1 to 13 bytes, written each way the renderers write.
        for step in 0..<400 {
            let piece = Self.pattern(1 + step % 13, from: expected.count)
            switch step % 4 {
            case 0: buffer.append(piece)
            case 1: piece.withUnsafeBufferPointer { buffer.append($0) }
            case 2: for byte in piece { buffer.append(byte: byte) }
            default:
                let target = buffer.reserve(piece.count)
                target.update(from: piece, count: piece.count)
                buffer.advance(by: piece.count)
            }
            expected += piece
            // Nothing is lost or written twice: what is in the file and what waits in the buffer is all of it.
            #expect(file.size + buffer.count == expected.count, "step \(step)")
            // A block is never less than 256 bytes (the buffer's smallest capacity), so with a 16-byte block
            // size no more than 256 bytes ever wait.
            #expect(buffer.count <= 256, "step \(step)")
            if file.size != lastSize {
                flushesSeen += 1
                lastSize = file.size
            }
        }
        // One append larger than a block, while some bytes are waiting: those go first.
        let large = Self.pattern(1000, from: expected.count)
        buffer.append(large)
        expected += large
        buffer.append("tail")
        expected += Array("tail".utf8)
        buffer.flush()
        #expect(buffer.count == 0)
        #expect(buffer.writeError == 0)
        #expect(file.contents == expected)
        // The 400 pieces hold 30 × (1 + … + 13) + (1 + … + 10) = 2 730 + 55 = 2 785 bytes; at most 256 wait at
        // the end, and a flush writes at most 256, so the file grew at least ⌈2 529 / 256⌉ = 10 times.
        #expect(flushesSeen >= 10)
    }

    @Test func textNumbersAndSpacesStreamLikeTheyAreKept() throws {
        let file = try TemporaryFile()
        let streaming = OutputBuffer(streamingTo: file.descriptor, blockSize: 16)
        let kept = OutputBuffer()
        for buffer in [streaming, kept] {
            for value in -300...300 {
                buffer.append(decimal: value * 7919)
                buffer.appendSpaces(value % 5)
                buffer.append("é,")
                buffer.append("|" as StaticString)
            }
        }
        streaming.flush()
        // A buffer without a file keeps everything: flushing it does nothing.
        kept.flush()
        #expect(kept.count > 256)
        #expect(file.contents == kept.bytes)
        #expect(streaming.writeError == 0)
    }

    @Test func writingToAReadOnlyDescriptorSetsWriteError() throws {
        let file = try TemporaryFile(flags: O_RDONLY)
        let buffer = OutputBuffer(streamingTo: file.descriptor, blockSize: 16)
        buffer.append(Self.pattern(600, from: 0))
        buffer.flush()
        #expect(buffer.writeError == EBADF)
        // Later writes are dropped, the error stays the first one, and nothing piles up in memory.
        buffer.append(Self.pattern(100, from: 0))
        buffer.flush()
        #expect(buffer.writeError == EBADF)
        #expect(buffer.count == 0)
        #expect(file.size == 0)
    }

    @Test func writingToADescriptorThatIsNotOpenSetsWriteError() throws {
        // No descriptor at or above the process's limit can be open. (A descriptor closed by this test could be
        // reused at once by another test running beside it.)
        let closed = getdtablesize()
        let buffer = OutputBuffer(streamingTo: closed, blockSize: 16)
        buffer.append(Self.pattern(200, from: 0))
        #expect(buffer.writeError == 0)
        // 200 + 100 bytes do not fit the 256-byte block: the 200 waiting are written, and that write fails.
        buffer.append(Self.pattern(100, from: 200))
        #expect(buffer.writeError == EBADF)
        buffer.append("more")
        buffer.flush()
        #expect(buffer.writeError == EBADF)
        #expect(buffer.count == 0)
    }

    @Test func anotherBuffersContentsStreamInOrderWhateverTheirSize() throws {
        let file = try TemporaryFile()
        let buffer = OutputBuffer(streamingTo: file.descriptor, blockSize: 256)
        var expected: [UInt8] = []
        // Small pieces are copied into the block; pieces of half a block or more are written straight from the
        // other buffer after what waits is flushed. Either way the other buffer is emptied.
        for size in [3, 200, 1, 128, 1_000, 7, 5_000, 127] {
            let piece = Self.pattern(size, from: expected.count)
            let other = OutputBuffer()
            other.append(piece)
            buffer.append(contentsOf: other)
            expected += piece
            #expect(other.count == 0, "size \(size)")
            #expect(file.size + buffer.count == expected.count, "size \(size)")
        }
        buffer.flush()
        #expect(buffer.writeError == 0)
        #expect(file.contents == expected)
        // Into a buffer kept in memory, the bytes are appended.
        let kept = OutputBuffer()
        let other = OutputBuffer()
        other.append(Self.pattern(3_000, from: 0))
        kept.append(contentsOf: other)
        #expect(kept.bytes == Self.pattern(3_000, from: 0))
    }

    @Test func anotherBuffersContentsToAReadOnlyDescriptorSetWriteError() throws {
        let file = try TemporaryFile(flags: O_RDONLY)
        let buffer = OutputBuffer(streamingTo: file.descriptor, blockSize: 256)
        let other = OutputBuffer()
        other.append(Self.pattern(4_000, from: 0))
        buffer.append(contentsOf: other)
        #expect(buffer.writeError == EBADF)
        #expect(other.count == 0)
        #expect(file.size == 0)
    }
}
