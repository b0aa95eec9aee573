import Foundation
import GRDB
import HelpdeskCore

/// A row of `channels`: one connected sales channel and its sync state.
struct ChannelRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "channels"

    var channel: Channel
    var storeName: String?
    var connectedAt: Date?
    var lastImportAt: Date?
    var lastExportAt: Date?
    var lastError: String?
    var updatedAt: Date

    enum CodingKeys: String, CodingKey {
        case channel
        case storeName = "store_name"
        case connectedAt = "connected_at"
        case lastImportAt = "last_import_at"
        case lastExportAt = "last_export_at"
        case lastError = "last_error"
        case updatedAt = "updated_at"
    }

    enum Columns {
        static let channel = Column(CodingKeys.channel)
        static let updatedAt = Column(CodingKeys.updatedAt)
    }

    init(_ state: ChannelState, updatedAt: Date) {
        channel = state.channel
        storeName = state.storeName
        connectedAt = state.connectedAt
        lastImportAt = state.lastImportAt
        lastExportAt = state.lastExportAt
        lastError = state.lastError
        self.updatedAt = updatedAt
    }

    var state: ChannelState {
        ChannelState(
            channel: channel, storeName: storeName, connectedAt: connectedAt, lastImportAt: lastImportAt,
            lastExportAt: lastExportAt, lastError: lastError)
    }
}
