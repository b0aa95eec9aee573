import Foundation

/// One order as the dashboard knows it, imported from a channel.
public struct Order: Codable, Sendable, Equatable {
    /// Store row id; `nil` until saved.
    public var id: Int64?
    public var channel: Channel
    /// The number as the channel shows it (`114-0149180-7966659`, `#1001`).
    public var orderNumber: String
    public var customerName: String?
    public var customerEmail: String?
    public var placedAt: Date?
    public var importedAt: Date?
    public var dispatchedAt: Date?
    /// When the dispatch was sent back to the channel.
    public var exportedAt: Date?
    /// Carrier id (see `KnowledgeBase/carriers.yaml`), or the name as imported.
    public var carrier: String?
    public var trackingNumber: String?
    public var state: OrderState
    /// When the address was changed on the channel after the order was imported.
    public var addressChangedAt: Date?

    public init(
        id: Int64? = nil, channel: Channel, orderNumber: String, customerName: String? = nil,
        customerEmail: String? = nil, placedAt: Date? = nil, importedAt: Date? = nil,
        dispatchedAt: Date? = nil, exportedAt: Date? = nil, carrier: String? = nil,
        trackingNumber: String? = nil, state: OrderState, addressChangedAt: Date? = nil
    ) {
        self.id = id
        self.channel = channel
        self.orderNumber = orderNumber
        self.customerName = customerName
        self.customerEmail = customerEmail
        self.placedAt = placedAt
        self.importedAt = importedAt
        self.dispatchedAt = dispatchedAt
        self.exportedAt = exportedAt
        self.carrier = carrier
        self.trackingNumber = trackingNumber
        self.state = state
        self.addressChangedAt = addressChangedAt
    }

    /// The key an order is found by, whatever way the number was typed.
    public var lookupKey: String { OrderNumberKey.make(orderNumber) }
}

/// Normalises order and tracking numbers so that spaces, dashes, `#` and case do not matter.
public enum OrderNumberKey {
    /// Upper-cased letters and digits only: `#aa-1001` → `AA1001`.
    public static func make(_ raw: some StringProtocol) -> String {
        if let key = asciiKey(raw.utf8) { return key }
        var scalars = String.UnicodeScalarView()
        for scalar in raw.unicodeScalars where scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
            for upper in scalar.properties.uppercaseMapping.unicodeScalars { scalars.append(upper) }
        }
        return String(scalars)
    }

    /// The key of ASCII text, byte by byte (the same result: ASCII letters upper-cased, digits
    /// kept, everything else dropped); `nil` when the text is not all ASCII.
    private static func asciiKey(_ utf8: some Collection<UInt8>) -> String? {
        var key: [UInt8] = []
        key.reserveCapacity(utf8.count)
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"): key.append(byte)
            case UInt8(ascii: "a")...UInt8(ascii: "z"): key.append(byte - asciiCaseOffset)
            case 0x80...: return nil
            default: continue
            }
        }
        return String(decoding: key, as: UTF8.self)
    }

    /// How far an ASCII lower-case letter is from its upper-case form.
    private static let asciiCaseOffset = UInt8(ascii: "a") - UInt8(ascii: "A")
}
