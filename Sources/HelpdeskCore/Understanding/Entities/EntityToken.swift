/// A run of letters and digits in a message, located by UTF-8 byte offsets.
///
/// Tokens never mix Cyrillic letters with Latin letters or digits: `1200руб` is two tokens
/// (`1200`, `руб`) with nothing between them, while `1Z5R8` or `AA1001` stay one token.
struct EntityToken {
    /// Offset of the first byte.
    var start: Int32
    /// Offset just past the last byte.
    var end: Int32
    /// ASCII digits in the token (saturates at `UInt16.max`).
    var digits: UInt16
    /// Letters in the token, any script (saturates at `UInt16.max`).
    var letters: UInt16
    /// Bit set of the `…Flag` constants.
    var flags: UInt8

    /// The token's letters are Cyrillic.
    static let cyrillicFlag: UInt8 = 1 << 0
    /// The token lies inside an e-mail address.
    static let emailFlag: UInt8 = 1 << 1
    /// The token is (part of) a channel name such as "amazon" or "woo commerce".
    static let channelNameFlag: UInt8 = 1 << 2
    /// The token is (part of) a carrier name such as "royal mail".
    static let carrierNameFlag: UInt8 = 1 << 3
    /// The token's first character is an upper-case ASCII letter.
    static let capitalFlag: UInt8 = 1 << 4

    var lowerBound: Int { Int(start) }
    var upperBound: Int { Int(end) }
    var range: Range<Int> { Int(start)..<Int(end) }
    /// Length in bytes.
    var length: Int { Int(end &- start) }
    /// Letters only.
    var isWord: Bool { digits == 0 }
    /// Digits only.
    var isNumber: Bool { letters == 0 }

    func has(_ flag: UInt8) -> Bool { flags & flag != 0 }
}
