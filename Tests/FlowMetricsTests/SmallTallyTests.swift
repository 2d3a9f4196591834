import Testing

@testable import FlowMetrics

@Suite struct SmallTallyTests {
    @Test func countsEachStringWhateverTheOrder() {
        var tally = SmallTally()
        // Payments ×3, Claims ×2, Onboarding ×1, interleaved so that the "last seen" shortcut both hits and
        // misses; "payments" differs from "Payments".
        for team in ["Payments", "Payments", "Claims", "Payments", "Onboarding", "Claims", "payments"] {
            tally.add(team)
        }
        #expect(tally.dictionary == ["Payments": 3, "Claims": 2, "Onboarding": 1, "payments": 1])
        #expect(tally.entries.map(\.text) == ["Payments", "Claims", "Onboarding", "payments"])
        #expect(SmallTally().dictionary.isEmpty)
    }
}
