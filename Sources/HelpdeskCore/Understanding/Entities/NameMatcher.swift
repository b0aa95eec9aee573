/// Finds channel and carrier names ("amazon", "e-bay", "Woo Commerce", "royal mail",
/// "почтой России", "на амазоне") as whole words, ignoring case.
///
/// Latin names match with or without the spaces, dashes and dots between their words ("ebay",
/// "e-bay", "e bay"; "woocommerce", "Woo Commerce"). Cyrillic names also match inflected: each
/// word may drop a final vowel and take up to three letters of ending ("амазон" → "амазоне",
/// "почта россии" → "почтой россии", "сдэк" → "сдэком").
struct NameMatcher: Sendable {
    /// What a name refers to.
    enum Target: Sendable, Equatable {
        case channel(Channel)
        case carrier(String)
    }

    private struct Alias: Sendable {
        /// Case-folded words.
        var words: [[UInt8]]
        /// Words run together, for Latin names.
        var compact: [UInt8]
        /// Cyrillic names: per-word stems that may take an ending.
        var stems: [[UInt8]]
        var inflects: Bool
        var target: Target
    }

    /// Longest first, so that "royal mail" wins over a shorter alias starting the same way.
    private let aliases: [Alias]
    /// First bytes of every alias, for a quick miss.
    private let firstBytes: (UInt64, UInt64, UInt64, UInt64)

    /// The most letters a Cyrillic ending may add to a stem.
    static let maxEndingLetters = 3

    /// - Parameters:
    ///   - channelAliases: lower-case names → channel (`"амазон": .amazon`).
    ///   - carrierAliases: lower-case names → carrier id (`"royal mail": "royal-mail"`).
    init(channelAliases: [String: Channel], carrierAliases: [String: String]) {
        var aliases: [Alias] = []
        func add(_ name: String, _ target: Target) {
            let words = EntityText.foldedWords(of: name.lowercased())
            guard !words.isEmpty else { return }
            let compact = words.flatMap(\.bytes)
            guard compact.count >= 2 else { return }
            let inflects = words.contains { $0.cyrillic }
            let stems = words.map { inflects && $0.cyrillic ? Self.stem($0.bytes) : $0.bytes }
            aliases.append(Alias(words: words.map(\.bytes), compact: compact, stems: stems, inflects: inflects, target: target))
        }
        for (name, channel) in channelAliases.sorted(by: { $0.key < $1.key }) { add(name, .channel(channel)) }
        for (name, carrier) in carrierAliases.sorted(by: { $0.key < $1.key }) { add(name, .carrier(carrier)) }
        aliases.sort { a, b in
            a.compact.count != b.compact.count ? a.compact.count > b.compact.count : a.compact.lexicographicallyPrecedes(b.compact)
        }
        var mask: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        for alias in aliases { Self.insert(alias.compact[0], into: &mask) }
        self.aliases = aliases
        self.firstBytes = mask
    }

    /// Finds the names in `text`, marks their tokens, and appends what they name (once each, in
    /// order of appearance).
    func match(in text: EntityText, channels: inout [Channel], carriers: inout [String]) {
        guard !aliases.isEmpty else { return }
        var k = 0
        while k < text.count {
            let token = text.tokens[k]
            guard !token.has(EntityToken.emailFlag), Self.contains(text.folded[token.lowerBound], in: firstBytes),
                !continuesWord(text, k)
            else {
                k += 1
                continue
            }
            var matched: (last: Int, target: Target)?
            for alias in aliases where alias.compact[0] == text.folded[token.lowerBound] {
                if let last = alias.inflects ? matchInflected(alias, text, k) : matchCompact(alias, text, k) {
                    matched = (last, alias.target)
                    break
                }
            }
            guard let (last, target) = matched else {
                k += 1
                continue
            }
            let flag: UInt8
            switch target {
            case .channel(let channel):
                flag = EntityToken.channelNameFlag
                if !channels.contains(channel) { channels.append(channel) }
            case .carrier(let carrier):
                flag = EntityToken.carrierNameFlag
                if !carriers.contains(carrier) { carriers.append(carrier) }
            }
            for j in k...last { text.tokens[j].flags |= flag }
            k = last + 1
        }
    }

    /// Whether token `k` continues a hyphenated word ("pop-ups"), so no name starts there.
    private func continuesWord(_ text: EntityText, _ k: Int) -> Bool {
        guard k > 0 else { return false }
        let gap = text.gapBefore(k)
        return gap.count == 1 && text.bytes[gap.lowerBound] == 0x2D && text.tokens[k - 1].letters > 0
    }

    /// Latin names: the tokens from `k`, run together, spell the alias exactly.
    private func matchCompact(_ alias: Alias, _ text: EntityText, _ k: Int) -> Int? {
        var position = 0
        var j = k
        while j < text.count {
            let token = text.tokens[j]
            guard !token.has(EntityToken.cyrillicFlag), position + token.length <= alias.compact.count else { return nil }
            for i in token.range {
                if text.folded[i] != alias.compact[position] { return nil }
                position += 1
            }
            if position == alias.compact.count { return j }
            guard j + 1 < text.count, text.isNameJoiner(text.gapBefore(j + 1)) else { return nil }
            j += 1
        }
        return nil
    }

    /// Cyrillic names: word by word, each token starts with the word's stem and adds at most a
    /// short ending.
    private func matchInflected(_ alias: Alias, _ text: EntityText, _ k: Int) -> Int? {
        for (w, stem) in alias.stems.enumerated() {
            let j = k + w
            guard j < text.count else { return nil }
            if w > 0 && !text.isNameJoiner(text.gapBefore(j)) { return nil }
            let token = text.tokens[j]
            let word = alias.words[w]
            if token.has(EntityToken.cyrillicFlag) {
                guard token.length >= stem.count, token.length <= stem.count + 2 * Self.maxEndingLetters else { return nil }
            } else {
                guard token.length == word.count else { return nil }
            }
            var i = token.lowerBound
            for b in stem {
                if text.folded[i] != b { return nil }
                i += 1
            }
        }
        return k + alias.stems.count - 1
    }

    /// A Cyrillic word without its final vowel, soft sign or й, when it has four letters or more
    /// ("почта" → "почт", "россии" → "росси"; "амазон" stays).
    static func stem(_ word: [UInt8]) -> [UInt8] {
        guard word.count >= 8, word.count % 2 == 0 else { return word }
        let b0 = word[word.count - 2]
        let b1 = word[word.count - 1]
        let endings: [(UInt8, UInt8)] = [
            (0xD0, 0xB0), (0xD1, 0x8F), (0xD0, 0xBE), (0xD0, 0xB5), (0xD0, 0xB8), (0xD1, 0x8B), (0xD1, 0x83),
            (0xD1, 0x8E), (0xD0, 0xB9), (0xD1, 0x8C),
        ]  // а я о е и ы у ю й ь
        for ending in endings where ending == (b0, b1) { return Array(word.dropLast(2)) }
        return word
    }

    private static func insert(_ byte: UInt8, into mask: inout (UInt64, UInt64, UInt64, UInt64)) {
        let bit = UInt64(1) << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: mask.0 |= bit
        case 1: mask.1 |= bit
        case 2: mask.2 |= bit
        default: mask.3 |= bit
        }
    }

    @inline(__always)
    private static func contains(_ byte: UInt8, in mask: (UInt64, UInt64, UInt64, UInt64)) -> Bool {
        let bit = UInt64(1) << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: return mask.0 & bit != 0
        case 1: return mask.1 & bit != 0
        case 2: return mask.2 & bit != 0
        default: return mask.3 & bit != 0
        }
    }
}
