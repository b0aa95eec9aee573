import Foundation

/// Facts as they were known at an earlier moment, for answering an old message as it would have
/// been answered then. The store keeps each order's and channel's latest state with the times
/// things happened, so what had not happened yet is taken away:
///
/// - an order imported after `date` was not in Helpdesk yet;
/// - a dispatch, an export or an address change after `date` had not happened (a dispatched
///   order was still awaiting dispatch, without its carrier and tracking number);
/// - a channel connected after `date` was not connected; syncs after `date` are unknown.
///
/// The service status is the base source's, which is expected to be as of `date` already
/// (see ``StatusTimeline``).
public struct FactsAsOf<Base: FactSource>: FactSource {
    public let base: Base
    public let date: Date

    public init(_ base: Base, at date: Date) {
        self.base = base
        self.date = date
    }

    public func orders(matchingKey key: String) throws -> [Order] { Order.asKnown(try base.orders(matchingKey: key), at: date) }
    public func orders(trackingKey key: String) throws -> [Order] {
        // A tracking number is known only once the order was dispatched.
        Order.asKnown(try base.orders(trackingKey: key), at: date).filter { $0.trackingNumber != nil }
    }
    public func orders(forEmail email: String) throws -> [Order] { Order.asKnown(try base.orders(forEmail: email), at: date) }
    public func channelState(_ channel: Channel) throws -> ChannelState? { try base.channelState(channel)?.asKnown(at: date) }
    public func channelStates() throws -> [ChannelState] { ChannelState.asKnown(try base.channelStates(), at: date) }
    public func onlyConnectedChannel() throws -> Channel? { ChannelState.onlyConnected(try base.channelStates(), at: date) }
    public func serviceStatus() throws -> ServiceStatus { try base.serviceStatus() }
}

// The helpers below are of concrete types, outside the generic `FactsAsOf`, so that taking facts
// as of a date does not make every answer look up type metadata.

extension Order {
    /// The orders as they stood at `date`, leaving out those not imported yet.
    static func asKnown(_ orders: [Order], at date: Date) -> [Order] {
        var known: [Order] = []
        known.reserveCapacity(orders.count)
        for order in orders {
            if let then = order.asKnown(at: date) { known.append(then) }
        }
        return known
    }

    /// The order as it stood at `date`, or `nil` when it had not been imported yet (see ``FactsAsOf``).
    func asKnown(at date: Date) -> Order? {
        if let importedAt, importedAt > date { return nil }
        var then = self
        if let dispatchedAt, dispatchedAt > date {
            then.dispatchedAt = nil
            then.carrier = nil
            then.trackingNumber = nil
            if then.state == .dispatched { then.state = .awaitingDispatch }
        }
        if let exportedAt, exportedAt > date { then.exportedAt = nil }
        if let addressChangedAt, addressChangedAt > date { then.addressChangedAt = nil }
        return then
    }
}

extension ChannelState {
    /// The channels as they stood at `date`, leaving out those not connected yet.
    static func asKnown(_ states: [ChannelState], at date: Date) -> [ChannelState] {
        // Usually every channel's times are before the message: nothing to take away.
        var changes = false
        for state in states where state.changes(at: date) {
            changes = true
            break
        }
        guard changes else { return states }
        var known: [ChannelState] = []
        known.reserveCapacity(states.count)
        for state in states {
            if let then = state.asKnown(at: date) { known.append(then) }
        }
        return known
    }

    /// The channel of `asKnown(states, at: date)` when it holds exactly one, without building it.
    static func onlyConnected(_ states: [ChannelState], at date: Date) -> Channel? {
        var only: Channel?
        for state in states where !state.isConnected(after: date) {
            guard only == nil else { return nil }
            only = state.channel
        }
        return only
    }

    /// The channel as it stood at `date`, or `nil` when it was not connected yet (see ``FactsAsOf``).
    func asKnown(at date: Date) -> ChannelState? {
        if isConnected(after: date) { return nil }
        var then = self
        if let lastImportAt, lastImportAt > date { then.lastImportAt = nil }
        if let lastExportAt, lastExportAt > date { then.lastExportAt = nil }
        return then
    }

    /// Whether the channel was connected only after `date`.
    func isConnected(after date: Date) -> Bool {
        if let connectedAt, connectedAt > date { return true }
        return false
    }

    /// Whether `asKnown(at:)` takes something away: a time of the channel is after `date`.
    func changes(at date: Date) -> Bool {
        func isLater(_ time: Date?) -> Bool { time.map { $0 > date } ?? false }
        return isLater(connectedAt) || isLater(lastImportAt) || isLater(lastExportAt)
    }
}
