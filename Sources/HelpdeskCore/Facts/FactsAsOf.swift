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

    public func orders(matchingKey key: String) throws -> [Order] { try base.orders(matchingKey: key).compactMap(asOfDate) }
    public func orders(trackingKey key: String) throws -> [Order] {
        // A tracking number is known only once the order was dispatched.
        try base.orders(trackingKey: key).compactMap(asOfDate).filter { $0.trackingNumber != nil }
    }
    public func orders(forEmail email: String) throws -> [Order] { try base.orders(forEmail: email).compactMap(asOfDate) }
    public func channelState(_ channel: Channel) throws -> ChannelState? { try base.channelState(channel).flatMap(asOfDate) }
    public func channelStates() throws -> [ChannelState] {
        let states = try base.channelStates()
        // Usually every channel's times are before the message: nothing to take away.
        if states.allSatisfy({ asOfDate($0) == $0 }) { return states }
        return states.compactMap(asOfDate)
    }
    public func serviceStatus() throws -> ServiceStatus { try base.serviceStatus() }

    /// The order as it stood at `date`, or `nil` when it had not been imported yet.
    func asOfDate(_ order: Order) -> Order? {
        if let importedAt = order.importedAt, importedAt > date { return nil }
        var then = order
        if let dispatchedAt = order.dispatchedAt, dispatchedAt > date {
            then.dispatchedAt = nil
            then.carrier = nil
            then.trackingNumber = nil
            if then.state == .dispatched { then.state = .awaitingDispatch }
        }
        if let exportedAt = order.exportedAt, exportedAt > date { then.exportedAt = nil }
        if let addressChangedAt = order.addressChangedAt, addressChangedAt > date { then.addressChangedAt = nil }
        return then
    }

    /// The channel as it stood at `date`, or `nil` when it was not connected yet.
    func asOfDate(_ state: ChannelState) -> ChannelState? {
        if let connectedAt = state.connectedAt, connectedAt > date { return nil }
        var then = state
        if let lastImportAt = state.lastImportAt, lastImportAt > date { then.lastImportAt = nil }
        if let lastExportAt = state.lastExportAt, lastExportAt > date { then.lastExportAt = nil }
        return then
    }
}
