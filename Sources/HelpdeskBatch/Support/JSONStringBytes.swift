import HelpdeskCore

/// The bytes of a JSON string's text read eight at a time: most text has none that needs a closer
/// look (a quotation mark, a reverse solidus or a control character), so writers and readers of
/// millions of strings skip such words whole and find the first special byte of a word at once.
enum JSONStringBytes {

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
        defer { if seen & ByteWords.highBits != 0 { isASCII = false } }
        if let base = bytes.baseAddress {
            while position + ByteWords.size <= bytes.count {
                let word = ByteWords.word(at: position, of: UnsafeRawPointer(base))
                let special = specialBits(word)
                if special != 0 {
                    let offset = ByteWords.firstMarkedByte(special)
                    seen |= word & ((1 << (offset * 8)) &- 1)
                    return position + offset
                }
                seen |= word
                position += ByteWords.size
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

    /// The high bit of each byte of `word` that may be special, the lowest of them exact.
    @inline(__always)
    private static func specialBits(_ word: UInt64) -> UInt64 {
        ByteWords.bytes(below: 0x20, in: word) | ByteWords.bytes(equalTo: UInt8(ascii: "\""), in: word)
            | ByteWords.bytes(equalTo: UInt8(ascii: "\\"), in: word)
    }
}
