import Testing

@testable import FlowReport

@Suite struct ItemsCSVRendererTests {
    let csv = ItemsCSVRenderer().render(ReportFixture.report())

    @Test func headerNamesEveryColumnThenTheStages() throws {
        let header = try #require(csv.components(separatedBy: "\r\n").first)
        #expect(
            header
                == "key,title,type,flowItem,team,status,stage,outcome,source,created,started,done,flowTimeDays,leadTimeDays,activeDays,waitDays,Backlog,Analysis,Development,Review,Done"
        )
        #expect(!csv.hasPrefix("\u{FEFF}"))
    }

    @Test func rowsAreQuotedAndNeutralised() {
        let rows = csv.components(separatedBy: "\r\n")
        #expect(
            rows[1]
                == "PAY-7,Pay by link,Story,Feature,Payments,Done,Done,delivered,jira-json,2026-11-02T09:15:00Z,2026-11-03T10:00:00Z,2026-11-10T10:00:00Z,7.0,8.03125,4.5,2.5,2026-11-02,2026-11-03,2026-11-05,2026-11-08,2026-11-10"
        )
        // No comma or quote in the title: left bare; the `<` is harmless in CSV.
        #expect(rows[2].hasPrefix("PAY-31,<script>alert(1)</script> a | b *c*,Bug,"))
        #expect(rows[3].hasPrefix("ONB-12,\"'=HYPERLINK(\"\"x\"\")\",Story,"))
        // A line break inside a quoted cell stays inside it.
        #expect(
            rows[4]
                == "ONB-20,\"Line one\nline two, \"\"quoted\"\"\",Task,Feature,Onboarding,To Do,Backlog,notStarted,transitions-csv,,,,,,,,,,,,"
        )
        #expect(rows[5].hasPrefix("'-5 PAY,'@mention +1,Bug,"))
        #expect(rows.last == "")
    }

    @Test func stageDatesAreDaysInTheReportsTimeZone() {
        var report = ReportFixture.report()
        report.window.timeZone = "Europe/Berlin"
        let rows = ItemsCSVRenderer().render(report).components(separatedBy: "\r\n")
        // PAY-7 entered Development at 2026-11-05 23:30 UTC, which is 00:30 on the 6th in Berlin (UTC+1).
        #expect(rows[1].hasSuffix(",2026-11-02,2026-11-03,2026-11-06,2026-11-08,2026-11-10"))
    }
}
