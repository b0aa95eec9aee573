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
}

/// Facts held in memory: for rule examples, tests and anything that has its facts at hand.
public struct InMemoryFacts: FactSource, Sendable {
    public var orders: [Order]
    public var channels: [ChannelState]
    public var status: ServiceStatus

    public init(orders: [Order] = [], channels: [ChannelState] = [], status: ServiceStatus = ServiceStatus()) {
        self.orders = orders
        self.channels = channels
        self.status = status
    }

    public func orders(matchingKey key: String) -> [Order] { orders.filter { $0.lookupKey == key } }
    public func orders(trackingKey key: String) -> [Order] {
        orders.filter { $0.trackingNumber.map(OrderNumberKey.make) == key }
    }
    public func orders(forEmail email: String) -> [Order] { orders.filter { $0.customerEmail?.lowercased() == email } }
    public func channelState(_ channel: Channel) -> ChannelState? { channels.first { $0.channel == channel } }
    public func channelStates() -> [ChannelState] { channels }
    public func serviceStatus() -> ServiceStatus { status }
}
