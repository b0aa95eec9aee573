import Foundation

/// What looking up the order found.
public enum OrderLookup: Sendable, Equatable {
    /// No order number, tracking number or e-mail to look up.
    case notAsked
    case found(Order)
    /// Numbers were given but no order has them.
    case notFound([String])
    /// The number matches orders on more than one channel.
    case ambiguous([Order])

    /// The name used in rules: `none`, `found`, `not_found`, `ambiguous`.
    public var kind: String { Self.kinds[kindIndex] }

    /// Every `kind`, in the order of `kindIndex`.
    static let kinds = ["none", "found", "not_found", "ambiguous"]

    /// The place of `kind` in `kinds`.
    var kindIndex: Int {
        switch self {
        case .notAsked: 0
        case .found: 1
        case .notFound: 2
        case .ambiguous: 3
        }
    }

    public var order: Order? {
        if case .found(let order) = self { return order }
        return nil
    }
}

/// An open incident that bears on the message, and how.
public struct RelevantIncident: Sendable, Equatable {
    public var incident: Incident
    /// Why it bears: everyone, the order's channel, its carrier, …
    public var targets: Set<StatusTarget>
    /// Names of the affected components.
    public var componentNames: [String]
    /// The worst state among its components.
    public var worstStatus: ComponentStatus
}

/// Everything known about a message when deciding: the understanding, the facts looked up, and now.
public struct Situation: Sendable {
    public var now: Date
    public var message: String
    public var understanding: Understanding
    public var lookup: OrderLookup
    /// The channel the message is about (the order's, the one named, or the only one connected).
    public var channel: Channel?
    public var channelState: ChannelState?
    /// Open incidents and maintenance that bear on this message.
    public var incidents: [RelevantIncident]
    /// When the service status was last fetched (`nil`: never).
    public var statusFetchedAt: Date?

    public init(
        now: Date, message: String, understanding: Understanding, lookup: OrderLookup = .notAsked,
        channel: Channel? = nil, channelState: ChannelState? = nil, incidents: [RelevantIncident] = [],
        statusFetchedAt: Date? = nil
    ) {
        self.now = now
        self.message = message
        self.understanding = understanding
        self.lookup = lookup
        self.channel = channel
        self.channelState = channelState
        self.incidents = incidents
        self.statusFetchedAt = statusFetchedAt
    }

    public var order: Order? { lookup.order }

    /// How old the status is, if it was ever fetched.
    public var statusAge: TimeInterval? { statusFetchedAt.map { now.timeIntervalSince($0) } }
}
