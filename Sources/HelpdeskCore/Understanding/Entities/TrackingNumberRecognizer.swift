/// What a run of letters and digits says about being a carrier tracking number.
struct TrackingReading {
    /// Carriers whose format and check digit it fits, or whose letter-bearing format it fits
    /// when that format has no check digit (`TBA…`, `JJD…`): reliable without context.
    var carriers: TrackingCarriers = []
    /// Carriers whose weak check it passes (DHL Express mod 7: one number in seven passes by chance).
    var weak: TrackingCarriers = []
    /// Carriers whose all-digit format has no check digit (DPD 14): only worth saying after a
    /// tracking word.
    var unchecked: TrackingCarriers = []
    /// It has letters and the shape of a letter-bearing format (`1Z…`, S10, `TBA…`), check digit or not.
    var letterFormat = false

    /// Everything it may be once the customer has said it is a tracking number.
    var anyCarriers: TrackingCarriers { carriers.union(weak).union(unchecked) }
}

/// Recognises carrier tracking numbers by shape and check digit (REFERENCE §4.7).
///
/// Input is the number compacted: upper-case ASCII letters and digits, spaces and dashes removed.
enum TrackingNumberRecognizer {
    /// Reads a compacted number.
    static func read(_ c: UnsafeBufferPointer<UInt8>, letters: Int) -> TrackingReading {
        var reading = TrackingReading()
        let n = c.count
        guard n >= 10 && n <= 34 else { return reading }
        if letters > 0 {
            readLettered(c, into: &reading)
        } else {
            readDigits(c, into: &reading)
        }
        return reading
    }

    // MARK: Letter-bearing formats

    private static func readLettered(_ c: UnsafeBufferPointer<UInt8>, into reading: inout TrackingReading) {
        let n = c.count
        // UPS: 1Z + 15 letters/digits + check digit.
        if n == 18 && c[0] == 0x31 && c[1] == 0x5A && isDigit(c[17]) {
            reading.letterFormat = true
            if CheckDigits.ups(c) { reading.carriers.insert(.ups) }
            return
        }
        // UPU S10: two letters, 8 digits, check digit, country.
        if n == 13 && isLetter(c[0]) && isLetter(c[1]) && allDigits(c, 2..<11) && isLetter(c[11]) && isLetter(c[12]) {
            reading.letterFormat = true
            if CheckDigits.s10(c) {
                if c[11] == 0x47 && c[12] == 0x42 {  // GB
                    reading.carriers.insert(.royalMail)
                } else if c[11] == 0x52 && c[12] == 0x55 {  // RU
                    reading.carriers.insert(.russianPost)
                } else {
                    reading.carriers.insert(.postalS10)
                }
            }
            return
        }
        // Amazon Logistics: TBA / TBC / TBM + 12 digits.
        if n == 15 && c[0] == 0x54 && c[1] == 0x42 && (c[2] == 0x41 || c[2] == 0x43 || c[2] == 0x4D)
            && allDigits(c, 3..<15)
        {
            reading.letterFormat = true
            reading.carriers.insert(.amazonLogistics)
            return
        }
        // Yodel: JD / JJD + 16 digits.
        if (n == 18 && c[0] == 0x4A && c[1] == 0x44 && allDigits(c, 2..<18))
            || (n == 19 && c[0] == 0x4A && c[1] == 0x4A && c[2] == 0x44 && allDigits(c, 3..<19))
        {
            reading.letterFormat = true
            reading.carriers.insert(.yodel)
            return
        }
        // DHL Express piece id: J + 2–3 letters + 9–10 digits.
        if c[0] == 0x4A {
            let prefix = isLetter(c[1]) && isLetter(c[2]) ? (isLetter(c[3]) ? 4 : 3) : 0
            if prefix > 0 && (n - prefix == 9 || n - prefix == 10) && allDigits(c, prefix..<n) {
                reading.letterFormat = true
                reading.carriers.insert(.dhl)
                return
            }
        }
        // DHL eCommerce: GM + 10 or more digits.
        if c[0] == 0x47 && c[1] == 0x4D && n >= 12 && allDigits(c, 2..<n) {
            reading.letterFormat = true
            reading.carriers.insert(.dhl)
            return
        }
        // Evri (heuristic, no published spec): H + 15 letters/digits, mostly digits.
        if n == 16 && c[0] == 0x48 && digitCount(c, 1..<16) >= 8 && isDigit(c[15]) {
            reading.letterFormat = true
            reading.carriers.insert(.evri)
            return
        }
        // DPD parcel label: 27 digits + check character.
        if n == 28 && allDigits(c, 0..<27) {
            reading.letterFormat = true
            if CheckDigits.mod37x36(c) { reading.carriers.insert(.dpd) }
        }
    }

    // MARK: All-digit formats

    private static func readDigits(_ c: UnsafeBufferPointer<UInt8>, into reading: inout TrackingReading) {
        let n = c.count
        switch n {
        case 10, 11:
            if CheckDigits.mod7(c) { reading.weak.insert(.dhl) }
        case 12:
            if CheckDigits.fedEx12(c) { reading.carriers.insert(.fedex) }
        case 14:
            reading.unchecked.insert(.dpd)
        case 15:
            if CheckDigits.gs1(c, data: 0..<14, check: 14) { reading.carriers.insert(.fedex) }
        case 18:
            if CheckDigits.gs1(c, data: 2..<17, check: 17) { reading.carriers.insert(.fedex) }
        case 28:
            if CheckDigits.mod37x36(c) { reading.carriers.insert(.dpd) }
            if isRouting(c) && usps(c, from: 8) { reading.carriers.insert(.usps) }
        case 34:
            if (c[0] == 0x39 && c[1] == 0x36) || (c[0] == 0x31 && c[1] == 0x30 && c[2] == 0x30) {
                if CheckDigits.fedEx34(c) { reading.carriers.insert(.fedex) }
            }
            if isRouting(c) && (usps(c, from: 8) || usps(c, from: 12)) { reading.carriers.insert(.usps) }
        default:
            break
        }
        if n == 20 || n == 22 || n == 24 || n == 26 {
            if usps(c, from: 0) { reading.carriers.insert(.usps) }
            if n == 20 && CheckDigits.gs1(c, data: 0..<19, check: 19, prefix: (9, 2)) {
                reading.carriers.insert(.fedex)  // FedEx SmartPost, shown without its 92
            }
            if n == 22 && c[0] == 0x39 && c[1] == 0x32 && CheckDigits.gs1(c, data: 0..<21, check: 21) {
                reading.carriers.insert(.fedex)  // FedEx SmartPost 92…
            }
            if n == 22 && c[0] == 0x39 && c[1] == 0x36 && CheckDigits.gs1(c, data: 7..<21, check: 21) {
                reading.carriers.insert(.fedex)  // FedEx Ground 96…
            }
        }
        if (n == 30 || n == 32) && isRouting(c) && (usps(c, from: 8) || usps(c, from: 12)) {
            reading.carriers.insert(.usps)
        }
    }

    /// USPS IMpb / legacy 20 from offset `start`: 20 or 24 digits (checked as typed or with the
    /// implied `91`), or 22 or 26 digits starting `91`–`95`.
    private static func usps(_ c: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        let rest = UnsafeBufferPointer(rebasing: c[start...])
        let n = rest.count
        switch n {
        case 20, 24:
            return CheckDigits.gs1(rest, data: 0..<(n - 1), check: n - 1)
                || CheckDigits.gs1(rest, data: 0..<(n - 1), check: n - 1, prefix: (9, 1))
        case 22, 26:
            guard rest[0] == 0x39 && rest[1] &- 0x31 < 5 else { return false }
            return CheckDigits.gs1(rest, data: 0..<(n - 1), check: n - 1)
        default:
            return false
        }
    }

    /// Starts with the IMpb routing application id `420`.
    private static func isRouting(_ c: UnsafeBufferPointer<UInt8>) -> Bool {
        c[0] == 0x34 && c[1] == 0x32 && c[2] == 0x30
    }

    @inline(__always) private static func isDigit(_ b: UInt8) -> Bool { b &- 48 < 10 }
    @inline(__always) private static func isLetter(_ b: UInt8) -> Bool { b &- 65 < 26 }

    private static func allDigits(_ c: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        for i in range where !isDigit(c[i]) { return false }
        return true
    }

    private static func digitCount(_ c: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var count = 0
        for i in range where isDigit(c[i]) { count += 1 }
        return count
    }
}
