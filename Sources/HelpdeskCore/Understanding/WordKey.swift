import Foundation

/// A word as a table key, hashed and compared by its UTF-8 bytes.
///
/// `String` hashes and compares non-ASCII text (a Russian word) through Unicode normalization,
/// which costs several times the word's own bytes on every look-up. Words from the tokenizer are
/// already folded one way, so their bytes are enough to tell them apart; two words that differ in
/// bytes but are canonically equal are simply two keys.
struct WordKey: Hashable, Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    func hash(into hasher: inout Hasher) {
        let bytes = text.utf8
        if bytes.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
            for byte in bytes { hasher.combine(byte) }
        }
    }

    static func == (lhs: WordKey, rhs: WordKey) -> Bool {
        let lhsBytes = lhs.text.utf8
        let rhsBytes = rhs.text.utf8
        // Most keys a look-up meets differ in length: told apart without reading their bytes.
        guard lhsBytes.count == rhsBytes.count else { return false }
        let equal = lhsBytes.withContiguousStorageIfAvailable { lhsBuffer in
            rhsBytes.withContiguousStorageIfAvailable { rhsBuffer in
                guard let lhsStart = lhsBuffer.baseAddress, let rhsStart = rhsBuffer.baseAddress else { return true }
                return memcmp(lhsStart, rhsStart, lhsBuffer.count) == 0
            }
        }
        return (equal ?? nil) ?? lhsBytes.elementsEqual(rhsBytes)
    }
}
