import XCTest
final class StorePlaceholderTests: XCTestCase { func testNothing() { XCTAssertTrue(true) } }
