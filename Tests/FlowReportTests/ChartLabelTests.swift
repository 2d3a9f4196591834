import Testing

@testable import FlowReport

/// Chart labels that must stay readable at 1280 and 375 px: every aging column named, reference labels apart,
/// long bar labels on two lines. Widths are ``TextWidth`` estimates (em × 15 viewBox units).
@Suite struct ChartLabelTests {
    /// The labels drawn under the aging chart of `report`.
    func agingLabels(_ report: Report) throws -> [Substring] {
        let page = HTMLRenderer().render(report)
        let start = try #require(page.range(of: "<section id=\"aging\""))
        let end = try #require(page.range(of: "</svg>", range: start.upperBound..<page.endIndex))
        return page[start.lowerBound..<end.lowerBound].components(separatedBy: "<text class=\"category\"")
            .dropFirst().map { Substring($0) }
    }

    @Test func everyAgingStageHasALabel() throws {
        // The fixture's aging rows are in Development and Review, in the stream's order.
        let labels = try agingLabels(ReportFixture.report())
        #expect(labels.count == 2)
        #expect(labels[0].hasPrefix(" x=\"147\" y=\"228\" text-anchor=\"middle\"><tspan>Development</tspan></text>"))
        #expect(labels[1].hasPrefix(" x=\"361\" y=\"228\" text-anchor=\"middle\"><tspan>Review</tspan></text>"))
    }

    @Test func manyLongStagesAreTurnedAndShortenedWithTheirNamesKept() throws {
        var report = ReportFixture.report()
        let stages = [
            "Backlog", "Ready for development", "Development", "Waiting for code review", "Code review",
            "Acceptance testing in the staging environment", "Deployment",
        ]
        report.stageNames = stages
        report.aging = stages.enumerated().map { index, stage in
            AgingRow(
                key: "PAY-\(index)", title: "Item \(index)", status: stage, stage: stage, team: "Payments",
                ageDays: Double(index + 1), beyond: nil)
        }
        let labels = try agingLabels(report)
        #expect(labels.count == 7)
        // Seven columns of 428 / 7 ≈ 61 units cannot hold "Development" (≈ 102 units) beside its neighbours, even
        // on two lines: every label turns 40° about its column's centre.
        #expect(labels.allSatisfy { $0.contains("text-anchor=\"end\" transform=\"rotate(-40 ") })
        // The longest name is cut to fit 150 units and keeps its whole text as the tooltip.
        let cut = try #require(labels.first { $0.contains("Acceptance") })
        #expect(cut.contains("<title>Acceptance testing in the staging environment</title><tspan>Acceptance testi…"))
        #expect(!labels[0].contains("<title>"))
    }

    @Test func theAxisKeepsOneLineWhileNeighboursLeaveRoom() {
        // The samples' five stages in 85.6 units each: Development ≈ 102.3 and Review ≈ 58.4 wide, so their
        // centres need (102.3 + 58.4) / 2 + 4 ≈ 84.4 units: one line fits.
        let axis = CategoryAxis(["Backlog", "Ready", "Development", "Review", "Test"], slot: 428 / 5)
        #expect(axis.layout == .oneLine)
        #expect(axis.height == 30)
    }

    @Test func namesOfSeveralWordsGoOnTwoLines() {
        // 80 units per column. On one line "Ready for dev" (≈ 109.2) and "In review" (≈ 73.5) need
        // (109.2 + 73.5) / 2 + 4 ≈ 95.4 > 80. On two lines, each broken where its longer line is shortest:
        // "for dev" ≈ 55.8 and "review" ≈ 54 need (55.8 + 54) / 2 + 4 ≈ 58.9 ≤ 80.
        let axis = CategoryAxis(["Ready for dev", "In review", "In test"], slot: 80)
        #expect(axis.layout == .twoLines)
        #expect(axis.lines == [["Ready", "for dev"], ["In", "review"], ["In", "test"]])
        #expect(axis.height == 46)
    }

    @Test func referenceLabelsCloseTogetherMoveApart() {
        let frame = ChartFrame(scale: NiceScale(largest: 10))
        // Baselines 4 units apart move to 15; one already far enough stays.
        #expect(frame.referenceBaselines([100, 104, 150]) == [100, 115, 150])
        // Given in any order, they are placed top to bottom.
        #expect(frame.referenceBaselines([150, 104, 100]) == [150, 115, 100])
        // Near the plot's bottom (210) they move up together: 200, 215, 230 lifted by 230 − 208 = 22.
        #expect(frame.referenceBaselines([200, 205, 208]) == [178, 193, 208])
    }

    @Test func longBarLabelsGoOnTwoLinesInsteadOfBeingCut() {
        // "Policy Management & Access" ≈ 232 units: split where the longer line is shortest, "Policy Management"
        // (≈ 155) over "& Access" (≈ 77), both within 158.
        #expect(HorizontalBarChart.labelLines("Policy Management & Access") == ["Policy Management", "& Access"])
        #expect(HorizontalBarChart.labelLines("Payments") == ["Payments"])
        // One word too long for 158 units is cut, the bar's tooltip and the table keep it whole.
        #expect(HorizontalBarChart.labelLines("Zahlungsverkehrsabwicklungsteam") == ["Zahlungsverkehrs…"])
        // The fixture's business step "Onboarding & Activation" (≈ 194): "Onboarding" (≈ 88) over "& Activation"
        // (≈ 101) is better balanced than "Onboarding &" (≈ 107) over "Activation" (≈ 81).
        let html = HTMLRenderer().render(ReportFixture.report())
        // The labels' column is that widest line plus 14: 100.7 + 14 = 114.7, labels end 8 before it.
        #expect(
            html.contains(
                "<text x=\"106.7\" y=\"19.5\" dy=\"0.32em\" text-anchor=\"end\" class=\"row-label\"><tspan>Onboarding</tspan>"
                    + "<tspan x=\"106.7\" dy=\"15\">&amp; Activation</tspan></text><rect x=\"114.7\""))
    }
}
