import Foundation
import GRDB
import HelpdeskCore

extension AppDatabase {
    /// Stores the sync state of `state.channel`, replacing what was known about it.
    ///
    /// - Parameter now: When this was learnt (kept in `updated_at`).
    public func setChannel(_ state: ChannelState, at now: Date = Date()) throws {
        try write("setChannel") { db in
            try ChannelRecord(state, updatedAt: now).upsert(db)
        }
    }

    /// The stored sync state of `channel`, or `nil` when it was never set.
    public func channel(_ channel: Channel) throws -> ChannelState? {
        try read("channel") { db in
            try ChannelRecord.fetchOne(db, key: channel.rawValue)?.state
        }
    }

    /// The sync state of every stored channel, by channel name.
    public func channels() throws -> [ChannelState] {
        try read("channels") { db in
            try ChannelRecord.order(ChannelRecord.Columns.channel).fetchAll(db).map(\.state)
        }
    }
}
