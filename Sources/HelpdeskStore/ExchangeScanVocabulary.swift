import Foundation

/// The texts of an exchange scan's text columns (intent, rule, via, language, channel), each
/// numbered once, in the order first met: rows carry these numbers (codes) instead of strings,
/// so that a pass over a million exchanges makes no strings and hashes none.
///
/// Code 0 stands for NULL. Texts are matched byte for byte.
public final class ExchangeScanVocabulary {
    /// Texts by code; `texts[0]` is `nil` (NULL).
    public private(set) var texts: [String?] = [nil]
    /// The codes by bytes. A scan works on a copy of its own (a local value, so that its hot
    /// loop pays for no exclusivity checks) and hands it back at the end.
    var interner = TextInterner()

    /// An empty vocabulary.
    public init() {}

    /// How many codes there are, NULL's included: every code is below this.
    public var count: Int { texts.count }

    /// The text of `code`; `nil` for NULL or an unknown code.
    public func text(_ code: Int) -> String? {
        code > 0 && code < texts.count ? texts[code] : nil
    }

    /// The code of `text` (0 for `nil`), numbering it if it is new.
    public func code(for text: String?) -> Int {
        guard var text else { return 0 }
        return text.withUTF8 { bytes in interner.code(bytes: bytes, vocabulary: self) }
    }

    /// Records the text of a new code (called by the interner that made it).
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        texts.append(String(decoding: bytes, as: UTF8.self))
    }
}

/// Codes by UTF-8 bytes: an open-addressing hash table kept at most half full, the bytes of
/// every text in one flat buffer (no array per text to retain and release on each look-up).
struct TextInterner {
    /// The bytes of code `c` are `storage[offsets[c]..<offsets[c + 1]]` (code 0, NULL, has none).
    private var storage: [UInt8] = []
    private var offsets: [Int] = [0, 0]
    /// Each slot holds a code, or -1 when free.
    private var slots = [Int32](repeating: -1, count: 64)

    /// The code of `bytes`, numbering them (and recording their text in `vocabulary`) if new.
    mutating func code(bytes: UnsafeBufferPointer<UInt8>, vocabulary: ExchangeScanVocabulary) -> Int {
        let mask = slots.count - 1
        var index = Self.hash(bytes) & mask
        while true {
            let slot = Int(slots[index])
            if slot < 0 { return insert(bytes, at: index, vocabulary: vocabulary) }
            if equal(slot, bytes) { return slot }
            index = (index + 1) & mask
        }
    }

    private var count: Int { offsets.count - 1 }

    private mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, vocabulary: ExchangeScanVocabulary) -> Int {
        let code = count
        storage.append(contentsOf: bytes)
        offsets.append(storage.count)
        vocabulary.append(bytes)
        slots[index] = Int32(code)
        if code * 2 > slots.count { rehash() }
        return code
    }

    private mutating func rehash() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        storage.withUnsafeBufferPointer { all in
            for code in 1..<count {
                let key = UnsafeBufferPointer(rebasing: all[offsets[code]..<offsets[code + 1]])
                var index = Self.hash(key) & mask
                while slots[index] >= 0 { index = (index + 1) & mask }
                slots[index] = Int32(code)
            }
        }
    }

    /// FNV-1a over the bytes.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }

    private func equal(_ code: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = offsets[code]
        let length = offsets[code + 1] - start
        guard length == bytes.count else { return false }
        guard length > 0, let base = bytes.baseAddress else { return true }
        return storage.withUnsafeBufferPointer { all in
            guard let stored = all.baseAddress else { return false }
            return memcmp(stored + start, base, length) == 0
        }
    }
}
