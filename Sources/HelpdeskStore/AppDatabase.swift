import Foundation
import GRDB

/// Helpdesk's database: one SQLite file shared by every helpdesk process on the machine.
///
/// `AppDatabase` owns the connection pool and the migrator, and offers intent-named methods
/// (``saveOrders(_:at:)``, ``recordExchange(_:)``…); no other code writes SQL. The file is opened
/// in WAL mode so that readers never wait for writers, and every connection waits up to
/// ``busyTimeout`` for another process's write to finish instead of failing with
/// "database is locked". Each write method runs in one transaction.
///
/// Times are stored as GRDB's default date text, `yyyy-MM-dd HH:mm:ss.SSS` in UTC, so they sort
/// as text and keep millisecond precision.
public struct AppDatabase: Sendable {
    /// How long a connection waits for a lock held by another connection or process.
    public static let busyTimeout: TimeInterval = 10

    /// The page size of new database files (SQLite's default is 4 KiB).
    static let pageSize = 16 * 1024
    /// The page cache of the writing connection, in KiB (SQLite's default is 2 MiB). Order
    /// imports raise it for themselves (``importCacheKiB``); the log's writes append at the end
    /// of its trees, where a few pages are enough: a batch of a million messages ran as fast with
    /// 8 MiB as with 32 MiB, and peaked at 68 MB of memory rather than 94 MB.
    static let writerCacheKiB = 8 * 1024
    /// WAL size after which the writer checkpoints (SQLite's default is 1,000 pages).
    static let walCheckpointBytes = 32 * 1024 * 1024

    /// The path of the database file.
    public let path: String

    /// The connection pool (internal: tests inspect it; the rest of the app goes through methods).
    let pool: DatabasePool

    /// Opens the database file at `path`, creating it (and its folder) and migrating it to the
    /// current schema when needed.
    ///
    /// - Throws: ``StoreError/cannotOpen(path:reason:)``.
    public init(path: String) throws {
        self.path = path
        do {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let deadline = Date().addingTimeInterval(Self.busyTimeout)
            pool = try Self.openPool(path: path, until: deadline)
            try Self.migrate(pool, until: deadline)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: Self.message(error))
        } catch {
            throw StoreError.cannotOpen(path: path, reason: error.localizedDescription)
        }
    }

    /// The connection settings: WAL (set up by the pool), foreign keys, a busy timeout for the
    /// writer (the pool gives its readers a 10 s one of its own), and `synchronous = NORMAL`,
    /// which is durable enough with WAL.
    static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(busyTimeout)
        configuration.journalMode = .wal
        configuration.label = "Helpdesk"
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            if !db.configuration.readonly {
                // Bulk imports touch pages of `orders` and its indexes all over (e-mail addresses
                // and order numbers arrive in no order). Larger pages make the trees shallower and
                // leave fewer pages to rewrite per batch; checkpointing every 32 MiB of WAL rather than 4 MiB
                // copies a page back to the file once per several batches. The WAL is cut back to
                // 64 MiB after a checkpoint if a long reader made it grow past that. `page_size`
                // only takes effect when the file is created (before the pool switches it to WAL).
                // Measured: 200,000 inserts went from ~165,000/s to ~240,000/s.
                try db.execute(sql: "PRAGMA page_size = \(pageSize)")
                try db.execute(sql: "PRAGMA cache_size = -\(writerCacheKiB)")
                try db.execute(sql: "PRAGMA wal_autocheckpoint = \(walCheckpointBytes / pageSize)")
                try db.execute(sql: "PRAGMA journal_size_limit = \(2 * walCheckpointBytes)")
            }
        }
        return configuration
    }

    /// Opens the pool. When several processes create the same new file at once, switching it to
    /// WAL can fail with SQLITE_BUSY without waiting (SQLite does not call the busy handler
    /// there); it is retried until `deadline`. An existing WAL file never takes this path.
    private static func openPool(path: String, until deadline: Date) throws -> DatabasePool {
        while true {
            do {
                return try DatabasePool(path: path, configuration: configuration())
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && Date() < deadline {
                Thread.sleep(forTimeInterval: Double.random(in: 0.005...0.05))
            }
        }
    }

    /// Runs the migrations. Processes opening a new file at once may both try to apply the same
    /// migration; the loser's transaction rolls back, and it checks again and moves on.
    private static func migrate(_ pool: DatabasePool, until deadline: Date) throws {
        let migrator = Self.migrator
        while true {
            do {
                try migrator.migrate(pool)
                return
            } catch {
                let completed = (try? pool.read { db in try migrator.hasCompletedMigrations(db) }) ?? false
                if completed { return }
                if Date() >= deadline { throw error }
                Thread.sleep(forTimeInterval: Double.random(in: 0.005...0.05))
            }
        }
    }

    // MARK: - Running operations

    /// Runs `updates` in one write transaction, turning SQLite errors into ``StoreError``.
    func write<T>(_ operation: String, _ updates: (Database) throws -> T) throws -> T {
        do {
            return try pool.write(updates)
        } catch let error as DatabaseError {
            throw StoreError.database(operation: operation, message: Self.message(error))
        }
    }

    /// Runs `value` in a read transaction, turning SQLite errors into ``StoreError``.
    func read<T>(_ operation: String, _ value: (Database) throws -> T) throws -> T {
        do {
            return try pool.read(value)
        } catch let error as DatabaseError {
            throw StoreError.database(operation: operation, message: Self.message(error))
        }
    }

    private static func message(_ error: DatabaseError) -> String {
        error.message ?? "\(error.resultCode)"
    }
}
