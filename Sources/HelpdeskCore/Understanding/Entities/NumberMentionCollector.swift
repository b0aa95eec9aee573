/// Decides, for each candidate span, whether it is an order number, a tracking number or
/// neither, and collects the mentions (first occurrence of each key, in order of appearance).
///
/// The rules, in order:
/// - Letter-bearing tracking formats (`1Z…`, S10, `TBA…`, `JJD…`) are tracking numbers whatever the
///   words around; with a failing check digit they are dropped as typos, unless a tracking word
///   precedes them (then they come back with no carrier).
/// - Digits next to money (`$1499`, `1499 dollars`, `1200 руб`), parts of dates, times and decimals
///   (`15.01.2024`, `10:30`, `1,499`), numbers after `+`, and numbers after invoice, money, phone,
///   postcode or other-identifier words are nothing.
/// - After a tracking word or a carrier name: a tracking number (carriers whose format and check
///   digit it fits, possibly none).
/// - After an order word, a channel name, "receipt", `#` or `№`: an order number (5+ digits, or
///   fewer when it fits a channel shape such as Shopify's `#1001`).
/// - After a parcel word: a tracking number when a check digit confirms it, else an order number.
/// - With no telling word: an order number when it fits a channel shape; else a tracking number
///   when a check digit confirms it; else an order number when it has 8 or more digits and is not a
///   phone number or a date.
struct NumberMentionCollector {
    private(set) var orderNumbers: [OrderNumberMention] = []
    private(set) var trackingNumbers: [TrackingNumberMention] = []
    /// The message names WooCommerce ("woocommerce", "woo", "wc" or a WooCommerce alias).
    let wooNamed: Bool
    /// The message names Etsy.
    let etsyNamed: Bool

    /// Shortest generic order number after an order word, and on its own.
    static let minDigitsAfterOrderWord = 5
    static let minDigitsStandalone = 8
    /// Longest generic order number.
    static let maxDigitsGeneric = 20

    init(wooNamed: Bool, etsyNamed: Bool) {
        self.wooNamed = wooNamed
        self.etsyNamed = etsyNamed
    }

    /// Reads one candidate span.
    mutating func consider(_ span: NumberSpan, in text: EntityText, scratch: UnsafeMutableBufferPointer<UInt8>) {
        let first = span.first
        var textStart = text.tokens[first].lowerBound
        let hash = hashPosition(before: first, in: text)
        var compact = CompactNumber(buffer: scratch)
        var wooPrefix = false
        if first > 0 && text.tokens[first].isNumber && text.word(first - 1, is: "wc") {
            let gap = text.gapBefore(first)
            if gap.isEmpty || text.isNumberJoiner(gap) {
                wooPrefix = true
                textStart = text.tokens[first - 1].lowerBound
                compact.append(text.tokens[first - 1], from: text)
            }
        }
        for k in first...span.last { compact.append(text.tokens[k], from: text) }
        guard compact.isUsable else { return }
        let context = NumberContextFinder.context(in: text, first: first, last: span.last)
        let end = text.tokens[span.last].upperBound

        if compact.letters > 0 && !wooPrefix {
            considerLettered(compact, span, context: context, hash: hash, range: textStart..<end, in: text)
        } else {
            considerDigits(
                compact, span, context: context, hash: hash, wooPrefix: wooPrefix, range: textStart..<end, in: text)
        }
    }

    private mutating func considerLettered(
        _ compact: CompactNumber, _ span: NumberSpan, context: NumberContext?, hash: Int?, range: Range<Int>,
        in text: EntityText
    ) {
        let reading = TrackingNumberRecognizer.read(compact.bytes, letters: compact.letters)
        if reading.letterFormat {
            if !reading.carriers.isEmpty {
                addTracking(text.string(range), compact.key, reading.carriers)
            } else if context == .tracking {
                addTracking(text.string(range), compact.key, [])
            }
            return
        }
        guard allowsOrder(context) else { return }
        let clues = OrderNumberClues(hash: hash != nil, joined: span.joinedChannels)
        let channels = OrderNumberRecognizer.channels(compact.bytes, letters: compact.letters, clues: clues)
        guard !channels.isEmpty else { return }
        let start = channels.contains(.shopify) ? (hash ?? range.lowerBound) : range.lowerBound
        addOrder(text.string(start..<range.upperBound), compact.key, channels)
    }

    private mutating func considerDigits(
        _ compact: CompactNumber, _ span: NumberSpan, context: NumberContext?, hash: Int?, wooPrefix: Bool,
        range: Range<Int>, in text: EntityText
    ) {
        guard !NumberSurroundings.isPartOfLargerNumber(text, first: span.first, last: span.last),
            !NumberSurroundings.isMoney(text, first: span.first, last: span.last),
            !NumberSurroundings.followsPlus(text, first: span.first)
        else { return }
        guard allowsOrder(context) || context == .tracking else { return }
        let digits = compact.digits
        let key = compact.key
        let reading = TrackingNumberRecognizer.read(compact.bytes, letters: compact.letters)
        var clues = OrderNumberClues()
        clues.hash = hash != nil
        clues.wooPrefix = wooPrefix
        clues.wooNamed = wooNamed || wooPrefix
        clues.etsyNamed = etsyNamed || context == .receipt
        clues.orderWorded = context == .order || context == .neutral || context == .receipt
        clues.joined = span.joinedChannels
        var channels: OrderChannels = []
        if span.kind != .dashed {
            let numberOnly = wooPrefix ? UnsafeBufferPointer(rebasing: compact.bytes[2...]) : compact.bytes
            channels = OrderNumberRecognizer.channels(numberOnly, letters: 0, clues: clues)
            if wooPrefix && numberOnly.count >= 3 && numberOnly.count <= 7 { channels.insert(.woocommerce) }
        }
        let orderDigits = digits
        let orderStart = channels.contains(.shopify) ? (hash ?? range.lowerBound) : range.lowerBound
        let orderText = text.string(orderStart..<range.upperBound)
        let isGeneric = orderDigits >= Self.minDigitsAfterOrderWord && orderDigits <= Self.maxDigitsGeneric

        switch context {
        case .tracking:
            guard digits >= Self.minDigitsStandalone || !reading.anyCarriers.isEmpty else { return }
            addTracking(text.string(range), key, reading.anyCarriers)
        case .order, .receipt:
            if !channels.isEmpty || isGeneric { addOrder(orderText, key, channels) }
        case .neutral:
            guard span.kind == .single || span.kind == .joined, !NumberSurroundings.looksLikePhone(compact.bytes)
            else { return }
            if !channels.isEmpty || isGeneric { addOrder(orderText, key, channels) }
        case .shipment:
            if !reading.carriers.isEmpty {
                addTracking(text.string(range), key, reading.carriers.union(reading.weak))
            } else if !channels.isEmpty || isGeneric {
                addOrder(orderText, key, channels)
            }
        case nil:
            guard span.kind != .dashed else { return }
            if !channels.isEmpty {
                addOrder(orderText, key, channels)
            } else if !reading.carriers.isEmpty {
                addTracking(text.string(range), key, reading.carriers)
            } else if orderDigits >= Self.minDigitsStandalone && orderDigits <= Self.maxDigitsGeneric
                && !NumberSurroundings.looksLikePhone(compact.bytes) && !NumberSurroundings.looksLikeDate(compact.bytes)
            {
                addOrder(orderText, key, [])
            }
        default:
            return
        }
    }

    /// Contexts in which a number may be an order number.
    private func allowsOrder(_ context: NumberContext?) -> Bool {
        switch context {
        case nil, .order, .neutral, .shipment, .receipt: return true
        default: return false
        }
    }

    /// Where the `#` is when the number follows `#` or `# ` directly.
    private func hashPosition(before k: Int, in text: EntityText) -> Int? {
        let gap = text.gapBefore(k)
        var i = gap.upperBound - 1
        if i >= gap.lowerBound && text.bytes[i] == 0x20 { i -= 1 }
        return i >= gap.lowerBound && text.bytes[i] == 0x23 ? i : nil
    }

    private mutating func addOrder(_ text: String, _ key: String, _ channels: OrderChannels) {
        guard !orderNumbers.contains(where: { $0.key == key }) else { return }
        orderNumbers.append(OrderNumberMention(text: text, key: key, channels: channels.channels))
    }

    private mutating func addTracking(_ text: String, _ key: String, _ carriers: TrackingCarriers) {
        guard !trackingNumbers.contains(where: { $0.key == key }) else { return }
        trackingNumbers.append(TrackingNumberMention(text: text, key: key, carriers: carriers.ids))
    }
}
