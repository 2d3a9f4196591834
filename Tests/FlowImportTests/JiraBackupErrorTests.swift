import FlowModel
import Foundation
import Testing

@testable import FlowImport

/// Imports `text` as `entities.xml`; the dataset, or the error with the file named `entities.xml`.
private func importBackup(_ text: String, lenient: Bool = false) throws -> Result<Dataset, InputError> {
    let file = try XMLTestFile(name: "entities.xml", text)
    defer { file.remove() }
    do {
        let dataset = try JiraBackupImporter(options: ImportOptions(lenient: lenient), inputs: []).read(file.path)
        return .success(dataset)
    } catch {
        return .failure(InputError(file: "entities.xml", position: error.position, message: error.message))
    }
}

private func importError(_ text: String, lenient: Bool = false) throws -> InputError? {
    if case .failure(let error) = try importBackup(text, lenient: lenient) { return error }
    return nil
}

/// A dataset's notes with the temporary folder's path cut off.
private func notes(_ dataset: Dataset) -> [String] {
    dataset.notes.map { note in
        guard let colon = note.range(of: "entities.xml: ") else { return note }
        return String(note[colon.lowerBound...])
    }
}

/// One issue, A-1 (id 1) in status Open (id 1), and whatever `rows` add.
private func backup(_ rows: String) -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <entity-engine-xml>
        <Issue id="1" key="A-1" status="1" created="2021-01-02 03:04:05.6"/>
    \(rows)
        <Status id="1" name="Open" statuscategory="2"/>
        <Status id="3" name="In Progress" statuscategory="4"/>
    </entity-engine-xml>
    """
}

@Suite struct JiraBackupErrorTests {
    @Test func truncatedBackup() throws {
        let whole = try String(contentsOfFile: backupFixture("site/entities.xml"), encoding: .utf8)
        // Cut inside the attributes of the ChangeItem on line 20 (its 89th character is the last one kept).
        let lines = whole.components(separatedBy: "\n")
        let cut = lines[0..<19].joined(separator: "\n") + "\n" + lines[19].prefix(88)
        let error = try #require(try importError(cut))
        #expect(
            error.description
                == "entities.xml:20:89: error: the file ends inside <entity-engine-xml> opened on line 9 (truncated?);"
                + " expected the rest of the document")
    }

    @Test func changesWhoseGroupOrIssueIsMissingAreCountedAndLeftOut() throws {
        let text = backup(
            """
                <ChangeGroup id="5" issue="1" created="2021-01-03 03:04:05"/>
                <ChangeGroup id="6" issue="99" created="2021-01-03 03:04:05"/>
                <ChangeItem group="5" fieldtype="jira" field="status" oldvalue="1" oldstring="Open" newvalue="3" newstring="In Progress"/>
                <ChangeItem group="6" fieldtype="jira" field="status" oldvalue="1" oldstring="Open" newvalue="3" newstring="In Progress"/>
                <ChangeItem group="6" fieldtype="jira" field="status" oldvalue="3" oldstring="In Progress" newvalue="1" newstring="Open"/>
                <ChangeItem group="7" fieldtype="jira" field="status" oldvalue="1" oldstring="Open" newvalue="3" newstring="In Progress"/>
            """)
        let dataset = try importBackup(text).get()
        // Group 5 is A-1's; group 6 names issue 99, which is not there (2 changes); group 7 is not there (1).
        #expect(
            dataset.items.first?.history == [
                StatusChange(
                    at: Date.utc(year: 2021, month: 1, day: 3, hour: 3, minute: 4, second: 5), from: "Open",
                    to: "In Progress")
            ])
        #expect(dataset.sources.first?.statusChanges == 1)
        #expect(
            notes(dataset) == [
                "entities.xml: 1 status change points at a change group that is not in the backup; left out",
                "entities.xml: 2 status changes belong to a change group whose issue is not in the backup; left out",
            ])
    }

    @Test func unknownStatusIdsKeepTheNamesGiven() throws {
        let text = backup(
            """
                <ChangeGroup id="5" issue="1" created="2021-01-03 03:04:05"/>
                <ChangeGroup id="6" issue="1" created="2021-01-04 03:04:05"/>
                <ChangeItem group="5" fieldtype="jira" field="status" oldvalue="1" oldstring="Open" newvalue="77" newstring="Parked"/>
                <ChangeItem group="6" fieldtype="jira" field="status" oldvalue="77" oldstring="Parked" newvalue="1" newstring="Open"/>
            """)
        let dataset = try importBackup(text).get()
        // Status 77 is in neither change's group of statuses: both changes name it, once each.
        #expect(dataset.items.first?.history.map(\.to) == ["Parked", "Open"])
        #expect(dataset.items.first?.history.map(\.from) == ["Open", "Parked"])
        #expect(
            notes(dataset) == [
                "entities.xml: 2 status changes name status ids that the backup does not list (77); kept the status"
                    + " names as the changes give them"
            ])
        #expect(dataset.statusCategories["Parked"] == nil)
    }

    @Test func badTimestampNamesTheRowAndLine() throws {
        let text = backup(
            """
                <ChangeGroup id="5" issue="1" created="03/01/2021 03:04"/>
                <ChangeItem group="5" fieldtype="jira" field="status" oldvalue="1" oldstring="Open" newvalue="3" newstring="In Progress"/>
            """)
        let error = try #require(try importError(text))
        #expect(
            error.description
                == "entities.xml:4: error: unrecognized timestamp '03/01/2021 03:04' in <ChangeGroup created>; expected"
                + " a timestamp like '2020-10-30 17:27:19.211'")
        // --lenient skips the group; its change then has no group.
        let dataset = try importBackup(text, lenient: true).get()
        #expect(
            dataset.sources.first?.skipped == [
                "line 4: unrecognized timestamp '03/01/2021 03:04' in <ChangeGroup created>; expected a timestamp"
                    + " like '2020-10-30 17:27:19.211'"
            ])
        #expect(dataset.items.first?.history == [])
        #expect(
            notes(dataset) == [
                "entities.xml: 1 status change points at a change group that is not in the backup; left out"
            ])
    }

    @Test func badIdNamesTheColumn() throws {
        let error = try #require(
            try importError(backup(#"    <ChangeGroup id="5" issue="A-1" created="2021-01-03 03:04:05"/>"#)))
        #expect(
            error.description
                == "entities.xml:4: error: 'A-1' in <ChangeGroup issue> is not a number; expected a number like '10100'"
        )
    }

    @Test func issueWithoutKeyOrProject() throws {
        let error = try #require(try importError(backup(#"    <Issue id="2" number="7" project="10400"/>"#)))
        #expect(
            error.description
                == "entities.xml:4: error: issue 2 has no key and its project 10400 is not in the backup; expected"
                + " key=\"…\" or a <Project id=\"10400\" key=\"…\">")
    }

    @Test func notAnEntitiesFile() throws {
        let error = try #require(try importError("<rss version=\"0.92\"><channel/></rss>"))
        #expect(
            error.description
                == "entities.xml:1: error: the document starts with <rss>; expected <entity-engine-xml> (a jira backup's"
                + " entities.xml)")
    }

    @Test func backupWithoutIssues() throws {
        let error = try #require(
            try importError("<entity-engine-xml><Status id=\"1\" name=\"Open\"/></entity-engine-xml>"))
        #expect(
            error.description
                == "entities.xml: error: the backup has no <Issue> entities; expected a jira site backup with issues")
    }

    @Test func externalEntityInABackupReadsNothing() throws {
        let secret = try XMLTestFile(name: "secret.txt", "TOP-SECRET-51")
        defer { secret.remove() }
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE entity-engine-xml [ <!ENTITY xxe SYSTEM "file://\(secret.path)"> ]>
            <entity-engine-xml>
                <Issue id="1" key="A-1" summary="&xxe;" status="1"/>
            </entity-engine-xml>
            """
        guard case .failure(let error) = try importBackup(text) else {
            Issue.record("the entity reference was expanded or ignored; expected an error")
            return
        }
        #expect(!error.description.contains("TOP-SECRET"))
        #expect(
            error.description
                == "entities.xml:4:43: error: entity 'xxe' is not expanded: entities declared in a dtd are not supported"
                + " (they could read local files or expand without bound)")
    }

    @Test func entityBombInABackupStopsAtItsFirstReference() throws {
        var declarations = #"<!ENTITY lol0 "lol">"#
        for level in 1...9 {
            let previous = String(repeating: "&lol\(level - 1);", count: 10)
            declarations += "\n<!ENTITY lol\(level) \"\(previous)\">"
        }
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE entity-engine-xml [
            \(declarations)
            ]>
            <entity-engine-xml>
                <Issue id="1" key="A-1" summary="&lol9;" status="1"/>
            </entity-engine-xml>
            """
        let started = Date()
        let error = try #require(try importError(text))
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(error.description.hasPrefix("entities.xml:15:"))
        #expect(error.message.hasPrefix("entity 'lol9' is not expanded"))
    }
}
