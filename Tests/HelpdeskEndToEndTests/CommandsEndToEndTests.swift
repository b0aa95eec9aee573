import Foundation
import XCTest

final class CommandsEndToEndTests: XCTestCase {
    func testOrderImportReportsBadRowsAndKeepsTheGoodOnes() throws {
        let helpdesk = try HelpdeskProcess()
        let csv = try helpdesk.write("orders.csv", """
            state,order_number,channel,customer_email,dispatched_at,carrier,tracking_number
            dispatched,114-0149180-7966659,amazon,amelia@example.com,2025-03-04T10:00:00Z,royal-mail,AB123456785GB
            awaiting_dispatch,#1001,shopify,oliver@example.com,,,
            lost,24-14934-88735,ebay,,,,
            awaiting_dispatch,3935119409,etsy,,not-a-time,,

            """)
        let result = try helpdesk.run(["orders", "import", csv.path])
        XCTAssertEqual(result.status, 1, result.stdout + result.stderr)
        XCTAssertTrue(result.stderr.contains(":4"), result.stderr)
        XCTAssertTrue(result.stderr.contains("lost"), result.stderr)
        XCTAssertTrue(result.stderr.contains(":5"), result.stderr)
        XCTAssertTrue(result.stdout.contains("2 new"), result.stdout)
        let shown = try helpdesk.run(["orders", "show", "1140149180 7966659", "--format", "json"])
        XCTAssertEqual(shown.status, 0, shown.stderr)
        XCTAssertTrue(shown.stdout.contains("AB123456785GB"), shown.stdout)
        XCTAssertEqual(try helpdesk.run(["orders", "show", "1001"]).status, 0)
        XCTAssertEqual(try helpdesk.run(["orders", "show", "oliver@example.com"]).status, 0)
        XCTAssertEqual(try helpdesk.run(["orders", "show", "24-14934-88735"]).status, 1)
    }

    func testKnowledgeBaseCheckPassesOnTheDefaultAndFailsOnABrokenCopy() throws {
        var helpdesk = try HelpdeskProcess()
        let ok = try helpdesk.run(["kb", "check"])
        XCTAssertEqual(ok.status, 0, ok.stderr)
        XCTAssertTrue(ok.stdout.contains("Knowledge base OK"), ok.stdout)

        let copy = helpdesk.folder.appendingPathComponent("kb")
        try FileManager.default.copyItem(at: helpdesk.knowledgeBase, to: copy)
        let rules = copy.appendingPathComponent("rules/50-general.yaml")
        let text = try String(contentsOf: rules, encoding: .utf8)
        try text.replacingOccurrences(of: "intents: [payment]", with: "intents: [paymnet]").write(to: rules, atomically: true, encoding: .utf8)
        helpdesk.knowledgeBase = copy
        let broken = try helpdesk.run(["kb", "check"])
        XCTAssertNotEqual(broken.status, 0)
        XCTAssertTrue(broken.stderr.contains("rules/50-general.yaml:"), broken.stderr)
        XCTAssertTrue(broken.stderr.contains("paymnet"), broken.stderr)
    }

    func testStatusImportShowAndAFailedImportKeepsTheLastStatus() throws {
        let helpdesk = try HelpdeskProcess()
        let good = try helpdesk.write("summary.json", """
            {"components":[{"id":"a1","name":"Dashboard","status":"operational"},{"id":"a2","name":"Amazon channel","status":"partial_outage"}],
             "incidents":[{"id":"i1","name":"Amazon imports failing","status":"investigating","impact":"major","started_at":"2025-03-04T09:00:00Z",
               "incident_updates":[{"id":"u1","status":"investigating","body":"Looking into it.","created_at":"2025-03-04T09:05:00Z"}],
               "components":[{"id":"a2","name":"Amazon channel","status":"partial_outage"}]}]}
            """)
        XCTAssertEqual(try helpdesk.run(["status", "import", good.path, "--now", "2025-03-04T10:00:00Z"]).status, 0)
        let bad = try helpdesk.write("bad.json", #"{"components":[{"id":"x","name":"X","status":"melting"}]}"#)
        let failed = try helpdesk.run(["status", "import", bad.path, "--now", "2025-03-04T10:05:00Z"])
        XCTAssertNotEqual(failed.status, 0)
        XCTAssertTrue(failed.stderr.contains("melting"), failed.stderr)
        let shown = try HelpdeskProcess.json(try helpdesk.run(["status", "show", "--format", "json", "--now", "2025-03-04T10:10:00Z"]).stdout)
        XCTAssertEqual(shown["overall"] as? String, "partial_outage")
        XCTAssertEqual((shown["open_incidents"] as? [Any])?.count, 1)
        XCTAssertEqual(shown["fetched_at"] as? String, "2025-03-04T10:00:00Z")
    }

    func testEvalReportsFiguresAsJSON() throws {
        let helpdesk = try HelpdeskProcess()
        let csv = try helpdesk.write("plain.csv", "text,intent\nwhere is my order?,order_status\nrefund,refund\nI need my invoice,out_of_scope\n")
        let result = try helpdesk.run(["eval", csv.path, "--format", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let json = try HelpdeskProcess.json(result.stdout)
        for key in ["rows", "accuracy", "macro_f1", "per_intent", "confusions", "out_of_scope_false_accept_rate", "messages_per_second"] {
            XCTAssertNotNil(json[key], "missing \(key)")
        }
        XCTAssertEqual(json["rows"] as? Int, 3)
        XCTAssertEqual(json["accuracy"] as? Double, 1.0)
    }
}
