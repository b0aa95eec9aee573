import GRDB

/// The indexes of `orders` that enforce nothing (today: e-mail and tracking key), dropped at the
/// start of a bulk import and built again at its end, in the same transaction.
///
/// Keeping such an index current inserts each new key at its place in the tree, and keys that
/// arrive in no particular order (e-mail addresses) touch pages all over it; building the index
/// afterwards reads the table once and sorts the keys. Because both happen in one transaction, no
/// other connection ever sees the table without its indexes, and a failure rolls the drop back.
/// The definitions are read from the schema, so an index a later migration adds is handled too;
/// the unique index on the order key stays, since every insert relies on it.
struct OrderSecondaryIndexes {
    /// The `CREATE INDEX` statements of the dropped indexes.
    let definitions: [String]

    /// Drops the non-unique indexes of `orders` and returns their definitions.
    static func drop(in db: Database) throws -> OrderSecondaryIndexes {
        let indexes = try Row.fetchAll(
            db,
            sql: """
                SELECT list.name, master.sql
                FROM pragma_index_list('orders') AS list
                JOIN sqlite_master AS master ON master.type = 'index' AND master.name = list.name
                WHERE list."unique" = 0 AND master.sql IS NOT NULL
                ORDER BY list.name
                """)
        var definitions: [String] = []
        for index in indexes {
            let name: String = index[0]
            let definition: String = index[1]
            try db.execute(sql: "DROP INDEX \(name.quotedDatabaseIdentifier)")
            definitions.append(definition)
        }
        return OrderSecondaryIndexes(definitions: definitions)
    }

    /// Builds the dropped indexes again.
    func rebuild(in db: Database) throws {
        for definition in definitions {
            try db.execute(sql: definition)
        }
    }
}
