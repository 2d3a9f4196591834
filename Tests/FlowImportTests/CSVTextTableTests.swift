import Foundation
import Testing

@testable import FlowImport

@Suite struct CSVTextTableTests {
    @Test func eachKeyIsMadeOnceAndFoundByItsBytes() {
        // Keys of every length from 0 to 40 bytes (each branch of the hash and the comparison), then the
        // same keys again: 41 new entries, then 41 found ones with the values made the first time.
        var table = CSVTextTable<String>()
        var made = 0
        let keys: [[UInt8]] = (0...40).map { length in
            (0..<length).map { offset -> UInt8 in UInt8(0x61 + (offset * 7 + length) % 26) }
        }
        for round in 0..<2 {
            for (number, key) in keys.enumerated() {
                let (entry, isNew) = key.withUnsafeBufferPointer { bytes in
                    table.index(of: bytes) {
                        made += 1
                        return String(decoding: $0, as: UTF8.self)
                    }
                }
                #expect(isNew == (round == 0))
                #expect(entry == number)
                #expect(table[entry] == String(decoding: key, as: UTF8.self))
            }
        }
        #expect(made == 41)
        #expect(table.count == 41)
    }

    @Test func keysDifferingInOneByteAreDifferentKeys() {
        // Twenty-byte keys that differ only in their middle byte, and short keys that differ only in
        // their last one: a table that looked at part of a key would merge them.
        var table = CSVTextTable<Int>()
        var keys: [[UInt8]] = []
        for byte in UInt8(0x30)...UInt8(0x39) {
            keys.append(Array("abcdefghij".utf8) + [byte] + Array("klmnopqrs".utf8))
            keys.append([0x61, 0x62, byte])
        }
        for (number, key) in keys.enumerated() {
            _ = key.withUnsafeBufferPointer { table.index(of: $0) { _ in number } }
        }
        #expect(table.count == 20)
        for (number, key) in keys.enumerated() {
            #expect(key.withUnsafeBufferPointer { table.lookUp($0) } == number)
        }
        #expect(Array("abz".utf8).withUnsafeBufferPointer { table.lookUp($0) } == nil)
    }

    @Test func manyKeysGrowTheTable() {
        var table = CSVTextTable<Int>()
        for number in 0..<5000 {
            let key = Array("PAY-\(String(number))".utf8)
            let (entry, isNew) = key.withUnsafeBufferPointer { table.index(of: $0) { _ in number } }
            #expect(isNew && entry == number)
        }
        let found = (0..<5000).filter { number in
            Array("PAY-\(String(number))".utf8).withUnsafeBufferPointer { table.lookUp($0) } == number
        }
        #expect(found.count == 5000)
    }
}
