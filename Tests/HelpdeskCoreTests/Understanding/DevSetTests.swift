import Foundation
import HelpdeskCore
import XCTest

/// Understanding on the real labelled messages stays above the targets; a regression fails here.
final class DevSetTests: XCTestCase {
    private func rows() throws -> [EvaluationRow] {
        let path = TestPaths.devSet.path
        guard FileManager.default.fileExists(atPath: path) else { throw XCTSkip("\(path) is not here") }
        let reader = try CSVReader(path: path)
        let header = CSVHeader(try XCTUnwrap(try reader.next()))
        let text = try XCTUnwrap(header.index(of: "text"))
        let label = try XCTUnwrap(header.index(of: "helpdesk_intent"))
        let type = try XCTUnwrap(header.index(of: "entity_type"))
        let value = try XCTUnwrap(header.index(of: "entity_value"))
        var rows: [EvaluationRow] = []
        while let record = try reader.next() {
            rows.append(EvaluationRow(
                text: record[text] ?? "", label: record[label] ?? "",
                orderNumber: record[type] == "order_id" ? record[value] : nil))
        }
        return rows
    }

    func testDevSetFiguresStayAboveTargets() throws {
        let rows = try rows()
        XCTAssertEqual(rows.count, 1620)
        let report = Evaluator(understander: try Shared.assistant().understander).evaluate(rows)
        XCTAssertEqual(report.skipped_rows, 0)
        XCTAssertGreaterThanOrEqual(report.accuracy, 0.99, "confusions: \(report.confusions.map { "\($0.expected)→\($0.predicted) \($0.examples)" })")
        XCTAssertGreaterThanOrEqual(report.macro_f1, 0.99)
        XCTAssertLessThanOrEqual(report.out_of_scope_false_accept_rate, 0.01)
        let entities = try XCTUnwrap(report.entities)
        XCTAssertGreaterThanOrEqual(entities.recall, 0.99)
        XCTAssertGreaterThanOrEqual(entities.precision, 0.98)
    }
}
