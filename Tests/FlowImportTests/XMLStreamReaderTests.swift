import FlowModel
import Foundation
import Testing

@testable import FlowImport

/// Element and attribute names the tests ask about.
private enum Word: String, XMLVocabulary {
    case root, item, key, id, note
}

/// Writes every event as one line, e.g. `3 start item id=7`, `3 text "a & b"`, `4 end item`.
private struct Recorder: XMLStreamHandler {
    var events: [String] = []
    var wantsText = true

    mutating func startElement(_ element: XMLStartTag<Word>) throws(InputError) {
        let attributes = element.allAttributes.map { " \($0.name)=\($0.value)" }.joined()
        let known = element.name == nil ? "?" : ""
        events.append("\(element.line) start \(known)\(element.qualifiedName)\(attributes)")
    }

    mutating func text(_ text: XMLText) throws(InputError) {
        let shown = text.string.replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\n", with: "\\n")
        events.append("\(text.line) text \"\(shown)\"")
    }

    mutating func endElement(_ name: Word?, line: Int) throws(InputError) {
        events.append("\(line) end \(name?.rawValue ?? "?")")
    }
}

/// A file in a fresh temporary folder, removed by the test that made it.
struct XMLTestFile {
    let folder: URL
    let path: String

    init(name: String = "input.xml", bytes: [UInt8]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("streamgauge-xml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    init(name: String = "input.xml", _ text: String) throws {
        try self.init(name: name, bytes: Array(text.utf8))
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}

private func record(_ text: String, wantsText: Bool = true) throws -> [String] {
    let file = try XMLTestFile(text)
    defer { file.remove() }
    return try XMLStreamReader.parse(file: file.path, into: Recorder(wantsText: wantsText)).events
}

private func parseError(_ bytes: [UInt8], name: String = "input.xml") throws -> InputError? {
    let file = try XMLTestFile(name: name, bytes: bytes)
    defer { file.remove() }
    do {
        _ = try XMLStreamReader.parse(file: file.path, into: Recorder())
        return nil
    } catch {
        return InputError(file: "input.xml", position: error.position, message: error.message)
    }
}

@Suite struct XMLStreamReaderTests {
    @Test func eventsCarryNamesAttributesTextAndLines() throws {
        let events = try record(
            """
            <root>
              <item id="7" key="A&amp;B &lt;x&gt;">a &amp; b<![CDATA[ <c> ]]>&#1044;</item>
              <other/>
            </root>
            """)
        #expect(
            events == [
                "1 start root",
                "2 text \"\\n  \"",
                "2 start item id=7 key=A&B <x>",
                "2 text \"a & b <c> Д\"",
                "2 end item",
                "3 text \"\\n  \"",
                "3 start ?other",
                "3 end ?",
                "4 text \"\\n\"",
                "4 end root",
            ])
    }

    @Test func attributeLookupByName() throws {
        struct Lookup: XMLStreamHandler {
            var found: [String] = []
            var wantsText: Bool { false }
            mutating func startElement(_ element: XMLStartTag<Word>) throws(InputError) {
                guard element.name == .item else { return }
                found.append(element.attribute(.id) ?? "-")
                found.append(element.attribute(.key) ?? "-")
                found.append(element.attribute(.key, is: "a&b") ? "yes" : "no")
                element.forEachAttribute { name, value in found.append("\(name.rawValue)=\(value())") }
            }
            mutating func text(_ text: XMLText) throws(InputError) { found.append("text") }
            mutating func endElement(_ name: Word?, line: Int) throws(InputError) {}
        }
        let file = try XMLTestFile(#"<root><item key="a&amp;b" other="x" id="1"/><item/></root>"#)
        defer { file.remove() }
        let result = try XMLStreamReader.parse(file: file.path, into: Lookup())
        // The first item has both attributes (and an unlisted one, skipped by forEachAttribute);
        // the second has none. No text reaches a handler that does not want it.
        #expect(result.found == ["1", "a&b", "yes", "key=a&b", "id=1", "-", "-", "no"])
    }

    @Test func leadingTextBeforeTheFirstTagIsSkippedAndLinesStillCount() throws {
        let events = try record(
            "This XML file does not appear to have any style information associated with it.\n<root>\n<item/></root>",
            wantsText: false)
        #expect(events == ["2 start root", "3 start item", "3 end item", "3 end root"])
    }

    @Test func crlfAndByteOrderMarkAreRead() throws {
        let file = try XMLTestFile(bytes: [0xEF, 0xBB, 0xBF] + Array("<root>\r\n<item>x</item>\r\n</root>\r\n".utf8))
        defer { file.remove() }
        let events = try XMLStreamReader.parse(file: file.path, into: Recorder(wantsText: true)).events
        #expect(
            events == [
                "1 start root", "2 text \"\\n\"", "2 start item", "2 text \"x\"", "2 end item", "3 text \"\\n\"",
                "3 end root",
            ])
    }

    @Test func declaredEncodingsAndUTF16AreDecoded() throws {
        // "Привет" in windows-1251, and "<root>A</root>" in UTF-16 little-endian with its BOM.
        let cyrillic =
            Array("<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n<root>".utf8)
            + [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2] + Array("</root>".utf8)
        let first = try XMLTestFile(bytes: cyrillic)
        defer { first.remove() }
        #expect(
            try XMLStreamReader.parse(file: first.path, into: Recorder()).events == [
                "2 start root", "2 text \"Привет\"", "2 end root",
            ])
        let utf16: [UInt8] = [0xFF, 0xFE] + "<root>A</root>".utf8.flatMap { [$0, 0] }
        let second = try XMLTestFile(bytes: utf16)
        defer { second.remove() }
        #expect(
            try XMLStreamReader.parse(file: second.path, into: Recorder()).events == [
                "1 start root", "1 text \"A\"", "1 end root",
            ])
    }
}

@Suite struct XMLStreamReaderBadInputTests {
    @Test func emptyFile() throws {
        let error = try #require(try parseError([]))
        #expect(error.description == "input.xml: error: the file is empty; expected an xml export")
    }

    @Test func truncatedFileNamesTheLineAndTheOpenElement() throws {
        let error = try #require(
            try parseError(Array("<root>\n  <item>\n    <key>A-1</key>\n    <summary>Half a sen".utf8)))
        #expect(
            error.description
                == "input.xml:4:24: error: the file ends inside <summary> opened on line 4 (truncated?); expected the rest of the document"
        )
        let betweenTags = try #require(try parseError(Array("<root>\n  <item>\n    <key>A-1</key>\n".utf8)))
        #expect(
            betweenTags.description
                == "input.xml:3:19: error: the file ends inside <item> opened on line 2 (truncated?); expected the rest of the document"
        )
    }

    @Test func binaryFile() throws {
        let error = try #require(try parseError([0x00, 0x01, 0x02, 0x03, 0x3C, 0x00, 0xFF, 0x10]))
        #expect(error.description == "input.xml: error: this is a binary file, not xml; expected an xml export")
    }

    @Test func compressedFiles() throws {
        let zip = try #require(try parseError([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]))
        #expect(
            zip.message
                == "this is a zip archive, not xml; unzip it and give the xml file inside (for a jira backup: entities.xml)"
        )
        let gzip = try #require(try parseError([0x1F, 0x8B, 0x08, 0x00]))
        #expect(gzip.message == "this is a gzip-compressed file, not xml; unpack it (gunzip) and give the xml file")
    }

    @Test func textWithNoMarkup() throws {
        let error = try #require(try parseError(Array("key,summary\nA-1,hello\n".utf8)))
        #expect(
            error.description
                == "input.xml: error: no xml found: the file starts 'key,summary\nA-1,hello'; expected '<' to open the document"
        )
    }

    @Test func malformedXMLCarriesTheParsersMessageAndPosition() throws {
        let error = try #require(try parseError(Array("<root>\n<item></itme>\n</root>".utf8)))
        #expect(error.description == "input.xml:2:14: error: opening and ending tag mismatch: item line 2 and itme")
    }

    @Test func textThatIsNotUTF8WithoutADeclaration() throws {
        // "café" in Latin-1: é is the single byte 0xE9, after the 15 characters of "<root><item>caf".
        let bytes = Array("<root><item>caf".utf8) + [0xE9] + Array(" au lait</item></root>".utf8)
        let error = try #require(try parseError(bytes))
        #expect(
            error.description
                == "input.xml:1:16: error: the text is not utf-8 (bytes 0xE9 0x20 0x61 0x75) and the file declares"
                + " no encoding; expected utf-8 or a declaration such as"
                + " <?xml version=\"1.0\" encoding=\"windows-1252\"?>")
    }

    @Test func unknownEncoding() throws {
        let error = try #require(try parseError(Array("<?xml version=\"1.0\" encoding=\"x-klingon\"?>\n<root/>".utf8)))
        #expect(error.description == "input.xml:1:41: error: unsupported encoding x-klingon")
    }

    @Test func externalEntityReadsNothing() throws {
        let secret = try XMLTestFile(name: "secret.txt", "TOP-SECRET-42")
        defer { secret.remove() }
        let attack = """
            <?xml version="1.0"?>
            <!DOCTYPE root [ <!ENTITY xxe SYSTEM "file://\(secret.path)"> ]>
            <root><item>&xxe;</item></root>
            """
        let file = try XMLTestFile(attack)
        defer { file.remove() }
        var events: [String] = []
        var message = ""
        do {
            events = try XMLStreamReader.parse(file: file.path, into: Recorder()).events
        } catch {
            message = error.description
        }
        // Either way the secret never reaches a handler nor an error message.
        #expect(!events.joined().contains("TOP-SECRET"))
        #expect(!message.contains("TOP-SECRET"))
        #expect(
            message.hasSuffix(
                "3:18: error: entity 'xxe' is not expanded: entities declared in a dtd are not supported (they could read local files or expand without bound)"
            ))
    }

    @Test func parameterEntitiesReadNothing() throws {
        let secret = try XMLTestFile(name: "secret.dtd", #"<!ENTITY leak "TOP-SECRET-44">"#)
        defer { secret.remove() }
        let attack = """
            <?xml version="1.0"?>
            <!DOCTYPE root [
            <!ENTITY % pe SYSTEM "file://\(secret.path)">
            %pe;
            ]>
            <root>&leak;</root>
            """
        let error = try #require(try parseError(Array(attack.utf8)))
        #expect(!error.description.contains("TOP-SECRET"))
        #expect(
            error.description
                == "input.xml:4:5: error: entity 'pe' is not expanded: entities declared in a dtd are not supported"
                + " (they could read local files or expand without bound)")
    }

    @Test func externalDTDIsNotLoaded() throws {
        let secret = try XMLTestFile(name: "evil.dtd", #"<!ENTITY leak "TOP-SECRET-43">"#)
        defer { secret.remove() }
        let events = try record(
            """
            <!DOCTYPE root SYSTEM "file://\(secret.path)">
            <root><item>&leak;</item></root>
            """)
        // With an external subset libxml2 only warns about the unknown entity and skips it.
        #expect(events == ["2 start root", "2 start item", "2 end item", "2 end root"])
    }

    @Test func entityBombEndsAtTheFirstReference() throws {
        var declarations = #"<!ENTITY lol0 "lol">"#
        for level in 1...9 {
            let previous = String(repeating: "&lol\(level - 1);", count: 10)
            declarations += "\n<!ENTITY lol\(level) \"\(previous)\">"
        }
        let bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE root [\n\(declarations)\n]>\n<root>&lol9;</root>\n"
        let started = Date()
        let error = try #require(try parseError(Array(bomb.utf8)))
        #expect(Date().timeIntervalSince(started) < 2)
        #expect(error.description.hasPrefix("input.xml:14:13: error: entity 'lol9' is not expanded"))
    }

    @Test func deepNestingIsRead() throws {
        // The push parser keeps open elements on a heap stack, so depth costs memory, not the C stack.
        let depth = 10_000
        let events = try record(String(repeating: "<item>", count: depth) + String(repeating: "</item>", count: depth))
        #expect(events.count == 2 * depth)
        #expect(events.first == "1 start item")
        #expect(events.last == "1 end item")
    }

    @Test func hugeTextNodeIsRead() throws {
        // 50 MB of text in one element: more than libxml2's default 10 MB limit for one node.
        let size = 50 * 1024 * 1024
        let bytes =
            Array("<root><item>".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: size)
            + Array("</item><item>end</item></root>".utf8)
        struct Sizes: XMLStreamHandler {
            var sizes: [Int] = []
            var wantsText: Bool { true }
            mutating func startElement(_ element: XMLStartTag<Word>) throws(InputError) {}
            mutating func text(_ text: XMLText) throws(InputError) { sizes.append(text.bytes.count) }
            mutating func endElement(_ name: Word?, line: Int) throws(InputError) {}
        }
        let file = try XMLTestFile(bytes: bytes)
        defer { file.remove() }
        #expect(try XMLStreamReader.parse(file: file.path, into: Sizes()).sizes == [size, 3])
    }
}
