import FlowMetrics
import Testing

/// SPEC §4 Monte Carlo forecasts: resampled daily throughput, 10 000 trials, fixed seed.
@Suite struct ForecastTests {
    @Test func theSameThroughputGivesTheSameForecast() {
        let throughput = [0, 3, 1, 0, 2, 5, 0, 1, 0, 0, 4, 2, 1, 0]
        let first = MonteCarlo(dailyThroughput: throughput)
        let second = MonteCarlo(dailyThroughput: throughput)
        #expect(first.howMany(days: 28) == second.howMany(days: 28))
        #expect(first.whenDone(items: 40) == second.whenDone(items: 40))
        #expect(MonteCarlo(dailyThroughput: throughput, seed: 7).howMany(days: 28) != nil)
    }

    @Test func constantThroughputGivesExactAnswers() {
        // Two items every day: 14 days → 28 at every confidence; 5 items → 2, 4, 6 ≥ 5 on day 3.
        let forecast = MonteCarlo(dailyThroughput: [2, 2, 2])
        #expect(forecast.howMany(days: 14) == [28, 28, 28])
        #expect(forecast.whenDone(items: 5) == [3, 3, 3])
        #expect(forecast.whenDone(items: 0) == [0, 0, 0])
    }

    @Test func halfTheDaysDeliveringOneFollowTheBinomialAndGeometricLaws() {
        // Days of 0 or 1 item, equally likely. In 10 days X ~ Binomial(10, ½):
        // P(X ≤ 4) = 386/1024 = 0.377 and P(X ≤ 5) = 638/1024 = 0.623, so at 50 % "at least 5";
        // P(X ≥ 4) = 0.828 < 0.85 ≤ P(X ≥ 3) = 0.945, so at 85 % "at least 3".
        // One item takes D ~ Geometric(½) days: P(D ≤ 2) = 0.75 < 0.85 ≤ P(D ≤ 3) = 0.875 → 3 days at 85 %;
        // P(D ≤ 4) = 0.9375 < 0.95 ≤ P(D ≤ 5) = 0.969 → 5 days at 95 %.
        let forecast = MonteCarlo(dailyThroughput: [0, 1])
        #expect(forecast.howMany(days: 10, confidences: [50, 85]) == [5, 3])
        #expect(forecast.whenDone(items: 1, confidences: [85, 95]) == [3, 5])
    }

    @Test func noDeliveriesGiveNoDateAndNoThroughputNoForecast() {
        #expect(MonteCarlo(dailyThroughput: [0, 0]).whenDone(items: 3) == nil)
        #expect(MonteCarlo(dailyThroughput: [0, 0]).howMany(days: 14) == [0, 0, 0])
        #expect(MonteCarlo(dailyThroughput: []).howMany(days: 14) == nil)
    }

    @Test func splitMix64MatchesItsReferenceSequence() {
        // Reference values of SplitMix64 seeded with 1234567 (Vigna's splitmix64.c).
        var generator = SplitMix64(seed: 1_234_567)
        #expect(generator.next() == 6_457_827_717_110_365_317)
        #expect(generator.next() == 3_203_168_211_198_807_973)
    }
}
