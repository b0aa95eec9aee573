import HelpdeskCore
import XCTest

/// `CSVReader.decodedColumns`: wide files read only the columns they need.
final class CSVReaderDecodedColumnsTests: XCTestCase {
    func testOnlyTheMarkedColumnsAreDecodedAndTheFieldCountIsKept() throws {
        let reader = CSVReader(string: "a,\"b,1\",c,d\n\"x\"\"y\",2,\"z\",\n", name: "wide.csv")
        reader.decodedColumns = [true, false, true]
        let records = try reader.readAll()
        XCTAssertEqual(records.map(\.fields), [["a", "", "c", ""], ["x\"y", "", "z", ""]])
        XCTAssertEqual(records.map(\.line), [1, 2])
    }

    func testARowWithDataOnlyInUndecodedColumnsReadsAsBlank() throws {
        let reader = CSVReader(string: "name,note\n,only a note\nAmelia,\n", name: "f.csv")
        reader.decodedColumns = [true, false]
        let records = try reader.readAll()
        XCTAssertEqual(records.map(\.isBlank), [false, true, false])
    }
}
