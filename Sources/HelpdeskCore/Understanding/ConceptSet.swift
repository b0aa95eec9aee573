/// A set of concept indexes (up to 256), as four machine words, so that cue checks are a few ANDs.
public struct ConceptSet: Sendable, Equatable, Hashable {
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    /// The most concepts a lexicon may define.
    public static let capacity = 256

    public init() {}

    public init(_ indexes: some Sequence<Int>) {
        for index in indexes { insert(index) }
    }

    public mutating func insert(_ index: Int) {
        let bit = UInt64(1) << UInt64(index & 63)
        switch index >> 6 {
        case 0: words.0 |= bit
        case 1: words.1 |= bit
        case 2: words.2 |= bit
        default: words.3 |= bit
        }
    }

    public mutating func remove(_ index: Int) {
        let mask = ~(UInt64(1) << UInt64(index & 63))
        switch index >> 6 {
        case 0: words.0 &= mask
        case 1: words.1 &= mask
        case 2: words.2 &= mask
        default: words.3 &= mask
        }
    }

    public func contains(_ index: Int) -> Bool {
        let bit = UInt64(1) << UInt64(index & 63)
        switch index >> 6 {
        case 0: return words.0 & bit != 0
        case 1: return words.1 & bit != 0
        case 2: return words.2 & bit != 0
        default: return words.3 & bit != 0
        }
    }

    /// Whether every member of `other` is in this set.
    @inline(__always)
    public func isSuperset(of other: ConceptSet) -> Bool {
        words.0 & other.words.0 == other.words.0 && words.1 & other.words.1 == other.words.1
            && words.2 & other.words.2 == other.words.2 && words.3 & other.words.3 == other.words.3
    }

    /// Whether the two sets share a member.
    @inline(__always)
    public func intersects(_ other: ConceptSet) -> Bool {
        words.0 & other.words.0 != 0 || words.1 & other.words.1 != 0 || words.2 & other.words.2 != 0
            || words.3 & other.words.3 != 0
    }

    public var isEmpty: Bool { words.0 == 0 && words.1 == 0 && words.2 == 0 && words.3 == 0 }

    /// How many members it has.
    public var count: Int {
        words.0.nonzeroBitCount + words.1.nonzeroBitCount + words.2.nonzeroBitCount + words.3.nonzeroBitCount
    }

    /// The member indexes in increasing order.
    public var indexes: [Int] {
        var result: [Int] = []
        forEach { result.append($0) }
        return result
    }

    /// Calls `body` with each member index in increasing order, without allocating.
    @inline(__always)
    public func forEach(_ body: (Int) -> Void) {
        for (offset, word) in [(0, words.0), (64, words.1), (128, words.2), (192, words.3)] {
            var bits = word
            while bits != 0 {
                body(offset + bits.trailingZeroBitCount)
                bits &= bits - 1
            }
        }
    }

    public static func == (lhs: ConceptSet, rhs: ConceptSet) -> Bool {
        lhs.words.0 == rhs.words.0 && lhs.words.1 == rhs.words.1 && lhs.words.2 == rhs.words.2 && lhs.words.3 == rhs.words.3
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
        hasher.combine(words.3)
    }
}
