import Foundation
import Testing

@testable import FlowImport
@testable import FlowModel

@Suite struct CSVReaderTests {
    /// Every record of a file: its starting line and its fields as untrimmed text.
    private func records(
        _ path: String, chunkSize: Int = CSVReader.chunkSize
    ) throws -> [(line: Int, fields: [String])] {
        var reader = try CSVReader(path: path, file: "input.csv", chunkSize: chunkSize)
        var result: [(line: Int, fields: [String])] = []
        while try reader.next() {
            result.append((reader.recordLine, (0..<reader.fieldCount).map { reader.string($0, trimmed: false) }))
        }
        return result
    }

    private func records(
        of text: String, chunkSize: Int = CSVReader.chunkSize
    ) throws -> [(line: Int, fields: [String])] {
        try records(CSVFixture.temporaryFile(text), chunkSize: chunkSize)
    }

    @Test func quotedFieldsHoldDelimitersDoubledQuotesAndNewlines() throws {
        let text = "a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\"\nx,y,z,w\n"
        let result = try records(of: text)
        #expect(result.map(\.fields) == [["a", "b,c", "say \"hi\"", "two\nlines"], ["x", "y", "z", "w"]])
        // The first record spans lines 1–2, so the second starts on line 3.
        #expect(result.map(\.line) == [1, 3])
    }

    @Test func crlfEndsRecordsAndStaysInsideQuotedFields() throws {
        let result = try records(of: "a,b\r\n\"c\r\nd\",e\r\nf,g\r\n")
        #expect(result.map(\.fields) == [["a", "b"], ["c\r\nd", "e"], ["f", "g"]])
        // Line 1: a,b · lines 2–3: the quoted CRLF · line 4: f,g.
        #expect(result.map(\.line) == [1, 2, 4])
    }

    @Test func aLoneCarriageReturnEndsARecord() throws {
        let result = try records(of: "a,b\rc,d\r")
        #expect(result.map(\.fields) == [["a", "b"], ["c", "d"]])
        #expect(result.map(\.line) == [1, 2])
    }

    @Test func utf8ByteOrderMarkIsDropped() throws {
        let path = try CSVFixture.temporaryFile([0xEF, 0xBB, 0xBF] + Array("Summary,Issue key\nÁrbol,K-1\n".utf8))
        let result = try records(path)
        #expect(result.map(\.fields) == [["Summary", "Issue key"], ["Árbol", "K-1"]])
    }

    @Test func utf16LittleEndianWithByteOrderMarkIsTranscoded() throws {
        // "Clave,Resumen\nK-1,\"Año 🚀\"\n" with a BOM; the rocket is a surrogate pair.
        let text = "Clave,Resumen\nK-1,\"Año 🚀\"\n"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let path = try CSVFixture.temporaryFile(bytes)
        #expect(try records(path).map(\.fields) == [["Clave", "Resumen"], ["K-1", "Año 🚀"]])
        // Tiny chunks split characters and surrogate pairs across reads.
        #expect(try records(path, chunkSize: 64).map(\.fields) == [["Clave", "Resumen"], ["K-1", "Año 🚀"]])
    }

    @Test func utf16BigEndianWithByteOrderMarkIsTranscoded() throws {
        var bytes: [UInt8] = [0xFE, 0xFF]
        for unit in "a,ñ\n".utf16 { bytes += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        #expect(try records(CSVFixture.temporaryFile(bytes)).map(\.fields) == [["a", "ñ"]])
    }

    @Test func emptyTrailingFieldsAreKept() throws {
        let result = try records(of: "a,b,\n,,\n\"\",x\n")
        #expect(result.map(\.fields) == [["a", "b", ""], ["", "", ""], ["", "x"]])
    }

    @Test func theLastLineNeedsNoLineEnd() throws {
        #expect(try records(of: "a,b\nc,d").map(\.fields) == [["a", "b"], ["c", "d"]])
        #expect(try records(of: "a,b\nc,\"d\"").map(\.fields) == [["a", "b"], ["c", "d"]])
        #expect(try records(of: "a,b\nc,").map(\.fields) == [["a", "b"], ["c", ""]])
    }

    @Test func blankLinesAndDelimiterOnlyRowsAreBlankRecords() throws {
        var reader = try CSVReader(path: CSVFixture.temporaryFile("a,b\n\n,,\n , \nc,d\n"), file: "x.csv")
        var blank: [Bool] = []
        while try reader.next() { blank.append(reader.isBlankRecord) }
        #expect(blank == [false, true, true, true, false])
    }

    @Test func anEmptyFileHasNoRecords() throws {
        var reader = try CSVReader(path: CSVFixture.temporaryFile([0xEF, 0xBB, 0xBF]), file: "x.csv")
        #expect(reader.isEmptyFile)
        #expect(try reader.next() == false)
    }

    @Test func semicolonsAreTheDelimiterWhenTheFirstLineHasMoreOfThem() throws {
        #expect(
            try records(of: "Summary;Issue key\n\"a;b\";K-1\n").map(\.fields) == [
                ["Summary", "Issue key"], ["a;b", "K-1"],
            ])
        #expect(try records(of: "a,b;c\n").map(\.fields) == [["a", "b;c"]])
    }

    @Test func aQuoteInsideAnUnquotedFieldIsText() throws {
        #expect(try records(of: "5\" screen,x\n").map(\.fields) == [["5\" screen", "x"]])
    }

    @Test func anUnclosedQuoteIsReportedWhereItOpened() throws {
        let path = try CSVFixture.temporaryFile("a,b\nc,\"d\ne,f\n")
        let error = try #require(throws: InputError.self) { try records(path) }
        // The quote opens on line 2, after "c," — column 3.
        #expect(error.position == .line(2, column: 3))
        #expect(
            error.description
                == "input.csv:2:3: error: a quoted field opens here and is never closed; expected a closing '\"'"
                + " before the end of the file")
    }

    @Test func textAfterAClosingQuoteIsAnError() throws {
        let path = try CSVFixture.temporaryFile("a,b\n\"x\ny\"z,w\n")
        let error = try #require(throws: InputError.self) { try records(path) }
        // The record opens on line 2; the stray "z" is on line 3, after `y"`: column 3.
        #expect(error.position == .line(3, column: 3))
        #expect(
            error.message
                == "unexpected 'z' after the closing quote of a field; expected ',' or the end of the line"
                + " (a quote inside a quoted field is written '\"\"')")
    }

    @Test func aMissingFileIsAnInputError() throws {
        let error = try #require(throws: InputError.self) {
            try CSVReader(path: "/nonexistent/streamgauge.csv", file: "streamgauge.csv")
        }
        #expect(error.description == "streamgauge.csv: error: the file cannot be read (no such file or directory)")
    }

    @Test func recordsAcrossChunkBoundariesMatchOneBigRead() throws {
        // Deterministic mix of plain, quoted, multi-line and CRLF records, read with chunks small enough
        // to split every kind of token, must give the same fields and lines as one large read.
        var text = ""
        var expected: [[String]] = []
        for row in 0..<300 {
            let plain = "p\(row)"
            let quoted = "q,\(row) \"x\"" + (row % 3 == 0 ? "\nsecond line" : "")
            let ending = row % 4 == 0 ? "\r\n" : "\n"
            text +=
                "\(plain),\"\(quoted.replacingOccurrences(of: "\"", with: "\"\""))\",\(row % 5 == 0 ? "" : "é")\(ending)"
            expected.append([plain, quoted, row % 5 == 0 ? "" : "é"])
        }
        let path = try CSVFixture.temporaryFile(text)
        let large = try records(path)
        #expect(large.map(\.fields) == expected)
        for chunkSize in [64, 97, 1000] {
            let small = try records(path, chunkSize: chunkSize)
            #expect(small.map(\.fields) == expected)
            #expect(small.map(\.line) == large.map(\.line))
        }
        // Records 0, 3, 6… span two lines: record n starts on line n + 1 + ⌈n / 3⌉.
        #expect(large[4].line == 4 + 1 + 2)
    }

    @Test func aFieldLargerThanTheBufferGrowsIt() throws {
        // 3 MiB of text in one quoted field, one line break every 1 KiB (3 072 of them), read with 1 MiB chunks.
        let line = String(repeating: "x", count: 1023) + "\n"
        let huge = String(repeating: line, count: 3072)
        let result = try records(of: "key,description\nA-1,\"\(huge)\"\nA-2,short\n")
        #expect(result.map(\.fields.count) == [2, 2, 2])
        #expect(result[1].fields[1].utf8.count == 3 << 20)
        #expect(result[2].fields == ["A-2", "short"])
        // Record 2 starts on line 2 and spans 3 073 lines (its 3 072 embedded breaks plus its own end).
        #expect(result.map(\.line) == [1, 2, 3075])
    }

    @Test func progressIsReportedUpToTheFileSize() throws {
        let text = String(repeating: "abc,def\n", count: 1000)
        final class Calls: @unchecked Sendable { var values: [(Int64, Int64)] = [] }
        let calls = Calls()
        var reader = try CSVReader(path: CSVFixture.temporaryFile(text), file: "x.csv", chunkSize: 1024) {
            calls.values.append(($0, $1))
        }
        while try reader.next() {}
        // 8 000 bytes in 1 KiB chunks: a call after the first chunk, and one for the whole file at the end.
        #expect(calls.values.first.map { [$0.0, $0.1] } == [1024, 8000])
        #expect(calls.values.last.map { [$0.0, $0.1] } == [8000, 8000])
    }
}
