import GRDB

extension AppDatabase {
    /// The schema's history. Migrations are written against SQL, not app types, and a migration
    /// that has shipped is never edited: changes go in a new, later one.
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-core") { db in
            try db.execute(sql: Schema.v1Core)
        }
        migrator.registerMigration("v2-status-history") { db in
            try db.execute(sql: Schema.v2StatusHistory)
        }
        migrator.registerMigration("v3-conversations") { db in
            try db.execute(sql: Schema.v3Conversations)
        }
        migrator.registerMigration("v4-order-imports") { db in
            try db.execute(sql: Schema.v4OrderImports)
        }
        migrator.registerMigration("v5-transcripts") { db in
            try db.execute(sql: Schema.v5Transcripts)
        }
        migrator.registerMigration("v6-no-intent-index") { db in
            try db.execute(sql: Schema.v6NoIntentIndex)
        }
        migrator.registerMigration("v7-line-ordered-source-keys") { db in
            try Schema.v7LineOrderedSourceKeys(db)
        }
        return migrator
    }()
}

/// The schema as SQL, one constant per migration.
enum Schema {
    static let v1Core = """
        CREATE TABLE channels (
            channel TEXT NOT NULL PRIMARY KEY,
            store_name TEXT,
            connected_at TEXT,
            last_import_at TEXT,
            last_export_at TEXT,
            last_error TEXT,
            updated_at TEXT NOT NULL
        );

        CREATE TABLE orders (
            id INTEGER PRIMARY KEY,
            channel TEXT NOT NULL,
            order_number TEXT NOT NULL,
            order_key TEXT NOT NULL,
            customer_name TEXT,
            customer_email TEXT,
            placed_at TEXT,
            imported_at TEXT,
            dispatched_at TEXT,
            exported_at TEXT,
            carrier TEXT,
            tracking_number TEXT,
            tracking_key TEXT,
            -- Written with OR rather than IN (...): SQLite builds a temporary table for an IN
            -- list in a CHECK on every insert, which halves bulk-import speed.
            state TEXT NOT NULL CHECK (
                state = 'awaiting_dispatch' OR state = 'dispatched' OR state = 'cancelled' OR state = 'refunded'),
            address_changed_at TEXT
        );
        -- One order per (channel, order_key). With order_key first, this index also serves
        -- look-ups by order_key alone, so the key needs no index of its own.
        CREATE UNIQUE INDEX orders_on_order_key ON orders (order_key, channel);
        -- Partial: orders without an e-mail or a tracking number cost nothing here, and
        -- `column = ?` implies `column IS NOT NULL`, so look-ups use them.
        CREATE INDEX orders_on_customer_email ON orders (customer_email) WHERE customer_email IS NOT NULL;
        CREATE INDEX orders_on_tracking_key ON orders (tracking_key) WHERE tracking_key IS NOT NULL;

        CREATE TABLE order_changes (
            id INTEGER PRIMARY KEY,
            order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
            changed_at TEXT NOT NULL,
            field TEXT NOT NULL,
            old_value TEXT,
            new_value TEXT
        );
        CREATE INDEX order_changes_on_order_id ON order_changes (order_id);

        CREATE TABLE status_components (
            id TEXT NOT NULL PRIMARY KEY,
            name TEXT NOT NULL,
            status TEXT NOT NULL,
            description TEXT,
            group_name TEXT,
            position INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT
        );

        CREATE TABLE status_incidents (
            id TEXT NOT NULL PRIMARY KEY,
            name TEXT NOT NULL,
            status TEXT NOT NULL,
            impact TEXT NOT NULL,
            started_at TEXT NOT NULL,
            resolved_at TEXT,
            is_maintenance BOOLEAN NOT NULL DEFAULT 0,
            scheduled_for TEXT,
            scheduled_until TEXT,
            shortlink TEXT
        );

        CREATE TABLE status_incident_components (
            incident_id TEXT NOT NULL REFERENCES status_incidents (id) ON DELETE CASCADE,
            component_id TEXT NOT NULL,
            PRIMARY KEY (incident_id, component_id)
        );
        CREATE INDEX status_incident_components_on_component_id ON status_incident_components (component_id);

        CREATE TABLE status_incident_updates (
            id TEXT NOT NULL PRIMARY KEY,
            incident_id TEXT NOT NULL REFERENCES status_incidents (id) ON DELETE CASCADE,
            status TEXT NOT NULL,
            body TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX status_incident_updates_on_incident_id ON status_incident_updates (incident_id);

        CREATE TABLE status_fetches (
            id INTEGER PRIMARY KEY,
            fetched_at TEXT NOT NULL,
            source TEXT NOT NULL,
            ok BOOLEAN NOT NULL,
            error TEXT
        );
        CREATE INDEX status_fetches_on_fetched_at ON status_fetches (fetched_at);

        CREATE TABLE exchanges (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            via TEXT NOT NULL,
            conversation_id TEXT,
            agent TEXT,
            source_key TEXT UNIQUE,
            message TEXT NOT NULL,
            language TEXT NOT NULL,
            intent TEXT NOT NULL,
            confidence REAL NOT NULL,
            entities_json TEXT NOT NULL,
            rule TEXT NOT NULL,
            guides_json TEXT NOT NULL,
            order_id INTEGER,
            incidents_json TEXT NOT NULL,
            answer TEXT NOT NULL,
            handoff BOOLEAN NOT NULL,
            handoff_summary TEXT
        );
        CREATE INDEX exchanges_on_at ON exchanges (at);
        CREATE INDEX exchanges_on_intent ON exchanges (intent);
        """

    /// Marketplace imports: line items, the item count, and a fingerprint of the shipping address
    /// (a re-import with another one means the address was changed on the channel). Customer
    /// names get no index: it would cost every import a quarter of its speed, and a search by name
    /// is rare enough to scan.
    static let v4OrderImports = """
        ALTER TABLE orders ADD COLUMN item_count INTEGER;
        ALTER TABLE orders ADD COLUMN address_hash INTEGER;

        -- Keyed by (order_id, position) without a rowid: an order's items sit together, and
        -- items of orders imported in sequence are appended at the end of the tree.
        CREATE TABLE order_items (
            order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            sku TEXT,
            name TEXT,
            quantity INTEGER NOT NULL,
            price TEXT,
            PRIMARY KEY (order_id, position)
        ) WITHOUT ROWID;
        """
}
