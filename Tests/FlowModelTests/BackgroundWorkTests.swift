import Dispatch
import FlowModel
import Foundation
import Testing

/// `BackgroundWork` runs its work on another thread while the caller goes on, and hands back the work's value.
@Suite struct BackgroundWorkTests {
    @Test func givesBackTheWorksValue() {
        let work = BackgroundWork { (1...10).reduce(0, +) }
        // 1 + 2 + … + 10 = 55.
        #expect(work.wait() == 55)
    }

    @Test func givesBackANilValue() {
        let work = BackgroundWork<Int?> { nil }
        #expect(work.wait() == nil)
    }

    @Test func runsBesideTheCaller() {
        let started = DispatchSemaphore(value: 0)
        let go = DispatchSemaphore(value: 0)
        // The work cannot finish until the caller, after starting it, says go: had it run inside `init`, it would
        // give up waiting and return false.
        let work = BackgroundWork { () -> Bool in
            started.signal()
            return go.wait(timeout: .now() + .seconds(30)) == .success
        }
        // The work starts at once, before anyone waits for it.
        #expect(started.wait(timeout: .now() + .seconds(30)) == .success)
        go.signal()
        #expect(work.wait() == true)
    }

    @Test func severalWorksEachGiveTheirOwnValue() {
        let works = (0..<6).map { index in BackgroundWork { index * index } }
        // Waited for in reverse, the order they were started in does not matter: 0², 1², …, 5².
        #expect(works.reversed().map { $0.wait() } == [25, 16, 9, 4, 1, 0])
    }

    @Test func sharedForReadingKeepsItsValue() {
        let shared = SharedForReading([3, 1, 2])
        let work = BackgroundWork { shared.value.sorted() }
        #expect(work.wait() == [1, 2, 3])
        #expect(shared.value == [3, 1, 2])
    }
}

/// `Handoff` passes a value from one thread to another that waits for it.
@Suite struct HandoffTests {
    @Test func theTakerGetsWhatTheGiverGives() {
        let handoff = Handoff<[Int]>()
        // The taker runs first and waits; the value comes after it started.
        let taker = BackgroundWork { handoff.take() ?? [] }
        handoff.give([4, 2])
        #expect(taker.wait() == [4, 2])
    }

    @Test func givingNothingLetsTheTakerGoOn() {
        let handoff = Handoff<Int>()
        handoff.give(nil)
        #expect(handoff.take() == nil)
    }
}

/// `SharedWork` runs every piece once, on up to as many threads as asked, and keeps each piece's result.
@Suite struct SharedWorkTests {
    @Test func everyPieceGivesItsOwnResult() {
        let work = SharedWork()
        // More pieces than threads: each thread takes the next one until none is left.
        let squares = (0..<9).map { index in work.add { index * index } }
        let text = work.add { "done" }
        work.run(threads: 2)
        #expect(squares.map(\.value) == [0, 1, 4, 9, 16, 25, 36, 49, 64])
        #expect(text.value == "done")
    }

    @Test func eachPieceRunsExactlyOnce() {
        let work = SharedWork()
        let runs = RunCounter()
        let pieces = (0..<20).map { index in
            work.add {
                runs.add(index)
                return index
            }
        }
        work.run(threads: 3)
        #expect(runs.counts == [Int](repeating: 1, count: 20))
        #expect(pieces.map(\.value) == Array(0..<20))
    }
}

/// How many times each of 20 pieces ran.
private final class RunCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var runs = [Int](repeating: 0, count: 20)

    func add(_ index: Int) {
        lock.lock()
        runs[index] += 1
        lock.unlock()
    }

    var counts: [Int] {
        lock.lock()
        defer { lock.unlock() }
        return runs
    }
}
