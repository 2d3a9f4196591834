import Testing

@testable import FlowImport

/// `DecimalRun` reads digits eight at a time; it must read what reading them one by one reads, wherever the run
/// starts and ends, whatever byte stops it.
@Suite struct DecimalRunTests {
    static func read(_ text: String, from start: Int = 0) -> (value: Int, end: Int)? {
        Array(text.utf8).withUnsafeBufferPointer { DecimalRun.read($0, from: start) }
    }

    /// Reading one byte at a time, as the reference.
    static func reference(_ bytes: [UInt8], from start: Int) -> (value: Int, end: Int)? {
        var value = 0
        var position = start
        while position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39 {
            guard position - start < 18 else { return nil }
            value = value * 10 + Int(bytes[position] - 0x30)
            position += 1
        }
        return (value, position)
    }

    @Test func readsRunsOfEveryLength() {
        #expect(Self.read("21872485_*|*_")! == (21_872_485, 8))
        #expect(Self.read("10000_*:*_1")! == (10_000, 5))
        #expect(Self.read("7")! == (7, 1))
        #expect(Self.read("_*:*_", from: 0)! == (0, 0))
        #expect(Self.read("x1234567890123", from: 1)! == (1_234_567_890_123, 14))
        // Leading zeros count as digits and add nothing.
        #expect(Self.read("000000000042/")! == (42, 12))
        #expect(Self.read("999999999999999999 ")! == (999_999_999_999_999_999, 18))
        // A nineteenth digit does not fit.
        #expect(Self.read("1234567890123456789") == nil)
        #expect(Self.read("12345678901234567890_*|*_") == nil)
    }

    @Test func stopsAtTheBytesNextToTheDigits() {
        // '/' and ':' are the bytes just below '0' and just above '9'; 0x80 and 0xFF would carry or borrow.
        for stop: UInt8 in [0x2F, 0x3A, 0x00, 0x80, 0xFF, 0x5F, 0x20] {
            for length in 0...12 {
                let bytes = Array("314159265358".utf8.prefix(length)) + [stop] + Array("98765432".utf8)
                let read = bytes.withUnsafeBufferPointer { DecimalRun.read($0, from: 0) }
                let expected = Self.reference(bytes, from: 0)
                #expect(read?.value == expected?.value && read?.end == expected?.end, "\(length) digits, then \(stop)")
            }
        }
    }

    @Test func agreesWithReadingByteByByte() {
        var state: UInt64 = 11
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        let alphabet = Array("0123456789_*:|/".utf8)
        for _ in 0..<2_000 {
            let bytes = (0..<next(40)).map { _ in next(3) == 0 ? alphabet[next(alphabet.count)] : alphabet[next(10)] }
            let start = bytes.isEmpty ? 0 : next(bytes.count)
            let read = bytes.withUnsafeBufferPointer { DecimalRun.read($0, from: start) }
            let expected = Self.reference(bytes, from: start)
            #expect(read?.value == expected?.value && read?.end == expected?.end, "\(bytes) from \(start)")
        }
    }
}
