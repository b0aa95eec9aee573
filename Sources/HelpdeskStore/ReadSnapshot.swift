import GRDB
import HelpdeskCore

/// One read transaction of a long run that answers many messages: orders are looked up through
/// its connection, all from the same snapshot of the store, while writers go on. Valid only
/// inside ``AppDatabase/inReadSnapshot(_:)``.
public struct ReadSnapshot {
    let db: Database

    /// Facts for answering from this snapshot: orders through its connection, channels and
    /// status as given.
    public func facts(channels: [ChannelState], status: ServiceStatus) -> ConnectionFacts {
        ConnectionFacts(db, channels: channels, status: status)
    }
}

extension AppDatabase {
    /// Runs `body` in one read transaction with a ``ReadSnapshot``: a run answers a chunk of
    /// messages this way, then logs them in a short write transaction, so that other processes
    /// wait for the write lock only while rows are being written.
    public func inReadSnapshot<T>(_ body: (ReadSnapshot) throws -> T) throws -> T {
        try read("readSnapshot") { db in try body(ReadSnapshot(db: db)) }
    }
}
