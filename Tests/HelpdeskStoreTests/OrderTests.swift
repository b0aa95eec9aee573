import GRDB
import HelpdeskCore
import XCTest

@testable import HelpdeskStore

final class OrderTests: StoreTestCase {
    private let now = time("2025-03-05T12:00:00Z")

    func testOrderRoundTripKeepsEveryField() throws {
        let order = Order.sample()
        let summary = try database.saveOrders([order], at: now)
        XCTAssertEqual(summary, OrderSaveSummary(inserted: 1))

        let found = try database.orders(matchingKey: order.lookupKey)
        XCTAssertEqual(found.count, 1)
        var expected = order
        expected.id = found.first?.id
        expected.customerEmail = "jane.doe@example.com"
        XCTAssertEqual(found.first, expected)
        XCTAssertEqual(try database.order(id: try XCTUnwrap(found.first?.id)), expected)
        XCTAssertEqual(try database.orderCount(), 1)
    }

    func testOrderWithOnlyRequiredFields() throws {
        let order = Order(channel: .shopify, orderNumber: "#1001", state: .awaitingDispatch)
        _ = try database.saveOrders([order], at: now)
        let found = try database.orders(matchingKey: "1001")
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.orderNumber, "#1001")
        XCTAssertNil(found.first?.customerEmail)
        XCTAssertNil(found.first?.placedAt)
        XCTAssertEqual(found.first?.state, .awaitingDispatch)
    }

    func testStoredColumnsAreNormalised() throws {
        _ = try database.saveOrders([Order.sample()], at: now)
        let row = try database.pool.read { db in
            try XCTUnwrap(
                Row.fetchOne(db, sql: "SELECT order_key, customer_email, tracking_key, placed_at FROM orders"))
        }
        XCTAssertEqual(row["order_key"] as String?, "11401491807966659")
        XCTAssertEqual(row["customer_email"] as String?, "jane.doe@example.com")
        XCTAssertEqual(row["tracking_key"] as String?, "JD0000900012345678")
        XCTAssertEqual(row["placed_at"] as String?, "2025-03-01 09:15:00.000", "GRDB's default date text, UTC")
    }

    func testLookupsNormaliseWhatIsTyped() throws {
        _ = try database.saveOrders(
            [
                Order.sample(),
                Order.sample(.shopify, "#1001", email: "bob@example.com", tracking: nil, state: .awaitingDispatch),
            ],
            at: now)
        XCTAssertEqual(try database.orders(matchingKey: "#1001").map(\.orderNumber), ["#1001"])
        XCTAssertEqual(try database.orders(matchingKey: "1001").map(\.orderNumber), ["#1001"])
        XCTAssertEqual(try database.orders(matchingKey: "114 0149180 7966659").count, 1)
        XCTAssertEqual(try database.orders(matchingKey: "100"), [])
        XCTAssertEqual(try database.orders(matchingKey: "---"), [])
        XCTAssertEqual(try database.orders(forEmail: "  JANE.DOE@example.COM ").map(\.channel), [.amazon])
        XCTAssertEqual(try database.orders(forEmail: ""), [])
        XCTAssertEqual(try database.orders(trackingKey: "jd0000900012345678").map(\.channel), [.amazon])
        XCTAssertEqual(try database.orders(trackingKey: "JD-0000-9000-1234-5678").count, 1)
        XCTAssertNil(try database.order(id: 999))
    }

    func testSameNumberOnTwoChannelsIsTwoOrders() throws {
        let summary = try database.saveOrders(
            [Order.sample(.ebay, "1001", state: .dispatched), Order.sample(.shopify, "#1001", state: .cancelled)],
            at: now)
        XCTAssertEqual(summary.inserted, 2)
        XCTAssertEqual(Set(try database.orders(matchingKey: "1001").map(\.channel)), [.ebay, .shopify])
    }

    func testLookupsListNewestFirst() throws {
        var older = Order.sample(.amazon, "A-1")
        older.placedAt = time("2025-01-01T00:00:00Z")
        var newer = Order.sample(.ebay, "E-1")
        newer.placedAt = time("2025-02-01T00:00:00Z")
        _ = try database.saveOrders([older, newer], at: now)
        XCTAssertEqual(try database.orders(forEmail: "jane.doe@example.com").map(\.orderNumber), ["E-1", "A-1"])
    }

    func testReimportUpdatesWithoutDuplicatesAndRecordsChanges() throws {
        var order = Order.sample(state: .awaitingDispatch)
        order.dispatchedAt = nil
        order.trackingNumber = nil
        _ = try database.saveOrders([order], at: time("2025-03-01T10:00:00Z"))

        let unchanged = try database.saveOrders([order], at: time("2025-03-01T11:00:00Z"))
        XCTAssertEqual(unchanged, OrderSaveSummary(unchanged: 1))

        var dispatched = order
        dispatched.state = .dispatched
        dispatched.dispatchedAt = time("2025-03-02T14:00:00Z")
        dispatched.trackingNumber = "JD1234"
        let later = time("2025-03-02T15:00:00Z")
        let updated = try database.saveOrders([dispatched], at: later)
        XCTAssertEqual(updated, OrderSaveSummary(updated: 1))
        XCTAssertEqual(try database.orderCount(), 1)

        let stored = try XCTUnwrap(database.orders(matchingKey: order.orderNumber).first)
        XCTAssertEqual(stored.state, .dispatched)
        XCTAssertEqual(try database.orders(trackingKey: "jd1234").first?.id, stored.id)

        let changes = try database.orderChanges(orderID: try XCTUnwrap(stored.id))
        XCTAssertEqual(changes.map(\.field), ["dispatched_at", "tracking_number", "state"])
        XCTAssertEqual(changes.map(\.changedAt), Array(repeating: later, count: 3))
        XCTAssertEqual(changes[0].oldValue, nil)
        XCTAssertEqual(changes[0].newValue, "2025-03-02 14:00:00.000")
        XCTAssertEqual(changes[2].oldValue, "awaiting_dispatch")
        XCTAssertEqual(changes[2].newValue, "dispatched")
        let types = try database.pool.read { db in
            try String.fetchAll(
                db, sql: "SELECT DISTINCT typeof(order_id) || ' ' || typeof(changed_at) FROM order_changes")
        }
        XCTAssertEqual(types, ["integer text"])
    }

    func testReimportClearsValuesTheChannelNoLongerHas() throws {
        _ = try database.saveOrders([Order.sample()], at: now)
        var refunded = Order.sample(state: .refunded)
        refunded.trackingNumber = nil
        XCTAssertEqual(try database.saveOrders([refunded], at: now).updated, 1)
        XCTAssertEqual(try database.orders(trackingKey: "JD0000900012345678"), [])
        let stored = try XCTUnwrap(database.orders(matchingKey: refunded.orderNumber).first)
        XCTAssertNil(stored.trackingNumber)
        XCTAssertEqual(
            try database.orderChanges(orderID: try XCTUnwrap(stored.id)).map(\.field), ["tracking_number", "state"])
    }

    func testTheLastOfDuplicatesInOneBatchWins() throws {
        let first = Order.sample(state: .awaitingDispatch)
        let second = Order.sample(state: .cancelled)
        let summary = try database.saveOrders([first, second, second], at: now)
        XCTAssertEqual(summary, OrderSaveSummary(inserted: 1, updated: 1, unchanged: 1))
        XCTAssertEqual(try database.orders(matchingKey: first.orderNumber).map(\.state), [.cancelled])
    }

    func testEmptyStringsAndUnicode() throws {
        let order = Order(
            channel: .etsy, orderNumber: "№ Ёж-42", customerName: "", customerEmail: "ÉLODIE@Exämple.fr",
            carrier: "", trackingNumber: "", state: .awaitingDispatch)
        _ = try database.saveOrders([order], at: now)
        let stored = try XCTUnwrap(database.orders(matchingKey: OrderNumberKey.make("№ Ёж-42")).first)
        XCTAssertEqual(stored.orderNumber, "№ Ёж-42")
        XCTAssertEqual(stored.customerName, "", "an empty name stays empty, not NULL")
        XCTAssertEqual(stored.carrier, "")
        XCTAssertNil(stored.trackingNumber, "an empty tracking number is none")
        XCTAssertEqual(stored.customerEmail, "élodie@exämple.fr")
        XCTAssertEqual(try database.orders(forEmail: "Élodie@EXÄMPLE.fr").count, 1)
        XCTAssertEqual(try database.saveOrders([order], at: now).unchanged, 1)
    }

    func testSQLLookingTextIsStoredIntact() throws {
        let hostile = "'; DROP TABLE orders; --"
        var order = Order.sample(.woocommerce, "W-1")
        order.customerName = hostile
        order.carrier = "\"; DELETE FROM orders WHERE \"1\"=\"1"
        _ = try database.saveOrders([order], at: now)
        let stored = try XCTUnwrap(database.orders(matchingKey: "W1").first)
        XCTAssertEqual(stored.customerName, hostile)
        XCTAssertEqual(stored.carrier, order.carrier)
        XCTAssertEqual(try database.orders(forEmail: hostile), [])
        XCTAssertEqual(try database.orders(matchingKey: hostile), [])
        XCTAssertEqual(try database.orderCount(), 1)
    }

    func testSavingNothingIsANoOp() throws {
        XCTAssertEqual(try database.saveOrders([], at: now), OrderSaveSummary())
    }

    func testManyOrdersInOneCall() throws {
        let orders = (0..<5_000).map { index in
            Order(
                channel: Channel.allCases[index % 6], orderNumber: "N-\(index)", customerEmail: "c\(index % 50)@x.io",
                state: .awaitingDispatch)
        }
        XCTAssertEqual(try database.saveOrders(orders, at: now).inserted, 5_000)
        XCTAssertEqual(try database.orderCount(), 5_000)
        XCTAssertEqual(try database.orders(forEmail: "c7@x.io").count, 100)
        XCTAssertEqual(try database.saveOrders(orders, at: now).unchanged, 5_000)
    }
}
