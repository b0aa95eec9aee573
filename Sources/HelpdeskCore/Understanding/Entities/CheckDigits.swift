/// Check-digit algorithms of carrier tracking numbers (REFERENCE §4.7).
///
/// Every function takes the number as upper-case ASCII bytes with nothing but letters and digits,
/// already checked for length and shape by `TrackingNumberRecognizer`; they only do the arithmetic.
enum CheckDigits {
    /// UPS `1Z` numbers: the 15 characters after `1Z`, letters counted as `(ASCII − 3) mod 10`,
    /// every second one doubled; the check digit brings the sum to a multiple of 10.
    static func ups<C: RandomAccessCollection<UInt8>>(_ c: C) -> Bool where C.Index == Int {
        guard c.count == 18 else { return false }
        let base = c.startIndex
        var sum = 0
        for i in 0..<15 {
            let b = c[base + 2 + i]
            var value = isDigit(b) ? Int(b &- 48) : (Int(b) - 3) % 10
            if i % 2 == 1 { value *= 2 }
            sum += value
        }
        return (10 - sum % 10) % 10 == digit(c[base + 17])
    }

    /// FedEx Express 12 digits: the first 11 weighted 3, 1, 7, 3, 1, 7…; `(sum mod 11) mod 10`.
    static func fedEx12<C: RandomAccessCollection<UInt8>>(_ c: C) -> Bool where C.Index == Int {
        guard c.count == 12 else { return false }
        let base = c.startIndex
        let weights = (3, 1, 7)
        var sum = 0
        for i in 0..<11 {
            let weight = i % 3 == 0 ? weights.0 : i % 3 == 1 ? weights.1 : weights.2
            sum += digit(c[base + i]) * weight
        }
        return (sum % 11) % 10 == digit(c[base + 11])
    }

    /// FedEx Express / Ground GSN 34 digits: digits 21–33 weighted 1, 7, 3…; `(sum mod 11) mod 10`.
    static func fedEx34<C: RandomAccessCollection<UInt8>>(_ c: C) -> Bool where C.Index == Int {
        guard c.count == 34 else { return false }
        let base = c.startIndex
        var sum = 0
        for i in 0..<13 {
            let weight = i % 3 == 0 ? 1 : i % 3 == 1 ? 7 : 3
            sum += digit(c[base + 20 + i]) * weight
        }
        return (sum % 11) % 10 == digit(c[base + 33])
    }

    /// GS1 mod 10 (USPS, FedEx Ground, SSCC): data digits `data` weighted 3, 1, 3… from the right,
    /// optionally preceded by two more digit values `prefix` (USPS prepends 9, 1; FedEx SmartPost 9, 2);
    /// the check digit at `check` brings the sum to a multiple of 10.
    static func gs1<C: RandomAccessCollection<UInt8>>(
        _ c: C, data: Range<Int>, check: Int, prefix: (UInt8, UInt8)? = nil
    ) -> Bool where C.Index == Int {
        let base = c.startIndex
        var sum = 0
        var weight = 3
        var i = data.upperBound - 1
        while i >= data.lowerBound {
            sum += digit(c[base + i]) * weight
            weight = 4 - weight
            i -= 1
        }
        if let prefix {
            sum += Int(prefix.1) * weight
            sum += Int(prefix.0) * (4 - weight)
        }
        return (10 - sum % 10) % 10 == digit(c[base + check])
    }

    /// DHL Express air waybills (10 or 11 digits): all but the last digit, read as a number, mod 7.
    static func mod7<C: RandomAccessCollection<UInt8>>(_ c: C) -> Bool where C.Index == Int {
        guard c.count >= 2 && c.count <= 18 else { return false }
        let base = c.startIndex
        var remainder = 0
        for i in 0..<(c.count - 1) { remainder = (remainder * 10 + digit(c[base + i])) % 7 }
        return remainder == digit(c[base + c.count - 1])
    }

    /// UPU S10 (`AB123456785GB`): the 8 serial digits weighted 8, 6, 4, 2, 3, 5, 9, 7;
    /// check = 11 − (sum mod 11), with 10 → 0 and 11 → 5.
    static func s10<C: RandomAccessCollection<UInt8>>(_ c: C) -> Bool where C.Index == Int {
        guard c.count == 13 else { return false }
        let base = c.startIndex
        var sum = 0
        for i in 0..<8 { sum += digit(c[base + 2 + i]) * s10Weight(i) }
        var check = 11 - sum % 11
        if check == 10 { check = 0 } else if check == 11 { check = 5 }
        return check == digit(c[base + 10])
    }

    /// ISO 7064 MOD 37,36 (DPD parcel labels): the last character (0–9, A–Z) checks the rest.
    static func mod37x36<C: RandomAccessCollection<UInt8>>(_ c: C) -> Bool where C.Index == Int {
        guard c.count >= 2 else { return false }
        let base = c.startIndex
        var product = 36
        for i in 0..<(c.count - 1) {
            guard let value = alphanumericValue(c[base + i]) else { return false }
            var sum = (product + value) % 36
            if sum == 0 { sum = 36 }
            product = (sum * 2) % 37
        }
        guard let check = alphanumericValue(c[base + c.count - 1]) else { return false }
        return (37 - product) % 36 == check
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 48 < 10 }
    @inline(__always) static func digit(_ b: UInt8) -> Int { Int(b &- 48) }

    @inline(__always) private static func s10Weight(_ i: Int) -> Int {
        switch i {
        case 0: return 8
        case 1: return 6
        case 2: return 4
        case 3: return 2
        case 4: return 3
        case 5: return 5
        case 6: return 9
        default: return 7
        }
    }

    private static func alphanumericValue(_ b: UInt8) -> Int? {
        if b &- 48 < 10 { return Int(b - 48) }
        if b &- 65 < 26 { return Int(b - 65) + 10 }
        return nil
    }
}
