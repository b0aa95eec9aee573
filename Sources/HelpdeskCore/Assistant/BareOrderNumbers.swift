/// Short order numbers typed bare after an order word ("order 1042" for Shopify's `#1042`,
/// "заказ № 1042"), which entity extraction leaves alone because four digits alone could be
/// anything. They are only candidates: the assistant uses one when an order with that number
/// exists, and never reports one as "not found".
enum BareOrderNumbers {
    /// Words after which a number is an order's.
    private static let orderWords: Set<String> = ["order", "orders", "purchase", "заказ", "заказа", "заказу", "заказом", "заказе"]
    /// Words that may stand between the order word and the number ("order no. 1042").
    private static let fillers: Set<String> = ["number", "no", "nr", "num", "id", "номер", "номером"]
    /// Marks that may stand between them ("order #1042", "заказ № 1042", "order: 1042").
    private static let marks: Set<Character> = ["#", "№", ":", "."]
    static let minDigits = 3
    static let maxDigits = 20

    /// Digit runs of 3 to 20 digits that follow an order word, optionally through a filler word or
    /// mark, and are not part of a date, a decimal, an amount or a longer code; in order, once each.
    static func candidates(in message: String) -> [String] {
        let characters = Array(message.lowercased())
        var result: [String] = []
        var index = 0
        while index < characters.count {
            guard characters[index].isASCIIDigit else {
                index += 1
                continue
            }
            let start = index
            while index < characters.count && characters[index].isASCIIDigit { index += 1 }
            let digits = String(characters[start..<index])
            if (minDigits...maxDigits).contains(digits.count), standsAlone(characters, start, index),
                followsOrderWord(characters, before: start), !result.contains(digits)
            {
                result.append(digits)
            }
        }
        return result
    }

    /// Whether the run `start..<end` is a number of its own: not glued to letters, not part of
    /// `12.03.2025`, `1,042`, `10:30`, `1042-55`, and not money (`$1042`, `1042€`, `1042%`).
    private static func standsAlone(_ characters: [Character], _ start: Int, _ end: Int) -> Bool {
        if start > 0 {
            let before = characters[start - 1]
            if before.isLetter || "$£€₽+".contains(before) { return false }
            if ".,-/:".contains(before), start > 1, characters[start - 2].isLetter || characters[start - 2].isASCIIDigit {
                return false
            }
        }
        if end < characters.count {
            let after = characters[end]
            if after.isLetter || "%$£€₽".contains(after) { return false }
            if ".,-/:".contains(after), end + 1 < characters.count,
                characters[end + 1].isASCIIDigit || characters[end + 1].isLetter
            {
                return false
            }
        }
        return true
    }

    /// Whether an order word comes right before `start`, with at most one filler word and any of
    /// the marks and spaces between.
    private static func followsOrderWord(_ characters: [Character], before start: Int) -> Bool {
        var index = start - 1
        var fillersSeen = 0
        while true {
            while index >= 0 && (characters[index] == " " || marks.contains(characters[index])) { index -= 1 }
            guard index >= 0, characters[index].isLetter else { return false }
            let end = index + 1
            while index >= 0 && characters[index].isLetter { index -= 1 }
            let word = String(characters[(index + 1)..<end])
            if orderWords.contains(word) { return true }
            guard fillers.contains(word), fillersSeen == 0 else { return false }
            fillersSeen += 1
        }
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
