/// Finds what a customer-support message names that Helpdesk can look up: order numbers,
/// carrier tracking numbers, e-mail addresses, and channel and carrier names (English and Russian).
///
/// One pass over the message's UTF-8 bytes finds tokens; names, e-mail addresses and numbers are
/// then read from the tokens without regular expressions and with few allocations. A message with
/// no digit and no `@` costs only the name lookup.
///
/// ```swift
/// let extractor = EntityExtractor(channelAliases: ["amazon": .amazon], carrierAliases: ["royal mail": "royal-mail"])
/// let entities = extractor.extract("Where is my Amazon order 114-0149180-7966659?")
/// // entities.orderNumbers[0].key == "11401491807966659", .channels == [.amazon]
/// ```
public struct EntityExtractor: Sendable {
    private let names: NameMatcher

    /// Longest message read; the rest of a longer one is ignored.
    public static let maxMessageBytes = 1 << 20

    /// - Parameters:
    ///   - channelAliases: lower-case names people write for each channel, possibly several words
    ///     (`"amazon"`, `"амазон"`, `"woo commerce"`).
    ///   - carrierAliases: lower-case carrier names → carrier id (`"royal mail": "royal-mail"`,
    ///     `"почта россии": "russian-post"`).
    public init(channelAliases: [String: Channel], carrierAliases: [String: String]) {
        self.names = NameMatcher(channelAliases: channelAliases, carrierAliases: carrierAliases)
    }

    /// The entities in `text`, each list in order of appearance and without duplicates (by key).
    public func extract(_ text: String) -> Entities {
        var text = text
        return text.withUTF8 { bytes in
            var count = min(bytes.count, Self.maxMessageBytes)
            while count < bytes.count && count > 0 && bytes[count] & 0xC0 == 0x80 { count -= 1 }  // whole scalars
            return extract(UnsafeBufferPointer(rebasing: bytes[0..<count]))
        }
    }

    private func extract(_ bytes: UnsafeBufferPointer<UInt8>) -> Entities {
        let n = bytes.count
        guard n > 0 else { return Entities() }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * n) { work in
            withUnsafeTemporaryAllocation(of: EntityToken.self, capacity: n + 1) { tokenStorage in
                let folded = UnsafeMutableBufferPointer(rebasing: work[0..<n])
                let scratch = UnsafeMutableBufferPointer(rebasing: work[n..<(2 * n)])
                let text = EntityText.scan(bytes, folded: folded, tokenStorage: tokenStorage)
                return extract(text, scratch: scratch)
            }
        }
    }

    private func extract(_ text: EntityText, scratch: UnsafeMutableBufferPointer<UInt8>) -> Entities {
        var entities = Entities()
        if text.hasAtSign { entities.emails = EmailRecognizer.emails(in: text) }
        names.match(in: text, channels: &entities.channels, carriers: &entities.carriers)
        guard text.digitTokenCount > 0 else { return entities }

        var collector = NumberMentionCollector(
            wooNamed: entities.channels.contains(.woocommerce) || Self.mentions(text, .woocommerce),
            etsyNamed: entities.channels.contains(.etsy) || Self.mentions(text, .etsy),
            carrierNamed: !entities.carriers.isEmpty)
        NumberSpanFinder.forEachSpan(in: text, scratch: scratch) { span in
            collector.consider(span, in: text, scratch: scratch)
        }
        entities.orderNumbers = collector.orderNumbers
        entities.trackingNumbers = collector.trackingNumbers
        return entities
    }

    /// Whether the message names a channel with one of the words the order-number shapes rely on
    /// even without a configured alias ("woocommerce", "woo", "wc"; "etsy", "этси").
    private static func mentions(_ text: EntityText, _ channel: Channel) -> Bool {
        for k in 0..<text.count where text.tokens[k].isWord {
            switch channel {
            case .woocommerce:
                if text.word(k, is: "woo") || text.word(k, is: "wc") || text.word(k, is: "woocommerce") { return true }
            case .etsy:
                if text.word(k, is: "etsy") || text.word(k, is: "этси") { return true }
            default:
                return false
            }
        }
        return false
    }
}
