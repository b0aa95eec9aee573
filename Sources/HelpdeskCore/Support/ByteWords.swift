/// Bytes looked at eight at a time, for scanners of millions of short texts (CSV fields, JSON
/// strings) where most words hold no byte that needs a closer look. The usual bit tricks: a byte
/// below `limit` borrows when `limit` is taken from it, and a byte equal to `c` is a zero byte of
/// `word ^ c`. The marks are exact for the lowest marked byte; a borrow can mark bytes above it,
/// never below.
public enum ByteWords {
    /// Bytes in a word.
    @inlinable public static var size: Int { MemoryLayout<UInt64>.size }

    @inlinable static var ones: UInt64 { 0x0101_0101_0101_0101 }

    /// The high bit of every byte.
    @inlinable public static var highBits: UInt64 { 0x8080_8080_8080_8080 }

    /// The eight bytes at `offset` from `base`, the first of them in the lowest bits on any machine.
    @inlinable
    public static func word(at offset: Int, of base: UnsafeRawPointer) -> UInt64 {
        UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// The high bit of each byte of `word` that may be below `limit` (at most 0x80).
    @inlinable
    public static func bytes(below limit: UInt8, in word: UInt64) -> UInt64 {
        (word &- ones &* UInt64(limit)) & ~word & highBits
    }

    /// The high bit of each byte of `word` that may equal `byte`.
    @inlinable
    public static func bytes(equalTo byte: UInt8, in word: UInt64) -> UInt64 {
        bytes(below: 1, in: word ^ (ones &* UInt64(byte)))
    }

    /// The position in its word of the byte the lowest mark of `marks` stands on.
    @inlinable
    public static func firstMarkedByte(_ marks: UInt64) -> Int { marks.trailingZeroBitCount / 8 }

    /// Where the first word of `bytes` from `start` on that `stops` marks begins, or where fewer
    /// than eight bytes are left.
    @inlinable
    public static func endOfWords(in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0, while stops: (UInt64) -> Bool) -> Int {
        var position = start
        guard let base = bytes.baseAddress else { return position }
        while position + size <= bytes.count {
            if stops(word(at: position, of: UnsafeRawPointer(base))) { break }
            position += size
        }
        return position
    }

    /// The position of the first `byte` in `bytes` from `start` on, or `bytes.count`.
    @inlinable
    public static func first(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var position = start
        if let base = bytes.baseAddress {
            while position + size <= bytes.count {
                let equal = self.bytes(equalTo: byte, in: word(at: position, of: UnsafeRawPointer(base)))
                if equal != 0 { return position + firstMarkedByte(equal) }
                position += size
            }
        }
        while position < bytes.count, bytes[position] != byte { position += 1 }
        return position
    }
}
