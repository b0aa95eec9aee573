import Foundation
import HelpdeskCore

/// Orders made up the way the demo store's are (numbers in each channel's shape, customers with
/// several orders, every state), deterministic by index, so that messages can name orders that
/// exist without reading them back.
struct BenchOrders {
    let now: Date
    static let channels: [Channel] = [.amazon, .ebay, .etsy, .shopify, .magento]
    static let carriers = ["royal-mail", "dpd", "evri", "ups", "dhl"]

    /// A scrambled but reversible number for `index`, so neighbouring orders do not look alike.
    private static func mix(_ index: Int, _ salt: UInt64) -> UInt64 {
        var value = UInt64(index) &* 0x9E37_79B9_7F4A_7C15 &+ salt
        value ^= value >> 29
        return value
    }

    static func number(_ index: Int) -> String {
        let channel = channels[index % channels.count]
        let a = mix(index, 1)
        switch channel {
        case .amazon: return "\(200 + index % 600)-" + pad(Int(a % 10_000_000), 7) + "-" + pad(index % 10_000_000, 7)
        case .ebay: return "\(10 + index % 89)-" + pad(Int(a % 100_000), 5) + "-" + pad(index % 100_000, 5)
        case .etsy: return "4" + pad(index, 9)
        case .shopify: return "#\(100_000 + index)"
        default: return "2" + pad(index, 8)
        }
    }

    static func email(_ index: Int) -> String { "customer\(index / 3)@example.com" }

    static func tracking(_ index: Int) -> String { "1550" + pad(index, 10) }

    static func isDispatched(_ index: Int) -> Bool { mix(index, 7) % 100 < 50 }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    func order(_ index: Int) -> Order {
        let channel = Self.channels[index % Self.channels.count]
        let placed = now.addingTimeInterval(-Double(30 + Int(Self.mix(index, 3) % 43_200)) * 60)
        var order = Order(
            channel: channel, orderNumber: Self.number(index), customerName: "Customer \(index / 3)",
            customerEmail: Self.email(index), placedAt: placed, importedAt: placed.addingTimeInterval(600),
            state: .awaitingDispatch)
        if Self.isDispatched(index) {
            let dispatched = min(now, placed.addingTimeInterval(3 * 3600))
            order.state = .dispatched
            order.dispatchedAt = dispatched
            order.carrier = Self.carriers[index % Self.carriers.count]
            order.trackingNumber = Self.tracking(index)
            if now.timeIntervalSince(dispatched) > 40 * 60 { order.exportedAt = dispatched.addingTimeInterval(1800) }
        } else if Self.mix(index, 5) % 10 == 0 {
            order.state = .cancelled
        }
        return order
    }
}
