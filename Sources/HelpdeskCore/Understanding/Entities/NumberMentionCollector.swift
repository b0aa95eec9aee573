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
/// - DHL's mod-7 check passes one number in seven by chance: it confirms a tracking number only
///   when the message names a carrier.
struct NumberMentionCollector {
    private(set) var orderNumbers: [OrderNumberMention] = []
    private(set) var trackingNumbers: [TrackingNumberMention] = []
    /// The message names WooCommerce ("woocommerce", "woo", "wc" or a WooCommerce alias).
    let wooNamed: Bool
    /// The message names Etsy.
    let etsyNamed: Bool
    /// The message names a carrier: a weak check digit (DHL's mod 7) is then confirmation enough.
    let carrierNamed: Bool

    /// Shortest generic order number after an order word, and on its own.
    static let minDigitsAfterOrderWord = 5
    static let minDigitsStandalone = 8
    /// Longest generic order number.
    static let maxDigitsGeneric = 20

    init(wooNamed: Bool, etsyNamed: Bool, carrierNamed: Bool) {
        self.wooNamed = wooNamed
        self.etsyNamed = etsyNamed
        self.carrierNamed = carrierNamed
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
                addTracking(range, compact, reading.carriers, in: text)
            } else if context == .tracking {
                addTracking(range, compact, [], in: text)
            }
            return
        }
        guard allowsOrder(context) else { return }
        let clues = OrderNumberClues(hash: hash != nil, joined: span.joinedChannels)
        let channels = OrderNumberRecognizer.channels(compact.bytes, letters: compact.letters, clues: clues)
        guard !channels.isEmpty else { return }
        addOrder(orderRange(range, channels, hash), compact, channels, in: text)
    }

    private mutating func considerDigits(
        _ compact: CompactNumber, _ span: NumberSpan, context: NumberContext?, hash: Int?, wooPrefix: Bool,
        range: Range<Int>, in text: EntityText
    ) {
        guard allowsOrder(context) || context == .tracking,
            !NumberSurroundings.isPartOfLargerNumber(text, first: span.first, last: span.last),
            !NumberSurroundings.isMoney(text, first: span.first, last: span.last),
            !NumberSurroundings.followsPlus(text, first: span.first)
        else { return }
        let digits = compact.digits
        let reading = TrackingNumberRecognizer.read(compact.bytes, letters: compact.letters)
        var channels: OrderChannels = []
        if span.kind != .dashed {
            var clues = OrderNumberClues()
            clues.hash = hash != nil
            clues.wooPrefix = wooPrefix
            clues.wooNamed = wooNamed || wooPrefix
            clues.etsyNamed = etsyNamed || context == .receipt
            clues.orderWorded = context == .order || context == .neutral || context == .receipt
            clues.joined = span.joinedChannels
            let number = wooPrefix ? UnsafeBufferPointer(rebasing: compact.bytes[2...]) : compact.bytes
            channels = OrderNumberRecognizer.channels(number, letters: 0, clues: clues)
        }
        let orderRange = orderRange(range, channels, hash)
        let isGeneric = digits >= Self.minDigitsAfterOrderWord && digits <= Self.maxDigitsGeneric
        let confirmed = carrierNamed ? reading.carriers.union(reading.weak) : reading.carriers

        switch context {
        case .tracking:
            guard digits >= Self.minDigitsStandalone || !reading.anyCarriers.isEmpty else { return }
            addTracking(range, compact, reading.anyCarriers, in: text)
        case .order, .receipt:
            if !channels.isEmpty || isGeneric { addOrder(orderRange, compact, channels, in: text) }
        case .neutral:
            guard span.kind == .single || span.kind == .joined, !NumberSurroundings.looksLikePhone(compact.bytes)
            else { return }
            if !channels.isEmpty || isGeneric { addOrder(orderRange, compact, channels, in: text) }
        case .shipment:
            if !confirmed.isEmpty {
                addTracking(range, compact, reading.carriers.union(reading.weak), in: text)
            } else if !channels.isEmpty || isGeneric {
                addOrder(orderRange, compact, channels, in: text)
            }
        case nil:
            guard span.kind != .dashed else { return }
            if !channels.isEmpty {
                addOrder(orderRange, compact, channels, in: text)
            } else if !confirmed.isEmpty {
                addTracking(range, compact, confirmed, in: text)
            } else if digits >= Self.minDigitsStandalone && digits <= Self.maxDigitsGeneric
                && !NumberSurroundings.looksLikePhone(compact.bytes) && !NumberSurroundings.looksLikeDate(compact.bytes)
            {
                addOrder(orderRange, compact, [], in: text)
            }
        default:
            return
        }
    }

    /// The typed text of an order number: with its `#` when it is a Shopify name.
    private func orderRange(_ range: Range<Int>, _ channels: OrderChannels, _ hash: Int?) -> Range<Int> {
        guard channels.contains(.shopify), let hash else { return range }
        return hash..<range.upperBound
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

    private mutating func addOrder(
        _ range: Range<Int>, _ compact: CompactNumber, _ channels: OrderChannels, in text: EntityText
    ) {
        let key = compact.key
        guard !orderNumbers.contains(where: { $0.key == key }) else { return }
        orderNumbers.append(OrderNumberMention(text: text.string(range), key: key, channels: channels.channels))
    }

    private mutating func addTracking(
        _ range: Range<Int>, _ compact: CompactNumber, _ carriers: TrackingCarriers, in text: EntityText
    ) {
        let key = compact.key
        guard !trackingNumbers.contains(where: { $0.key == key }) else { return }
        trackingNumbers.append(TrackingNumberMention(text: text.string(range), key: key, carriers: carriers.ids))
    }
}
