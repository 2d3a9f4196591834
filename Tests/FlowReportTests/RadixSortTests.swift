import Testing

@testable import FlowReport

/// `RadixSort` gives what sorting by comparison gives, for any number of significant bits.
@Suite struct RadixSortTests {
    @Test func sortsLikeComparing() {
        var state: UInt64 = 3
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
        for bits in [1, 5, 11, 12, 22, 23, 36, 63, 64] {
            let values = (0..<3_000).map { _ in bits == 64 ? next() : next() >> UInt64(64 - bits) }
            var sorted = values
            RadixSort.sort(&sorted, significantBits: bits)
            #expect(sorted == values.sorted(), "\(bits) bits")
        }
    }

    @Test func smallListsAreLeftAsTheyAre() {
        var one: [UInt64] = [7]
        RadixSort.sort(&one, significantBits: 3)
        #expect(one == [7])
        var none: [UInt64] = []
        RadixSort.sort(&none, significantBits: 3)
        #expect(none.isEmpty)
        // Equal values, and a hand-checked order across a digit boundary (2 048 is the twelfth bit).
        var values: [UInt64] = [2_049, 5, 2_048, 5, 0, 4_095]
        RadixSort.sort(&values, significantBits: 12)
        #expect(values == [0, 5, 5, 2_048, 2_049, 4_095])
    }
}
