import Foundation
import HelpdeskCore

/// The normalised forms the store keys orders by.
enum LookupKeys {
    /// `OrderNumberKey.make(text)`, computed byte by byte for ASCII text (the usual case, with the
    /// same result: ASCII letters upper-cased, digits kept, everything else dropped).
    static func key(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return OrderNumberKey.make(text) }
        if utf8.allSatisfy(isKeyByte) { return text }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        for byte in utf8 {
            if isKeyByte(byte) {
                out.append(byte)
            } else if byte >= 0x61 && byte <= 0x7A {
                out.append(byte - 0x20)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Digits and upper-case ASCII letters.
    private static func isKeyByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
    }

    /// The tracking key of a tracking number, or `nil` when there is none.
    static func trackingKey(_ trackingNumber: String?) -> String? {
        guard let trackingNumber else { return nil }
        let key = key(trackingNumber)
        return key.isEmpty ? nil : key
    }

    /// An e-mail address as stored and looked up: trimmed and lower-cased, `nil` when empty.
    static func email(_ email: String?) -> String? {
        guard let email else { return nil }
        // Fast path: printable ASCII without spaces, lower-cased byte by byte.
        var hasUpper = false
        var isPlain = true
        for byte in email.utf8 {
            if byte <= 0x20 || byte >= 0x7F {
                isPlain = false
                break
            }
            if byte >= 0x41 && byte <= 0x5A { hasUpper = true }
        }
        if isPlain {
            if email.isEmpty { return nil }
            if !hasUpper { return email }
            return String(decoding: email.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
        }
        let clean = email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        return clean.isEmpty ? nil : clean
    }
}
