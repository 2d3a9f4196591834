import Foundation
import Testing

@testable import FlowImport
@testable import FlowModel

@Suite struct JiraCSVRepeatedValuesTests {
    private func importing(_ text: String) throws -> Dataset {
        try JiraCSVImporter(options: ImportOptions(keptFields: .all)).read(CSVFixture.temporaryFile(text))
    }

    @Test func cellsThatLookAlikeAreReadEachOnItsOwn() throws {
        // Values are shared between rows by their bytes, so rows whose cells differ only in quoting,
        // doubled quotes or where a delimiter falls must still read differently, and repeats alike.
        let text = #"""
            Issue key,Status,Labels,Labels,Custom field (Team),Sprint,Sprint
            A-1,Open,"x,y",z, Falcons ,S1,
            A-2,"Open","x","y,z",Falcons,S1,
            A-3,"In ""Review""",x,"y,z","Fal""cons",,S1
            A-4,Open,"x,y",z, Falcons ,S1,
            A-5,In Review,x,x,"Falcons",S2,S1

            """#
        let items = try importing(text).items
        #expect(items.map(\.status) == ["Open", "Open", "In \"Review\"", "Open", "In Review"])
        #expect(items.map(\.labels) == [["x,y", "z"], ["x", "y,z"], ["x", "y,z"], ["x,y", "z"], ["x"]])
        #expect(items.map { $0.fields["Team"] } == ["Falcons", "Falcons", "Fal\"cons", "Falcons", "Falcons"])
        #expect(items.map(\.sprints) == [["S1"], ["S1"], ["S1"], ["S1"], ["S2", "S1"]])
    }

    @Test func aLaterRowWithTheSameKeyReplacesTheEarlierInItsPlace() throws {
        let text = """
            Issue key,Summary,Issue id,Parent,Created
            A-1,first,1,,01/Nov/26 9:00 AM
            A-2,second,2,1,02/Nov/26 9:00 AM
            A-1,first again,3,,03/Nov/26 9:00 AM
            A-3,third,4,3,04/Nov/26 9:00 AM

            """
        let dataset = try importing(text)
        #expect(dataset.items.map(\.key) == ["A-1", "A-2", "A-3"])
        #expect(dataset.items.map(\.title) == ["first again", "second", "third"])
        // A-2 names parent id 1, which no row has any more; A-3 names 3, now A-1's id.
        #expect(dataset.items.map(\.parent) == [nil, nil, "A-1"])
        // A-1 keeps its place with the later row's date, 3 November.
        #expect(dataset.items.map(\.created) == [3, 2, 4].map { Date.utc(year: 2026, month: 11, day: $0, hour: 9) })
        #expect(dataset.notes == ["1 row repeats the key of an earlier row; the last row of each key was kept"])
    }

    @Test func storyPointsWithMoreDigitsThanAnIntegerHoldsAreReadAsText() throws {
        let text = """
            Issue key,Custom field (Story Points)
            A-1,99999999999999999999999
            A-2,"12345678901234567890,5"

            """
        let items = try importing(text).items
        #expect(items.map(\.storyPoints) == [1e23, 12345678901234567890.5])
    }

    @Test func simpleDecimalsReadAsDoubleReadsThem() {
        for text in [
            "5", "5.0", "2.5", ".5", "3.", "0.1", "0.3", "007", "123456789012345", "1.23456789012345", "99.99",
        ] {
            let value = Array(text.utf8).withUnsafeBufferPointer { JiraCSVItemCollector.simpleDecimal($0) }
            #expect(value == Double(text), "\(text)")
        }
        for text in [
            "1e3", "2,5", "-1", "+1", "1.2.3", ".", "", "1234567890123456", "nan", "0x10",
            // Far more digits than an Int64 holds: left to `Double(String)`, never multiplied out.
            "99999999999999999999999", "1.00000000000000000000000001",
        ] {
            #expect(
                Array(text.utf8).withUnsafeBufferPointer { JiraCSVItemCollector.simpleDecimal($0) } == nil, "\(text)")
        }
    }
}
