/// Finds channel and carrier names ("amazon", "e-bay", "Woo Commerce", "royal mail",
/// "почтой России", "на амазоне") as whole words, ignoring case.
///
/// Latin names match with or without the spaces, dashes and dots between their words ("ebay",
/// "e-bay", "e bay"; "woocommerce", "Woo Commerce"). Cyrillic names also match inflected: each
/// word may drop a final vowel and take up to three letters of ending ("амазон" → "амазоне",
/// "почта россии" → "почтой россии", "сдэк" → "сдэком").
///
/// Aliases are kept in flat arrays, bucketed by their first character, so that matching a message
/// touches no reference counts and compares only aliases that start like the word at hand.
struct NameMatcher: Sendable {
    /// What a name refers to.
    enum Target: Sendable, Equatable {
        case channel(Channel)
        case carrier(String)
    }

    private struct Alias {
        /// The words run together, in `storage`.
        var compactStart: Int32
        var compactCount: Int32
        /// This alias's words, in `words`.
        var firstWord: Int32
        var wordCount: Int32
        /// Cyrillic names match word by word with endings; Latin names match run together.
        var inflects: Bool
        var target: Int32
    }

    private struct Word {
        /// The word's stem (the whole word unless it is Cyrillic and inflects), in `storage`.
        var stemStart: Int32
        var stemCount: Int32
        /// Length of the whole word in bytes.
        var wordCount: Int32
        var cyrillic: Bool
    }

    private let storage: [UInt8]
    private let aliases: [Alias]
    private let words: [Word]
    private let targets: [Target]
    /// `aliases[buckets[b]..<buckets[b + 1]]` start with a character of bucket `b`.
    private let buckets: [Int32]

    private static let bucketCount = 512

    /// The most letters a Cyrillic ending may add to a stem.
    static let maxEndingLetters = 3

    /// - Parameters:
    ///   - channelAliases: lower-case names → channel (`"амазон": .amazon`).
    ///   - carrierAliases: lower-case names → carrier id (`"royal mail": "royal-mail"`).
    init(channelAliases: [String: Channel], carrierAliases: [String: String]) {
        struct Pending {
            var words: [(bytes: [UInt8], cyrillic: Bool)]
            var compact: [UInt8]
            var target: Target
        }
        var pending: [Pending] = []
        func add(_ name: String, _ target: Target) {
            let words = EntityText.foldedWords(of: name.lowercased())
            let compact = words.flatMap(\.bytes)
            guard compact.count >= 2 else { return }
            pending.append(Pending(words: words, compact: compact, target: target))
        }
        for (name, channel) in channelAliases.sorted(by: { $0.key < $1.key }) { add(name, .channel(channel)) }
        for (name, carrier) in carrierAliases.sorted(by: { $0.key < $1.key }) { add(name, .carrier(carrier)) }
        // By bucket, then longest first so that "royal mail" wins over a shorter alias starting alike.
        pending.sort { a, b in
            let (bucketA, bucketB) = (Self.bucket(a.compact, 0), Self.bucket(b.compact, 0))
            if bucketA != bucketB { return bucketA < bucketB }
            if a.compact.count != b.compact.count { return a.compact.count > b.compact.count }
            return a.compact.lexicographicallyPrecedes(b.compact)
        }

        var storage: [UInt8] = []
        var aliases: [Alias] = []
        var words: [Word] = []
        var targets: [Target] = []
        var buckets = [Int32](repeating: 0, count: Self.bucketCount + 1)
        for entry in pending {
            let inflects = entry.words.contains { $0.cyrillic }
            let compactStart = Int32(storage.count)
            storage += entry.compact
            let firstWord = Int32(words.count)
            for word in entry.words {
                let stem = inflects && word.cyrillic ? Self.stem(word.bytes) : word.bytes
                words.append(
                    Word(
                        stemStart: Int32(storage.count), stemCount: Int32(stem.count), wordCount: Int32(word.bytes.count),
                        cyrillic: word.cyrillic))
                storage += stem
            }
            aliases.append(
                Alias(
                    compactStart: compactStart, compactCount: Int32(entry.compact.count), firstWord: firstWord,
                    wordCount: Int32(entry.words.count), inflects: inflects, target: Int32(targets.count)))
            targets.append(entry.target)
            buckets[Self.bucket(entry.compact, 0) + 1] += 1
        }
        for b in 0..<Self.bucketCount { buckets[b + 1] += buckets[b] }
        self.storage = storage
        self.aliases = aliases
        self.words = words
        self.targets = targets
        self.buckets = buckets
    }

    /// Finds the names in `text`, marks their tokens, and appends what they name (once each, in
    /// order of appearance).
    func match(in text: EntityText, channels: inout [Channel], carriers: inout [String]) {
        guard !aliases.isEmpty else { return }
        storage.withUnsafeBufferPointer { storage in
            aliases.withUnsafeBufferPointer { aliases in
                words.withUnsafeBufferPointer { words in
                    buckets.withUnsafeBufferPointer { buckets in
                        var k = 0
                        while k < text.count {
                            let token = text.tokens[k]
                            let bucket = Self.bucket(text.folded, token.lowerBound)
                            let candidates = Int(buckets[bucket])..<Int(buckets[bucket + 1])
                            guard !candidates.isEmpty, !token.has(EntityToken.emailFlag), !continuesWord(text, k) else {
                                k += 1
                                continue
                            }
                            var matched: (last: Int, target: Int)?
                            for a in candidates {
                                let alias = aliases[a]
                                let last =
                                    alias.inflects
                                    ? matchInflected(alias, words, storage, text, k)
                                    : matchCompact(alias, storage, text, k)
                                if let last {
                                    matched = (last, Int(alias.target))
                                    break
                                }
                            }
                            guard let (last, target) = matched else {
                                k += 1
                                continue
                            }
                            let flag: UInt8
                            switch targets[target] {
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
                }
            }
        }
    }

    /// Whether token `k` continues a hyphenated word ("pop-ups"), so no name starts there.
    private func continuesWord(_ text: EntityText, _ k: Int) -> Bool {
        guard k > 0 else { return false }
        let gap = text.gapBefore(k)
        return gap.count == 1 && text.bytes[gap.lowerBound] == 0x2D && text.tokens[k - 1].letters > 0
    }

    /// Latin names: the tokens from `k`, run together, spell the alias exactly.
    private func matchCompact(_ alias: Alias, _ storage: UnsafeBufferPointer<UInt8>, _ text: EntityText, _ k: Int)
        -> Int?
    {
        var position = Int(alias.compactStart)
        let end = position + Int(alias.compactCount)
        var j = k
        while j < text.count {
            let token = text.tokens[j]
            guard !token.has(EntityToken.cyrillicFlag), position + token.length <= end else { return nil }
            for i in token.range {
                if text.folded[i] != storage[position] { return nil }
                position += 1
            }
            if position == end { return j }
            guard j + 1 < text.count, text.isNameJoiner(text.gapBefore(j + 1)) else { return nil }
            j += 1
        }
        return nil
    }

    /// Cyrillic names: word by word, each token starts with the word's stem and adds at most a
    /// short ending (or, for a Latin word of the name, is exactly that word).
    private func matchInflected(
        _ alias: Alias, _ words: UnsafeBufferPointer<Word>, _ storage: UnsafeBufferPointer<UInt8>, _ text: EntityText,
        _ k: Int
    ) -> Int? {
        let count = Int(alias.wordCount)
        for w in 0..<count {
            let j = k + w
            guard j < text.count else { return nil }
            if w > 0 && !text.isNameJoiner(text.gapBefore(j)) { return nil }
            let token = text.tokens[j]
            let word = words[Int(alias.firstWord) + w]
            let stemCount = Int(word.stemCount)
            if word.cyrillic {
                guard token.has(EntityToken.cyrillicFlag), token.length >= stemCount,
                    token.length <= stemCount + 2 * Self.maxEndingLetters
                else { return nil }
            } else {
                guard token.length == Int(word.wordCount) else { return nil }
            }
            var i = token.lowerBound
            for s in Int(word.stemStart)..<(Int(word.stemStart) + stemCount) {
                if text.folded[i] != storage[s] { return nil }
                i += 1
            }
        }
        return k + count - 1
    }

    /// A Cyrillic word without its final vowel, soft sign or й, when it has four letters or more
    /// ("почта" → "почт", "россии" → "росси"; "амазон" stays).
    static func stem(_ word: [UInt8]) -> [UInt8] {
        guard word.count >= 8, word.count % 2 == 0 else { return word }
        let last = (word[word.count - 2], word[word.count - 1])
        let endings: [(UInt8, UInt8)] = [
            (0xD0, 0xB0), (0xD1, 0x8F), (0xD0, 0xBE), (0xD0, 0xB5), (0xD0, 0xB8), (0xD1, 0x8B), (0xD1, 0x83),
            (0xD1, 0x8E), (0xD0, 0xB9), (0xD1, 0x8C),
        ]  // а я о е и ы у ю й ь
        for ending in endings where ending == last { return Array(word.dropLast(2)) }
        return word
    }

    /// The bucket of the character at `i`: the byte itself for ASCII, else 256 plus the low bits of
    /// the first two bytes (so Cyrillic letters spread over their own buckets).
    @inline(__always)
    private static func bucket<C: RandomAccessCollection<UInt8>>(_ bytes: C, _ i: Int) -> Int where C.Index == Int {
        let index = bytes.startIndex + i
        let b0 = bytes[index]
        if b0 < 0x80 || index + 1 >= bytes.endIndex { return Int(b0) }
        return 256 + (Int(b0 & 0x03) << 6 | Int(bytes[index + 1] & 0x3F))
    }
}
