import Foundation
import HelpdeskReports
import XCTest

/// The report on a log filled by `helpdesk batch` over the sample transcripts — three days of
/// chats and a call, with an eBay import incident from 11:00 to 13:00 on the third day — checked
/// against counts made here straight from the transcripts and the database.
final class BatchReportEndToEndTests: XCTestCase {
    private func count(_ database: URL, _ sql: String) throws -> Int {
        let result = try CleanSpawn.run(["sqlite3", database.path, sql])
        XCTAssertEqual(result.status, 0, result.errors)
        return Int(result.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    /// Customer lines of the JSON Lines transcript whose time is in `hours` of its day.
    private func customerLines(_ file: URL, hours: Range<Int>) throws -> Int {
        try String(contentsOf: file, encoding: .utf8).split(separator: "\n").filter { line in
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                object["role"] as? String == "customer", let timestamp = object["timestamp"] as? String,
                let hour = Int(timestamp.dropFirst(11).prefix(2))
            else { return false }
            return hours.contains(hour)
        }.count
    }

    func testTheReportOnABatchFilledLogMatchesCountsMadeIndependently() throws {
        let process = try HelpdeskProcess()
        let samples = HelpdeskProcess.root
        let feed = samples.appendingPathComponent("Samples/status/incident-2025-03-06.json").path
        XCTAssertEqual(try process.run(["status", "import", feed, "--now", "2025-03-06T13:05:00Z"]).status, 0)
        let transcripts = samples.appendingPathComponent("Transcripts")
        let batch = try process.run(["batch", transcripts.path, "--quiet", "--summary", "json"])
        XCTAssertEqual(batch.status, 0, batch.stderr)
        let summary = try HelpdeskProcess.json(batch.stdout)
        let messages = try XCTUnwrap(summary["messages"] as? Int)

        let report = try process.report()
        let database = process.database
        XCTAssertEqual(report.totals.exchanges, messages)
        XCTAssertEqual(report.totals.exchanges, try count(database, "SELECT COUNT(*) FROM exchanges"))
        XCTAssertEqual(report.totals.handoffs, try count(database, "SELECT COUNT(*) FROM exchanges WHERE handoff"))
        XCTAssertEqual(
            report.totals.outOfScope, try count(database, "SELECT COUNT(*) FROM exchanges WHERE intent = 'out_of_scope'"))
        for row in report.breakdowns["intent"] ?? [] {
            XCTAssertEqual(
                row.exchanges, try count(database, "SELECT COUNT(*) FROM exchanges WHERE intent = '\(row.key)'"), row.key)
        }
        XCTAssertEqual((report.breakdowns["intent"] ?? []).map(\.exchanges).reduce(0, +), messages)
        // Days in the desk's zone (London, UTC in March).
        let days = Dictionary(uniqueKeysWithValues: (report.breakdowns["day"] ?? []).map { ($0.key, $0.exchanges) })
        for day in ["2025-03-04", "2025-03-05", "2025-03-06"] {
            XCTAssertEqual(days[day], try count(database, "SELECT COUNT(*) FROM exchanges WHERE at LIKE '\(day)%'"), day)
        }

        // The incident: what came in during it, against the same hours on the two days without one.
        let incident = try XCTUnwrap(report.incidents.first { $0.id == "ebay-imports-0306" })
        let incidentDay = transcripts.appendingPathComponent("chats-2025-03-06-incident.jsonl")
        let during = try customerLines(incidentDay, hours: 11..<13)
        XCTAssertEqual(incident.exchanges, during)
        XCTAssertEqual(
            during,
            try count(database, "SELECT COUNT(*) FROM exchanges WHERE at >= '2025-03-06 11:00' AND at < '2025-03-06 13:00'"))
        XCTAssertEqual(report.normalDays, 2)
        let usualTotal = try count(
            database,
            "SELECT COUNT(*) FROM exchanges WHERE substr(at, 1, 10) IN ('2025-03-04', '2025-03-05') AND substr(at, 12, 2) IN ('11', '12')")
        XCTAssertEqual(try XCTUnwrap(incident.usual), Double(usualTotal) / 2, accuracy: 0.01)
        if usualTotal > 0 {
            XCTAssertEqual(try XCTUnwrap(incident.multiplier), Double(during) / (Double(usualTotal) / 2), accuracy: 0.01)
        }
        let orderStatusDuring = try count(
            database,
            "SELECT COUNT(*) FROM exchanges WHERE intent = 'order_status' AND at >= '2025-03-06 11:00' AND at < '2025-03-06 13:00'")
        XCTAssertEqual(incident.orderStatus.exchanges, orderStatusDuring)
        // Answers during the incident named it; none before or after did.
        XCTAssertGreaterThan(
            try count(database, "SELECT COUNT(*) FROM exchanges WHERE incidents_json LIKE '%ebay-imports-0306%'"), 0)
        XCTAssertEqual(
            try count(
                database,
                "SELECT COUNT(*) FROM exchanges WHERE incidents_json LIKE '%ebay-imports-0306%' AND (at < '2025-03-06 11:00' OR at >= '2025-03-06 13:00')"
            ), 0)
    }
}
