import GRDB
import HelpdeskCore
import XCTest

@testable import HelpdeskStore

final class MigrationTests: StoreTestCase {
    func testMigratingAnEmptyFileCreatesTheSchema() throws {
        let tables = try database.pool.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        }
        for table in [
            "channels", "exchanges", "order_changes", "orders", "status_components", "status_fetches",
            "status_incident_components", "status_incident_updates", "status_incidents", "status_history",
            "status_incident_archive",
        ] {
            XCTAssertTrue(tables.contains(table), "missing table \(table)")
        }
        let migrations = try database.pool.read { db in try AppDatabase.migrator.appliedIdentifiers(db) }
        XCTAssertEqual(migrations, Set(AppDatabase.migrator.migrations), "every registered migration is applied")
        XCTAssertTrue(migrations.isSuperset(of: ["v1-core", "v2-status-history"]))
    }

    func testConnectionSettings() throws {
        try database.pool.write { db in
            XCTAssertEqual(try String.fetchOne(db, sql: "PRAGMA journal_mode"), "wal")
            XCTAssertEqual(try Int.fetchOne(db, sql: "PRAGMA foreign_keys"), 1)
            XCTAssertEqual(try Int.fetchOne(db, sql: "PRAGMA synchronous"), 1, "NORMAL")
            XCTAssertEqual(try Int.fetchOne(db, sql: "PRAGMA busy_timeout"), 10_000)
            XCTAssertEqual(try Int.fetchOne(db, sql: "PRAGMA page_size"), 16_384)
            XCTAssertEqual(try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint"), 2_048)
        }
        try database.pool.read { db in
            XCTAssertEqual(try Int.fetchOne(db, sql: "PRAGMA foreign_keys"), 1)
            XCTAssertGreaterThan(try Int.fetchOne(db, sql: "PRAGMA busy_timeout") ?? 0, 0)
        }
    }

    func testIndexesServeTheLookups() throws {
        let plans = try database.pool.read { db in
            try [
                "SELECT * FROM orders WHERE order_key = '1001'",
                "SELECT * FROM orders WHERE customer_email = 'a@b.c'",
                "SELECT * FROM orders WHERE tracking_key = 'JD1'",
                "SELECT * FROM exchanges WHERE source_key = 'chats.jsonl#c@1#0'",
                "SELECT * FROM exchanges WHERE conversation_id = 'C-0001'",
                "SELECT * FROM exchanges ORDER BY at DESC LIMIT 5",
            ].map { sql in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String? ?? "" }.joined(
                    separator: "; ")
            }
        }
        for plan in plans {
            XCTAssertTrue(plan.contains("INDEX"), "no index used: \(plan)")
        }
    }

    func testReopeningAnExistingFileKeepsItsData() throws {
        try database.setChannel(ChannelStateFixtures.amazon)
        let path = database.path
        database = nil
        let reopened = try AppDatabase(path: path)
        XCTAssertEqual(try reopened.channels(), [ChannelStateFixtures.amazon])
    }

    func testOpeningCreatesMissingFolders() throws {
        let path = folder.path("nested/deeper/helpdesk.sqlite")
        let nested = try AppDatabase(path: path)
        XCTAssertEqual(try nested.orderCount(), 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: path))
    }

    func testAnUnopenablePathIsAReadableError() throws {
        let blocker = try folder.write("not-a-folder", [0x41])
        XCTAssertThrowsError(try AppDatabase(path: blocker + "/helpdesk.sqlite")) { error in
            guard case StoreError.cannotOpen(let path, _) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(path.hasSuffix("not-a-folder/helpdesk.sqlite"))
            XCTAssertTrue("\(error)".contains("cannot open the database"))
        }
    }
}

enum ChannelStateFixtures {
    static let amazon = ChannelState(
        channel: .amazon, storeName: "Acme UK", connectedAt: time("2024-11-02T08:00:00Z"),
        lastImportAt: time("2025-03-04T09:40:00Z"), lastExportAt: time("2025-03-04T09:45:00Z"), lastError: nil)
}
