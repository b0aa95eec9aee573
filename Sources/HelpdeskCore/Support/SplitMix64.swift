/// SplitMix64, a small seeded random number generator: the same numbers for the same seed on every
/// run and machine (for the demo store, generated benchmark data and reproducible test cases).
public struct SplitMix64: RandomNumberGenerator, Sendable {
    /// The step added to the state before each number (the generator's "golden gamma").
    public static let gamma: UInt64 = 0x9E37_79B9_7F4A_7C15

    private var state: UInt64

    /// A generator whose numbers follow from `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next number.
    public mutating func next() -> UInt64 {
        state &+= Self.gamma
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
