import Foundation
import HelpdeskCore
import XCTest

final class CSVReaderTests: XCTestCase {
    private func read(_ text: String, format: CSVFormat = .comma) throws -> [CSVRecord] {
        try CSVReader(string: text, format: format).readAll()
    }

    private func read(bytes: [UInt8], format: CSVFormat = .comma) throws -> [CSVRecord] {
        try CSVReader(data: Data(bytes), format: format).readAll()
    }

    func testPlainRecordsWithLineNumbers() throws {
        let records = try read("a,b,c\n1,2,3\n")
        XCTAssertEqual(
            records, [CSVRecord(line: 1, fields: ["a", "b", "c"]), CSVRecord(line: 2, fields: ["1", "2", "3"])])
    }

    func testQuotedFieldsAndDoubledQuotes() throws {
        let records = try read(#""a,b","say ""hi""",""  ,"",plain"# + "\n")
        XCTAssertEqual(records.first?.fields, ["a,b", "say \"hi\"", "  ", "", "plain"])
    }

    func testEmptyFieldsAndTrailingDelimiter() throws {
        XCTAssertEqual(try read(",,\n").first?.fields, ["", "", ""])
        XCTAssertEqual(try read("a,\n").first?.fields, ["a", ""])
        XCTAssertEqual(try read("a,").first?.fields, ["a", ""])
    }

    func testEmbeddedNewlinesCountPhysicalLines() throws {
        let records = try read("id,note\n1,\"two\nlines\"\n2,\"three\r\nmore\nlines\"\n3,end\n")
        XCTAssertEqual(records.map(\.line), [1, 2, 4, 7])
        XCTAssertEqual(records[1].fields, ["1", "two\nlines"])
        XCTAssertEqual(records[2].fields, ["2", "three\r\nmore\nlines"])
        XCTAssertEqual(records[3].fields, ["3", "end"])
    }

    func testLineEndings() throws {
        XCTAssertEqual(try read("a,b\r\nc,d\r\n").map(\.fields), [["a", "b"], ["c", "d"]])
        XCTAssertEqual(try read("a,b\rc,d").map(\.fields), [["a", "b"], ["c", "d"]])
        XCTAssertEqual(try read("a,b\nc,d").map(\.fields), [["a", "b"], ["c", "d"]], "no final newline")
        XCTAssertEqual(try read("a\r\n\r\nb\r\n").map(\.line), [1, 3], "blank CRLF lines are skipped but counted")
    }

    func testBlankLinesCanBeRecords() throws {
        var format = CSVFormat.comma
        format.skipsEmptyLines = false
        XCTAssertEqual(try read("a\n\nb\n", format: format).map(\.fields), [["a"], [""], ["b"]])
        XCTAssertEqual(try read("a\n\nb\n").map(\.fields), [["a"], ["b"]])
    }

    func testByteOrderMarkIsSkipped() throws {
        let records = try read(bytes: [0xEF, 0xBB, 0xBF] + Array("channel,state\nx,y\n".utf8))
        XCTAssertEqual(records.first?.fields, ["channel", "state"])
        XCTAssertEqual(try read(bytes: [0xEF, 0xBB, 0xBF]), [])
        XCTAssertEqual(try read(""), [])
    }

    func testOtherDelimiters() throws {
        XCTAssertEqual(try read("a\tb c\t\"d\te\"\n", format: .tab).first?.fields, ["a", "b c", "d\te"])
        XCTAssertEqual(try read("a;b,c;\"d;e\"\n", format: .semicolon).first?.fields, ["a", "b,c", "d;e"])
        let pipe = try XCTUnwrap(CSVFormat(delimiter: "|"))
        XCTAssertEqual(try read("a|b\n", format: pipe).first?.fields, ["a", "b"])
        XCTAssertNil(CSVFormat(delimiter: "\""))
        XCTAssertNil(CSVFormat(delimiter: "\n"))
        XCTAssertNil(CSVFormat(delimiter: "é"))
    }

    func testUnicodeIsKept() throws {
        let records = try read("имя,😀\n\"Зоя, \"\"ЗК\"\"\",ü\n")
        XCTAssertEqual(records.map(\.fields), [["имя", "😀"], ["Зоя, \"ЗК\"", "ü"]])
        XCTAssertTrue(records.allSatisfy(\.invalidUTF8Fields.isEmpty))
    }

    func testInvalidUTF8IsReportedNotFatal() throws {
        let bytes = Array("ok,caf".utf8) + [0xE9] + Array(",\"q".utf8) + [0xC3] + Array("\"\nnext,row\n".utf8)
        let records = try read(bytes: bytes)
        XCTAssertEqual(records.count, 2)
        XCTAssertEqual(records[0].invalidUTF8Fields, [1, 2])
        XCTAssertEqual(records[0].fields[1], "caf\u{FFFD}")
        XCTAssertThrowsError(try records[0].validatedFields()) { error in
            XCTAssertEqual(error as? CSVError, .invalidUTF8(line: 1, field: 1))
            XCTAssertEqual("\(error)", "line 1: field 2 is not valid UTF-8 (save the file as UTF-8)")
        }
        XCTAssertEqual(try records[1].validatedFields(), ["next", "row"])
    }

    func testUnterminatedQuoteIsAnErrorAtItsLine() throws {
        let reader = CSVReader(string: "a,b\n1,\"open\nstill open\n")
        XCTAssertEqual(try reader.next()?.fields, ["a", "b"])
        XCTAssertThrowsError(try reader.next()) { error in
            XCTAssertEqual(error as? CSVError, .unterminatedQuote(line: 2))
        }
        XCTAssertNil(try reader.next(), "the reader is at its end after the error")
    }

    func testLenientQuotes() throws {
        XCTAssertEqual(try read("ab\"c,d\n").first?.fields, ["ab\"c", "d"], "a quote inside an unquoted field is kept")
        XCTAssertEqual(try read("\"ab\"c,d\n").first?.fields, ["abc", "d"], "text after a closing quote is kept")
    }

    func testReadingAFileInSmallChunksMatchesReadingItWhole() throws {
        let folder = try TemporaryFolder()
        var generator = SplitMix64(seed: 42)
        let pieces = ["a", "bc", "\"", ",", "\n", "\r\n", "é", "😀", " ", "x y", "\"\"", "1234567890"]
        var expected: [[String]] = []
        var text = ""
        for _ in 0..<400 {
            var fields: [String] = []
            for _ in 0..<Int.random(in: 1...6, using: &generator) {
                var field = ""
                for _
                    in 0..<Int.random(
                        in: 0...(Int.random(in: 0...9, using: &generator) == 0 ? 90 : 6), using: &generator)
                {
                    field += pieces.randomElement(using: &generator) ?? ""
                }
                fields.append(field)
            }
            if fields == [""] { fields = ["-"] }
            expected.append(fields)
            text +=
                fields.map { field in
                    field.utf8.contains(where: { Array(",\"\n\r".utf8).contains($0) })
                        ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
                }.joined(separator: ",") + (Bool.random(using: &generator) ? "\n" : "\r\n")
        }
        let path = try folder.write("random.csv", [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        let whole = try CSVReader(string: text).readAll()
        XCTAssertEqual(whole.map(\.fields), expected)
        for chunkSize in [64, 65, 100, 127, 1000, 1 << 20] {
            let chunked = try CSVReader(path: path, chunkSize: chunkSize).readAll()
            XCTAssertEqual(chunked, whole, "chunk size \(chunkSize)")
        }
    }

    func testAMissingFileIsAnError() {
        XCTAssertThrowsError(try CSVReader(path: "/nonexistent/helpdesk.csv")) { error in
            guard case CSVError.cannotOpen(let path, let reason) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(path, "/nonexistent/helpdesk.csv")
            XCTAssertFalse(reason.isEmpty)
        }
    }

    func testHeaderFindsColumnsByName() throws {
        let header = CSVHeader([" Channel ", "ORDER_NUMBER", "state", "channel"])
        XCTAssertEqual(header.index(of: "channel"), 0)
        XCTAssertEqual(header.index(of: " order_number"), 1)
        XCTAssertNil(header.index(of: "carrier"))
        XCTAssertEqual(header.duplicateNames, ["channel"])
        XCTAssertEqual(header.names, ["Channel", "ORDER_NUMBER", "state", "channel"])
        XCTAssertEqual(try header.require(["state", "channel"]), [2, 0])
        XCTAssertThrowsError(try header.require(["channel", "carrier"])) { error in
            XCTAssertEqual(error as? CSVError, .missingColumn("carrier"))
        }
        let record = CSVRecord(line: 2, fields: ["amazon", "A-1"])
        XCTAssertEqual(header.value("order_number", in: record), "A-1")
        XCTAssertNil(header.value("state", in: record), "short record")
    }

    func testLargeFileThroughput() throws {
        let folder = try TemporaryFolder()
        let line =
            "amazon,114-0149180-7966659,\"Doe, Jane\",jane@example.com,2025-03-01T09:15:00Z,,dispatched,royal_mail\n"
        let path = folder.path("big.csv")
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        let block = Data(String(repeating: line, count: 10_000).utf8)
        for _ in 0..<10 { handle.write(block) }
        try handle.close()
        let start = Date()
        let reader = try CSVReader(path: path, chunkSize: 64 * 1024)
        var fields = 0
        while let record = try reader.next() { fields += record.count }
        XCTAssertEqual(fields, 800_000)
        print("CSVReader (debug build): \(Int(Double(fields) / Date().timeIntervalSince(start))) fields/s")
    }
}
