import Testing

@testable import FlowImport

/// The second half of a large Jira CSV is read with `header.unshared()`: the same columns, in lists of its own.
@Suite struct JiraCSVHeaderCopyTests {
    static let headerRow =
        "Summary,Issue key,Issue id,Issue Type,Status,Sprint,Sprint,Labels,Custom field (Team),Parent id,"
        + "Custom field (Team),Created\n"

    static func header() throws -> JiraCSVHeader {
        var reader = try CSVReader(
            path: CSVFixture.temporaryFile(headerRow + "x,A-1,1,Story,Done,,,,,,,\n"), file: "h.csv")
        #expect(try reader.next())
        return JiraCSVHeader(reader: reader)
    }

    @Test func theCopyReadsTheSameColumns() throws {
        let header = try Self.header()
        let copy = header.unshared()
        #expect(copy.names == header.names)
        for column in JiraCSVColumn.allCases {
            #expect(copy.indices(column) == header.indices(column), "\(column)")
        }
        #expect(copy.indices(.sprint) == [5, 6])
        #expect(copy.firstIndex == header.firstIndex)
        #expect(copy.isRepeated == header.isRepeated)
        #expect(copy.fields.map(\.name) == header.fields.map(\.name))
        #expect(copy.fields.map(\.indices) == header.fields.map(\.indices))
        #expect(copy.fields.first { $0.name == "Team" }?.indices == [8, 10])
        #expect(copy.issueID == [2])
        #expect(copy.parentID == [9])
        #expect(copy.keepsParentID == header.keepsParentID)
        #expect(copy.sharesFieldValues == header.sharesFieldValues)
    }

    @Test func theCopysListsAreItsOwn() throws {
        let header = try Self.header()
        let copy = header.unshared()
        func address(_ list: [Int]) -> UnsafeRawPointer? {
            list.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
        }
        #expect(address(copy.indices(.sprint)) != address(header.indices(.sprint)))
        #expect(address(copy.firstIndex) != address(header.firstIndex))
        #expect(address(copy.issueID) != address(header.issueID))
    }
}
