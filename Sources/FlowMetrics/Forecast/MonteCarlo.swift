/// Monte Carlo forecasts from daily throughput (SPEC §4): each trial draws days at random, with replacement,
/// from the observed daily delivery counts.
///
/// Every question starts from the same seed, so the same throughput always gives the same answers.
public struct MonteCarlo: Sendable {
    /// The seed every forecast starts from.
    public static let defaultSeed: UInt64 = 0x5354_5245_414D_4741  // "STREAMGA"
    /// Trials stop counting days after this many (ten years): "not within ten years".
    public static let dayLimit = 3_650

    /// Items delivered on each day of the basis period.
    public let dailyThroughput: [Int]
    /// Simulated futures per question.
    public let trials: Int
    /// Where every question's random sequence starts.
    public let seed: UInt64

    public init(dailyThroughput: [Int], trials: Int = 10_000, seed: UInt64 = MonteCarlo.defaultSeed) {
        self.dailyThroughput = dailyThroughput
        self.trials = max(1, trials)
        self.seed = seed
    }

    /// How many items `days` days will deliver, at each confidence (percent): in that share of trials at
    /// least this many were delivered. `nil` without throughput data.
    public func howMany(days: Int, confidences: [Int] = [50, 85, 95]) -> [Int]? {
        guard !dailyThroughput.isEmpty else { return nil }
        var generator = SplitMix64(seed: seed)
        var totals: [Int] = []
        totals.reserveCapacity(trials)
        for _ in 0..<trials {
            var total = 0
            for _ in 0..<max(0, days) {
                total += dailyThroughput[generator.nextIndex(below: dailyThroughput.count)]
            }
            totals.append(total)
        }
        totals.sort()
        // At least c % of trials reached the value at ascending position n − ⌈c·n/100⌉.
        return confidences.map { totals[trials - Percentile.rank(percent: $0, count: trials)] }
    }

    /// How many days it takes to deliver `items`, at each confidence (percent): that share of trials were done
    /// within this many days (1 = by the end of the first day). `nil` without any delivery in the basis;
    /// a value above ``dayLimit`` means "not within ten years".
    public func whenDone(items: Int, confidences: [Int] = [50, 85, 95]) -> [Int]? {
        guard dailyThroughput.contains(where: { $0 > 0 }) else { return nil }
        guard items > 0 else { return confidences.map { _ in 0 } }
        var generator = SplitMix64(seed: seed)
        var needed: [Int] = []
        needed.reserveCapacity(trials)
        for _ in 0..<trials {
            var done = 0
            var days = 0
            while done < items && days <= MonteCarlo.dayLimit {
                done += dailyThroughput[generator.nextIndex(below: dailyThroughput.count)]
                days += 1
            }
            needed.append(days)
        }
        needed.sort()
        return confidences.map { needed[Percentile.rank(percent: $0, count: trials) - 1] }
    }
}
