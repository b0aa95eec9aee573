import Foundation

/// How an export writes dates other than ISO-8601 ones.
enum MarketplaceDateStyle: Sendable {
    /// ISO-8601 and Shopify's `2012-01-01 11:13:25 -0500` only.
    case iso
    /// eBay: `Jul-21-25`, `21-Jul-25`, `Jul-21-2025`, German `10-Dez-25`, `21.07.2025`, with an
    /// optional time of day and zone (`Jul-21-25 10:15:00 PDT`).
    case ebay
    /// Etsy: `MM/DD/YY` or `MM/DD/YYYY`.
    case etsy

    /// An example for error messages.
    var example: String {
        switch self {
        case .iso: "2025-03-04 10:12:31 -0500"
        case .ebay: "Jul-21-25"
        case .etsy: "03/04/25"
        }
    }
}

/// Parses the dates of marketplace exports byte by byte (no formatter: an import reads millions).
///
/// Every style also accepts `YYYY-MM-DD`, optionally followed by `T` or a space, `HH:MM[:SS[.fff]]`
/// and a zone (`Z`, `±HH:MM`, `±HHMM`, ` -0500`, `UTC`). Dates and times without a zone are UTC.
enum MarketplaceDate {
    /// The time `text` stands for, or `nil` when it is not a date of this style.
    static func parse(_ text: String, style: MarketplaceDateStyle) -> Date? {
        var text = text
        return text.withUTF8 { bytes -> Date? in
            var scanner = Scanner(bytes: bytes)
            if let date = scanner.isoDate() { return date }
            scanner = Scanner(bytes: bytes)
            switch style {
            case .iso: return nil
            case .ebay: return scanner.ebayDate()
            case .etsy: return scanner.etsyDate()
            }
        }
    }

    /// A cursor over the bytes of one date.
    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        var atEnd: Bool { index >= bytes.count }
        var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func skip(_ byte: UInt8) -> Bool {
            guard current == byte else { return false }
            index += 1
            return true
        }

        mutating func skipSpaces() {
            while current == 0x20 { index += 1 }
        }

        /// Exactly `count` digits.
        mutating func number(_ count: Int) -> Int? {
            guard index + count <= bytes.count else { return nil }
            var value = 0
            for offset in 0..<count {
                let digit = Int(bytes[index + offset]) - 48
                guard digit >= 0 && digit <= 9 else { return nil }
                value = value * 10 + digit
            }
            index += count
            return value
        }

        /// One to four digits.
        mutating func digits() -> (value: Int, count: Int)? {
            var value = 0
            var count = 0
            while let byte = current, byte >= 0x30, byte <= 0x39, count < 4 {
                value = value * 10 + Int(byte) - 48
                count += 1
                index += 1
            }
            return count == 0 ? nil : (value, count)
        }

        /// Letters (ASCII or UTF-8), lower-cased ASCII.
        mutating func word() -> String {
            let start = index
            while let byte = current, byte >= 0x80 || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) { index += 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self).lowercased()
        }

        // MARK: Shapes

        /// `YYYY-MM-DD[(T| )HH:MM[:SS[.fff]][zone]]`.
        mutating func isoDate() -> Date? {
            guard let year = number(4), skip(0x2D), let month = number(2), skip(0x2D), let day = number(2) else {
                return nil
            }
            if atEnd { return MarketplaceDate.date(year, month, day) }
            guard skip(0x54) || skip(0x20) else { return nil }
            return timeAndZone(year, month, day)
        }

        /// `MMM-DD-YY`, `DD-MMM-YY` (2- or 4-digit years), `DD.MM.YYYY`, then an optional time.
        mutating func ebayDate() -> Date? {
            var year = 0
            var month = 0
            var day = 0
            if let first = digits() {
                if skip(0x2E) {  // 21.07.2025
                    guard let m = digits(), skip(0x2E), let y = digits() else { return nil }
                    (day, month, year) = (first.value, m.value, y.value)
                } else {
                    guard skip(0x2D), let m = MarketplaceDate.month(word()), skip(0x2D), let y = digits() else {
                        return nil
                    }
                    (day, month, year) = (first.value, m, y.value)
                }
            } else {
                guard let m = MarketplaceDate.month(word()), skip(0x2D), let d = digits(), skip(0x2D), let y = digits()
                else { return nil }
                (day, month, year) = (d.value, m, y.value)
            }
            if year < 100 { year += 2000 }
            skipSpaces()
            if atEnd { return MarketplaceDate.date(year, month, day) }
            return timeAndZone(year, month, day)
        }

        /// `MM/DD/YY` or `MM/DD/YYYY`, then an optional time.
        mutating func etsyDate() -> Date? {
            guard let month = digits(), skip(0x2F), let day = digits(), skip(0x2F), let year = digits(),
                year.count == 2 || year.count == 4
            else { return nil }
            let fullYear = year.count == 2 ? 2000 + year.value : year.value
            skipSpaces()
            if atEnd { return MarketplaceDate.date(fullYear, month.value, day.value) }
            return timeAndZone(fullYear, month.value, day.value)
        }

        /// `HH:MM[:SS[.fff]]` then an optional zone, to the end.
        mutating func timeAndZone(_ year: Int, _ month: Int, _ day: Int) -> Date? {
            guard let hour = number(2), skip(0x3A), let minute = number(2) else { return nil }
            var second = 0
            var fraction = 0.0
            if skip(0x3A) {
                guard let s = number(2) else { return nil }
                second = s
                if skip(0x2E) || skip(0x2C) {
                    var scale = 0.1
                    while let byte = current, byte >= 0x30, byte <= 0x39 {
                        fraction += Double(byte - 48) * scale
                        scale /= 10
                        index += 1
                    }
                }
            }
            guard hour < 24, minute < 60, second < 60, let date = MarketplaceDate.date(year, month, day) else {
                return nil
            }
            skipSpaces()
            guard let offset = zoneOffset(), atEnd else { return nil }
            let seconds = Double(hour * 3600 + minute * 60 + second) + fraction - Double(offset)
            return date.addingTimeInterval(seconds)
        }

        /// Seconds east of UTC: nothing, `Z`, `±HH:MM`, `±HHMM`, `±HH`, or an abbreviation
        /// (`UTC`, `GMT`, `PST`, `PDT`, `BST`, `CET`, `CEST`…); `nil` when unknown.
        mutating func zoneOffset() -> Int? {
            if atEnd { return 0 }
            if skip(0x5A) { return 0 }
            if let sign = current, sign == 0x2B || sign == 0x2D {
                index += 1
                guard let hours = number(2) else { return nil }
                _ = skip(0x3A)
                let minutes = atEnd ? 0 : number(2)
                guard let minutes, hours < 24, minutes < 60 else { return nil }
                let offset = hours * 3600 + minutes * 60
                return sign == 0x2B ? offset : -offset
            }
            return MarketplaceDate.zones[word().uppercased()]
        }
    }

    /// Midnight UTC of a valid calendar day, else `nil`.
    static func date(_ year: Int, _ month: Int, _ day: Int) -> Date? {
        guard year >= 1000, year <= 9999, (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year)
        else { return nil }
        let days = DatabaseDateText.days(year: year, month: month, day: day)
        return Date(timeIntervalSince1970: TimeInterval(days * 86_400))
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Month abbreviations in English and German (eBay.de writes `Dez`, `Mär`, `Okt`).
    static func month(_ word: String) -> Int? {
        months[word]
    }

    private static let months: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
        "nov": 11, "dec": 12, "mär": 3, "mrz": 3, "mai": 5, "okt": 10, "dez": 12,
    ]

    /// Zone abbreviations eBay writes after times, in seconds east of UTC.
    static let zones: [String: Int] = [
        "UTC": 0, "GMT": 0, "BST": 3600, "CET": 3600, "CEST": 7200, "MEZ": 3600, "MESZ": 7200, "PST": -8 * 3600,
        "PDT": -7 * 3600, "MST": -7 * 3600, "MDT": -6 * 3600, "CST": -6 * 3600, "CDT": -5 * 3600, "EST": -5 * 3600,
        "EDT": -4 * 3600,
    ]
}
