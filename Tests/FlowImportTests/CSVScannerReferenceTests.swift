import Foundation
import Testing

@testable import FlowImport

@Suite struct CSVScannerReferenceTests {
    /// A plain reading of RFC 4180 as ``CSVScanner`` documents it, one byte at a time: the records'
    /// fields (doubled quotes undone) and the line each record starts on.
    private func reference(_ text: [UInt8]) -> [(line: Int, fields: [String])] {
        var records: [(line: Int, fields: [String])] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var index = 0
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field = []
        }
        func endRecord() {
            endField()
            records.append((recordLine, fields))
            fields = []
        }
        while index < text.count {
            if field.isEmpty && text[index] == 0x22 {
                index += 1
                while index < text.count {
                    if text[index] == 0x22 {
                        if index + 1 < text.count && text[index + 1] == 0x22 {
                            field.append(0x22)
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    if text[index] == 0x0A
                        || (text[index] == 0x0D && (index + 1 == text.count || text[index + 1] != 0x0A))
                    {
                        line += 1
                    }
                    field.append(text[index])
                    index += 1
                }
                continue
            }
            switch text[index] {
            case 0x2C:
                endField()
                index += 1
            case 0x0A, 0x0D:
                index += text[index] == 0x0D && index + 1 < text.count && text[index + 1] == 0x0A ? 2 : 1
                line += 1
                endRecord()
                recordLine = line
            default:
                field.append(text[index])
                index += 1
            }
        }
        if !fields.isEmpty || !field.isEmpty { endRecord() }
        return records
    }

    /// Records built from a fixed mix of cells: empty runs, long plain text, quotes inside unquoted
    /// cells, quoted cells with delimiters, doubled quotes and line breaks, every line ending.
    private func text(rows: Int) -> [UInt8] {
        let cells = [
            "", "", "x", "a plain cell longer than sixteen bytes", "5\" screen", "\"a, b\"", "\"say \"\"hi\"\"\"",
            "\"two\nlines\"", "\"cr\r\nlf\"", "\"\"", "é", "\"lone\rcr\"", "0123456789abcdef", "ab\"c",
        ]
        let endings = ["\n", "\r\n", "\r"]
        var result = ""
        for row in 0..<rows {
            let count = 1 + (row * 7) % 40
            result += (0..<count).map { cells[($0 * 5 + row) % cells.count] }.joined(separator: ",")
            result += endings[row % endings.count]
        }
        return Array(result.utf8)
    }

    @Test func theScannerReadsWhatAPlainReadingReads() throws {
        let bytes = text(rows: 400)
        let expected = reference(bytes)
        let path = try CSVFixture.temporaryFile(bytes)
        // Small chunks split blocks, quoted cells and CRLF pairs; rows of up to 40 cells outgrow the
        // reader's first room for 64 cells only in the second test.
        for chunkSize in [64, 100, 4096, CSVReader.chunkSize] {
            var reader = try CSVReader(path: path, file: "mix.csv", delimiter: 0x2C, chunkSize: chunkSize)
            var records: [(line: Int, fields: [String])] = []
            while try reader.next() {
                records.append((reader.recordLine, (0..<reader.fieldCount).map { reader.string($0, trimmed: false) }))
            }
            #expect(records.count == expected.count, "chunk \(chunkSize)")
            for (record, want) in zip(records, expected) {
                #expect(record.line == want.line && record.fields == want.fields, "chunk \(chunkSize)")
            }
        }
    }

    @Test func aRecordWithManyFieldsGrowsTheRoomForThem() throws {
        // 300 cells: the reader starts with room for 64 and doubles it until the record fits.
        let cells = (0..<300).map { $0 % 3 == 0 ? "" : "c\($0)" }
        let path = try CSVFixture.temporaryFile(cells.joined(separator: ",") + "\nend\n")
        var reader = try CSVReader(path: path, file: "wide.csv")
        #expect(try reader.next())
        #expect((0..<reader.fieldCount).map { reader.string($0) } == cells)
        #expect(try reader.next())
        #expect(reader.fieldCount == 1 && reader.string(0) == "end")
        #expect(try reader.next() == false)
    }
}
