import Foundation
import Testing

@testable import FlowImport
@testable import FlowModel

@Suite struct JSONReaderTests {
    /// Every event of `text` in a compact notation (`{`, `key:a`, `str:x`, `num:1`, `true`, `null`, `}`),
    /// read with the given chunk size so that tokens split across reads.
    static func events(_ text: String, chunkSize: Int = JSONReader.chunkSize) throws -> [String] {
        try events(Array(text.utf8), chunkSize: chunkSize)
    }

    static func events(_ bytes: [UInt8], chunkSize: Int = JSONReader.chunkSize) throws -> [String] {
        var reader = JSONReader(bytes: bytes, file: "test.json", chunkSize: chunkSize)
        var result: [String] = []
        while true {
            switch try reader.next() {
            case .objectStart: result.append("{")
            case .objectEnd: result.append("}")
            case .arrayStart: result.append("[")
            case .arrayEnd: result.append("]")
            case .key: result.append("key:" + reader.text)
            case .string: result.append("str:" + reader.text)
            case .number: result.append("num:" + reader.text)
            case .bool(let value): result.append(value ? "true" : "false")
            case .null: result.append("null")
            case .end: return result
            }
        }
    }

    /// The error reading all of `text` throws, as `file:line:col: error: message`.
    static func error(_ text: String, chunkSize: Int = JSONReader.chunkSize) -> String? {
        do {
            _ = try events(text, chunkSize: chunkSize)
            return nil
        } catch {
            return String(describing: error)
        }
    }

    /// Chunk sizes that split every token somewhere, and one that holds the whole input.
    static let chunkSizes = [1, 2, 3, 5, 7, JSONReader.chunkSize]

    @Test(arguments: chunkSizes)
    func eventsOfNestedDocument(chunkSize: Int) throws {
        let text = """
            {"a": [1, -2.5e+3, 0, true, false, null],
             "b" : {"c": "d", "e": {}}, "f": [], "g": [[]]}
            """
        #expect(
            try Self.events(text, chunkSize: chunkSize) == [
                "{", "key:a", "[", "num:1", "num:-2.5e+3", "num:0", "true", "false", "null", "]",
                "key:b", "{", "key:c", "str:d", "key:e", "{", "}", "}",
                "key:f", "[", "]", "key:g", "[", "[", "]", "]", "}",
            ])
    }

    @Test(arguments: chunkSizes)
    func escapesAndSurrogatePairs(chunkSize: Int) throws {
        // \uD83D\uDE00 is U+1F600 (😀) as a UTF-16 pair; \u00e9 is é; raw UTF-8 passes through.
        let text = #"["q\"b\\s\/ \b\f\n\r\t", "\u00e9\u00E9", "\uD83D\uDE00", "naïve 😀", "a\u0000b"]"#
        #expect(
            try Self.events(text, chunkSize: chunkSize) == [
                "[", "str:q\"b\\s/ \u{8}\u{C}\n\r\t", "str:éé", "str:😀", "str:naïve 😀", "str:a\u{0}b", "]",
            ])
    }

    @Test func unpairedSurrogatesBecomeReplacementCharacters() throws {
        // A high surrogate followed by a letter, a lone low surrogate, and a high surrogate at the end.
        let text = #"["\uD83Dx", "\uDE00", "a\uD83D", "\uD83D\uD83D\uDE00"]"#
        #expect(try Self.events(text) == ["[", "str:\u{FFFD}x", "str:\u{FFFD}", "str:a\u{FFFD}", "str:\u{FFFD}😀", "]"])
    }

    @Test(arguments: chunkSizes)
    func numbersKeepTheirText(chunkSize: Int) throws {
        let text = "[0, -0, 12, 3.25, 1e6, 1E-6, -1.5e+10, 123456789012345678901234567890]"
        let events = try Self.events(text, chunkSize: chunkSize)
        #expect(
            events == [
                "[", "num:0", "num:-0", "num:12", "num:3.25", "num:1e6", "num:1E-6", "num:-1.5e+10",
                "num:123456789012345678901234567890", "]",
            ])
        var reader = JSONReader(bytes: Array("[-1.5e+10]".utf8), file: "test.json", chunkSize: chunkSize)
        _ = try reader.next()
        #expect(try reader.next() == .number)
        #expect(reader.number == -1.5e10)
    }

    @Test func keysKeepTheirTextWhenTheColonIsInTheNextChunk() throws {
        // With chunks of 8 bytes, `{"name"` fills the first chunk and the spaces and colon come in the next
        // ones; the key read in place must survive the reads that find the colon.
        let text = "{\"name\"        :  \"value\", \"other\"\n\n\n\n\n:1}"
        for chunkSize in [7, 8, 9, 10, 11] {
            #expect(
                try Self.events(text, chunkSize: chunkSize) == [
                    "{", "key:name", "str:value", "key:other", "num:1", "}",
                ])
        }
    }

    @Test func byteOrderMarkAndAllWhitespaceAreSkipped() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(" \t\r\n{ \"a\"\r\n:\t1 }\r\n".utf8)
        #expect(try Self.events(bytes) == ["{", "key:a", "num:1", "}"])
        #expect(try Self.events(bytes, chunkSize: 1) == ["{", "key:a", "num:1", "}"])
    }

    @Test func scalarAtTopLevel() throws {
        #expect(try Self.events(" \"x\" ") == ["str:x"])
        #expect(try Self.events("42") == ["num:42"])
    }

    @Test func skipValuePassesOverSubtreesAndKeepsPosition() throws {
        let text = #"{"skip": {"a": [1, {"b": "\u00e9\""}], "c": null}, "keep": "yes", "tail": [1, [2]]}"#
        for chunkSize in Self.chunkSizes {
            var reader = JSONReader(bytes: Array(text.utf8), file: "test.json", chunkSize: chunkSize)
            #expect(try reader.next() == .objectStart)
            #expect(try reader.nextKey() && reader.textIs("skip"))
            try reader.skipValue()
            #expect(try reader.nextKey() && reader.textIs("keep"))
            #expect(try reader.readString() == "yes")
            #expect(try reader.nextKey() && reader.textIs("tail"))
            try reader.skipValue()
            #expect(try reader.nextKey() == false)
            #expect(try reader.next() == .end)
        }
    }

    @Test func skipValueStillChecksSyntax() {
        var reader = JSONReader(bytes: Array(#"{"a": [1 2]}"#.utf8), file: "test.json")
        #expect(throws: InputError.self) {
            _ = try reader.next()
            _ = try reader.next()
            try reader.skipValue()
        }
    }

    @Test func readValueMaterialisesASubtree() throws {
        var reader = JSONReader(
            bytes: Array(#"[{"id": 3, "name": "Sprint 3", "tags": ["a", null, true]}, 7]"#.utf8), file: "test.json",
            chunkSize: 4)
        #expect(try reader.next() == .arrayStart)
        #expect(
            try reader.readValue()
                == .object([
                    "id": .number(3), "name": .string("Sprint 3"), "tags": .array([.string("a"), .null, .bool(true)]),
                ]))
        #expect(try reader.readValue() == .number(7))
        #expect(try reader.next() == .arrayEnd)
    }
}
