import Foundation

/// Saves the batches of one import on a thread of its own while the caller reads and parses the
/// next ones: a two-stage pipeline, so an import takes about as long as the slower stage rather
/// than both added up.
///
/// The thread saves through
/// ``AppDatabase/saveImport(_:fields:at:transactionSize:bulk:savingIsSlower:next:)``, in
/// transactions of at least ``transactionSize`` orders (bulk ones as ``BulkImportPolicy`` says,
/// told which stage is the slower by the hand-off); at most ``waitingBatches`` batches wait
/// between the two stages. Call ``finish()`` after the last batch, or ``abandon()`` when the
/// reading fails: either waits for the thread to end.
///
/// ```swift
/// let saver = OrderImportSaver(database: db, fields: .helpdeskColumns, now: now)
/// try saver.save(batch)            // throws the saving thread's error, if any
/// let summary = try saver.finish()
/// ```
final class OrderImportSaver: @unchecked Sendable {
    /// Batches read ahead of the saving.
    static let waitingBatches = 1

    /// Orders per transaction (whole batches; at least this many unless the import ends).
    let transactionSize: Int

    private let handOff = BatchHandOff<PackedOrderBatch>(capacity: waitingBatches)
    private let fields: OrderFieldSet
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<OrderSaveSummary, any Error> = .success(OrderSaveSummary())
    private var ended = false

    /// Starts the saving thread.
    init(
        database: AppDatabase, fields: OrderFieldSet, now: Date,
        transactionSize: Int = OrderFileImporter.defaultTransactionSize, bulk: BulkImportPolicy = BulkImportPolicy()
    ) {
        self.transactionSize = max(transactionSize, 1)
        self.fields = fields
        let thread = Thread { [self] in
            do {
                result = .success(
                    try database.saveImport(
                        fields: fields, at: now, transactionSize: self.transactionSize, bulk: bulk,
                        savingIsSlower: { handOff.senderIsAhead }
                    ) { try handOff.receive() })
            } catch {
                result = .failure(error)
                handOff.fail(error)
            }
            done.signal()
        }
        thread.name = "helpdesk.order-import"
        thread.start()
    }

    /// Packs a batch (on the calling thread: see ``PackedOrderBatch``) and hands it to the saving
    /// thread, waiting while ``waitingBatches`` already wait.
    ///
    /// - Throws: the error saving failed with (a ``StoreError/database(operation:message:)``).
    func save(_ batch: [ImportedOrder]) throws {
        if batch.isEmpty { return }
        try handOff.send(PackedOrderBatch(batch, fields: fields))
    }

    /// Waits until every batch handed over is saved and committed.
    ///
    /// - Throws: the error saving failed with.
    func finish() throws -> OrderSaveSummary {
        handOff.finish()
        waitForThread()
        return try result.get()
    }

    /// Stops the saving (its transaction in progress is rolled back) and waits for the thread.
    func abandon() {
        handOff.cancel()
        waitForThread()
    }

    private func waitForThread() {
        if ended { return }
        done.wait()
        ended = true
    }
}
