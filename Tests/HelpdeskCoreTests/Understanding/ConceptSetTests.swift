import XCTest

@testable import HelpdeskCore

final class ConceptSetTests: XCTestCase {
    /// `count` is the number of members, in every one of the set's four words.
    func testCountIsTheNumberOfMembers() {
        var set = ConceptSet()
        XCTAssertEqual(set.count, 0)
        var members: Set<Int> = []
        for index in [0, 1, 63, 64, 100, 127, 128, 191, 192, 255, 1, 64] {
            set.insert(index)
            members.insert(index)
            XCTAssertEqual(set.count, members.count)
            XCTAssertEqual(set.indexes, members.sorted())
        }
        set.remove(64)
        XCTAssertEqual(set.count, members.count - 1)
    }
}
