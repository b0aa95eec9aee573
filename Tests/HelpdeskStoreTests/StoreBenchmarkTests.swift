import Foundation
import HelpdeskCore
import HelpdeskStore
import XCTest

/// Throughput measurements, skipped unless `HELPDESK_STORE_BENCHMARK=1`. Run them in release:
///
///     HELPDESK_STORE_BENCHMARK=1 swift test -c release -Xswiftc -enable-testing \
///         --scratch-path .build-store-release --filter StoreBenchmarkTests
final class StoreBenchmarkTests: XCTestCase {
    override func setUpWithError() throws {
        try XCTSkipUnless(
            ProcessInfo.processInfo.environment["HELPDESK_STORE_BENCHMARK"] == "1", "benchmarks are opt-in")
    }

    func testSaveOrdersInsertRate() throws {
        let folder = try TemporaryFolder()
        let database = try AppDatabase(path: folder.path("bench.sqlite"))
        let count = 200_000
        let batch = 10_000
        let base = Date(timeIntervalSince1970: 1_740_000_000)
        let orders = (0..<count).map { index in
            Order(
                channel: Channel.allCases[index % Channel.allCases.count],
                orderNumber: "114-\(1_000_000 + index)-\(7_000_000 + index)", customerName: "Customer \(index)",
                customerEmail: "Customer\((index &* 7919) % count)@Example.com",
                placedAt: base.addingTimeInterval(Double(index)),
                importedAt: base.addingTimeInterval(Double(index) + 60),
                dispatchedAt: index.isMultiple(of: 2) ? base.addingTimeInterval(Double(index) + 3600) : nil,
                carrier: "royal_mail", trackingNumber: index.isMultiple(of: 2) ? "JD\(100_000_000 + index)GB" : nil,
                state: index.isMultiple(of: 2) ? .dispatched : .awaitingDispatch)
        }
        let inserted = try measureRate("saveOrders insert, batches of \(batch)") {
            try stride(from: 0, to: count, by: batch).reduce(0) { total, start in
                total + (try database.saveOrders(Array(orders[start..<min(start + batch, count)]), at: base).inserted)
            }
        }
        XCTAssertEqual(inserted, count)
        _ = try measureRate("saveOrders unchanged, batches of \(batch)") {
            try stride(from: 0, to: count, by: batch).reduce(0) { total, start in
                total + (try database.saveOrders(Array(orders[start..<min(start + batch, count)]), at: base).unchanged)
            }
        }
    }

    func testCSVReaderFieldRate() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("big.csv")
        let line =
            "amazon,114-0149180-7966659,\"Doe, Jane\",jane@example.com,2025-03-01T09:15:00Z,,dispatched,royal_mail,\"a \"\"quoted\"\" note\",JD000090001234\n"
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        let block = Data(String(repeating: line, count: 10_000).utf8)
        for _ in 0..<50 { handle.write(block) }
        try handle.close()
        let fields = try measureRate("CSVReader fields") {
            let reader = try CSVReader(path: path)
            var fields = 0
            while let record = try reader.next() { fields += record.count }
            return fields
        }
        XCTAssertEqual(fields, 5_000_000)
    }

    private func measureRate(_ label: String, _ body: () throws -> Int) throws -> Int {
        let start = DispatchTime.now().uptimeNanoseconds
        let count = try body()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print(
            "BENCHMARK \(label): \(count) in \(String(format: "%.3f", seconds)) s = \(Int(Double(count) / seconds))/s")
        return count
    }
}
