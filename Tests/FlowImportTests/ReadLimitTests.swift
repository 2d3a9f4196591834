import Dispatch
import Testing

@testable import FlowImport
@testable import FlowModel

/// `ReadLimit`: where the first part of a split file stops, given by another thread while the part is read.
@Suite struct ReadLimitTests {
    @Test func beforeTheEndIsGivenReadsStopWhereItCannotComeBefore() {
        let limit = ReadLimit(notBefore: 500)
        #expect(limit.end(forReadingAt: 0) == 500)
        #expect(limit.end(forReadingAt: 499) == 500)
        limit.give(620)
        #expect(limit.end(forReadingAt: 0) == 620)
        #expect(limit.end(forReadingAt: 700) == 620)
    }

    @Test func aReadPastThatWaitsForTheEnd() {
        let limit = ReadLimit(notBefore: 500)
        let started = DispatchSemaphore(value: 0)
        let reader = BackgroundWork { () -> Int64 in
            started.signal()
            return limit.end(forReadingAt: 500)
        }
        started.wait()
        limit.give(512)
        #expect(reader.wait() == 512)
        // Later reads get it at once, as does one given no end at all.
        #expect(limit.end(forReadingAt: 600) == 512)
        let none = ReadLimit(notBefore: 10)
        none.give(.max)
        #expect(none.end(forReadingAt: 10) == .max)
    }

    @Test func aFixedLimitIsKnownFromTheStart() {
        #expect(ReadLimit(300).end(forReadingAt: 1_000) == 300)
        #expect(ReadLimit().end(forReadingAt: 0) == .max)
    }
}
