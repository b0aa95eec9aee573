import Foundation
import HelpdeskCore
import XCTest

final class StatuspageExportTests: XCTestCase {
    private let page = StatuspageExport.Page(name: "Helpdesk", url: "https://status.example.com", timeZone: "Europe/London")
    private let now = Shared.date("2025-03-04T10:30:00Z")

    private func object(_ data: Data) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// The keys of every object at each path of a document (`components[]`, `incidents[].incident_updates[]`).
    private func shapes(_ value: Any, path: String = "", into result: inout [String: Set<String>]) {
        if let object = value as? [String: Any] {
            result[path, default: []].formUnion(object.keys)
            for (key, child) in object { shapes(child, path: path + "." + key, into: &result) }
        } else if let array = value as? [Any] {
            for child in array { shapes(child, path: path + "[]", into: &result) }
        }
    }

    func testExportHasEveryFieldStatuspageServes() throws {
        let reference = try JSONSerialization.jsonObject(with: StatusFixtures.data(StatusFixtures.statuspageSummary))
        let status = try StatuspageSummary.parse(StatusFixtures.data(StatusFixtures.statuspageSummary))
        var viewed = status
        viewed.fetchedAt = now
        let exported = try JSONSerialization.jsonObject(with: StatuspageExport.document(viewed, page: page, now: now))
        var expected: [String: Set<String>] = [:]
        var actual: [String: Set<String>] = [:]
        shapes(reference, into: &expected)
        shapes(exported, into: &actual)
        for (path, keys) in expected where !path.hasSuffix("affected_components[]") {
            XCTAssertEqual(actual[path], keys, "keys at \(path.isEmpty ? "the top" : path)")
        }
        let document = try object(StatuspageExport.document(viewed, page: page, now: now))
        let indicator = try XCTUnwrap(document["status"] as? [String: Any])
        XCTAssertEqual(indicator["indicator"] as? String, "minor", "our roll-up: the Amazon channel is degraded")
        let pageFields = try XCTUnwrap(document["page"] as? [String: Any])
        XCTAssertEqual(pageFields["updated_at"] as? String, "2025-03-04T10:30:00.000Z")
        XCTAssertEqual(pageFields["time_zone"] as? String, "Europe/London")
        let components = try XCTUnwrap(document["components"] as? [[String: Any]])
        for component in components {
            XCTAssertTrue(
                ["operational", "degraded_performance", "partial_outage", "major_outage", "under_maintenance"].contains(component["status"] as? String ?? ""))
        }
    }

    func testExportThenImportGivesTheSameView() throws {
        let statuses: [ServiceStatus] = [
            try StatuspageSummary.parse(StatusFixtures.data(StatusFixtures.statuspageSummary)),
            ServiceStatus(
                components: [
                    StatusComponent(id: "d", name: "Dashboard", status: .operational, description: "Web app", groupName: "Core", position: 0, updatedAt: now),
                    StatusComponent(id: "l", name: "Login", status: .majorOutage, groupName: "Core", position: 1, updatedAt: now),
                    StatusComponent(id: "c", name: "Etsy channel", status: .partialOutage, groupName: "Channels", position: 2, updatedAt: now.addingTimeInterval(0.25)),
                ],
                incidents: [
                    Incident(
                        id: "x", name: "Logins failing", status: .monitoring, impact: .critical, startedAt: now.addingTimeInterval(-600),
                        componentIDs: ["l", "d"],
                        updates: [
                            IncidentUpdate(id: "x1", status: .investigating, body: "Looking.", createdAt: now.addingTimeInterval(-600)),
                            IncidentUpdate(id: "x2", status: .monitoring, body: "Fix deployed.", createdAt: now.addingTimeInterval(-60)),
                        ], shortlink: "https://stspg.io/x"),
                    Incident(
                        id: "old", name: "Slow exports", status: .resolved, impact: .minor, startedAt: now.addingTimeInterval(-86_400),
                        resolvedAt: now.addingTimeInterval(-80_000), componentIDs: ["c"]),
                    Incident(
                        id: "m", name: "Database upgrade", status: .scheduled, impact: .maintenance, startedAt: now, isMaintenance: true,
                        scheduledFor: now.addingTimeInterval(3600), scheduledUntil: nil),
                ]),
        ]
        for status in statuses {
            let exported = StatuspageExport.document(status, page: page, now: now)
            let imported = try StatuspageSummary.parse(exported)
            XCTAssertEqual(imported.components, status.components)
            let byID = { (list: [Incident]) in list.sorted { $0.id < $1.id } }
            XCTAssertEqual(byID(imported.incidents), byID(status.incidents))
        }
    }
}
