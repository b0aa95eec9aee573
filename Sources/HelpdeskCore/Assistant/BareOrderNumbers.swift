/// Short order numbers typed bare after an order word ("order 1042" for Shopify's `#1042`,
/// "заказ № 1042"), which entity extraction leaves alone because four digits alone could be
/// anything. They are only candidates: the assistant uses one when an order with that number
/// exists, and never reports one as "not found".
enum BareOrderNumbers {
    /// Words after which a number is an order's.
    private static let orderWords: Set<String> = ["order", "orders", "purchase", "заказ", "заказа", "заказу", "заказом", "заказе"]
    /// Words that may stand between the order word and the number ("order no. 1042").
    private static let fillers: Set<String> = ["number", "no", "nr", "num", "id", "номер", "номером"]
    static let minDigits = 3
    static let maxDigits = 20

    /// Digit runs of 3 to 20 digits that follow an order word, optionally through a filler word or
    /// mark, and are not part of a date, a decimal, an amount or a longer code; in order, once each.
    static func candidates(in message: String) -> [String] {
        let utf8 = message.utf8
        let survey = utf8.withContiguousStorageIfAvailable(Self.survey) ?? Self.survey(utf8)
        // No ASCII digit, no candidate; ASCII text is scanned byte by byte (the same characters).
        guard survey.hasDigit else { return [] }
        if survey.isASCII { return candidates(in: Array(message.lowercased().utf8)) }
        return candidates(in: Array(message.lowercased()))
    }

    /// Whether the text has an ASCII digit and whether it is all ASCII, in one pass over its bytes
    /// (read in place: most messages have no candidate, and this is all they cost).
    private static func survey(_ bytes: some Sequence<UInt8>) -> (hasDigit: Bool, isASCII: Bool) {
        var hasDigit = false
        var isASCII = true
        for byte in bytes {
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { hasDigit = true }
            if byte >= 0x80 { isASCII = false }
        }
        return (hasDigit, isASCII)
    }

    private static func candidates<Symbol: MessageSymbol>(in characters: [Symbol]) -> [String] {
        var result: [String] = []
        var index = 0
        while index < characters.count {
            guard characters[index].isASCIIDigit else {
                index += 1
                continue
            }
            let start = index
            while index < characters.count && characters[index].isASCIIDigit { index += 1 }
            let digits = Symbol.text(characters[start..<index])
            if (minDigits...maxDigits).contains(index - start), standsAlone(characters, start, index),
                followsOrderWord(characters, before: start), !result.contains(digits)
            {
                result.append(digits)
            }
        }
        return result
    }

    /// Whether the run `start..<end` is a number of its own: not glued to letters, not part of
    /// `12.03.2025`, `1,042`, `10:30`, `1042-55`, and not money (`$1042`, `1042€`, `1042%`).
    private static func standsAlone<Symbol: MessageSymbol>(_ characters: [Symbol], _ start: Int, _ end: Int) -> Bool {
        if start > 0 {
            let before = characters[start - 1]
            if before.isLetter || before.isMoneyOrPlusSign { return false }
            if before.isNumberJoiner, start > 1, characters[start - 2].isLetter || characters[start - 2].isASCIIDigit {
                return false
            }
        }
        if end < characters.count {
            let after = characters[end]
            if after.isLetter || after.isMoneyOrPercentSign { return false }
            if after.isNumberJoiner, end + 1 < characters.count,
                characters[end + 1].isASCIIDigit || characters[end + 1].isLetter
            {
                return false
            }
        }
        return true
    }

    /// Whether an order word comes right before `start`, with at most one filler word and any of
    /// the marks and spaces between.
    private static func followsOrderWord<Symbol: MessageSymbol>(_ characters: [Symbol], before start: Int) -> Bool {
        var index = start - 1
        var fillersSeen = 0
        while true {
            while index >= 0 && (characters[index].isSpace || characters[index].isNumberMark) { index -= 1 }
            guard index >= 0, characters[index].isLetter else { return false }
            let end = index + 1
            while index >= 0 && characters[index].isLetter { index -= 1 }
            let word = Symbol.text(characters[(index + 1)..<end])
            if orderWords.contains(word) { return true }
            guard fillers.contains(word), fillersSeen == 0 else { return false }
            fillersSeen += 1
        }
    }
}

/// One character of a lower-cased message as the scan for bare numbers sees it: a `Character`,
/// or a byte of ASCII text (where each byte is a character).
private protocol MessageSymbol {
    var isASCIIDigit: Bool { get }
    var isLetter: Bool { get }
    var isSpace: Bool { get }
    /// `#`, `№`, `:` or `.` between an order word and its number.
    var isNumberMark: Bool { get }
    /// `$`, `£`, `€`, `₽` or `+` right before digits (money, a phone number).
    var isMoneyOrPlusSign: Bool { get }
    /// `%`, `$`, `£`, `€` or `₽` right after digits.
    var isMoneyOrPercentSign: Bool { get }
    /// `.`, `,`, `-`, `/` or `:`, which join digits into dates, amounts and codes.
    var isNumberJoiner: Bool { get }
    static func text(_ symbols: ArraySlice<Self>) -> String
}

extension Character: MessageSymbol {
    fileprivate var isASCIIDigit: Bool { isASCII && isWholeNumber }
    fileprivate var isSpace: Bool { self == " " }
    fileprivate var isNumberMark: Bool { "#№:.".contains(self) }
    fileprivate var isMoneyOrPlusSign: Bool { "$£€₽+".contains(self) }
    fileprivate var isMoneyOrPercentSign: Bool { "%$£€₽".contains(self) }
    fileprivate var isNumberJoiner: Bool { ".,-/:".contains(self) }
    fileprivate static func text(_ symbols: ArraySlice<Character>) -> String { String(symbols) }
}

extension UInt8: MessageSymbol {
    fileprivate var isASCIIDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
    fileprivate var isLetter: Bool {
        (self >= UInt8(ascii: "a") && self <= UInt8(ascii: "z")) || (self >= UInt8(ascii: "A") && self <= UInt8(ascii: "Z"))
    }
    fileprivate var isSpace: Bool { self == UInt8(ascii: " ") }
    fileprivate var isNumberMark: Bool { self == UInt8(ascii: "#") || self == UInt8(ascii: ":") || self == UInt8(ascii: ".") }
    fileprivate var isMoneyOrPlusSign: Bool { self == UInt8(ascii: "$") || self == UInt8(ascii: "+") }
    fileprivate var isMoneyOrPercentSign: Bool { self == UInt8(ascii: "%") || self == UInt8(ascii: "$") }
    fileprivate var isNumberJoiner: Bool { ".,-/:".utf8.contains(self) }
    fileprivate static func text(_ symbols: ArraySlice<UInt8>) -> String { String(decoding: symbols, as: UTF8.self) }
}
