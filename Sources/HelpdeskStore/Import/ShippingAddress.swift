/// A shipping address as imported, and its fingerprint.
///
/// The store keeps only the fingerprint of each order's address: when a re-import brings a
/// different one, the address was changed on the channel after the order was first imported.
struct ShippingAddress: Sendable, Equatable {
    /// The filled-in parts joined with `, ` (`12 High St, London, SW1A 1AA, GB`).
    let text: String
    /// A 64-bit FNV-1a hash of the parts with case, spaces and punctuation dropped, so that
    /// `12 High St.` and `12 high st` are the same address.
    let fingerprint: Int64

    /// The address made of `parts` (street lines, city, region, postcode, country), or `nil` when
    /// every part is empty.
    init?(parts: [String?]) {
        var text = ""
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var any = false
        for part in parts {
            if let part, !part.isEmpty {
                if any { text += ", " }
                text += part
                any = true
                Self.hash(part, into: &hash)
            }
            // A separator between parts, so that moving text between parts changes the hash.
            hash = (hash ^ 0x1F) &* 0x100_0000_01b3
        }
        guard any else { return nil }
        self.text = text
        self.fingerprint = Int64(bitPattern: hash)
    }

    /// Adds the letters (lower-cased) and digits of `part` to an FNV-1a hash.
    private static func hash(_ part: String, into hash: inout UInt64) {
        if part.utf8.allSatisfy({ $0 < 0x80 }) {
            for var byte in part.utf8 {
                if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
                guard (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) else { continue }
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
            return
        }
        for scalar in part.lowercased().unicodeScalars
        where scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
            for byte in String(scalar).utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
        }
    }
}
