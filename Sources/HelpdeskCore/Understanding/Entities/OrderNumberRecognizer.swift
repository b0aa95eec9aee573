/// A set of channels an order number's shape fits, kept as bits so that reading a number
/// allocates nothing.
struct OrderChannels: OptionSet {
    let rawValue: UInt8

    static let amazon = OrderChannels(rawValue: 1 << 0)
    static let ebay = OrderChannels(rawValue: 1 << 1)
    static let etsy = OrderChannels(rawValue: 1 << 2)
    static let shopify = OrderChannels(rawValue: 1 << 3)
    static let woocommerce = OrderChannels(rawValue: 1 << 4)
    static let magento = OrderChannels(rawValue: 1 << 5)

    /// The channels, in `Channel.allCases` order.
    var channels: [Channel] {
        if isEmpty { return [] }
        var result: [Channel] = []
        if contains(.amazon) { result.append(.amazon) }
        if contains(.ebay) { result.append(.ebay) }
        if contains(.etsy) { result.append(.etsy) }
        if contains(.shopify) { result.append(.shopify) }
        if contains(.woocommerce) { result.append(.woocommerce) }
        if contains(.magento) { result.append(.magento) }
        return result
    }
}

/// What is known about the words and signs around a number, for deciding which channel
/// shapes it may take.
struct OrderNumberClues {
    /// Typed after `#` (Shopify's `#1001`).
    var hash = false
    /// Typed after `WC` / `WC-` (a WooCommerce prefix), or as one token `WC4993`.
    var wooPrefix = false
    /// The message names WooCommerce ("woocommerce", "woo", "wc").
    var wooNamed = false
    /// The message names Etsy, or the number follows "receipt".
    var etsyNamed = false
    /// An order word ("order", "заказ", a channel name…) or a `#`/`№` precedes the number.
    var orderWorded = false
    /// Typed in groups that make the shape of a channel on their own (3-7-7, 2-5-5).
    var joined: OrderChannels = []
}

/// Recognises the order-number shapes of each channel (REFERENCE §4.6).
///
/// Input is the number compacted: upper-case ASCII letters and digits, spaces and dashes removed.
/// Etsy and WooCommerce numbers are plain digit runs, so they need clues from the words around.
enum OrderNumberRecognizer {
    /// Channels whose order-number shape the compacted number fits.
    static func channels(_ c: UnsafeBufferPointer<UInt8>, letters: Int, clues: OrderNumberClues) -> OrderChannels {
        var result = clues.joined
        let n = c.count
        if letters == 0 {
            if n == 17 { result.insert(.amazon) }
            if n == 12 { result.insert(.ebay) }
            if n >= 9 && n <= 11 && clues.etsyNamed { result.insert(.etsy) }
            if n >= 3 && n <= 10 && clues.hash { result.insert(.shopify) }
            if n >= 3 && n <= 7 && clues.wooNamed && (clues.hash || clues.orderWorded || clues.wooPrefix) {
                result.insert(.woocommerce)
            }
            if isMagento(c) { result.insert(.magento) }
            return result
        }
        // Amazon digital / doc orders: D01-…, S01-…
        if n == 17 && (c[0] == 0x44 || c[0] == 0x53) && allDigits(c, 1..<17) { result.insert(.amazon) }
        // WooCommerce with its prefix: WC4993.
        if n >= 5 && n <= 9 && c[0] == 0x57 && c[1] == 0x43 && allDigits(c, 2..<n) { result.insert(.woocommerce) }
        // Shopify with a merchant prefix: #AA1001.
        if clues.hash && letters <= 4 && n - letters >= 3 && n - letters <= 10 && allDigits(c, letters..<n) {
            var lettersFirst = true
            for i in 0..<letters where !(c[i] &- 65 < 26) { lettersFirst = false }
            if lettersFirst { result.insert(.shopify) }
        }
        return result
    }

    /// Channels whose shape a number typed in groups makes by its grouping: Amazon 3-7-7
    /// (`114-0149180-7966659`, `D01-3718414-0463502`), eBay 2-5-5 (`24-14934-88735`) and eBay's
    /// legacy item-transaction ids (`335001234567-2857301`).
    static func joinedChannels(in text: EntityText, first: Int, last: Int) -> OrderChannels {
        let count = last - first + 1
        if count == 3 {
            let a = text.tokens[first]
            let b = text.tokens[first + 1]
            let c = text.tokens[first + 2]
            guard b.isNumber && c.isNumber else { return [] }
            if a.length == 3 && b.length == 7 && c.length == 7 {
                if a.isNumber { return .amazon }
                let letter = text.folded[a.lowerBound]
                if a.letters == 1 && a.digits == 2 && (letter == 0x64 || letter == 0x73) { return .amazon }  // d, s
            }
            if a.isNumber && a.length == 2 && b.length == 5 && c.length == 5 { return .ebay }
        } else if count == 2 {
            let a = text.tokens[first]
            let b = text.tokens[first + 1]
            let gap = text.gapBefore(first + 1)
            if a.isNumber && b.isNumber && a.length == 12 && b.length >= 7 && b.length <= 14
                && text.bytes[gap.lowerBound] == 0x2D
            {
                return .ebay
            }
        }
        return []
    }

    /// Magento increment ids: 9 digits zero-padded (`000000123`), or a store prefix digit before
    /// the padded sequence (`100000123`, `1000000123`).
    static func isMagento(_ c: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = c.count
        guard n == 9 || n == 10 else { return false }
        if n == 9 && c[0] == 0x30 { return true }
        return c[1] == 0x30 && c[2] == 0x30
    }

    private static func allDigits(_ c: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        for i in range where !(c[i] &- 48 < 10) { return false }
        return true
    }
}
