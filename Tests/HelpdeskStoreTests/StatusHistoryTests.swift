import HelpdeskCore
import XCTest

@testable import HelpdeskStore

final class StatusHistoryTests: StoreTestCase {
    private let feed = "https://status.example.com/api/v2/summary.json"

    private func view(amazon: ComponentStatus, incident: IncidentStatus?, updates: [IncidentUpdate] = []) -> ServiceStatus {
        ServiceStatus(
            components: [
                StatusComponent(id: "dash", name: "Dashboard", status: .operational, position: 0),
                StatusComponent(id: "amz", name: "Amazon channel", status: amazon, position: 1),
            ],
            incidents: incident.map {
                [
                    Incident(
                        id: "inc-1", name: "Delayed Amazon imports", status: $0, impact: .minor,
                        startedAt: time("2025-03-04T09:50:00Z"), componentIDs: ["amz"], updates: updates)
                ]
            } ?? [])
    }

    func testEachSaveRecordsWhatChangedAndNothingElse() throws {
        let update = IncidentUpdate(id: "u1", status: .identified, body: "Running 60 minutes behind.", createdAt: time("2025-03-04T10:12:00Z"))
        let first = try database.saveServiceStatus(view(amazon: .operational, incident: nil), fetchedAt: time("2025-03-04T09:00:00Z"), source: feed)
        XCTAssertEqual(first.count, 2, "both components are new")
        let again = try database.saveServiceStatus(view(amazon: .operational, incident: nil), fetchedAt: time("2025-03-04T09:01:00Z"), source: feed)
        XCTAssertEqual(again, [], "the same answer again changes nothing")
        try database.saveServiceStatus(
            view(amazon: .degradedPerformance, incident: .identified, updates: [update]), fetchedAt: time("2025-03-04T10:15:00Z"), source: feed)
        try database.saveServiceStatus(view(amazon: .operational, incident: nil), fetchedAt: time("2025-03-04T11:00:00Z"), source: feed)

        let history = try database.statusHistory()
        XCTAssertEqual(history.count, 7)
        XCTAssertEqual(history.map(\.change.kind), [.component, .component, .incident, .incidentUpdate, .component, .component, .incident])
        XCTAssertEqual(history.map(\.change.at), history.map(\.change.at).sorted(), "oldest first")
        XCTAssertTrue(history.allSatisfy { $0.source == feed })
        let dropped = try XCTUnwrap(history.last)
        XCTAssertEqual(dropped.change.newValue, "resolved")
        XCTAssertEqual(dropped.recordedAt, time("2025-03-04T11:00:00Z"))

        let since = try database.statusHistory(since: time("2025-03-04T10:00:00Z"))
        XCTAssertEqual(since.map(\.change.kind), [.incidentUpdate, .component, .component, .incident])
    }

    func testPastIncidentsOutliveTheFeedWithTheirUpdates() throws {
        let update = IncidentUpdate(id: "u1", status: .identified, body: "Running 60 minutes behind.", createdAt: time("2025-03-04T10:12:00Z"))
        try database.saveServiceStatus(
            view(amazon: .degradedPerformance, incident: .identified, updates: [update]), fetchedAt: time("2025-03-04T10:15:00Z"), source: feed)
        try database.saveServiceStatus(view(amazon: .operational, incident: nil), fetchedAt: time("2025-03-04T11:00:00Z"), source: feed)
        XCTAssertEqual(try database.serviceStatus().incidents, [], "the current view follows the feed")

        let past = try database.pastIncidents(since: time("2025-03-01T00:00:00Z"))
        XCTAssertEqual(past.count, 1)
        XCTAssertEqual(past[0].incident.name, "Delayed Amazon imports")
        XCTAssertEqual(past[0].incident.status, .resolved)
        XCTAssertEqual(past[0].incident.resolvedAt, time("2025-03-04T11:00:00Z"))
        XCTAssertEqual(past[0].componentNames, ["Amazon channel"])
        XCTAssertEqual(past[0].incident.updates.map(\.body), ["Running 60 minutes behind."])
        XCTAssertEqual(try database.pastIncidents(since: time("2025-03-05T00:00:00Z")), [], "older than the window")
    }

    func testManualChangesAreHistoryToo() throws {
        try database.setComponent(name: "Royal Mail", status: .majorOutage, incident: "Labels fail", at: time("2025-03-04T09:00:00Z"))
        try database.setComponent(name: "Royal Mail", status: .operational, incident: nil, at: time("2025-03-04T10:00:00Z"))
        let history = try database.statusHistory()
        XCTAssertTrue(history.allSatisfy { $0.source == AppDatabase.manualStatusSource })
        XCTAssertTrue(history.contains { $0.change.kind == .component && $0.change.newValue == "major_outage" })
        XCTAssertTrue(history.contains { $0.change.kind == .incident && $0.change.oldValue == "investigating" && $0.change.newValue == "resolved" })
        XCTAssertEqual(try database.pastIncidents(since: time("2025-03-01T00:00:00Z")).first?.incident.status, .resolved)
    }
}
