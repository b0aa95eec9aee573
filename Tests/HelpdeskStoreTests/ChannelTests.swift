import HelpdeskCore
import XCTest

@testable import HelpdeskStore

final class ChannelTests: StoreTestCase {
    func testChannelRoundTrip() throws {
        XCTAssertNil(try database.channel(.amazon))
        try database.setChannel(ChannelStateFixtures.amazon, at: time("2025-03-04T10:00:00Z"))
        XCTAssertEqual(try database.channel(.amazon), ChannelStateFixtures.amazon)
    }

    func testSetChannelReplacesTheState() throws {
        try database.setChannel(ChannelStateFixtures.amazon)
        var broken = ChannelStateFixtures.amazon
        broken.lastError = "Amazon rejected the token (401)"
        broken.lastImportAt = nil
        try database.setChannel(broken)
        XCTAssertEqual(try database.channel(.amazon), broken)
        XCTAssertEqual(try database.channels().count, 1)
    }

    func testChannelsAreListedByName() throws {
        try database.setChannel(ChannelState(channel: .shopify, storeName: "Acme"))
        try database.setChannel(ChannelState(channel: .amazon))
        try database.setChannel(ChannelState(channel: .ebay, lastError: "timeout"))
        XCTAssertEqual(try database.channels().map(\.channel), [.amazon, .ebay, .shopify])
    }

    func testSQLLookingTextIsStoredIntact() throws {
        let name = "Robert'); DROP TABLE channels; --"
        try database.setChannel(ChannelState(channel: .etsy, storeName: name, lastError: "'; DROP TABLE orders; --"))
        XCTAssertEqual(try database.channel(.etsy)?.storeName, name)
        XCTAssertEqual(try database.channel(.etsy)?.lastError, "'; DROP TABLE orders; --")
        XCTAssertEqual(try database.orderCount(), 0)
    }
}
