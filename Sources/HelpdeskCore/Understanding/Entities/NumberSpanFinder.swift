/// Finds the tokens that may be order or tracking numbers, joining groups typed with single
/// spaces or dashes when together they make a known shape.
///
/// A spaced or dashed group that makes no known shape and has a short part (`+44 20 7946 0958`,
/// `8 800 555-35-35`, `2024-01-15`) is a phone number, date or the like: none of it is offered.
enum NumberSpanFinder {
    /// Longest group considered.
    static let maxGroup = 12

    /// Calls `body` with each candidate span, in order of appearance.
    static func forEachSpan(
        in text: EntityText, scratch: UnsafeMutableBufferPointer<UInt8>, _ body: (NumberSpan) -> Void
    ) {
        var k = 0
        while k < text.count {
            let token = text.tokens[k]
            guard token.digits > 0 && !token.has(EntityToken.emailFlag) else {
                k += 1
                continue
            }
            var end = k
            while isGroupable(token) && end + 1 < text.count && end - k + 1 < maxGroup
                && isGroupable(text.tokens[end + 1])
                && text.isNumberJoiner(text.gapBefore(end + 1))
            {
                end += 1
            }
            if end == k {
                body(NumberSpan(first: k, last: k, kind: .single))
            } else {
                segment(text, k, end, scratch: scratch, body)
            }
            k = end + 1
        }
    }

    /// Tokens that may be part of a number typed in groups: digit runs, short letter-digit parts
    /// (`1Z`, `5R8`, `D01`) and a single capital letter (DPD's check letter).
    private static func isGroupable(_ token: EntityToken) -> Bool {
        if token.has(EntityToken.emailFlag) || token.has(EntityToken.cyrillicFlag) { return false }
        if token.isNumber { return true }
        if token.digits > 0 { return token.length <= 6 }
        return token.length == 1 && token.has(EntityToken.capitalFlag)
    }

    /// Splits a group greedily into the longest runs that make a known shape.
    private static func segment(
        _ text: EntityText, _ start: Int, _ end: Int, scratch: UnsafeMutableBufferPointer<UInt8>,
        _ body: (NumberSpan) -> Void
    ) {
        withUnsafeTemporaryAllocation(of: NumberSpan.self, capacity: maxGroup) { spans in
            var count = 0
            var p = start
            var anyJoined = false
            var shortLeftover = false
            var numberLeftovers = 0
            while p <= end {
                var q = end
                var found: NumberSpan?
                while q > p {
                    if let span = joined(text, p, q, scratch: scratch) {
                        found = span
                        break
                    }
                    q -= 1
                }
                if let span = found {
                    spans[count] = span
                    anyJoined = true
                    p = span.last + 1
                } else {
                    let token = text.tokens[p]
                    if token.isNumber {
                        numberLeftovers += 1
                        if token.digits < 5 { shortLeftover = true }
                    }
                    spans[count] = NumberSpan(first: p, last: p, kind: .leftover)
                    p += 1
                }
                count += 1
            }
            if !anyJoined && isDashedNumber(text, start, end) {
                body(NumberSpan(first: start, last: end, kind: .dashed))
                return
            }
            for span in spans[0..<count] {
                if span.kind == .joined {
                    body(span)
                } else if !shortLeftover && text.tokens[span.first].isNumber {
                    // The only number beside a stray letter ("12345678 I …") stands on its own.
                    let kind: NumberSpan.Kind = !anyJoined && numberLeftovers == 1 ? .single : .leftover
                    body(NumberSpan(first: span.first, last: span.last, kind: kind))
                }
            }
        }
    }

    /// The span `p...q` if its tokens together make an order or tracking shape.
    private static func joined(
        _ text: EntityText, _ p: Int, _ q: Int, scratch: UnsafeMutableBufferPointer<UInt8>
    ) -> NumberSpan? {
        let channels = OrderNumberRecognizer.joinedChannels(in: text, first: p, last: q)
        if !channels.isEmpty { return NumberSpan(first: p, last: q, kind: .joined, joinedChannels: channels) }
        var compact = CompactNumber(buffer: scratch)
        var longest = 0
        for k in p...q {
            let token = text.tokens[k]
            compact.append(token, from: text)
            longest = max(longest, token.length)
        }
        guard compact.isUsable else { return nil }
        let reading = TrackingNumberRecognizer.read(compact.bytes, letters: compact.letters)
        if reading.letterFormat { return NumberSpan(first: p, last: q, kind: .joined) }
        guard compact.letters == 0 && !reading.carriers.union(reading.weak).isEmpty else { return nil }
        // Check digits pass by chance one time in ten: join only groups typed the way carriers print
        // them (short groups), or behind the USPS routing prefix 420.
        let first = text.tokens[p]
        let routing = first.length == 3 && text.bytes[first.lowerBound] == 0x34 && text.bytes[first.lowerBound + 1] == 0x32
            && text.bytes[first.lowerBound + 2] == 0x30
        guard longest <= 6 || routing else { return nil }
        return NumberSpan(first: p, last: q, kind: .joined)
    }

    /// Digit groups joined only by dashes, each at least 3 digits, 6 or more digits in all, and
    /// not the shape of a phone number (`555-1234`, `555-123-4567`).
    private static func isDashedNumber(_ text: EntityText, _ start: Int, _ end: Int) -> Bool {
        var digits = 0
        for k in start...end {
            let token = text.tokens[k]
            guard token.isNumber && token.digits >= 3 else { return false }
            if k > start && text.bytes[text.gapBefore(k).lowerBound] != 0x2D { return false }
            digits += Int(token.digits)
        }
        guard digits >= 6 else { return false }
        let count = end - start + 1
        let a = text.tokens[start].length
        if count == 2 && a == 3 && text.tokens[end].length == 4 { return false }
        if count == 3 && a == 3 && text.tokens[start + 1].length == 3 && text.tokens[end].length == 4 { return false }
        return true
    }
}
