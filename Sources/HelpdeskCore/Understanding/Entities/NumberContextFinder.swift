/// Finds what the words around a number say it is: the nearest telling word within a few words
/// before it (not across a sentence end), else a telling word just after it.
///
/// "number", "no.", "#" and "№" are neutral: the finder looks further back, so "tracking number
/// 1234…" is a tracking number, "invoice #00108" an invoice and "order no. 5521…" an order.
enum NumberContextFinder {
    /// How many tokens back a context word may be ("cancel order 00123842",
    /// "check the status of purchase 113542617735902").
    static let lookBehind = 5
    /// How many tokens ahead a word may say what a number is not ("00108 is my invoice").
    static let lookAhead = 3

    /// The context of the number spanning tokens `first...last`.
    static func context(in text: EntityText, first: Int, last: Int) -> NumberContext? {
        var neutral = text.hasNumberSign(text.gapBefore(first))
        var k = first - 1
        var steps = 0
        var gap = text.gapBefore(first)
        while k >= 0 && steps < lookBehind {
            if isSentenceBreak(gap, in: text, after: k) { break }
            let token = text.tokens[k]
            if token.isWord {
                if token.has(EntityToken.channelNameFlag) { return .order }
                if token.has(EntityToken.carrierNameFlag) { return .tracking }
                if let context = wordContext(in: text, at: k) {
                    switch context {
                    case .neutral:
                        neutral = true
                    case .receipt:
                        // "payment receipt 123…" is proof of payment, not an Etsy receipt.
                        if k > 0, text.tokens[k - 1].isWord, let before = wordContext(in: text, at: k - 1),
                            before == .money || before == .invoice
                        {
                            return .invoice
                        }
                        return .receipt
                    default:
                        return context
                    }
                }
            }
            gap = text.gapBefore(k)
            if text.hasNumberSign(gap) { neutral = true }
            k -= 1
            steps += 1
        }
        if neutral { return .neutral }
        return contextAhead(in: text, last: last)
    }

    /// A word after the number that says it is not an order number.
    private static func contextAhead(in text: EntityText, last: Int) -> NumberContext? {
        var k = last + 1
        var steps = 0
        while k < text.count && steps < lookAhead {
            if isSentenceBreak(text.gapBefore(k), in: text, after: k - 1) { break }
            if text.tokens[k].isWord, let context = wordContext(in: text, at: k) {
                switch context {
                case .tracking, .invoice, .phone, .otherIdentifier: return context
                default: break
                }
            }
            k += 1
            steps += 1
        }
        return nil
    }

    /// The context word at token `k`, if it is one.
    static func wordContext(in text: EntityText, at k: Int) -> NumberContext? {
        let word = text.word(k)
        if word.count == 2 && word[0] == 0x6E && word[1] == 0x6F {  // "no" counts only as "no." / "no:"
            let gap = text.gapAfter(k)
            guard let b = gap.first.map({ text.bytes[$0] }) else { return nil }
            return b == 0x2E || b == 0x3A || b == 0x23 ? .neutral : nil
        }
        return NumberContextLexicon.context(of: word)
    }

    /// Whether the gap ends a sentence: `! ? ;` or a line break, or a dot that does not follow an
    /// abbreviation like "no.".
    static func isSentenceBreak(_ gap: Range<Int>, in text: EntityText, after k: Int) -> Bool {
        var dot = false
        for i in gap {
            switch text.bytes[i] {
            case 0x21, 0x3F, 0x3B, 0x0A, 0x0D: return true
            case 0x2E: dot = true
            default: continue
            }
        }
        guard dot else { return false }
        guard k >= 0 else { return true }
        return !(text.tokens[k].isWord && NumberContextLexicon.isAbbreviation(text.word(k)))
    }
}
