import Testing

@testable import FlowMetrics

@Suite struct SprintNameNumbersTests {
    @Test func givenNamesKeepTheirOrderAndNewOnesComeAfter() {
        var numbering = SprintNameNumbers(names: ["S1", "S2"])
        #expect(numbering.numbers(ofItemList: ["S2", "S7", "S1"]) == [1, 2, 0])
        #expect(numbering.number(of: "S8") == 3)
        #expect(numbering.names == ["S1", "S2", "S7", "S8"])
    }

    @Test func aListMetAgainAndTheSameNamesInAnotherListGiveTheSameNumbers() {
        var numbering = SprintNameNumbers()
        let shared = ["PAY Sprint 3", "PAY Sprint 4"]
        let own = ["PAY Sprint 3"] + ["PAY Sprint 4"]
        #expect(numbering.numbers(ofItemList: shared) == [0, 1])
        #expect(numbering.numbers(ofItemList: shared) == [0, 1])
        #expect(numbering.numbers(ofItemList: own) == [0, 1])
        #expect(numbering.numbers(ofItemList: ["PAY Sprint 4", "PAY Sprint 5"]) == [1, 2])
        #expect(numbering.numbers(ofItemList: []) == [])
    }

    @Test func aRepeatedNameKeepsItsPlaces() {
        var numbering = SprintNameNumbers()
        #expect(numbering.numbers(ofItemList: ["S1", "S1", "S2"]) == [0, 0, 1])
    }
}
