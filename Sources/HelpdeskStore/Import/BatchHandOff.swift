import Foundation

/// Passes batches from one thread (the one reading a file) to another (the one saving them),
/// holding at most ``capacity`` batches that wait, so that the reader stays at most that far
/// ahead and memory stays bounded.
///
/// Either side can stop the other: the receiver by ``fail(_:)`` (the sender's next ``send(_:)``
/// throws that error), the sender by ``cancel()`` (the receiver's next ``receive()`` throws
/// ``Cancelled``). ``finish()`` tells the receiver that no more batches follow.
/// ``senderIsAhead`` tells which side is the faster one.
final class BatchHandOff<Batch: Sendable>: @unchecked Sendable {
    /// Thrown by ``receive()`` after ``cancel()``.
    struct Cancelled: Error {}

    /// Batches that may wait to be received.
    let capacity: Int

    private let condition = NSCondition()
    private var waiting: [Batch] = []
    private var finished = false
    private var cancelled = false
    private var failure: (any Error)?
    /// Batches received so far; of those after the first, how many were ready when asked for and
    /// how many had to be waited for.
    private var received = 0
    private var foundReady = 0
    private var waitedFor = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 1)
    }

    /// Hands `batch` over, waiting while ``capacity`` batches already wait.
    ///
    /// - Throws: the error the receiver failed with.
    func send(_ batch: Batch) throws {
        condition.lock()
        defer { condition.unlock() }
        while waiting.count >= capacity && failure == nil { condition.wait() }
        if let failure { throw failure }
        waiting.append(batch)
        condition.broadcast()
    }

    /// No more batches follow.
    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The sender gives up: the receiver's next ``receive()`` throws ``Cancelled``.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch, waiting for one; `nil` once the sender has finished and all were received.
    ///
    /// - Throws: ``Cancelled`` after ``cancel()``.
    func receive() throws -> Batch? {
        condition.lock()
        defer { condition.unlock() }
        let mustWait = waiting.isEmpty && !finished && !cancelled
        while waiting.isEmpty && !finished && !cancelled { condition.wait() }
        if cancelled { throw Cancelled() }
        if waiting.isEmpty { return nil }
        let batch = waiting.removeFirst()
        if received > 0 {
            if mustWait { waitedFor += 1 } else { foundReady += 1 }
        }
        received += 1
        condition.broadcast()
        return batch
    }

    /// Whether the sender is the faster side: after the first batch (which the receiver always
    /// waits for), the receiver found the next one ready more often than it had to wait for it.
    /// `true` until a second batch is received.
    var senderIsAhead: Bool {
        condition.lock()
        defer { condition.unlock() }
        return received < 2 || foundReady > waitedFor
    }

    /// The receiver gives up with `error`: the sender's next (or current) ``send(_:)`` throws it.
    func fail(_ error: any Error) {
        condition.lock()
        if failure == nil { failure = error }
        waiting.removeAll()
        condition.broadcast()
        condition.unlock()
    }
}
