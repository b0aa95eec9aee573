import HelpdeskCore
import XCTest

/// `CSVReader.next(into:)`: one record read into again and again gives what `next()` gives.
final class CSVReaderReuseTests: XCTestCase {
    /// CRLF, quotes, a line break in a field, a short row, a blank line, invalid UTF-8.
    private let text =
        Array("h1,h2,h3\r\na,\"b,1\",c\n\"multi\nline\",,\"q\"\"q\"\nshort,row\n\n".utf8) + [0xFF]
        + Array(",x,y\nlast,1,2".utf8)

    private func readAll(_ reader: CSVReader) throws -> [CSVRecord] {
        var records: [CSVRecord] = []
        var record = CSVRecord(line: 0, fields: [])
        while try reader.next(into: &record) { records.append(record) }
        return records
    }

    func testReadingIntoOneRecordGivesTheSameRecordsAsNext() throws {
        let expected = try CSVReader(data: Data(text), name: "f.csv").readAll()
        XCTAssertEqual(expected.count, 6)
        XCTAssertEqual(try readAll(CSVReader(data: Data(text), name: "f.csv")), expected)

        let decoding = CSVReader(data: Data(text), name: "f.csv")
        decoding.decodedColumns = [true, false, true]
        let reference = CSVReader(data: Data(text), name: "f.csv")
        reference.decodedColumns = [true, false, true]
        XCTAssertEqual(try readAll(decoding), try reference.readAll())
    }

    func testColumnsNotDecodedAreEmptiedInARecordThatHeldOtherText() throws {
        let reader = CSVReader(string: "Name,Note,Email\nAmelia,hello,a@example.com\nNoah,,n@example.com\n")
        var record = try XCTUnwrap(reader.next())
        XCTAssertEqual(record.fields, ["Name", "Note", "Email"])
        reader.decodedColumns = [true, false, true]
        XCTAssertTrue(try reader.next(into: &record))
        XCTAssertEqual(record.fields, ["Amelia", "", "a@example.com"])
        XCTAssertEqual(record.line, 2)
        XCTAssertTrue(try reader.next(into: &record))
        XCTAssertEqual(record.fields, ["Noah", "", "n@example.com"])
        XCTAssertFalse(try reader.next(into: &record))
        XCTAssertEqual(record.fields, ["Noah", "", "n@example.com"], "left as it was at the end")
    }

    func testARecordKeptByTheCallerIsNotChangedByTheNextRead() throws {
        let reader = CSVReader(string: "a,b\nc,d\n")
        var record = CSVRecord(line: 0, fields: [])
        XCTAssertTrue(try reader.next(into: &record))
        let kept = record
        XCTAssertTrue(try reader.next(into: &record))
        XCTAssertEqual(kept.fields, ["a", "b"])
        XCTAssertEqual(record.fields, ["c", "d"])
    }
}
