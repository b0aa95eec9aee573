import HelpdeskCore
import XCTest

/// Order-number precision and recall on the evaluation set `../shared/eval/dev.csv`
/// (rows tagged `entity_type = order_id`).
final class EntityDevSetTests: XCTestCase {
    private static var devCSV: URL {
        // …/main/Tests/HelpdeskCoreTests/Entities/EntityDevSetTests.swift → …/main → …/shared/eval/dev.csv
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/eval/dev.csv")
    }

    func testOrderNumberPrecisionAndRecall() throws {
        guard let data = FileManager.default.contents(atPath: Self.devCSV.path) else {
            throw XCTSkip("no evaluation set at \(Self.devCSV.path)")
        }
        let rows = EntityCSV.parse(String(decoding: data, as: UTF8.self))
        guard let header = rows.first,
            let textColumn = header.firstIndex(of: "text"),
            let typeColumn = header.firstIndex(of: "entity_type"),
            let valueColumn = header.firstIndex(of: "entity_value")
        else {
            return XCTFail("dev.csv lacks text / entity_type / entity_value columns")
        }
        var extracted = 0
        var correct = 0
        var tagged = 0
        var found = 0
        var misses: [String] = []
        for row in rows.dropFirst() where row.count > max(textColumn, typeColumn, valueColumn) {
            let keys = EntityTestSupport.extract(row[textColumn]).orderNumbers.map(\.key)
            let expected = row[typeColumn] == "order_id" ? OrderNumberKey.make(row[valueColumn]) : nil
            extracted += keys.count
            for key in keys {
                if key == expected { correct += 1 } else { misses.append("extra \(key) in «\(row[textColumn])»") }
            }
            if let expected {
                tagged += 1
                if keys.contains(expected) { found += 1 } else { misses.append("missed \(expected) in «\(row[textColumn])»") }
            }
        }
        XCTAssertGreaterThan(tagged, 0)
        let precision = extracted == 0 ? 0 : Double(correct) / Double(extracted)
        let recall = tagged == 0 ? 0 : Double(found) / Double(tagged)
        print("dev.csv order numbers: precision \(precision) (\(correct)/\(extracted)), recall \(recall) (\(found)/\(tagged))")
        for miss in misses.prefix(20) { print("  \(miss)") }
        XCTAssertGreaterThanOrEqual(recall, 0.99, misses.prefix(20).joined(separator: "\n"))
        XCTAssertGreaterThanOrEqual(precision, 0.98, misses.prefix(20).joined(separator: "\n"))
    }

    func testCSVReader() {
        let rows = EntityCSV.parse("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\nlast,\"multi\nline\",z")
        XCTAssertEqual(rows, [["a", "b", "c"], ["x, y", "say \"hi\"", ""], ["last", "multi\nline", "z"]])
    }
}

/// A small reader for RFC 4180 CSV: quoted fields with `""` escapes, commas and line breaks inside.
private enum EntityCSV {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let scalar = pending {
                pending = nil
                return scalar
            }
            return iterator.next()
        }
        while let scalar = next() {
            if quoted {
                if scalar == "\"" {
                    if let following = next() {
                        if following == "\"" { field.unicodeScalars.append("\"") } else {
                            quoted = false
                            pending = following
                        }
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"": quoted = true
            case ",":
                row.append(field)
                field = ""
            case "\r": continue
            case "\n":
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            default: field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }
}
