import HelpdeskCore

/// The database is where the assistant looks facts up.
extension AppDatabase: FactSource {
    public func channelState(_ channel: Channel) throws -> ChannelState? { try self.channel(channel) }
    public func channelStates() throws -> [ChannelState] { try channels() }
}
