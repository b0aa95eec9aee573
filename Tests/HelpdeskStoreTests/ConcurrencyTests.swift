import Foundation
import HelpdeskCore
import XCTest

@testable import HelpdeskStore

final class ConcurrencyTests: XCTestCase {
    /// Two `AppDatabase` instances (as two helpdesk processes would have) write to one file at the
    /// same time; the busy timeout makes each wait for the other instead of failing.
    func testTwoInstancesWriteTheSameFileConcurrently() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("shared.sqlite")
        let first = try AppDatabase(path: path)
        let second = try AppDatabase(path: path)
        let now = time("2025-03-05T12:00:00Z")
        let rounds = 40
        let failures = FailureLog()

        DispatchQueue.concurrentPerform(iterations: 4) { worker in
            let database = worker.isMultiple(of: 2) ? first : second
            for round in 0..<rounds {
                do {
                    if worker < 2 {
                        let orders = (0..<50).map { index in
                            Order(
                                channel: .amazon, orderNumber: "W\(worker)R\(round)N\(index)", state: .awaitingDispatch)
                        }
                        _ = try database.saveOrders(orders, at: now)
                    } else {
                        try database.recordExchange(
                            .sample("worker \(worker) round \(round)", sourceKey: "w\(worker)#\(round)"))
                        _ = try database.exchangeCount()
                    }
                } catch {
                    failures.append("\(error)")
                }
            }
        }
        XCTAssertEqual(failures.all, [])
        XCTAssertEqual(try first.orderCount(), 2 * rounds * 50)
        XCTAssertEqual(try second.exchangeCount(), 2 * rounds)
    }

    /// Opening a brand-new file from two instances at once: both end up migrated.
    func testTwoInstancesCreatingTheSameFileAtOnce() throws {
        let folder = try TemporaryFolder()
        for attempt in 0..<5 {
            let path = folder.path("new-\(attempt).sqlite")
            let failures = FailureLog()
            let opened = OpenedDatabases()
            DispatchQueue.concurrentPerform(iterations: 3) { _ in
                do {
                    opened.append(try AppDatabase(path: path))
                } catch {
                    failures.append("\(error)")
                }
            }
            XCTAssertEqual(failures.all, [])
            for database in opened.all {
                XCTAssertEqual(try database.orderCount(), 0)
            }
        }
    }
}

/// Thread-safe lists for collecting results from concurrent workers.
final class FailureLog: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []

    func append(_ item: String) { lock.withLock { items.append(item) } }
    var all: [String] { lock.withLock { items } }
}

final class OpenedDatabases: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [AppDatabase] = []

    func append(_ item: AppDatabase) { lock.withLock { items.append(item) } }
    var all: [AppDatabase] { lock.withLock { items } }
}
