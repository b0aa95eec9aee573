/// The bytes of a JSON string's text read eight at a time: most text has none that needs a closer
/// look (a quotation mark, a reverse solidus or a control character), so writers and readers of
/// millions of strings skip such words whole and find the first special byte of a word at once.
enum JSONStringBytes {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether `byte` is special in a JSON string: a control character, a quotation mark or a
    /// reverse solidus.
    @inline(__always)
    static func isSpecial(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    /// The position of the first special byte of `bytes` from `start` on, or `bytes.count` (or
    /// `start`, when it is past the end) when there is none; `isASCII` turns false when a byte
    /// passed is above 0x7F.
    @inline(__always)
    static func firstSpecialByte(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, isASCII: inout Bool) -> Int {
        var position = start
        var seen: UInt64 = 0
        defer { if seen & highBits != 0 { isASCII = false } }
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            let wordSize = MemoryLayout<UInt64>.size
            while position + wordSize <= bytes.count {
                // Little-endian order puts the word's first byte in its lowest bits on any machine.
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: position, as: UInt64.self))
                let special = specialBits(word)
                if special != 0 {
                    let offset = special.trailingZeroBitCount / 8
                    seen |= word & ((1 << (offset * 8)) &- 1)
                    return position + offset
                }
                seen |= word
                position += wordSize
            }
        }
        while position < bytes.count {
            let byte = bytes[position]
            if isSpecial(byte) { return position }
            seen |= UInt64(byte)
            position += 1
        }
        return position
    }

    /// The position of the first special byte of `bytes` from `start` on, or `bytes.count`.
    @inline(__always)
    static func firstSpecialByte(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var isASCII = true
        return firstSpecialByte(in: bytes, from: start, isASCII: &isASCII)
    }

    /// The high bit of each byte of `word` that may be special, the lowest of them exact. The
    /// usual bit tricks: a byte below 0x20 borrows when 0x20 is taken from it, and a byte equal to
    /// `c` is a zero byte of `word ^ c`. A borrow can mark bytes above a special one, never below.
    @inline(__always)
    private static func specialBits(_ word: UInt64) -> UInt64 {
        func bytes(below limit: UInt64, _ value: UInt64) -> UInt64 { (value &- ones &* limit) & ~value & highBits }
        return bytes(below: 0x20, word) | bytes(below: 1, word ^ (ones &* 0x22)) | bytes(below: 1, word ^ (ones &* 0x5C))
    }
}
