/// A small, fast, seedable pseudo-random generator (Steele, Lea and Flood's SplitMix64).
///
/// The same seed always gives the same sequence on every platform, which is what makes the
/// generated exports byte-identical from run to run. Only integer arithmetic is used.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A generator for one sub-task of the simulation, independent of how many numbers the
    /// parent has drawn so far for other purposes.
    mutating func fork() -> SplitMix64 { SplitMix64(seed: next()) }
}
