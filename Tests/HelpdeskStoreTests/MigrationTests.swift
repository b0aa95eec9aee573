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

final class SourceKeyMigrationTests: XCTestCase {
    func testSourcesLoggedWithConversationOrderedKeysAreListedByMigrationV7() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("helpdesk.sqlite")
        let queue = try DatabaseQueue(path: path)
        try AppDatabase.migrator.migrate(queue, upTo: "v6-no-intent-index")
        try queue.write { db in
            let rows: [(key: String?, conversation: String?)] = [
                ("/data/a#b.jsonl#chat-1@1#0", "chat-1"),  // a '#' in the path, and in no way a problem
                ("/data/a#b.jsonl#chat-1@1#2", "chat-1"),
                ("/data/x.jsonl#id@with@signs@12#3", "id@with@signs"),
                ("bench#17", nil),  // not a transcript key: no conversation
                ("other#chat-9@1#0", "chat-2"),  // the conversation in the key is not the row's
                ("/data/y.jsonl#c@1#x", "c"),  // no index
                (nil, "c"),
            ]
            for row in rows {
                try db.execute(
                    sql: """
                        INSERT INTO exchanges (at, via, conversation_id, source_key, message, language, intent, confidence,
                            entities_json, rule, guides_json, incidents_json, answer, handoff)
                        VALUES ('2025-03-04 10:00:00.000', 'batch', ?, ?, 'm', 'en', 'i', 1, '{}', 'r', '[]', '[]', 'a', 0)
                        """, arguments: [row.conversation, row.key])
            }
            try db.execute(
                sql: """
                    INSERT INTO transcript_lines (source_key, conversation_id, at, role, text)
                    VALUES ('/data/z.jsonl#c-7@4#1', 'c-7', '2025-03-04 10:00:00.000', 'agent', 'hello')
                    """)
        }
        try queue.close()

        let database = try AppDatabase(path: path)
        let listed = try database.pool.read { db in
            try String.fetchAll(db, sql: "SELECT source FROM conversation_keyed_sources ORDER BY source")
        }
        XCTAssertEqual(listed, ["/data/a#b.jsonl", "/data/x.jsonl", "/data/z.jsonl"])
        XCTAssertEqual(try database.sourceKeyStyle(for: "/data/a#b.jsonl"), .conversationOrdered)
        XCTAssertEqual(try database.sourceKeyStyle(for: "/data/new.jsonl"), .lineOrdered)
    }

    func testKeysSortInTheOrderAFileIsRead() {
        let keys = [1, 2, 9, 10, 99, 100, 123_456].map {
            TranscriptSourceKey.make(.lineOrdered, source: "/t.jsonl", line: $0, conversationID: "z-\($0 % 3)", firstLine: 1, index: 0)
        }
        XCTAssertEqual(keys, keys.sorted())
        XCTAssertEqual(keys[3], "/t.jsonl#0000000010:z-1#0")
        XCTAssertEqual(
            TranscriptSourceKey.make(.conversationOrdered, source: "/t.jsonl", line: 10, conversationID: "z", firstLine: 4, index: 2),
            "/t.jsonl#z@4#2")
    }
}
