/// A message prepared for entity extraction: its UTF-8 bytes, a case-folded copy with the same
/// byte offsets, and its tokens.
///
/// The buffers belong to the caller (temporary allocations inside `EntityExtractor.extract`);
/// an `EntityText` must not outlive them.
struct EntityText {
    /// The message as typed.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The message with ASCII and Cyrillic letters lower-cased and `ё` folded to `е`.
    /// Same length and offsets as `bytes`.
    let folded: UnsafeBufferPointer<UInt8>
    /// The tokens, in order of appearance.
    let tokens: UnsafeMutableBufferPointer<EntityToken>
    /// How many tokens contain a digit.
    let digitTokenCount: Int
    /// Whether the message contains `@`.
    let hasAtSign: Bool

    var count: Int { tokens.count }

    /// Scans `bytes` once: folds case into `folded` and writes tokens into `tokenStorage`,
    /// which must hold at least `bytes.count + 1` tokens.
    static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, folded: UnsafeMutableBufferPointer<UInt8>,
        tokenStorage: UnsafeMutableBufferPointer<EntityToken>
    ) -> EntityText {
        let n = bytes.count
        var count = 0
        var digitTokens = 0
        var hasAt = false
        var i = 0
        while i < n {
            let b = bytes[i]
            let start = i
            var digits = 0
            var letters = 0
            var flags: UInt8 = 0
            if b < 0x80 {
                guard isASCIIAlphanumeric(b) else {
                    folded[i] = b
                    if b == 0x40 { hasAt = true }
                    i += 1
                    continue
                }
                if b &- 65 < 26 { flags = EntityToken.capitalFlag }
                i = scanLatinRun(bytes, folded, from: i, digits: &digits, letters: &letters)
            } else {
                let length = scalarLength(b)
                guard i + length <= n else {
                    for j in i..<n { folded[j] = bytes[j] }
                    break
                }
                if isCyrillicLetter(bytes, at: i, length: length) {
                    // A Cyrillic token.
                    flags = EntityToken.cyrillicFlag
                    while i + 1 < n && isCyrillicLetter(bytes, at: i, length: scalarLength(bytes[i])) {
                        let (f0, f1) = foldCyrillic(bytes[i], bytes[i + 1])
                        folded[i] = f0
                        folded[i + 1] = f1
                        letters += 1
                        i += 2
                    }
                } else {
                    for j in i..<(i + length) { folded[j] = bytes[j] }
                    i += length
                    guard isOtherLetter(bytes, at: start, length: length) else { continue }
                    // A token starting with another letter (é, ß): continue as a Latin token.
                    letters = 1
                    i = scanLatinRun(bytes, folded, from: i, digits: &digits, letters: &letters)
                }
            }
            tokenStorage[count] = EntityToken(
                start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: i),
                digits: UInt16(truncatingIfNeeded: min(digits, Int(UInt16.max))),
                letters: UInt16(truncatingIfNeeded: min(letters, Int(UInt16.max))), flags: flags)
            count += 1
            if digits > 0 { digitTokens += 1 }
        }
        return EntityText(
            bytes: bytes, folded: UnsafeBufferPointer(folded),
            tokens: UnsafeMutableBufferPointer(rebasing: tokenStorage[0..<count]),
            digitTokenCount: digitTokens, hasAtSign: hasAt)
    }

    /// Reads a Latin token from `i`: ASCII letters and digits and other non-Cyrillic letters
    /// (é, ß), folding ASCII case. Returns where it ends.
    @inline(__always)
    private static func scanLatinRun(
        _ bytes: UnsafeBufferPointer<UInt8>, _ folded: UnsafeMutableBufferPointer<UInt8>, from start: Int,
        digits: inout Int, letters: inout Int
    ) -> Int {
        let n = bytes.count
        var i = start
        while i < n {
            let c = bytes[i]
            if c < 0x80 {
                if c &- 48 < 10 {
                    digits += 1
                    folded[i] = c
                } else if (c | 0x20) &- 97 < 26 {
                    letters += 1
                    folded[i] = c | 0x20
                } else {
                    break
                }
                i += 1
            } else {
                let length = scalarLength(c)
                guard i + length <= n, !isCyrillicLetter(bytes, at: i, length: length),
                    isOtherLetter(bytes, at: i, length: length)
                else { break }
                for j in i..<(i + length) { folded[j] = bytes[j] }
                letters += 1
                i += length
            }
        }
        return i
    }

    @inline(__always)
    private static func isASCIIAlphanumeric(_ b: UInt8) -> Bool {
        b &- 48 < 10 || (b | 0x20) &- 97 < 26
    }

    @inline(__always)
    private static func scalarLength(_ lead: UInt8) -> Int {
        lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    }

    /// Cyrillic letters are the two-byte scalars U+0400–U+04FF but for the signs U+0482–U+0489.
    @inline(__always)
    private static func isCyrillicLetter(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, length: Int) -> Bool {
        guard length == 2 && i + 1 < bytes.count else { return false }
        let b = bytes[i]
        return b >= 0xD0 && b <= 0xD3 && !(b == 0xD2 && bytes[i + 1] &- 0x82 < 8)
    }

    /// Lower-cases a two-byte Cyrillic letter and folds `ё` to `е`.
    @inline(__always)
    static func foldCyrillic(_ b0: UInt8, _ b1: UInt8) -> (UInt8, UInt8) {
        if b0 == 0xD0 {
            if b1 == 0x81 { return (0xD0, 0xB5) }  // Ё → е
            if b1 >= 0x90 && b1 <= 0x9F { return (0xD0, b1 &+ 0x20) }  // А–П → а–п
            if b1 >= 0xA0 && b1 <= 0xAF { return (0xD1, b1 &- 0x20) }  // Р–Я → р–я
            if b1 >= 0x80 && b1 <= 0x8F { return (0xD1, b1 &+ 0x10) }  // Ѐ–Џ → ѐ–џ
            return (b0, b1)
        }
        if b0 == 0xD1 && b1 == 0x91 { return (0xD0, 0xB5) }  // ё → е
        return (b0, b1)
    }

    /// Whether the multi-byte scalar at `i` is a letter (accented Latin, Greek, CJK…).
    private static func isOtherLetter(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, length: Int) -> Bool {
        guard length > 1 && i + length <= bytes.count else { return false }
        var value = UInt32(bytes[i]) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for j in (i + 1)..<(i + length) { value = value << 6 | UInt32(bytes[j] & 0x3F) }
        guard let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.isAlphabetic
    }

    /// Lower-cased words of a short string (an alias), each with whether it is Cyrillic.
    static func foldedWords(of string: String) -> [(bytes: [UInt8], cyrillic: Bool)] {
        let source = Array(string.utf8)
        var words: [(bytes: [UInt8], cyrillic: Bool)] = []
        source.withUnsafeBufferPointer { bytes in
            var folded = [UInt8](repeating: 0, count: bytes.count)
            var storage = [EntityToken](
                repeating: EntityToken(start: 0, end: 0, digits: 0, letters: 0, flags: 0), count: bytes.count + 1)
            folded.withUnsafeMutableBufferPointer { foldedBuffer in
                storage.withUnsafeMutableBufferPointer { tokenBuffer in
                    let text = EntityText.scan(bytes, folded: foldedBuffer, tokenStorage: tokenBuffer)
                    for token in text.tokens {
                        words.append((Array(text.folded[token.range]), token.has(EntityToken.cyrillicFlag)))
                    }
                }
            }
        }
        return words
    }
}
