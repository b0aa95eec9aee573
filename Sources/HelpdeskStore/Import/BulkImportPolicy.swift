/// When an import into an empty or small store switches to bulk saving.
///
/// A transaction that began on a store of fewer than ``threshold`` orders drops the store's
/// secondary indexes (see ``OrderSecondaryIndexes``) before the batch with which it reaches
/// ``threshold`` orders, goes on for up to ``transactionSize`` orders, and builds them again
/// before it commits: a file far larger than the store is saved at the speed of a table without
/// those indexes. A small file never reaches the threshold, and a large store never qualifies,
/// since building its indexes again would cost more than the import saves.
///
/// It does so only when saving is the slower of an import's two stages (see
/// ``OrderImportSaver``): when reading is (a wide file such as Shopify's export, with line items),
/// the saving thread has time to spare to keep the indexes current while it waits for the next
/// batch, and building them at the end would only add to the time the import takes. Measured,
/// 1,000,000 orders: Helpdesk's CSV 214,000 orders/s keeping the indexes, 252,000–269,000 in
/// bulk; Shopify's export 145,000–154,000 keeping them, 119,000–130,000 in bulk.
struct BulkImportPolicy: Sendable {
    /// Orders a transaction must reach to drop the indexes, and the most the store may hold when
    /// it begins. Three of an import's usual batches: which stage is the slower is then told from
    /// two hand-overs (the first saving of a run is slower than the others).
    var threshold = 150_000
    /// Orders a bulk transaction saves at most: a million take about four seconds here, for which
    /// other writers wait (they give up after ``AppDatabase/busyTimeout``).
    var transactionSize = 1_000_000
    /// Whether to go bulk only when saving is the slower stage (tests turn this off to go bulk
    /// whatever the timing).
    var onlyWhenSavingIsSlower = true
}
