/// A number with spaces, dashes and case removed (`114 0149180-7966659` → `11401491807966659`,
/// `1z5r…` → `1Z5R…`), written into a scratch buffer the caller owns.
struct CompactNumber {
    /// Longest number worth reading (FedEx and USPS 34-digit labels).
    static let maxLength = 34

    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private(set) var count = 0
    /// Letters among the characters.
    private(set) var letters = 0
    /// Something other than an ASCII letter or digit was met, or it grew too long.
    private(set) var isUnreadable = false

    init(buffer: UnsafeMutableBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    var digits: Int { count - letters }
    var isUsable: Bool { !isUnreadable && count > 0 }
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: buffer[0..<count]) }

    /// The compacted characters as a string: the lookup key.
    var key: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends a token's letters (upper-cased) and digits.
    mutating func append(_ token: EntityToken, from text: EntityText) {
        guard !isUnreadable else { return }
        guard count + token.length <= min(buffer.count, Self.maxLength) else {
            isUnreadable = true
            return
        }
        for i in token.range {
            let b = text.bytes[i]
            if b &- 48 < 10 {
                buffer[count] = b
            } else if b &- 65 < 26 {
                buffer[count] = b
                letters += 1
            } else if b &- 97 < 26 {
                buffer[count] = b &- 32
                letters += 1
            } else {
                isUnreadable = true
                return
            }
            count += 1
        }
    }
}
