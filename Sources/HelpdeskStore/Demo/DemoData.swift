import Foundation
import HelpdeskCore

/// A realistic demo store, relative to `now`: six channels in different sync states, a few hundred
/// orders in every state, and an open incident on one channel. Deterministic for a given `now`.
public struct DemoData: Sendable {
    public let now: Date
    public let channels: [ChannelState]
    public let orders: [Order]
    public let status: ServiceStatus

    /// Order numbers the demo's sample questions use.
    public struct Samples: Sendable {
        public var dispatchedAmazon: String
        public var awaitingShopify: String
        public var dispatchedNotExportedEbay: String
        public var addressChangedEtsy: String
    }

    public let samples: Samples

    public init(now: Date) {
        self.now = now
        func ago(_ minutes: Double) -> Date { now.addingTimeInterval(-minutes * 60) }
        channels = [
            ChannelState(channel: .amazon, storeName: "Northwind Pets (Amazon UK)", connectedAt: ago(60 * 24 * 200), lastImportAt: ago(12), lastExportAt: ago(20)),
            ChannelState(channel: .ebay, storeName: "northwind-pets", connectedAt: ago(60 * 24 * 150), lastImportAt: ago(7), lastExportAt: ago(25)),
            ChannelState(channel: .etsy, storeName: "NorthwindCrafts", connectedAt: ago(60 * 24 * 90), lastImportAt: ago(18), lastExportAt: ago(5)),
            ChannelState(channel: .shopify, storeName: "northwind-pets.myshopify.com", connectedAt: ago(60 * 24 * 300), lastImportAt: ago(3), lastExportAt: ago(14)),
            ChannelState(channel: .woocommerce, storeName: "shop.northwind.example", connectedAt: ago(45)),
            ChannelState(channel: .magento, storeName: "Northwind B2B", connectedAt: ago(60 * 24 * 30), lastImportAt: ago(60 * 5), lastExportAt: ago(60 * 5), lastError: "401 Unauthorized: the API key was revoked"),
        ]
        // Seeded one step in, as the demo always was: the same store for the same `now`.
        var generator = SplitMix64(seed: UInt64(max(0, now.timeIntervalSince1970)) &+ SplitMix64.gamma)
        var orders: [Order] = []
        let carriers = ["royal-mail", "dpd", "evri", "ups", "dhl", "yodel"]
        let names = ["Amelia Clarke", "Oliver Hughes", "Isla Patel", "Jack Morgan", "Ava Thompson", "Harry Wilson", "Мария Иванова", "Дмитрий Смирнов", "Sofia Rossi", "Liam O'Brien"]
        let connected: [Channel] = [.amazon, .ebay, .etsy, .shopify, .magento]
        for index in 0..<300 {
            let channel = connected[index % connected.count]
            let name = names[Int(generator.next() % UInt64(names.count))]
            let email = "customer\(index + 1)@example.com"
            let placed = ago(Double(30 + Int(generator.next() % 7200)))
            let imported = placed.addingTimeInterval(Double(5 + Int(generator.next() % 25)) * 60)
            let stateRoll = Int(generator.next() % 100)
            let state: OrderState = stateRoll < 45 ? .dispatched : stateRoll < 85 ? .awaitingDispatch : stateRoll < 93 ? .cancelled : .refunded
            var order = Order(
                channel: channel, orderNumber: Self.number(for: channel, index: index, generator: &generator),
                customerName: name, customerEmail: email, placedAt: placed, importedAt: min(imported, now), state: state)
            if state == .dispatched {
                let dispatched = min(now, imported.addingTimeInterval(Double(60 + Int(generator.next() % 600)) * 60))
                order.dispatchedAt = dispatched
                let carrier = carriers[Int(generator.next() % UInt64(carriers.count))]
                order.carrier = carrier
                order.trackingNumber = Self.tracking(for: carrier, index: index)
                if now.timeIntervalSince(dispatched) > 40 * 60 { order.exportedAt = dispatched.addingTimeInterval(30 * 60) }
            }
            orders.append(order)
        }
        // Hand-made orders for the sample questions.
        let dispatchedAmazon = Order(
            channel: .amazon, orderNumber: "114-0149180-7966659", customerName: "Amelia Clarke", customerEmail: "amelia@example.com",
            placedAt: ago(60 * 26), importedAt: ago(60 * 25.5), dispatchedAt: ago(60 * 20), exportedAt: ago(60 * 19.5),
            carrier: "royal-mail", trackingNumber: "AB123456785GB", state: .dispatched)
        let awaitingShopify = Order(
            channel: .shopify, orderNumber: "#1042", customerName: "Oliver Hughes", customerEmail: "oliver@example.com",
            placedAt: ago(90), importedAt: ago(80), state: .awaitingDispatch)
        let dispatchedEbay = Order(
            channel: .ebay, orderNumber: "24-14934-88735", customerName: "Isla Patel", customerEmail: "isla@example.com",
            placedAt: ago(60 * 5), importedAt: ago(60 * 4.8), dispatchedAt: ago(35), carrier: "dpd", trackingNumber: "15501234567890",
            state: .dispatched)
        let changedEtsy = Order(
            channel: .etsy, orderNumber: "3935119409", customerName: "Мария Иванова", customerEmail: "maria@example.com",
            placedAt: ago(60 * 6), importedAt: ago(60 * 5.9), state: .awaitingDispatch, addressChangedAt: ago(60 * 2))
        orders += [dispatchedAmazon, awaitingShopify, dispatchedEbay, changedEtsy]
        self.orders = orders
        samples = Samples(
            dispatchedAmazon: dispatchedAmazon.orderNumber, awaitingShopify: awaitingShopify.orderNumber,
            dispatchedNotExportedEbay: dispatchedEbay.orderNumber, addressChangedEtsy: changedEtsy.orderNumber)
        let components = [
            StatusComponent(id: "dashboard", name: "Dashboard", status: .operational, groupName: "Dashboard", position: 1),
            StatusComponent(id: "login", name: "Login and ID service", status: .operational, groupName: "Dashboard", position: 2),
            StatusComponent(id: "amazon-channel", name: "Amazon channel", status: .degradedPerformance, groupName: "Channels", position: 3),
            StatusComponent(id: "ebay-channel", name: "eBay channel", status: .operational, groupName: "Channels", position: 4),
            StatusComponent(id: "etsy-channel", name: "Etsy channel", status: .operational, groupName: "Channels", position: 5),
            StatusComponent(id: "shopify-channel", name: "Shopify channel", status: .operational, groupName: "Channels", position: 6),
            StatusComponent(id: "woocommerce-channel", name: "WooCommerce channel", status: .operational, groupName: "Channels", position: 7),
            StatusComponent(id: "magento-channel", name: "Magento channel", status: .operational, groupName: "Channels", position: 8),
            StatusComponent(id: "royal-mail", name: "Royal Mail", status: .operational, groupName: "Carriers", position: 9),
            StatusComponent(id: "dpd", name: "DPD", status: .operational, groupName: "Carriers", position: 10),
        ]
        let incident = Incident(
            id: "demo-amazon-imports", name: "Delayed Amazon order imports", status: .identified, impact: .minor,
            startedAt: ago(40), componentIDs: ["amazon-channel"],
            updates: [
                IncidentUpdate(id: "demo-amazon-imports-1", status: .investigating, body: "We are looking into slow Amazon order imports.", createdAt: ago(40)),
                IncidentUpdate(id: "demo-amazon-imports-2", status: .identified, body: "Amazon order imports are running up to 60 minutes behind. Tracking exports are unaffected.", createdAt: ago(15)),
            ])
        status = ServiceStatus(components: components, incidents: [incident], fetchedAt: ago(2), source: "demo")
    }

    private static func number(for channel: Channel, index: Int, generator: inout SplitMix64) -> String {
        func digits(_ count: Int) -> String {
            (0..<count).map { _ in String(generator.next() % 10) }.joined()
        }
        switch channel {
        case .amazon: return "\(200 + index % 600)-\(digits(7))-\(digits(7))"
        case .ebay: return "\(10 + index % 89)-\(digits(5))-\(digits(5))"
        case .etsy: return "3\(digits(9))"
        case .shopify: return "#\(1100 + index)"
        case .woocommerce: return "\(5000 + index)"
        case .magento: return String(format: "1%08d", index + 1)
        }
    }

    private static func tracking(for carrier: String, index: Int) -> String {
        switch carrier {
        case "royal-mail": return String(format: "RM%09dGB", index)
        case "dpd": return String(format: "1550%010d", index)
        case "ups": return String(format: "1Z999AA1%010d", index)
        default: return String(format: "%@%012d", carrier.prefix(2).uppercased(), index)
        }
    }
}

extension AppDatabase {
    /// Fills an empty database with the demo store. Returns `false` (and writes nothing) when the
    /// database already has orders.
    @discardableResult
    public func installDemo(_ demo: DemoData) throws -> Bool {
        guard try orderCount() == 0 else { return false }
        for channel in demo.channels { try setChannel(channel, at: demo.now) }
        _ = try saveOrders(demo.orders, at: demo.now)
        try saveServiceStatus(demo.status, fetchedAt: demo.status.fetchedAt ?? demo.now, source: "demo")
        return true
    }
}
