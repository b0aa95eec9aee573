import Foundation
import GRDB

extension AppDatabase {
    /// Copies what the write-ahead log holds into the database file without waiting for other
    /// connections (a passive checkpoint), and returns how many log frames it copied.
    ///
    /// For moments when nobody waits on this process, such as the console waiting for the agent
    /// to type. SQLite otherwise checkpoints on its own once the log reaches 32 MiB, inside the
    /// commit of whichever write crosses that line, and the console would make an agent wait for
    /// it (20–40 ms on a busy machine, mostly syncing the file) between Enter and the answer.
    @discardableResult
    public func checkpointWhileIdle() throws -> Int {
        do {
            return try pool.writeWithoutTransaction { db in try db.checkpoint(.passive).checkpointedFrameCount }
        } catch let error as DatabaseError {
            throw StoreError.database(operation: "checkpointWhileIdle", message: error.message ?? "\(error.resultCode)")
        }
    }
}
