import GRDB
import HelpdeskCore

/// Facts for a long run (a batch): orders are read through a connection the caller holds open
/// (inside its transaction, with cached statements), while the channels and the service status
/// are given, loaded once for the run rather than once per message.
public struct ConnectionFacts: FactSource {
    let db: Database
    /// Every connected channel's sync state.
    public var channels: [ChannelState]
    /// The service status to answer with.
    public var status: ServiceStatus

    /// Facts through `db`, valid only while the caller's access to `db` lasts.
    public init(_ db: Database, channels: [ChannelState], status: ServiceStatus) {
        self.db = db
        self.channels = channels
        self.status = status
    }

    public func orders(matchingKey key: String) throws -> [Order] { try AppDatabase.orders(matchingKey: key, db) }
    public func orders(trackingKey key: String) throws -> [Order] { try AppDatabase.orders(trackingKey: key, db) }
    public func orders(forEmail email: String) throws -> [Order] { try AppDatabase.orders(forEmail: email, db) }
    public func channelState(_ channel: Channel) -> ChannelState? { channels.first { $0.channel == channel } }
    public func channelStates() -> [ChannelState] { channels }
    public func serviceStatus() -> ServiceStatus { status }
}
