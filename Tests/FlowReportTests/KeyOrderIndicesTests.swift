import Testing

@testable import FlowReport

/// `KeyOrder.sortedIndices` takes a shortcut for keys like `PAY-12`; it must give what a stable sort by
/// ``KeyOrder`` gives, for such keys and for any others.
@Suite struct KeyOrderIndicesTests {
    static func stableSort(_ keys: [String]) -> [Int] {
        keys.indices.map { (KeyOrder(keys[$0]), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
    }

    @Test func numberedKeysSortByTextThenNumber() {
        let keys = ["PAY-10", "PAY-2", "ONB-7", "PAY-007", "PAY-7", "AB-1", "PAY-2", "B-0", "PA-99", "É-3"]
        // AB-1, B-0, ONB-7, PA-99, then PAY by number (007 before 7: equal numbers fall back to the whole key,
        // and '0' < '7'), the two PAY-2 in their given order (positions 1 and 6), and É after the ASCII texts.
        #expect(KeyOrder.sortedIndices(keys) == [5, 7, 2, 8, 1, 6, 3, 4, 0, 9])
        #expect(KeyOrder.sortedIndices(keys) == Self.stableSort(keys))
    }

    @Test func otherKeysSortByKeyOrder() {
        let keys = ["X-1-2", "X-1-10", "X-1", "7", "X-01", "Y", "X-1-2"]
        #expect(KeyOrder.sortedIndices(keys) == Self.stableSort(keys))
        // Nineteen digits do not fit the packed number; a lone text has none.
        let long = ["PAY-2", "PAY-1234567890123456789", "PAY-1"]
        #expect(KeyOrder.sortedIndices(long) == [2, 0, 1])
        #expect(KeyOrder.sortedIndices(["PAY-2", "PAY", "PAY-1"]) == Self.stableSort(["PAY-2", "PAY", "PAY-1"]))
        #expect(KeyOrder.sortedIndices([]) == [])
    }

    @Test func keysTooWideToSortWithTheirPositionsSortByComparison() {
        // An 18-digit number takes 60 bits and three texts 2: with 3 bits of position the 65 bits do not fit one
        // integer, and the keys are sorted by comparing them. B-007 and B-7 have equal numbers: the whole keys
        // decide, and '0' < '7'.
        let keys = ["PAY-999999999999999999", "B-7", "A-1", "B-007", "PAY-5"]
        #expect(KeyOrder.sortedIndices(keys) == [2, 3, 1, 4, 0])
        #expect(KeyOrder.sortedIndices(keys) == Self.stableSort(keys))
    }

    @Test func generatedKeysAgreeWithKeyOrder() {
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        let texts = ["PAY-", "ONB-", "CLM-", "A-", "PAYMENTS-"]
        let keys = (0..<2_000).map { _ in
            texts[next(texts.count)] + String(repeating: "0", count: next(2)) + String(next(500))
        }
        #expect(KeyOrder.sortedIndices(keys) == Self.stableSort(keys))
    }
}
