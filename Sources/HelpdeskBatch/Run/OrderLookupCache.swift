import Foundation
import HelpdeskCore

/// Orders a batch run has already looked up, by key, so that a conversation's follow-ups (which
/// look up the order the conversation is about again, message after message) and orders asked
/// about in many conversations cost one database read. Bounded: emptied when full. A batch does
/// not change orders, so an entry stays true for the run.
final class OrderLookupCache {
    /// Entries kept before the cache is emptied.
    static let capacity = 8192

    private var byNumber: [String: [Order]] = [:]
    private var byTracking: [String: [Order]] = [:]
    private var byEmail: [String: [Order]] = [:]

    func orders(matchingKey key: String, _ load: () throws -> [Order]) rethrows -> [Order] {
        try cached(&byNumber, key, load)
    }

    func orders(trackingKey key: String, _ load: () throws -> [Order]) rethrows -> [Order] {
        try cached(&byTracking, key, load)
    }

    func orders(forEmail email: String, _ load: () throws -> [Order]) rethrows -> [Order] {
        try cached(&byEmail, email, load)
    }

    private func cached(_ store: inout [String: [Order]], _ key: String, _ load: () throws -> [Order]) rethrows
        -> [Order]
    {
        if let found = store[key] { return found }
        let loaded = try load()
        if store.count >= Self.capacity { store.removeAll(keepingCapacity: true) }
        store[key] = loaded
        return loaded
    }
}

/// A fact source whose order look-ups go through an ``OrderLookupCache``.
struct CachedOrderFacts<Base: FactSource>: FactSource {
    let base: Base
    let cache: OrderLookupCache

    func orders(matchingKey key: String) throws -> [Order] { try cache.orders(matchingKey: key) { try base.orders(matchingKey: key) } }
    func orders(trackingKey key: String) throws -> [Order] { try cache.orders(trackingKey: key) { try base.orders(trackingKey: key) } }
    func orders(forEmail email: String) throws -> [Order] { try cache.orders(forEmail: email) { try base.orders(forEmail: email) } }
    func channelState(_ channel: Channel) throws -> ChannelState? { try base.channelState(channel) }
    func channelStates() throws -> [ChannelState] { try base.channelStates() }
    func serviceStatus() throws -> ServiceStatus { try base.serviceStatus() }
}
