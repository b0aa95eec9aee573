import Foundation
import HelpdeskCore
import XCTest

@testable import HelpdeskStore

/// A folder under the system temporary directory, removed when the test ends.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("helpdesk-store-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `bytes` to a file in the folder and returns its path.
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = path(name)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// Each store test gets a fresh database in a real temporary file.
class StoreTestCase: XCTestCase {
    var folder: TemporaryFolder!
    var database: AppDatabase!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
        database = try AppDatabase(path: folder.path("helpdesk.sqlite"))
    }

    override func tearDown() {
        database = nil
        folder = nil
    }
}

/// Whole-second UTC times, which survive the store's millisecond text exactly.
func time(_ text: String) -> Date {
    guard let date = ISO8601.parse(text) else {
        XCTFail("bad test time \(text)")
        return Date(timeIntervalSince1970: 0)
    }
    return date
}

extension Order {
    /// A fully filled order for round trips.
    static func sample(
        _ channel: Channel = .amazon, _ number: String = "114-0149180-7966659", email: String? = "Jane.Doe@Example.com",
        tracking: String? = "JD 0000 9000 1234 5678", state: OrderState = .dispatched
    ) -> Order {
        Order(
            channel: channel, orderNumber: number, customerName: "Jane Doe", customerEmail: email,
            placedAt: time("2025-03-01T09:15:00Z"), importedAt: time("2025-03-01T09:20:00Z"),
            dispatchedAt: time("2025-03-02T14:00:00Z"), exportedAt: time("2025-03-02T14:05:00Z"), carrier: "royal_mail",
            trackingNumber: tracking, state: state, addressChangedAt: time("2025-03-01T10:00:00Z"))
    }
}

extension ExchangeLogEntry {
    static func sample(
        _ message: String = "where is my order 1001?", sourceKey: String? = nil, at: Date = time("2025-03-04T10:00:00Z")
    )
        -> ExchangeLogEntry
    {
        ExchangeLogEntry(
            at: at, via: "console", conversationID: "c-1", agent: "anna", sourceKey: sourceKey, message: message,
            language: "en", intent: "order_status", confidence: 0.92, entitiesJSON: #"{"orderNumbers":["1001"]}"#,
            rule: "order-dispatched", guides: ["tracking", "delivery-times"], orderID: 7, incidentIDs: ["inc-1"],
            answer: "Your order was dispatched yesterday.", handoff: false, handoffSummary: nil)
    }
}
