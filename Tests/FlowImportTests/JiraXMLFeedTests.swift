import FlowModel
import Foundation
import Testing

@testable import FlowImport

@Suite struct JiraXMLFeedTests {
    @Test func titlesSplitIntoKeyAndSummary() {
        #expect(JiraXMLFeedItem.splitTitle("[QTS-23] Write a script") ?? ("", "") == ("QTS-23", "Write a script"))
        #expect(JiraXMLFeedItem.splitTitle("[HSLC0-5] Fix this! ") ?? ("", "") == ("HSLC0-5", "Fix this!"))
        #expect(JiraXMLFeedItem.splitTitle("[FE] Remove the splash screen") == nil)
        #expect(JiraXMLFeedItem.splitTitle("No brackets") == nil)
    }

    @Test func issueKeysAreCapitalProjectKeysDashNumber() {
        for key in ["PAY-7", "HSLC0-5", "MY_PROJ-12"] { #expect(JiraXMLIssueKey.matches(key), "\(key)") }
        for text in ["pay-7", "PAY-", "-7", "PAY7", "123", "PAY-7a", "Checkout revamp", "0AB-1"] {
            #expect(!JiraXMLIssueKey.matches(text), "\(text)")
        }
    }

    @Test func tableRowsAreReadByTheirLabels() {
        let html = """
            <style>.x { }</style>
            <table><tr><td><b><a id="parent_issue_summary" href="https://x/browse/P-1">Parent work</a></b>
            <span>(<a id="parent_issue_key" href="https://x/browse/P-1">P-1</a>)</span>
            <h3>[P-2]&nbsp;<a href="https://x/browse/P-2">Child</a> <span class="subText">Created: 05/Dec/25 &nbsp;Updated: 06/Dec/25</span></h3></td></tr>
            <tr><td><b>Status:</b></td><td>In &amp; Out</td></tr>
            <tr><td><b>Labels:</b></td><td><a href="l1"><span>api</span></a> <a href="l2">ui</a></td></tr>
            <tr><td><b>Components:</b></td><td>
                None
            </td></tr>
            <tr><td><b>Sprint:</b></td><td>Sprint 1, Sprint 2</td></tr>
            <tr><td><b>Story Points:</b></td><td>&#51;</td></tr>
            </table>
            """
        let table = JiraXMLFeedTable(html: html)
        #expect(table.parentKey == "P-1")
        #expect(table.text("Status") == "In & Out")
        #expect(table.list("Labels") == ["api", "ui"])
        #expect(table.list("Components") == [])
        #expect(table.text("Components") == nil)
        #expect(table.list("Sprint") == ["Sprint 1", "Sprint 2"])
        #expect(table.text("Story Points") == "3")
        #expect(table.text("Resolution") == nil)
    }
}
