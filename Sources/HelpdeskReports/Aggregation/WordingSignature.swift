import HelpdeskCore

/// What makes two messages "worded alike": the same content words, whatever their order,
/// inflection, numbers or greetings. Words are cut to their first letters (a crude stem that
/// serves both English and Russian), numbers become `#`, and common function words and
/// greetings are dropped.
enum WordingSignature {
    /// Letters kept of each word (`deliveries` → `deliv`, `заказа` → `заказ`).
    static let stemLength = 5

    /// Words that say nothing about what is asked.
    static let stopWords: Set<String> = [
        "a", "an", "the", "i", "im", "me", "my", "you", "your", "we", "our", "it", "its", "is", "are", "am", "was",
        "be", "to", "of", "in", "on", "at", "for", "and", "or", "do", "does", "did", "can", "could", "would",
        "will", "please", "hi", "hello", "hey", "thanks", "thank", "there", "this", "that", "with", "have", "has",
        "just", "so", "any", "some", "about", "what", "how", "ok", "okay",
        "я", "мне", "меня", "мой", "моя", "мое", "мои", "вы", "вас", "вам", "ваш", "и", "в", "во", "на", "с", "со",
        "к", "по", "а", "это", "у", "о", "об", "за", "из", "ли", "же", "пожалуйста", "пожалуиста", "здравствуйте", "здравствуите",
        "привет",
        "спасибо", "как", "что", "подскажите",
    ]

    /// The stop words' hashes (``WordingGroups/hash(_:)``): `String` hashing normalises
    /// Unicode, which is slow for Cyrillic.
    static let stopWordHashes = Set(stopWords.map(WordingGroups.hash))

    /// The message's content stems, sorted and without repeats.
    static func stems(of message: String) -> [String] {
        var stems: [String] = []
        for token in Tokenizer.tokens(of: message) {
            switch token.kind {
            case .number: stems.append("#")
            case .word:
                if stopWordHashes.contains(WordingGroups.hash(token.text)) { continue }
                stems.append(String(token.text.unicodeScalars.prefix(stemLength)))
            }
        }
        stems.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        var unique: [String] = []
        for stem in stems where unique.last != stem { unique.append(stem) }
        return unique
    }

    /// The message as shown: its words separated by single spaces.
    static func display(_ message: String) -> String {
        message.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
