/// What the characters right around a digit run say about it: money, a piece of a date or a
/// decimal, a phone number.
enum NumberSurroundings {
    /// Part of a date, time, decimal or thousands-separated number: `15.01.2024`, `10:30`,
    /// `1,499`, `12/05` — a single `. , / :` between it and another digit run.
    static func isPartOfLargerNumber(_ text: EntityText, first: Int, last: Int) -> Bool {
        if first > 0 && text.tokens[first - 1].digits > 0 && isNumberPunctuation(text, text.gapBefore(first)) {
            return true
        }
        if last + 1 < text.count && text.tokens[last + 1].digits > 0 && isNumberPunctuation(text, text.gapAfter(last)) {
            return true
        }
        return false
    }

    /// An amount: a currency sign or code next to it (`$1499`, `€ 20`, `1200₽`, `USD 350`), or a
    /// currency word after it (`1499 dollars`, `1200 руб`, `1200р`, `5k`).
    static func isMoney(_ text: EntityText, first: Int, last: Int) -> Bool {
        let before = text.gapBefore(first)
        if text.endsWithCurrencySign(before) { return true }
        let after = text.gapAfter(last)
        if text.startsWithCurrencySign(after, nextTokenFollows: last + 1 < text.count) { return true }
        if first > 0 && text.tokens[first - 1].isWord && text.isSpaces(before) && isCurrencyCode(text, first - 1) {
            return true
        }
        if last + 1 < text.count && text.tokens[last + 1].isWord && text.isSpaces(after) {
            return isCurrencyWord(text, last + 1)
        }
        return false
    }

    /// Typed after `+` (an international phone number).
    static func followsPlus(_ text: EntityText, first: Int) -> Bool {
        text.contains(0x2B, in: text.gapBefore(first))
    }

    /// Phone-number shapes worth excluding when no order word vouches for the number: 11 digits
    /// starting 79 / 89 (Russian mobiles) or 01, 02, 03, 07, 08 (UK), 12 digits starting 44 / 79.
    static func looksLikePhone(_ c: UnsafeBufferPointer<UInt8>) -> Bool {
        guard c.count == 11 || c.count == 12 else { return false }
        let a = c[0]
        let b = c[1]
        if c.count == 11 {
            if (a == 0x37 || a == 0x38) && b == 0x39 { return true }
            return a == 0x30 && (b == 0x31 || b == 0x32 || b == 0x33 || b == 0x37 || b == 0x38)
        }
        return (a == 0x34 && b == 0x34) || (a == 0x37 && b == 0x39)
    }

    /// 8 digits that read as a date: `20240115` (YYYYMMDD) or `15012024` (DDMMYYYY).
    static func looksLikeDate(_ c: UnsafeBufferPointer<UInt8>) -> Bool {
        guard c.count == 8 else { return false }
        func number(_ from: Int, _ length: Int) -> Int {
            var value = 0
            for i in from..<(from + length) { value = value * 10 + Int(c[i] &- 48) }
            return value
        }
        func isYear(_ y: Int) -> Bool { y >= 1900 && y <= 2099 }
        func isMonthDay(_ m: Int, _ d: Int) -> Bool { m >= 1 && m <= 12 && d >= 1 && d <= 31 }
        if isYear(number(0, 4)) && isMonthDay(number(4, 2), number(6, 2)) { return true }
        return isYear(number(4, 4)) && isMonthDay(number(2, 2), number(0, 2))
    }

    private static func isNumberPunctuation(_ text: EntityText, _ gap: Range<Int>) -> Bool {
        guard gap.count == 1 else { return false }
        let b = text.bytes[gap.lowerBound]
        return b == 0x2E || b == 0x2C || b == 0x2F || b == 0x3A
    }

    private static let currencyCodes: [[UInt8]] = ["usd", "eur", "gbp", "rub", "руб", "cad", "aud"].map { Array($0.utf8) }
    private static let currencyWords: [[UInt8]] = [
        "dollar", "dollars", "usd", "eur", "euro", "euros", "gbp", "pound", "pounds", "quid", "bucks", "rub",
        "ruble", "rubles", "rouble", "roubles", "cents", "k", "р", "евро", "тыс",
    ].map { Array($0.utf8) }
    private static let currencyPrefixes: [[UInt8]] = ["руб", "долл", "фунт", "тыс"].map { Array($0.utf8) }

    private static func isCurrencyCode(_ text: EntityText, _ k: Int) -> Bool {
        let word = text.word(k)
        return currencyCodes.contains { equals(word, $0) }
    }

    private static func isCurrencyWord(_ text: EntityText, _ k: Int) -> Bool {
        let word = text.word(k)
        if currencyWords.contains(where: { equals(word, $0) }) { return true }
        return currencyPrefixes.contains { prefix in
            word.count >= prefix.count && equals(UnsafeBufferPointer(rebasing: word[0..<prefix.count]), prefix)
        }
    }

    private static func equals(_ a: UnsafeBufferPointer<UInt8>, _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        for i in 0..<b.count where a[i] != b[i] { return false }
        return true
    }
}
