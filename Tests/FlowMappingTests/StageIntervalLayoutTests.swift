import Dispatch
import FlowModel
import Foundation
import Testing

@testable import FlowMapping

/// `StageInterval` keeps its stage and status as 32-bit numbers and its end as seconds, in 24 bytes; every
/// value must read back as it was set. `StatusSpellings` numbers the status spellings behind it.
@Suite struct StageIntervalLayoutTests {
    static let start = Date(timeIntervalSince1970: 1_793_000_000)

    @Test func anIntervalTakes24Bytes() {
        // start (a Date, 8 bytes) + end seconds (a Double, 8) + stage (Int32, 4) + status (Int32, 4) = 24.
        #expect(MemoryLayout<StageInterval>.size == 24)
        #expect(MemoryLayout<StageInterval>.stride == 24)
    }

    @Test func theEndReadsBackAsItWasGiven() {
        let open = StageInterval(stage: 1, status: "In Progress", start: Self.start, end: nil)
        #expect(open.end == nil)
        // A quarter of a second and a microsecond more: fractions must survive.
        let end = Date(timeIntervalSince1970: 1_793_000_000.250_001)
        let closed = StageInterval(stage: 1, status: "In Progress", start: Self.start, end: end)
        #expect(closed.end == end)
        #expect(closed.end?.timeIntervalSince1970 == 1_793_000_000.250_001)
        // An end before 2001 (the reference date) is negative seconds.
        let early = Date(timeIntervalSince1970: 86_400.5)
        #expect(StageInterval(stage: 0, status: "Open", start: early, end: early).end == early)
    }

    @Test func theStatusReadsBackAsItWasGiven() {
        for status in ["In Progress", "in progress", "Готово", "", "Done"] {
            let interval = StageInterval(stage: 2, status: status, start: Self.start, end: nil)
            #expect(interval.status == status)
            #expect(interval.stage == 2)
            #expect(interval.start == Self.start)
        }
    }

    @Test func settersChangeOnlyTheirValue() {
        var interval = StageInterval(stage: 1, status: "In Progress", start: Self.start, end: nil)
        let end = Self.start.addingTimeInterval(3_600.125)
        interval.end = end
        #expect(interval.end == end)
        #expect(interval.status == "In Progress")
        interval.status = "Code Review"
        #expect(interval.status == "Code Review")
        #expect(interval.stage == 1)
        interval.stage = 4
        #expect(interval.stage == 4)
        #expect(interval.end == end)
        interval.start = Self.start.addingTimeInterval(-60)
        #expect(interval.start == Self.start.addingTimeInterval(-60))
        interval.end = nil
        #expect(interval.end == nil)
        #expect(interval == StageInterval(stage: 4, status: "Code Review", start: interval.start, end: nil))
    }

    @Test func intervalsMadeWithTheSameValuesAreEqual() {
        let end = Self.start.addingTimeInterval(0.5)
        let one = StageInterval(stage: 3, status: "QA", start: Self.start, end: end)
        let other = StageInterval(stage: 3, status: "QA", start: Self.start, end: end)
        #expect(one == other)
        #expect(one.hashValue == other.hashValue)
        #expect(Set([one, other]).count == 1)
        #expect(one != StageInterval(stage: 3, status: "qa", start: Self.start, end: end))
        #expect(one != StageInterval(stage: 2, status: "QA", start: Self.start, end: end))
        #expect(one != StageInterval(stage: 3, status: "QA", start: Self.start, end: nil))
        #expect(one != StageInterval(stage: 3, status: "QA", start: end, end: end))
        // The mapper's way (a number it got for the spelling) makes the same interval.
        let numbered = StageInterval(
            stage: 3, statusNumber: StatusSpellings.shared.number(of: "QA"), start: Self.start, end: end)
        #expect(numbered == one)
    }

    @Test func eachSpellingHasItsOwnNumber() {
        let spellings = StatusSpellings()
        let done = spellings.number(of: "Done")
        let lower = spellings.number(of: "done")
        // Numbered in the order first seen, from 0.
        #expect(done == 0)
        #expect(lower == 1)
        #expect(spellings.number(of: "Done") == done)
        #expect(spellings.number(of: "done") == lower)
        #expect(spellings.number(of: "Done ") == 2)
        #expect(spellings.spelling(done) == "Done")
        #expect(spellings.spelling(lower) == "done")
        // A number never given reads as no spelling.
        #expect(spellings.spelling(3) == "")
        #expect(spellings.spelling(-1) == "")
    }

    /// The numbers eight threads get at once for `names`, each thread in name order, each starting at a
    /// different place in the list.
    static func numberedAtOnce(_ names: [String], by spellings: StatusSpellings) -> [[Int32]] {
        let results = NumbersByThread()
        DispatchQueue.concurrentPerform(iterations: 8) { thread in
            var numbers = [Int32](repeating: -1, count: names.count)
            for step in names.indices {
                let index = (step + thread * 25) % names.count
                numbers[index] = spellings.number(of: names[index])
            }
            results.add(numbers)
        }
        return results.all
    }

    @Test func threadsNumberingAtOnceAgree() {
        let spellings = StatusSpellings()
        // 200 spellings: "Status 0" … "Status 99", then the same with " (copy)".
        let names = (0..<200).map { "Status \($0 % 100)" + ($0 < 100 ? "" : " (copy)") }
        let byThread = Self.numberedAtOnce(names, by: spellings)
        #expect(byThread.count == 8)
        // Every thread got the same number for each spelling, …
        #expect(Set(byThread).count == 1)
        let numbers = byThread.first ?? []
        // … 200 different spellings got 200 different numbers, 0 to 199 …
        #expect(Set(numbers) == Set(0..<200))
        // … and each number reads back as its spelling.
        #expect(numbers.map { spellings.spelling($0) } == names)
    }

    @Test func theSharedSpellingsAgreeAcrossThreads() {
        // Spellings no other test uses, so that the threads race to number each of them first.
        let tag = UUID().uuidString
        let names = ["Open", "open", "Done", "done", "In Review"].map { "\($0) \(tag)" }
        let byThread = Self.numberedAtOnce(names, by: .shared)
        let numbers = names.map { StatusSpellings.shared.number(of: $0) }
        #expect(byThread.count == 8)
        #expect(byThread.allSatisfy { $0 == numbers })
        #expect(Set(numbers).count == names.count)
        #expect(numbers.map { StatusSpellings.shared.spelling($0) } == names)
    }
}

/// The numbers each thread got, collected under a lock.
private final class NumbersByThread: @unchecked Sendable {
    private let lock = NSLock()
    private var numbers: [[Int32]] = []

    func add(_ list: [Int32]) {
        lock.lock()
        numbers.append(list)
        lock.unlock()
    }

    var all: [[Int32]] {
        lock.lock()
        defer { lock.unlock() }
        return numbers
    }
}
