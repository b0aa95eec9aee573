import Foundation
import GRDB

extension AppDatabase {
    /// Saves the batches of one import (packed for `fields`), taken from `next` until it returns
    /// `nil`, through one writer connection: whole batches go into transactions of at least
    /// `transactionSize` orders or to the end (see ``OrderWriter`` for what saving an order does).
    /// A transaction that qualifies under `bulk` saves without the secondary indexes and builds
    /// them before it commits (see ``BulkImportPolicy``); `savingIsSlower` tells whether saving is
    /// the slower stage of the import (the one that reads `next` is the other).
    ///
    /// The write lock is held for one transaction at a time, so other writers wait at most that
    /// long. When an error is thrown (by saving, or by `next`), the transaction in progress is
    /// rolled back; those committed before it stay.
    ///
    /// Foreign keys are not checked meanwhile (checking costs a look-up of the order for each line
    /// item): every row an import writes refers to an order it has just inserted or read, in the
    /// same transaction. Errors name `operation`.
    func saveImport(
        _ operation: String = "saveImport", fields: OrderFieldSet, at now: Date, transactionSize: Int,
        bulk: BulkImportPolicy, savingIsSlower: () -> Bool = { true }, next: () throws -> PackedOrderBatch?
    ) throws -> OrderSaveSummary {
        do {
            return try pool.writeWithoutTransaction { db in
                try Self.prepareForImport(db)
                try db.execute(sql: "PRAGMA foreign_keys = OFF")
                let saved = Result {
                    try Self.saveTransactions(
                        db, fields: fields, now: now, transactionSize: transactionSize, bulk: bulk,
                        savingIsSlower: savingIsSlower, next: next)
                }
                try db.execute(sql: "PRAGMA foreign_keys = ON")
                return try saved.get()
            }
        } catch let error as DatabaseError {
            throw StoreError.database(operation: operation, message: error.message ?? "\(error.resultCode)")
        }
    }

    private static func saveTransactions(
        _ db: Database, fields: OrderFieldSet, now: Date, transactionSize: Int, bulk: BulkImportPolicy,
        savingIsSlower: () -> Bool, next: () throws -> PackedOrderBatch?
    ) throws -> OrderSaveSummary {
        let writer = try OrderWriter(db, now: now)
        var summary = OrderSaveSummary()
        var pending = try next()
        while var batch = pending {
            // Not kept while the transaction goes on: each batch is freed once saved.
            pending = nil
            var ended = false
            try db.inTransaction(.immediate) {
                let insertedBefore = summary.inserted
                var decided = false
                var dropped: OrderSecondaryIndexes?
                var limit = transactionSize
                var saved = 0
                while true {
                    if !decided && saved + batch.count >= bulk.threshold {
                        // Once per transaction, and only in one that grows large (a small save
                        // does not count the store): did it begin on a small store?
                        decided = true
                        let insertedHere = summary.inserted - insertedBefore
                        if try storeHolds(fewerThan: bulk.threshold + insertedHere, db)
                            && (!bulk.onlyWhenSavingIsSlower || savingIsSlower())
                        {
                            dropped = try OrderSecondaryIndexes.drop(in: db)
                            limit = max(limit, bulk.transactionSize)
                        }
                    }
                    try writer.save(batch, fields: fields, into: &summary)
                    saved += batch.count
                    if saved >= limit { break }
                    guard let following = try next() else {
                        ended = true
                        break
                    }
                    batch = following
                }
                try dropped?.rebuild(in: db)
                return .commit
            }
            pending = ended ? nil : try next()
        }
        return summary
    }

    /// Whether `orders` has fewer than `count` rows (reads at most `count` of them).
    private static func storeHolds(fewerThan count: Int, _ db: Database) throws -> Bool {
        let held = try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT 1 FROM orders LIMIT ?)", arguments: [count])
        return (held ?? 0) < count
    }
}
