import Foundation

/// The sync state of one connected channel.
public struct ChannelState: Codable, Sendable, Equatable {
    public var channel: Channel
    public var storeName: String?
    public var connectedAt: Date?
    public var lastImportAt: Date?
    public var lastExportAt: Date?
    /// The last connection or sync error the channel reported, if any.
    public var lastError: String?

    public init(
        channel: Channel, storeName: String? = nil, connectedAt: Date? = nil, lastImportAt: Date? = nil,
        lastExportAt: Date? = nil, lastError: String? = nil
    ) {
        self.channel = channel
        self.storeName = storeName
        self.connectedAt = connectedAt
        self.lastImportAt = lastImportAt
        self.lastExportAt = lastExportAt
        self.lastError = lastError
    }
}
