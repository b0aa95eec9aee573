/// Where the assistant looks facts up: orders, channel sync state and service status.
/// The store implements it over SQLite; tests and rule examples implement it in memory.
public protocol FactSource {
    /// Orders whose number has this key (`OrderNumberKey.make`).
    func orders(matchingKey key: String) throws -> [Order]
    /// Orders with this tracking number key.
    func orders(trackingKey key: String) throws -> [Order]
    /// Orders of the customer with this e-mail (lower-case).
    func orders(forEmail email: String) throws -> [Order]
    /// The sync state of one channel, if connected.
    func channelState(_ channel: Channel) throws -> ChannelState?
    /// Every connected channel.
    func channelStates() throws -> [ChannelState]
    /// The service status as last recorded.
    func serviceStatus() throws -> ServiceStatus
    /// The connected channel when exactly one is connected, else `nil` (a source may answer
    /// without building every channel's state).
    func onlyConnectedChannel() throws -> Channel?
}

extension FactSource {
    /// The connected channel when `channelStates()` lists exactly one, else `nil`.
    public func onlyConnectedChannel() throws -> Channel? {
        let connected = try channelStates()
        return connected.count == 1 ? connected[0].channel : nil
    }
}

/// Facts held in memory: for rule examples, tests and anything that has its facts at hand.
/// Orders are indexed by key, tracking key and e-mail when set, so that a look-up does not
/// normalise every order's number again.
public struct InMemoryFacts: FactSource, Sendable {
    public var orders: [Order] { didSet { index = OrderIndex(orders) } }
    public var channels: [ChannelState]
    public var status: ServiceStatus
    private var index: OrderIndex

    public init(orders: [Order] = [], channels: [ChannelState] = [], status: ServiceStatus = ServiceStatus()) {
        self.orders = orders
        self.channels = channels
        self.status = status
        self.index = OrderIndex(orders)
    }

    public func orders(matchingKey key: String) -> [Order] { index.byKey[key, default: []].map { orders[$0] } }
    public func orders(trackingKey key: String) -> [Order] { index.byTrackingKey[key, default: []].map { orders[$0] } }
    public func orders(forEmail email: String) -> [Order] { index.byEmail[email, default: []].map { orders[$0] } }
    public func channelState(_ channel: Channel) -> ChannelState? { channels.first { $0.channel == channel } }
    public func channelStates() -> [ChannelState] { channels }
    public func serviceStatus() -> ServiceStatus { status }
}

/// Positions of orders by `lookupKey`, by the key of their tracking number and by lower-cased
/// e-mail, each list in the orders' own order.
private struct OrderIndex: Sendable {
    var byKey: [String: [Int]] = [:]
    var byTrackingKey: [String: [Int]] = [:]
    var byEmail: [String: [Int]] = [:]

    init(_ orders: [Order]) {
        for (position, order) in orders.enumerated() {
            byKey[order.lookupKey, default: []].append(position)
            if let tracking = order.trackingNumber { byTrackingKey[OrderNumberKey.make(tracking), default: []].append(position) }
            if let email = order.customerEmail { byEmail[email.lowercased(), default: []].append(position) }
        }
    }
}
