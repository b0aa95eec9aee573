/// What the words next to a number say it is.
enum NumberContext: UInt8 {
    /// "order", "purchase", "заказ", a channel name, "wc"…
    case order
    /// "parcel", "package", "shipment", "посылка", "отправление": an order or a tracking number.
    case shipment
    /// "tracking", "track", "трек", "отслеживание", a carrier name…
    case tracking
    /// "number", "no.", "#", "№", "номер": a number of some kind; the words before decide.
    case neutral
    /// "invoice", "bill", "счёт", "квитанция", "чек".
    case invoice
    /// "receipt": an Etsy receipt (order) number, unless it is a payment receipt.
    case receipt
    /// "paid", "price", "сумма", "оплата"…
    case money
    /// "phone", "call", "телефон"…
    case phone
    /// "zip", "postcode", "индекс".
    case postcode
    /// Some other identifier: account, customer, card, item, ticket, SKU…
    case otherIdentifier
}

/// The words that give a number its context, in English and Russian (case-folded, `ё` as `е`),
/// with a tolerance of one typo for the order and tracking words.
enum NumberContextLexicon {
    private struct Entry {
        let word: [UInt8]
        let context: NumberContext
        /// Matches any word that starts with `word` (Russian endings: заказ, заказа, заказом…).
        let isPrefix: Bool
    }

    private static func exact(_ context: NumberContext, _ words: [String]) -> [Entry] {
        words.map { Entry(word: Array($0.utf8), context: context, isPrefix: false) }
    }

    private static func prefix(_ context: NumberContext, _ words: [String]) -> [Entry] {
        words.map { Entry(word: Array($0.utf8), context: context, isPrefix: true) }
    }

    private static let entries: [Entry] =
        exact(.order, ["order", "orders", "purchase", "purchases", "wc", "woo", "woocommerce", "etsy"])
        + prefix(.order, ["заказ", "покупк", "этси"])
        + exact(.shipment, ["parcel", "parcels", "package", "packages", "shipment", "shipments", "consignment"])
        + prefix(.shipment, ["посылк", "посылочк", "отправлени", "бандерол"])
        + exact(.tracking, ["tracking", "track", "tracked", "tracker", "awb", "waybill", "шпи"])
        + prefix(.tracking, ["трек", "трэк", "отслежив", "накладн"])
        + exact(.neutral, ["number", "numbers", "num", "nr", "id", "ref", "reference", "ном"])
        + prefix(.neutral, ["номер"])
        + exact(.invoice, ["invoice", "invoices", "inv", "bill", "bills", "billing", "чек", "чека", "чеку", "чеке", "чеком", "сч"])
        + prefix(.invoice, ["счет", "инвойс", "квитанци"])
        + exact(.receipt, ["receipt", "receipts"])
        + exact(.money, [
            "paid", "pay", "paying", "payment", "payments", "price", "cost", "costs", "total", "amount",
            "charge", "charged", "fee", "fees", "sum", "spent", "worth", "usd", "eur", "gbp", "rub",
            "цена", "цену", "цены", "цене", "ценой", "евро",
        ])
        + prefix(.money, ["оплат", "сумм", "стоимост", "заплат", "платеж", "руб", "долл", "деньг"])
        + exact(.phone, [
            "phone", "telephone", "tel", "mobile", "cell", "call", "fax", "whatsapp", "sms", "viber", "telegram", "тел",
        ])
        + prefix(.phone, ["телефон", "мобильн", "звон", "позвон", "сотов"])
        + exact(.postcode, ["zip", "zipcode", "postcode", "postal", "pincode", "pin"])
        + prefix(.postcode, ["индекс"])
        + exact(.otherIdentifier, [
            "account", "customer", "user", "client", "login", "member", "membership", "card", "iban", "vat", "tax",
            "sku", "item", "items", "listing", "asin", "product", "model", "serial", "ticket", "case",
        ])
        + prefix(.otherIdentifier, ["клиент", "аккаунт", "лицев", "карт", "артикул", "товар", "тикет", "обращени"])

    /// Words that end with a dot without ending a sentence ("no. 123").
    private static let abbreviations: [[UInt8]] = ["no", "nr", "num", "ref", "tel", "n", "ном", "тел", "зак"].map {
        Array($0.utf8)
    }

    /// Targets of the one-typo tolerance ("roder", "purchaes", "traking").
    private static let typoTargets: [(word: [UInt8], context: NumberContext)] = [
        (Array("order".utf8), .order), (Array("orders".utf8), .order), (Array("purchase".utf8), .order),
        (Array("parcel".utf8), .shipment), (Array("package".utf8), .shipment),
        (Array("tracking".utf8), .tracking), (Array("invoice".utf8), .invoice),
    ]

    private static let purchase = Array("purchase".utf8)
    private static let bill = Array("bill".utf8)

    /// The context a case-folded word gives, if any. (`no` is handled by the caller: it only
    /// counts before a dot or colon.)
    static func context(of word: UnsafeBufferPointer<UInt8>) -> NumberContext? {
        guard let first = word.first else { return nil }
        for entry in entries where entry.word[0] == first {
            if entry.isPrefix {
                if word.count >= entry.word.count && startsWith(word, entry.word) { return entry.context }
            } else if word.count == entry.word.count && startsWith(word, entry.word) {
                return entry.context
            }
        }
        guard first < 0x80 && word.count >= 4 && word.count <= 12 else { return nil }
        for target in typoTargets where withinOneEdit(word, target.word) { return target.context }
        // "bill" is short: a replaced letter makes common words ("will", "fill"), so only an extra one counts ("biull").
        if word.count == bill.count + 1 && withinOneEdit(word, bill) { return .invoice }
        // Words run together: "ofpurchase".
        if word.count > purchase.count && endsWith(word, purchase) { return .order }
        return nil
    }

    /// Whether the word is an abbreviation that a dot may follow inside a sentence.
    static func isAbbreviation(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        for abbreviation in abbreviations where abbreviation.count == word.count && startsWith(word, abbreviation) {
            return true
        }
        return false
    }

    /// Whether `a` equals `b` but for one inserted, deleted, replaced or swapped character.
    static func withinOneEdit(_ a: UnsafeBufferPointer<UInt8>, _ b: [UInt8]) -> Bool {
        let m = a.count
        let n = b.count
        guard abs(m - n) <= 1 else { return false }
        var i = 0
        while i < m && i < n && a[i] == b[i] { i += 1 }
        if i == m && i == n { return true }
        if m == n {
            if restEqual(a, i + 1, b, i + 1) { return true }
            return i + 1 < m && a[i] == b[i + 1] && a[i + 1] == b[i] && restEqual(a, i + 2, b, i + 2)
        }
        return m > n ? restEqual(a, i + 1, b, i) : restEqual(a, i, b, i + 1)
    }

    private static func restEqual(_ a: UnsafeBufferPointer<UInt8>, _ i: Int, _ b: [UInt8], _ j: Int) -> Bool {
        guard a.count - i == b.count - j else { return false }
        var i = i
        var j = j
        while i < a.count {
            if a[i] != b[j] { return false }
            i += 1
            j += 1
        }
        return true
    }

    private static func startsWith(_ word: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8]) -> Bool {
        guard word.count >= prefix.count else { return false }
        for i in 0..<prefix.count where word[i] != prefix[i] { return false }
        return true
    }

    private static func endsWith(_ word: UnsafeBufferPointer<UInt8>, _ suffix: [UInt8]) -> Bool {
        guard word.count >= suffix.count else { return false }
        let offset = word.count - suffix.count
        for i in 0..<suffix.count where word[offset + i] != suffix[i] { return false }
        return true
    }
}
